//! Which requests the preview answers. It shows drafts and build errors, so a web page the
//! author visits meanwhile must not read it: by DNS rebinding (a name of the attacker's that
//! resolves to 127.0.0.1), by a cross-origin `fetch`, or by embedding its files. As Vite and
//! webpack-dev-server do, every request must name the preview itself in `Host` (else 421), may
//! come from no other origin (`Origin`, `Sec-Fetch-Site`: else 403), and may only read
//! (`GET`, `HEAD`: else 405). Anything malformed is 400.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

/// The names the preview answers to, and its port.
#[derive(Debug, Clone)]
pub struct Allowed {
    port: u16,
    /// Lowercase host names and addresses: `localhost`, `127.0.0.1`, `[::1]`, the `--bind` one.
    names: Vec<String>,
    /// Bound to every interface (`0.0.0.0`, `::`): other computers reach it by this one's
    /// address, so any address is allowed (a DNS rebinding attack needs a name, never an address).
    any_address: bool,
}

impl Allowed {
    pub fn new(bind: &str, port: u16) -> Allowed {
        let bind = bind.trim_matches(['[', ']']).to_ascii_lowercase();
        let mut names = vec!["localhost".to_string(), "127.0.0.1".to_string(), "[::1]".to_string()];
        let any_address = match bind.parse::<IpAddr>() {
            Ok(ip) => {
                names.push(authority_host(ip));
                ip.is_unspecified()
            }
            Err(_) => {
                names.push(bind);
                false
            }
        };
        Allowed {
            port,
            names,
            any_address,
        }
    }

    /// Whether `host:port` (as parsed from `Host` or `Origin`) names the preview.
    fn names(&self, host: &str, port: u16) -> bool {
        let is_address = host.parse::<Ipv4Addr>().is_ok() || host.starts_with('[');
        port == self.port && (self.names.iter().any(|n| n == host) || (self.any_address && is_address))
    }
}

/// `127.0.0.1`, or `[::1]` as an address is written in `Host`.
fn authority_host(ip: IpAddr) -> String {
    match ip {
        IpAddr::V4(v4) => v4.to_string(),
        IpAddr::V6(v6) => format!("[{v6}]"),
    }
}

/// Why a request is not answered: the status, and a line for the person who sent it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Refusal {
    pub status: u16,
    pub reason: &'static str,
}

const fn refuse(status: u16, reason: &'static str) -> Result<(), Refusal> {
    Err(Refusal { status, reason })
}

/// A request as read: its method, its target and its headers (names lowercase, values as sent).
pub struct Head<'a> {
    pub method: &'a str,
    pub target: &'a str,
    pub headers: Vec<(String, &'a [u8])>,
}

impl Head<'_> {
    fn all(&self, name: &str) -> impl Iterator<Item = &[u8]> {
        self.headers.iter().filter(move |(n, _)| n == name).map(|(_, v)| *v)
    }

    /// The value of a header sent once, as text; `Err` when it is sent twice or is not ASCII.
    fn one(&self, name: &str) -> Result<Option<&str>, ()> {
        let mut values = self.all(name);
        let first = values.next();
        if values.next().is_some() {
            return Err(());
        }
        first
            .map(|v| {
                std::str::from_utf8(v)
                    .ok()
                    .filter(|t| t.is_ascii())
                    .map(str::trim)
                    .ok_or(())
            })
            .transpose()
    }
}

/// Checks a request before anything of the site is looked at. `writes`: the request is for a
/// part that may take a `POST` (the editor), which must then come from the preview's own pages:
/// an `Origin` of its own and no `Sec-Fetch-Site` but `same-origin`.
pub fn check(head: &Head, allowed: &Allowed, writes: bool) -> Result<(), Refusal> {
    // Only paths: an absolute target (`GET http://evil/`) names another host.
    if !head.target.starts_with('/') {
        return refuse(400, "the request must ask for a path, like /es/");
    }
    let Ok(Some(host)) = head.one("host") else {
        return refuse(400, "the request needs one valid Host header");
    };
    match authority(host) {
        None => return refuse(400, "the Host header is not a valid host name and port"),
        Some((name, port)) if !allowed.names(&name, port) => {
            return refuse(
                421,
                "this preview answers only to its own address, such as http://localhost:<port>/",
            );
        }
        Some(_) => {}
    }
    match head.one("origin") {
        Err(()) => return refuse(400, "the Origin header is not valid"),
        Ok(Some(origin)) if !same_origin(origin, allowed) => {
            return refuse(403, "pages of other websites may not read the preview");
        }
        Ok(_) => {}
    }
    if cross_site(head) {
        return refuse(403, "pages of other websites may not read the preview");
    }
    if writes && head.method == "POST" {
        let fetched_from = head.one("sec-fetch-site").ok().flatten().map(str::to_ascii_lowercase);
        if !matches!(head.one("origin"), Ok(Some(_))) || fetched_from.is_some_and(|s| s != "same-origin") {
            return refuse(403, "changes are only taken from the editor's own pages");
        }
        return Ok(());
    }
    if head.method != "GET" && head.method != "HEAD" {
        return refuse(405, "the preview only answers GET and HEAD requests");
    }
    Ok(())
}

/// `Sec-Fetch-Site: cross-site` on anything but following a link: another website is
/// embedding or fetching a file of the preview.
fn cross_site(head: &Head) -> bool {
    let value = |name| head.one(name).ok().flatten().map(str::to_ascii_lowercase);
    value("sec-fetch-site").as_deref() == Some("cross-site")
        && !(value("sec-fetch-mode").as_deref() == Some("navigate")
            && value("sec-fetch-dest").as_deref() == Some("document"))
}

/// Whether `origin` is `http://` and the preview's own host and port.
fn same_origin(origin: &str, allowed: &Allowed) -> bool {
    origin
        .strip_prefix("http://")
        .and_then(authority)
        .is_some_and(|(name, port)| allowed.names(&name, port))
}

/// The lowercase host and the port of `host[:port]` (port 80 when left out); `None` when it
/// is not a host name, an IPv4 address or a bracketed IPv6 address.
fn authority(text: &str) -> Option<(String, u16)> {
    let (host, port) = if let Some(rest) = text.strip_prefix('[') {
        let (inside, after) = rest.split_once(']')?;
        inside.parse::<Ipv6Addr>().ok()?;
        (format!("[{}]", inside.to_ascii_lowercase()), after)
    } else {
        let end = text.find(':').unwrap_or(text.len());
        let name = &text[..end];
        let valid = !name.is_empty()
            && name.len() <= 253
            && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '.');
        if !valid {
            return None;
        }
        // `localhost.` is `localhost`.
        let name = name.strip_suffix('.').unwrap_or(name);
        (name.to_ascii_lowercase(), &text[end..])
    };
    let port = match port.strip_prefix(':') {
        None if port.is_empty() => 80,
        None => return None,
        Some(digits) if !digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit()) => digits.parse().ok()?,
        Some(_) => return None,
    };
    Some((host, port))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn head<'a>(method: &'a str, headers: &[(&str, &'a str)]) -> Head<'a> {
        Head {
            method,
            target: "/es/",
            headers: headers
                .iter()
                .map(|(n, v)| (n.to_ascii_lowercase(), v.as_bytes()))
                .collect(),
        }
    }

    fn status(method: &str, headers: &[(&str, &str)], allowed: &Allowed) -> u16 {
        check(&head(method, headers), allowed, false)
            .err()
            .map_or(200, |r| r.status)
    }

    #[test]
    fn writes_only_from_the_preview_s_own_pages() {
        let local = Allowed::new("127.0.0.1", 8000);
        let host = ("Host", "localhost:8000");
        let own = ("Origin", "http://localhost:8000");
        let write = |headers: &[(&str, &str)]| {
            check(&head("POST", headers), &local, true)
                .err()
                .map_or(200, |r| r.status)
        };
        assert_eq!(write(&[host, own, ("Sec-Fetch-Site", "same-origin")]), 200);
        assert_eq!(write(&[host, own]), 200);
        assert_eq!(write(&[host]), 403, "no Origin");
        assert_eq!(write(&[host, ("Origin", "http://evil.example")]), 403);
        assert_eq!(write(&[host, own, ("Sec-Fetch-Site", "same-site")]), 403);
        // A form of another site, posted by navigation, is cross-site even as a document.
        let navigated = [
            host,
            own,
            ("Sec-Fetch-Site", "cross-site"),
            ("Sec-Fetch-Mode", "navigate"),
            ("Sec-Fetch-Dest", "document"),
        ];
        assert_eq!(write(&navigated), 403);
        assert_eq!(write(&[("Host", "evil.example:8000"), own]), 421);
        assert_eq!(
            check(&head("PUT", &[host, own]), &local, true).err().map(|r| r.status),
            Some(405)
        );
    }

    #[test]
    fn hosts_and_ports() {
        assert_eq!(authority("LocalHost:8000"), Some(("localhost".into(), 8000)));
        assert_eq!(authority("localhost."), Some(("localhost".into(), 80)));
        assert_eq!(authority("[::1]:8000"), Some(("[::1]".into(), 8000)));
        for bad in [
            "", "[::1", "[x]:1", "a b", "a:", "a:b", "a:1:2", "u@a:1", "a:99999", ":80",
        ] {
            assert_eq!(authority(bad), None, "{bad}");
        }
    }

    #[test]
    fn only_the_preview_s_own_names() {
        let local = Allowed::new("127.0.0.1", 8000);
        for host in ["localhost:8000", "127.0.0.1:8000", "[::1]:8000"] {
            assert_eq!(status("GET", &[("Host", host)], &local), 200, "{host}");
        }
        for host in ["evil.example:8000", "localhost:8001", "localhost", "192.168.1.2:8000"] {
            assert_eq!(status("GET", &[("Host", host)], &local), 421, "{host}");
        }
        let everywhere = Allowed::new("0.0.0.0", 8000);
        assert_eq!(status("GET", &[("Host", "192.168.1.2:8000")], &everywhere), 200);
        assert_eq!(status("GET", &[("Host", "[fe80::1]:8000")], &everywhere), 200);
        assert_eq!(status("GET", &[("Host", "evil.example:8000")], &everywhere), 421);
        let named = Allowed::new("laptop.local", 8000);
        assert_eq!(status("GET", &[("Host", "laptop.local:8000")], &named), 200);
    }

    #[test]
    fn origins_methods_and_malformed_requests() {
        let local = Allowed::new("127.0.0.1", 8000);
        let host = ("Host", "localhost:8000");
        assert_eq!(status("GET", &[host, ("Origin", "http://localhost:8000")], &local), 200);
        assert_eq!(status("GET", &[host, ("Origin", "http://127.0.0.1:8000")], &local), 200);
        for origin in [
            "http://evil.example",
            "https://localhost:8000",
            "null",
            "http://localhost:3000",
        ] {
            assert_eq!(status("GET", &[host, ("Origin", origin)], &local), 403, "{origin}");
        }
        assert_eq!(status("GET", &[host, ("Sec-Fetch-Site", "cross-site")], &local), 403);
        assert_eq!(status("GET", &[host, ("Sec-Fetch-Site", "same-origin")], &local), 200);
        assert_eq!(status("POST", &[host], &local), 405);
        assert_eq!(status("HEAD", &[host], &local), 200);
        assert_eq!(status("GET", &[], &local), 400);
        assert_eq!(status("GET", &[host, host], &local), 400);
        assert_eq!(status("GET", &[("Host", "l\u{e1}:8000")], &local), 400);
    }
}
