//! Attributes of tags in the raw HTML of a body (`<a href="…">`), so that links written in
//! HTML are checked and rewritten like Markdown links. The HTML is sanitized afterwards
//! (ammonia): this only has to find what a browser would follow, not to be a full parser.

use std::ops::Range;

/// One attribute value in a piece of raw HTML.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AttributeValue {
    /// Where the value is written (inside the quotes, if any), in bytes of the HTML.
    pub range: Range<usize>,
    /// Where the whole attribute is written, from its name to the end of its value.
    pub attribute: Range<usize>,
    /// The value with its character references (`&amp;`, `&#39;`, …) decoded.
    pub value: String,
}

/// The values of `attribute` on every `<tag …>` of `html` (names in any case), in order.
/// Comments are skipped.
pub fn attribute_values(html: &str, tag: &str, attribute: &str) -> Vec<AttributeValue> {
    let bytes = html.as_bytes();
    let mut found = Vec::new();
    let mut i = 0;
    while let Some(at) = html[i..].find('<').map(|a| a + i) {
        i = at + 1;
        if html[i..].starts_with("!--") {
            i = html[i..].find("-->").map_or(html.len(), |end| i + end + 3);
            continue;
        }
        let name_end = html[i..]
            .find(|c: char| c.is_ascii_whitespace() || c == '>' || c == '/')
            .map_or(html.len(), |n| i + n);
        if !html[i..name_end].eq_ignore_ascii_case(tag) {
            continue;
        }
        // Attributes up to the end of the tag.
        let mut j = name_end;
        loop {
            while j < bytes.len() && (bytes[j].is_ascii_whitespace() || bytes[j] == b'/') {
                j += 1;
            }
            if j >= bytes.len() || bytes[j] == b'>' {
                break;
            }
            let name_start = j;
            while j < bytes.len() && !bytes[j].is_ascii_whitespace() && !b"=>/".contains(&bytes[j]) {
                j += 1;
            }
            let name = &html[name_start..j];
            while j < bytes.len() && bytes[j].is_ascii_whitespace() {
                j += 1;
            }
            if bytes.get(j) != Some(&b'=') {
                continue;
            }
            j += 1;
            while j < bytes.len() && bytes[j].is_ascii_whitespace() {
                j += 1;
            }
            let range = match bytes.get(j) {
                Some(quote @ (b'"' | b'\'')) => {
                    let start = j + 1;
                    let end = html[start..].find(*quote as char).map_or(html.len(), |e| start + e);
                    j = (end + 1).min(html.len());
                    start..end
                }
                _ => {
                    let start = j;
                    while j < bytes.len() && !bytes[j].is_ascii_whitespace() && bytes[j] != b'>' {
                        j += 1;
                    }
                    start..j
                }
            };
            if name.eq_ignore_ascii_case(attribute) {
                found.push(AttributeValue {
                    value: decode(&html[range.clone()]),
                    attribute: name_start..j,
                    range,
                });
            }
        }
        i = j;
    }
    found
}

/// Decodes the character references an author may write in an address.
fn decode(text: &str) -> String {
    if !text.contains('&') {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        let end = rest.find(';').filter(|e| *e <= 10);
        let decoded = end.and_then(|e| match &rest[1..e] {
            "amp" => Some('&'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            "lt" => Some('<'),
            "gt" => Some('>'),
            code => code
                .strip_prefix("#x")
                .or_else(|| code.strip_prefix("#X"))
                .and_then(|hex| u32::from_str_radix(hex, 16).ok())
                .or_else(|| code.strip_prefix('#').and_then(|dec| dec.parse().ok()))
                .and_then(char::from_u32),
        });
        match (decoded, end) {
            (Some(c), Some(e)) => {
                out.push(c);
                rest = &rest[e + 1..];
            }
            _ => {
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

    fn values(html: &str) -> Vec<String> {
        attribute_values(html, "a", "href")
            .into_iter()
            .map(|v| v.value)
            .collect()
    }

    #[test]
    fn hrefs_in_every_spelling() {
        assert_eq!(
            values("<a href=\"a.md\">x</a> <A HREF='b.md#c'>y</A> <a class=x href=c.md>z</a>"),
            ["a.md", "b.md#c", "c.md"]
        );
        assert_eq!(values("<a title=\"x > y\" href = \"d.md\" >"), ["d.md"]);
        assert_eq!(values("<a href=\"q.md?a=1&amp;b=&#50;\">"), ["q.md?a=1&b=2"]);
    }

    #[test]
    fn other_tags_attributes_and_comments_are_not_links() {
        assert!(values("<abbr href=\"x\"> <img src=\"a.png\"> <a name=\"top\"> <!-- <a href=\"x.md\"> -->").is_empty());
        let html = "<p><a href=\"z.md\">";
        let found = attribute_values(html, "a", "href");
        assert_eq!(&html[found[0].range.clone()], "z.md");
        assert_eq!(&html[found[0].attribute.clone()], "href=\"z.md\"");
    }
}
