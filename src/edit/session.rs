//! Who may use the editor: whoever holds this run's token. The address printed (and opened)
//! carries the token once; the editor swaps it for an `HttpOnly`, `SameSite=Strict` cookie (as
//! Jupyter does) and every change must also carry a per-session CSRF token from the editor's
//! own forms. Secrets come from the operating system's random source, are compared in constant
//! time, and live only as long as the process.

use crate::serve::Request;

/// This run's secrets.
pub struct Secrets {
    /// In the address printed and opened: swapped for the cookie on first use.
    token: String,
    /// The cookie's value.
    session: String,
    /// In every form and in the `X-Altavoz-Csrf` header of the editor's script.
    csrf: String,
    /// The cookie's name: one per port, so two editors on one computer keep their own.
    cookie_name: String,
}

/// 128 random bits as hex.
fn random() -> Result<String, getrandom::Error> {
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes)?;
    Ok(bytes.iter().map(|b| format!("{b:02x}")).collect())
}

/// Equal strings, compared in time that does not depend on where they differ.
fn same(a: &str, b: &str) -> bool {
    a.len() == b.len() && a.bytes().zip(b.bytes()).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

impl Secrets {
    pub fn new(port: u16) -> Result<Secrets, getrandom::Error> {
        Ok(Secrets {
            token: random()?,
            session: random()?,
            csrf: random()?,
            cookie_name: format!("altavoz_edit_{port}"),
        })
    }

    pub fn token(&self) -> &str {
        &self.token
    }

    pub fn csrf(&self) -> &str {
        &self.csrf
    }

    pub fn is_token(&self, token: &str) -> bool {
        same(token, &self.token)
    }

    pub fn is_csrf(&self, value: &str) -> bool {
        same(value, &self.csrf)
    }

    /// The `Set-Cookie` value that opens the session.
    pub fn cookie(&self) -> String {
        format!(
            "{}={}; Path=/_edit/; HttpOnly; SameSite=Strict",
            self.cookie_name, self.session
        )
    }

    /// Whether `request` carries the session's cookie.
    pub fn has_session(&self, request: &Request) -> bool {
        request
            .headers
            .iter()
            .filter(|(name, _)| name == "cookie")
            .flat_map(|(_, value)| value.split(';'))
            .filter_map(|pair| pair.trim().split_once('='))
            .any(|(name, value)| name == self.cookie_name && same(value, &self.session))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request(cookie: &str) -> Request {
        Request {
            method: "GET".into(),
            target: "/_edit/".into(),
            headers: vec![("cookie".into(), cookie.into())],
            body: Vec::new(),
        }
    }

    #[test]
    fn secrets_are_random_and_the_session_needs_the_whole_cookie() {
        let (a, b) = (Secrets::new(8000).unwrap(), Secrets::new(8000).unwrap());
        assert_ne!(a.token(), b.token());
        assert_eq!(a.token().len(), 32);
        let value = a.cookie();
        let pair = value.split(';').next().unwrap();
        assert!(a.has_session(&request(&format!("other=1; {pair}"))));
        assert!(!a.has_session(&request(&pair[..pair.len() - 1])));
        assert!(!b.has_session(&request(pair)), "another run's cookie");
        assert!(a.is_csrf(a.csrf()) && !a.is_csrf(b.csrf()) && !a.is_csrf(""));
    }
}
