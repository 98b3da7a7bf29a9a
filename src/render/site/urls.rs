//! Where each page lives in the output, and links between them that work from a web server and
//! from `file://` alike (relative, ending in `index.html`).

/// Output folder of a page: `es/think-twice/` for a landing page, `es/think-twice/tips/wifi/`.
pub fn page_dir(lang: &str, campaign: &str, slug: &str) -> String {
    if slug.is_empty() {
        format!("{lang}/{campaign}/")
    } else {
        format!("{lang}/{campaign}/{slug}/")
    }
}

/// Paper sizes of handouts and booklets, as named in file names.
pub const PAPERS: [&str; 2] = ["a4", "letter"];

/// Output path of a page's handout: `es/think-twice/print/coyote-seguro-a4.pdf` (the landing
/// page is `index`).
pub fn handout_path(lang: &str, campaign: &str, slug: &str, paper: &str) -> String {
    let name = if slug.is_empty() { "index" } else { slug };
    format!("{lang}/{campaign}/print/{name}-{paper}.pdf")
}

/// Output path of a campaign's booklet: `es/think-twice/print/think-twice-a4.pdf`.
pub fn booklet_path(lang: &str, campaign: &str, paper: &str) -> String {
    format!("{lang}/{campaign}/print/{campaign}-{paper}.pdf")
}

/// A relative link from a page in folder `from_dir` (`""` = the site root) to the output
/// file `to` (site-root-relative).
pub fn relative(from_dir: &str, to: &str) -> String {
    let depth = from_dir.matches('/').count();
    format!("{}{to}", "../".repeat(depth))
}

/// The link to a page folder: its `index.html`, so the link works without a web server too.
pub fn to_page(from_dir: &str, to_dir: &str) -> String {
    relative(from_dir, &format!("{to_dir}index.html"))
}

/// Decodes `%xx` escapes; `None` for a malformed escape or bytes that are not UTF-8.
pub fn percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = text.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// An address without its scheme and final slash, short enough to type from paper or a card.
pub fn short_url(url: &str) -> String {
    url.split_once("://")
        .map_or(url, |(_, rest)| rest)
        .trim_end_matches('/')
        .to_string()
}

/// Percent-encodes a URL component (RFC 3986 unreserved characters stay).
pub fn encode_component(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 3);
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || b"-_.~".contains(&byte) {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// Percent-encodes the characters of a path that are not allowed in a URL, keeping `/`.
pub fn encode_path(path: &str) -> String {
    path.split('/').map(encode_component).collect::<Vec<_>>().join("/")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_links_climb_to_the_root() {
        assert_eq!(
            to_page("es/tt/mitos/", "en/tt/mitos/"),
            "../../../en/tt/mitos/index.html"
        );
        assert_eq!(to_page("", "es/"), "es/index.html");
        assert_eq!(relative("es/", "static/style.css"), "../static/style.css");
    }

    #[test]
    fn encoding() {
        assert_eq!(encode_component("¿Sí? a&b"), "%C2%BFS%C3%AD%3F%20a%26b");
        assert_eq!(encode_path("fotos/mi foto.jpg"), "fotos/mi%20foto.jpg");
    }
}
