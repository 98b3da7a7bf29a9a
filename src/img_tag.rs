//! Raw HTML `<img>` tags written in page bodies: found and read, so validation can hold them
//! to the rules of Markdown images (an existing asset, alt text) and the website can replace
//! them with the processed pictures. Only what is needed is read (`src`, `alt`); the website
//! writes its own tag, and everything still goes through the sanitizer afterwards.

/// One `<img …>` tag.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImgTag {
    /// Byte range of the whole tag in the text searched.
    pub start: usize,
    pub end: usize,
    pub src: Option<String>,
    /// `None`: no `alt` attribute at all; `Some("")`: written empty, on purpose (decorative).
    pub alt: Option<String>,
}

/// Every `<img>` tag in `html`, in order. A tag that never ends (`<img src=x`) reaches the end
/// of the text.
pub fn find(html: &str) -> Vec<ImgTag> {
    let lower = html.to_ascii_lowercase();
    let bytes = html.as_bytes();
    let mut tags = Vec::new();
    let mut from = 0;
    while let Some(found) = lower[from..].find("<img") {
        let start = from + found;
        let after = start + 4;
        let ends_name = bytes
            .get(after)
            .is_none_or(|b| b.is_ascii_whitespace() || *b == b'/' || *b == b'>');
        if !ends_name {
            from = after;
            continue;
        }
        let (attributes, end) = attributes(html, after);
        let get = |name: &str| {
            attributes
                .iter()
                .find(|(n, _)| n.eq_ignore_ascii_case(name))
                .map(|(_, v)| decode_entities(v))
        };
        tags.push(ImgTag {
            start,
            end,
            src: get("src"),
            alt: get("alt"),
        });
        from = end.max(after);
    }
    tags
}

/// The attributes of a tag whose name ends at `at`, and where the tag ends (after its `>`), as
/// the HTML tokenizer reads them: names up to `=`, `/`, `>` or a space; values quoted with `"`
/// or `'`, or unquoted up to a space or `>`.
fn attributes(html: &str, mut at: usize) -> (Vec<(String, String)>, usize) {
    let bytes = html.as_bytes();
    let mut found: Vec<(String, String)> = Vec::new();
    let skip_space = |mut i: usize| {
        while bytes.get(i).is_some_and(u8::is_ascii_whitespace) {
            i += 1;
        }
        i
    };
    loop {
        at = skip_space(at);
        match bytes.get(at) {
            None => return (found, html.len()),
            Some(b'>') => return (found, at + 1),
            Some(b'/') => {
                at += 1;
                continue;
            }
            _ => {}
        }
        let name_start = at;
        while bytes
            .get(at)
            .is_some_and(|b| !b.is_ascii_whitespace() && !matches!(b, b'=' | b'>' | b'/'))
        {
            at += 1;
        }
        // `at` always moves: a name is at least one byte here.
        let name = html[name_start..at.max(name_start + 1).min(html.len())].to_string();
        at = at.max(name_start + 1);
        let mut value = String::new();
        let next = skip_space(at);
        if bytes.get(next) == Some(&b'=') {
            at = skip_space(next + 1);
            match bytes.get(at) {
                Some(quote @ (b'"' | b'\'')) => {
                    let close = html[at + 1..].find(*quote as char).map_or(html.len(), |i| at + 1 + i);
                    value = html[at + 1..close].to_string();
                    at = (close + 1).min(html.len());
                }
                _ => {
                    let value_start = at;
                    while bytes.get(at).is_some_and(|b| !b.is_ascii_whitespace() && *b != b'>') {
                        at += 1;
                    }
                    value = html[value_start..at].to_string();
                }
            }
        }
        // The first of two attributes with one name counts, as in browsers.
        if !found.iter().any(|(n, _)| n.eq_ignore_ascii_case(&name)) {
            found.push((name, value));
        }
    }
}

/// The character references authors write in attributes: `&amp;`, `&lt;`, `&gt;`, `&quot;`,
/// `&apos;`, `&nbsp;` and numeric ones. Others are kept as written.
fn decode_entities(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    let mut rest = value;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        let Some(end) = rest.find(';').filter(|e| *e <= 10) else {
            out.push('&');
            rest = &rest[1..];
            continue;
        };
        let name = &rest[1..end];
        let decoded = match name {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            "nbsp" => Some('\u{a0}'),
            _ => name
                .strip_prefix("#x")
                .or_else(|| name.strip_prefix("#X"))
                .and_then(|hex| u32::from_str_radix(hex, 16).ok())
                .or_else(|| name.strip_prefix('#').and_then(|dec| dec.parse().ok()))
                .and_then(char::from_u32),
        };
        match decoded {
            Some(c) => {
                out.push(c);
                rest = &rest[end + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_src_and_alt_in_every_spelling() {
        let html = r#"a <IMG SRC="../assets/a.jpg" alt='Dos &amp; tres'> b <img src=x.png alt=""/><img src=y>"#;
        let tags = find(html);
        assert_eq!(tags.len(), 3);
        assert_eq!(tags[0].src.as_deref(), Some("../assets/a.jpg"));
        assert_eq!(tags[0].alt.as_deref(), Some("Dos & tres"));
        assert_eq!(
            &html[tags[0].start..tags[0].end],
            r#"<IMG SRC="../assets/a.jpg" alt='Dos &amp; tres'>"#
        );
        assert_eq!(tags[1].alt.as_deref(), Some(""));
        assert_eq!(tags[2].alt, None);
        assert_eq!(tags[2].src.as_deref(), Some("y"));
    }

    #[test]
    fn other_tags_and_broken_tags() {
        assert!(find("<imgx src=a> <p>img</p>").is_empty());
        let tags = find("<img src=\"a.jpg");
        assert_eq!(tags.len(), 1);
        assert_eq!(tags[0].end, "<img src=\"a.jpg".len());
        let tags = find("<img alt=a alt=b =c / src = 'z'>");
        assert_eq!(tags[0].alt.as_deref(), Some("a"));
        assert_eq!(tags[0].src.as_deref(), Some("z"));
    }
}
