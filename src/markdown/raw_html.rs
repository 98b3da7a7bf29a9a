//! Tags in the raw HTML of a body: `<a href="…">`, so that links written in HTML are checked
//! and rewritten like Markdown links, and `<img>`, so that images written in HTML are held to
//! the rules of Markdown images and replaced by the processed pictures. The HTML is sanitized
//! afterwards (ammonia): this only has to find what a browser would follow, not to be a full
//! parser. One tokenizer serves both, as the HTML tokenizer reads tags: comments skipped, names
//! in any case, values quoted with `"` or `'` or unquoted, character references decoded.

use std::ops::Range;

/// One tag, `<name …>`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tag {
    /// The whole tag, from `<` to after its `>` (to the end of the text if it never ends).
    pub range: Range<usize>,
    pub attributes: Vec<AttributeValue>,
}

impl Tag {
    /// The first attribute named `name` (any case), as browsers read it.
    pub fn get(&self, name: &str) -> Option<&AttributeValue> {
        self.attributes.iter().find(|a| a.name.eq_ignore_ascii_case(name))
    }
}

/// One attribute of a tag in a piece of raw HTML.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AttributeValue {
    pub name: String,
    /// Where the value is written (inside the quotes, if any), in bytes of the HTML; empty, at
    /// the end of the name, for an attribute without `=`.
    pub range: Range<usize>,
    /// Where the whole attribute is written, from its name to the end of its value.
    pub attribute: Range<usize>,
    /// The value with its character references (`&amp;`, `&#39;`, …) decoded.
    pub value: String,
    /// Written with `=` (`<a href>` has none, `<img alt="">` has one).
    pub has_value: bool,
}

/// The values of `attribute` on every `<tag …>` of `html` (names in any case), in order.
pub fn attribute_values(html: &str, tag: &str, attribute: &str) -> Vec<AttributeValue> {
    tags(html, tag)
        .into_iter()
        .flat_map(|t| t.attributes)
        .filter(|a| a.has_value && a.name.eq_ignore_ascii_case(attribute))
        .collect()
}

/// Every `<name …>` tag of `html` (any case), in order. Comments are skipped.
pub fn tags(html: &str, name: &str) -> Vec<Tag> {
    let mut found = Vec::new();
    let mut i = 0;
    while let Some(start) = html[i..].find('<').map(|a| a + i) {
        i = start + 1;
        if html[i..].starts_with("!--") {
            i = html[i..].find("-->").map_or(html.len(), |end| i + end + 3);
            continue;
        }
        let name_end = html[i..]
            .find(|c: char| c.is_ascii_whitespace() || c == '>' || c == '/')
            .map_or(html.len(), |n| i + n);
        if !html[i..name_end].eq_ignore_ascii_case(name) {
            continue;
        }
        let (attributes, end) = attributes(html, name_end);
        found.push(Tag {
            range: start..end,
            attributes,
        });
        i = end.max(name_end);
    }
    found
}

/// The attributes of a tag whose name ends at `at`, and where the tag ends (after its `>`):
/// names up to `=`, `/`, `>` or a space; values quoted with `"` or `'`, or unquoted up to a
/// space or `>`.
fn attributes(html: &str, mut j: usize) -> (Vec<AttributeValue>, usize) {
    let bytes = html.as_bytes();
    let skip_space = |mut j: usize| {
        while bytes.get(j).is_some_and(u8::is_ascii_whitespace) {
            j += 1;
        }
        j
    };
    let mut found = Vec::new();
    loop {
        while bytes.get(j).is_some_and(|b| b.is_ascii_whitespace() || *b == b'/') {
            j += 1;
        }
        match bytes.get(j) {
            None => return (found, html.len()),
            Some(b'>') => return (found, j + 1),
            _ => {}
        }
        let name_start = j;
        // A name is at least one byte (a stray `=` is one), so `j` always moves.
        j += 1;
        while bytes
            .get(j)
            .is_some_and(|b| !b.is_ascii_whitespace() && !b"=>/".contains(b))
        {
            j += 1;
        }
        let name = html[name_start..j].to_string();
        let next = skip_space(j);
        if bytes.get(next) != Some(&b'=') {
            found.push(AttributeValue {
                name,
                range: j..j,
                attribute: name_start..j,
                value: String::new(),
                has_value: false,
            });
            continue;
        }
        j = skip_space(next + 1);
        let range = match bytes.get(j) {
            Some(quote @ (b'"' | b'\'')) => {
                let start = j + 1;
                let end = html[start..].find(*quote as char).map_or(html.len(), |e| start + e);
                j = (end + 1).min(html.len());
                start..end
            }
            _ => {
                let start = j;
                while bytes.get(j).is_some_and(|b| !b.is_ascii_whitespace() && *b != b'>') {
                    j += 1;
                }
                start..j
            }
        };
        found.push(AttributeValue {
            name,
            value: decode(&html[range.clone()]),
            attribute: name_start..j,
            range,
            has_value: true,
        });
    }
}

/// Decodes the character references an author may write in an attribute: `&amp;`, `&lt;`,
/// `&gt;`, `&quot;`, `&apos;`, `&nbsp;` and numeric ones. Others are kept as written.
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
            "nbsp" => Some('\u{a0}'),
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

/// Every `<img>` tag in `html`, in order, with what validation and the website need of it
/// (`src`, `alt`). A tag that never ends (`<img src=x`) reaches the end of the text.
pub fn images(html: &str) -> Vec<ImgTag> {
    tags(html, "img")
        .into_iter()
        .map(|tag| ImgTag {
            start: tag.range.start,
            end: tag.range.end,
            src: tag.get("src").map(|a| a.value.clone()),
            alt: tag.get("alt").map(|a| a.value.clone()),
        })
        .collect()
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

    #[test]
    fn reads_src_and_alt_in_every_spelling() {
        let html = r#"a <IMG SRC="../assets/a.jpg" alt='Dos &amp; tres'> b <img src=x.png alt=""/><img src=y>"#;
        let tags = images(html);
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
    fn other_tags_broken_tags_and_commented_images() {
        assert!(images("<imgx src=a> <p>img</p> <!-- <img src=c.png> -->").is_empty());
        let tags = images("<img src=\"a.jpg");
        assert_eq!(tags.len(), 1);
        assert_eq!(tags[0].end, "<img src=\"a.jpg".len());
        let tags = images("<img alt=a alt=b =c / src = 'z'>");
        assert_eq!(tags[0].alt.as_deref(), Some("a"));
        assert_eq!(tags[0].src.as_deref(), Some("z"));
        // An `alt` without a value is an empty description, as in browsers.
        assert_eq!(images("<img src=a.png alt>")[0].alt.as_deref(), Some(""));
    }
}
