//! Markdown syntax helpers every stage uses (pulldown-cmark): the options page bodies are parsed
//! with, the links and images of a body, heading ids and the heading shift. Turning a body into
//! HTML or Typst is the renderers' business (`render::site::html`, `render::print::convert`).

pub mod limits;
pub mod points;
pub mod raw_html;

use std::borrow::Borrow;
use std::collections::{HashMap, HashSet};
use std::ops::Range;

use pulldown_cmark::{CowStr, Event, HeadingLevel, LinkType, Options, Parser, Tag, TagEnd};
use unicode_normalization::UnicodeNormalization;

pub fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_HEADING_ATTRIBUTES
}

/// How an author says an image is only decoration, with nothing to describe: `![""](…)`.
/// (In raw HTML, `alt=""` says the same.)
pub const DECORATIVE_ALT: &str = "\"\"";

/// The link schemes kept in page bodies; any other (`javascript:`, `file:`, …) is removed.
pub const LINK_SCHEMES: &[&str] = &["http", "https", "mailto", "tel", "sms"];

/// Whether an external destination uses a scheme that pages keep.
pub fn is_allowed_scheme(dest: &str) -> bool {
    let lower = dest.trim().to_ascii_lowercase();
    LINK_SCHEMES.contains(&lower.split(':').next().unwrap_or(""))
}

/// A link or image destination in a body, with its byte offset in the body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LinkRef {
    pub dest: String,
    pub offset: usize,
    pub is_image: bool,
}

/// Every link and image of a body, in order: Markdown links, and `<a href>` in raw HTML.
pub fn links(body: &str) -> Vec<LinkRef> {
    links_in(Parser::new_ext(body, options()).into_offset_iter())
}

/// [`links`] of a body's events already read, with their byte ranges.
pub fn links_in<'a, E: Borrow<Event<'a>>>(events: impl IntoIterator<Item = (E, Range<usize>)>) -> Vec<LinkRef> {
    let mut links = Vec::new();
    for (event, range) in events {
        add_links(event.borrow(), &range, &mut links);
    }
    links
}

/// Adds the links of one event (a Markdown link or image, or raw HTML's `<a href>`) to `links`:
/// [`links_in`] one event at a time, for a reader that reads the events for more than links.
pub fn add_links(event: &Event, range: &Range<usize>, links: &mut Vec<LinkRef>) {
    match event {
        Event::Start(Tag::Link {
            link_type, dest_url, ..
        }) => links.push(LinkRef {
            dest: link_destination(*link_type, dest_url.clone()).to_string(),
            offset: range.start,
            is_image: false,
        }),
        Event::Start(Tag::Image { dest_url, .. }) => links.push(LinkRef {
            dest: dest_url.to_string(),
            offset: range.start,
            is_image: true,
        }),
        Event::Html(html) | Event::InlineHtml(html) => links.extend(
            raw_html::attribute_values(html, "a", "href")
                .into_iter()
                .map(|href| LinkRef {
                    dest: href.value,
                    offset: range.start + href.range.start,
                    is_image: false,
                }),
        ),
        _ => {}
    }
}

/// Where a link leads: an email autolink (`<name@example.org>`) is a `mailto:` address.
pub fn link_destination(link_type: LinkType, dest: CowStr<'_>) -> CowStr<'_> {
    match link_type {
        LinkType::Email if !dest.to_ascii_lowercase().starts_with("mailto:") => CowStr::from(format!("mailto:{dest}")),
        _ => dest,
    }
}

/// The ids a body's headings and footnotes get, so links to `page.md#id` can be checked.
pub fn anchors(body: &str) -> HashSet<String> {
    let events: Vec<Event> = Parser::new_ext(body, options()).collect();
    let mut ids = HeadingIds::default();
    let explicit = events.iter().filter_map(|event| match event {
        Event::Start(Tag::Heading { id, .. }) => Some(id.as_deref()),
        _ => None,
    });
    let mut found: HashSet<String> = explicit
        .zip(heading_texts(&events))
        .map(|(id, text)| ids.assign(id, &text))
        .collect();
    found.extend(events.iter().filter_map(|event| match event {
        Event::Start(Tag::FootnoteDefinition(name)) => Some(format!("fn-{}", footnote_id(name))),
        _ => None,
    }));
    found
}

/// How many levels body headings move down so they start at level 2: the page title is the
/// only level 1.
pub fn heading_shift<'a>(events: impl Iterator<Item = &'a Event<'a>>) -> usize {
    let min = events
        .filter_map(|e| match e {
            Event::Start(Tag::Heading { level, .. }) => Some(*level as usize),
            _ => None,
        })
        .min()
        .unwrap_or(2);
    2usize.saturating_sub(min)
}

/// `level` moved down by `shift`, at most to level 6.
pub fn shifted(level: HeadingLevel, shift: usize) -> HeadingLevel {
    HeadingLevel::try_from((level as usize + shift).min(6)).unwrap_or(HeadingLevel::H6)
}

/// The text of each heading, in order: what its id is made from.
pub fn heading_texts<'a, 'e: 'a>(events: impl IntoIterator<Item = &'a Event<'e>>) -> Vec<String> {
    let mut texts = Vec::new();
    let mut current: Option<String> = None;
    for event in events {
        match event {
            Event::Start(Tag::Heading { .. }) => current = Some(String::new()),
            Event::End(TagEnd::Heading(_)) => texts.extend(current.take()),
            Event::Text(t) | Event::Code(t) => {
                if let Some(text) = current.as_mut() {
                    text.push_str(t);
                }
            }
            _ => {}
        }
    }
    texts.extend(current);
    texts
}

/// Assigns unique heading ids in document order, like GitHub: `Intro`, `Intro` → `intro`, `intro-1`.
#[derive(Default)]
pub struct HeadingIds {
    seen: HashMap<String, usize>,
}

impl HeadingIds {
    pub fn assign(&mut self, explicit: Option<&str>, text: &str) -> String {
        let base = match explicit {
            Some(id) => id.to_string(),
            None => slugify(text),
        };
        let count = self.seen.entry(base.clone()).or_insert(0);
        let id = if *count == 0 {
            base.clone()
        } else {
            format!("{base}-{count}")
        };
        *count += 1;
        id
    }
}

/// Lowercase letters and digits (any script) joined by `-`: `¿Qué es?` → `qué-es`. The text is
/// normalized first (NFC), so an accent typed as a separate combining mark is kept.
pub fn slugify(text: &str) -> String {
    let mut slug = String::new();
    for c in text.nfc().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            slug.push(c);
        } else if (c.is_whitespace() || c == '-' || c == '_') && !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    let slug = slug.trim_end_matches('-').to_string();
    if slug.is_empty() { "section".to_string() } else { slug }
}

/// The id of a footnote's definition is `fn-` and this.
pub fn footnote_id(name: &str) -> String {
    slugify(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn anchors_are_the_heading_and_footnote_ids() {
        let ids = anchors("# Uno\n\n## ¿Qué es?\n\n## ¿Qué es?\n\n### Detalle {#mio}\n\nx[^n]\n\n[^n]: y\n");
        for id in ["uno", "qué-es", "qué-es-1", "mio", "fn-n"] {
            assert!(ids.contains(id), "{id}");
        }
    }

    #[test]
    fn raw_html_links_and_email_autolinks() {
        let found = links("<ayuda@example.org> y <a href=\"b.md\">b</a>\n\n<div><a href='c.md'>c</a></div>\n");
        let dests: Vec<&str> = found.iter().map(|l| l.dest.as_str()).collect();
        assert_eq!(dests, ["mailto:ayuda@example.org", "b.md", "c.md"]);
        assert_eq!(found[1].offset, "<ayuda@example.org> y <a href=\"".len());
    }

    #[test]
    fn links_and_images_in_order() {
        let found = links("a [x](b.md) ![c](d.png)");
        assert_eq!(found.len(), 2);
        assert_eq!((found[0].dest.as_str(), found[0].is_image), ("b.md", false));
        assert_eq!((found[1].dest.as_str(), found[1].is_image), ("d.png", true));
    }

    #[test]
    fn heading_ids_of_decomposed_accents_are_the_composed_ones() {
        assert_eq!(slugify("¿Que\u{301} es?"), "qué-es");
        assert_eq!(slugify("¿Qué es?"), "qué-es");
    }

    #[test]
    fn schemes() {
        assert!(is_allowed_scheme("HTTPS://iom.int"));
        assert!(is_allowed_scheme("tel:+50255550100"));
        assert!(!is_allowed_scheme("javascript:alert(1)"));
    }
}
