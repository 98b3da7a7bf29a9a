//! Markdown → safe HTML for the web pages (pulldown-cmark, then ammonia).
//!
//! Headings get ids (an explicit `{#id}` or one made from the text) and are shifted so the
//! body never competes with the page's `<h1>`; links are rewritten by the caller (`.md` paths
//! become page URLs). A body with raw HTML, an image, or anything else ammonia would remove (a
//! link of another scheme, a heading's classes, a code block's language) goes through ammonia,
//! so no script, event handler or `javascript:` URL survives; a body of plain Markdown is
//! written by pulldown-cmark alone, which escapes all text and attributes (most pages: cleaning
//! was an eighth of a website build). A test checks that ammonia changes nothing such a body has.

use std::borrow::Cow;
use std::collections::BTreeMap;

use pulldown_cmark::{CowStr, Event, LinkType, Parser, Tag, TagEnd};

use super::body_images::BodyImages;
pub use super::body_images::ImageRef;
use crate::markdown::raw_html::attribute_values;
use crate::markdown::{
    HeadingIds, LINK_SCHEMES, LinkRef, footnote_id, heading_shift, heading_texts, link_destination, options, shifted,
};

/// Renders a body to sanitized HTML. `rewrite` maps a link or image destination to the URL to
/// write (return `None` to keep it as written, an empty string to keep only the link's text, for
/// a page that is not built). Wide tables scroll inside a region that keyboard
/// users can focus; `table_label` names that region for screen readers.
#[cfg(test)]
pub fn to_html(body: &str, rewrite: &dyn Fn(&LinkRef) -> Option<String>, table_label: &str) -> String {
    to_html_with_pictures(body, rewrite, &|_| None, table_label)
}

/// As [`to_html`], with every image replaced by the markup `picture` returns (`None`: a
/// Markdown image stays as written, a raw `<img>` is dropped).
pub fn to_html_with_pictures(
    body: &str,
    rewrite: &dyn Fn(&LinkRef) -> Option<String>,
    picture: &dyn Fn(&ImageRef) -> Option<String>,
    table_label: &str,
) -> String {
    let (html, needs_cleaning) = written(body, rewrite, picture, table_label);
    if needs_cleaning { sanitize(&html) } else { html }
}

/// The body's HTML as pulldown-cmark writes it, and whether ammonia must clean it (else it is
/// already what ammonia would write, byte for byte).
fn written(
    body: &str,
    rewrite: &dyn Fn(&LinkRef) -> Option<String>,
    picture: &dyn Fn(&ImageRef) -> Option<String>,
    table_label: &str,
) -> (String, bool) {
    let events: Vec<(Event, std::ops::Range<usize>)> = Parser::new_ext(body, options()).into_offset_iter().collect();
    let shift = heading_shift(events.iter().map(|(e, _)| e));
    let mut ids = HeadingIds::default();
    let mut footnotes: BTreeMap<String, usize> = BTreeMap::new();
    let mut footnote_number = |name: &str| {
        let next = footnotes.len() + 1;
        *footnotes.entry(name.to_string()).or_insert(next)
    };
    let mut heading_texts = heading_texts(events.iter().map(|(e, _)| e)).into_iter();
    let rewritten = |dest, offset, is_image| rewritten(rewrite, dest, offset, is_image);
    let mut out: Vec<Event> = Vec::with_capacity(events.len());
    let mut unlinked = false;
    let mut images = BodyImages::default();
    // pulldown-cmark keeps a NUL and a carriage return as they are; html5ever does not.
    let mut needs_cleaning = body.contains(['\0', '\r']);
    let mut open_links = 0usize;
    for (event, range) in events {
        needs_cleaning |= needs_cleaning_event(&event);
        // A link inside a link (an autolink in a link's text) is restructured by html5ever.
        match &event {
            Event::Start(Tag::Link { .. }) => {
                needs_cleaning |= open_links > 0;
                open_links += 1;
            }
            Event::End(TagEnd::Link) => open_links = open_links.saturating_sub(1),
            _ => {}
        }
        for event in images.take(event, range.start, picture) {
            let event = match event {
                Event::Start(Tag::Heading {
                    level,
                    id,
                    classes,
                    attrs,
                }) => {
                    let text = heading_texts.next().unwrap_or_default();
                    let id = ids.assign(id.as_deref(), &text);
                    needs_cleaning |= !writes_alike(&id);
                    Event::Start(Tag::Heading {
                        level: shifted(level, shift),
                        id: Some(CowStr::from(id)),
                        classes,
                        attrs,
                    })
                }
                Event::End(TagEnd::Link) if unlinked => {
                    unlinked = false;
                    continue;
                }
                Event::End(TagEnd::Heading(level)) => Event::End(TagEnd::Heading(shifted(level, shift))),
                Event::Start(Tag::Link {
                    link_type,
                    dest_url,
                    title,
                    id,
                }) => match rewritten(link_destination(link_type, dest_url), range.start, false) {
                    None => {
                        unlinked = true;
                        continue;
                    }
                    Some(dest_url) => {
                        needs_cleaning |= !is_kept_link(&dest_url) || !writes_alike(&dest_url) || !writes_alike(&title);
                        Event::Start(Tag::Link {
                            // An email address is a `mailto:` link already.
                            link_type: if link_type == LinkType::Email {
                                LinkType::Autolink
                            } else {
                                link_type
                            },
                            dest_url,
                            title,
                            id,
                        })
                    }
                },
                Event::Html(html) => Event::Html(raw_links(html, range.start, rewrite)),
                Event::InlineHtml(html) => Event::InlineHtml(raw_links(html, range.start, rewrite)),
                Event::Start(Tag::Image {
                    link_type,
                    dest_url,
                    title,
                    id,
                }) => Event::Start(Tag::Image {
                    link_type,
                    dest_url: rewritten(dest_url, range.start, true).unwrap_or(CowStr::Borrowed("")),
                    title,
                    id,
                }),
                Event::FootnoteReference(name) => {
                    let n = footnote_number(&name);
                    let id = footnote_id(&name);
                    Event::InlineHtml(CowStr::from(format!(
                        "<sup class=\"fnref\"><a href=\"#fn-{id}\" id=\"fnref-{id}\">{n}</a></sup>"
                    )))
                }
                Event::Start(Tag::FootnoteDefinition(name)) => {
                    let n = footnote_number(&name);
                    let id = footnote_id(&name);
                    Event::Html(CowStr::from(format!(
                        "<div class=\"footnote\" id=\"fn-{id}\"><span class=\"fn-label\">{n}.</span>"
                    )))
                }
                Event::End(TagEnd::FootnoteDefinition) => Event::Html(CowStr::from("</div>\n")),
                Event::Start(Tag::Table(alignments)) => {
                    out.push(Event::Html(CowStr::from(format!(
                        "<div class=\"table\" role=\"region\" tabindex=\"0\" aria-label=\"{}\">",
                        crate::html::escape(table_label)
                    ))));
                    Event::Start(Tag::Table(alignments))
                }
                Event::End(TagEnd::Table) => {
                    out.push(Event::End(TagEnd::Table));
                    Event::Html(CowStr::from("</div>\n"))
                }
                // As ammonia (html5ever) writes them: no `/>`.
                Event::HardBreak => Event::InlineHtml(CowStr::Borrowed("<br>\n")),
                Event::Rule => Event::Html(CowStr::Borrowed("<hr>\n")),
                Event::Text(text) => {
                    needs_cleaning |= !text_writes_alike(&text);
                    Event::Text(text)
                }
                Event::Code(text) => {
                    needs_cleaning |= !text_writes_alike(&text);
                    Event::Code(text)
                }
                other => other,
            };
            out.push(event);
        }
    }
    let mut html = String::with_capacity(body.len() * 2);
    pulldown_cmark::html::push_html(&mut html, out.into_iter());
    (html, needs_cleaning)
}

/// Whether an event from the author's Markdown brings what only ammonia may let through or
/// take out: raw HTML, a heading's classes or attributes, a code block's language class, an
/// image.
fn needs_cleaning_event(event: &Event) -> bool {
    match event {
        Event::Html(_) | Event::InlineHtml(_) | Event::InlineMath(_) | Event::DisplayMath(_) => true,
        Event::TaskListMarker(_) => true,
        // A picture's markup is ours, but it carries the author's alt text and file names:
        // ammonia has the last word on it, as before.
        Event::Start(Tag::Image { .. }) => true,
        Event::Start(Tag::Heading { classes, attrs, .. }) => !classes.is_empty() || !attrs.is_empty(),
        Event::Start(Tag::CodeBlock(pulldown_cmark::CodeBlockKind::Fenced(info))) => !info.is_empty(),
        _ => false,
    }
}

/// Whether pulldown-cmark writes the attribute value `text` as ammonia (html5ever) does: they
/// differ on a no-break space (`&nbsp;`), an apostrophe (`&#39;`), and a carriage return or a
/// NUL (written as `&#13;` or `&#0;` too), which html5ever turns into a line feed or drops.
fn writes_alike(text: &str) -> bool {
    !text.contains(['\u{a0}', '\'', '\r', '\0'])
}

/// The same for text between tags, where an apostrophe is written alike.
fn text_writes_alike(text: &str) -> bool {
    !text.contains(['\u{a0}', '\r', '\0'])
}

/// A link destination ammonia keeps as it is: on this site (no scheme), or of a kept scheme,
/// written in characters pulldown-cmark does not percent-encode, and a URL the `url` crate
/// parses (ammonia drops the `href` of one it cannot parse: `https://`, an IPv6 host).
fn is_kept_link(dest: &str) -> bool {
    is_same_site(dest)
        || (crate::markdown::is_allowed_scheme(dest)
            && dest
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"-._~:/?#@!$&()*+,;=%".contains(&b))
            && url::Url::parse(dest).is_ok())
}

/// A destination on this site: relative, with no scheme and no other host (`//host`).
fn is_same_site(dest: &str) -> bool {
    // Anything before the first `/`, `?` or `#` with a `:` is a scheme (`javascript:`).
    let path = dest.split(['/', '?', '#']).next().unwrap_or("");
    !path.contains(':') && !dest.trim_start().starts_with("//") && !dest.trim().is_empty()
}

/// The destination to write for a link or image at `offset`; `None` to keep only a link's text
/// (a page that is not built).
fn rewritten<'e>(
    rewrite: &dyn Fn(&LinkRef) -> Option<String>,
    dest: CowStr<'e>,
    offset: usize,
    is_image: bool,
) -> Option<CowStr<'e>> {
    let link = LinkRef {
        dest: dest.to_string(),
        offset,
        is_image,
    };
    match rewrite(&link) {
        Some(url) if url.is_empty() && !is_image => None,
        Some(url) => Some(CowStr::from(url)),
        None => Some(dest),
    }
}

/// Raw HTML with the `href` of each `<a>` rewritten like a Markdown link's; a link to a page
/// that is not built loses its `href` (its text stays).
fn raw_links<'e>(html: CowStr<'e>, offset: usize, rewrite: &dyn Fn(&LinkRef) -> Option<String>) -> CowStr<'e> {
    let hrefs = attribute_values(&html, "a", "href");
    if hrefs.is_empty() {
        return html;
    }
    let mut out = html.to_string();
    for href in hrefs.iter().rev() {
        let link = LinkRef {
            dest: href.value.clone(),
            offset: offset + href.range.start,
            is_image: false,
        };
        match rewrite(&link) {
            Some(url) if url.is_empty() => out.replace_range(href.attribute.clone(), ""),
            Some(url) => out.replace_range(href.range.clone(), &crate::html::escape(&url)),
            None => {}
        }
    }
    CowStr::from(out)
}

/// Cleans HTML from Markdown (and any raw HTML in it) down to a safe set of tags.
pub fn sanitize(html: &str) -> String {
    use std::sync::OnceLock;
    static CLEANER: OnceLock<ammonia::Builder<'static>> = OnceLock::new();
    let cleaner = CLEANER.get_or_init(|| {
        let mut b = ammonia::Builder::default();
        b.add_tags([
            "div",
            "span",
            "section",
            "sup",
            "sub",
            "del",
            "s",
            "figure",
            "figcaption",
            "picture",
            "source",
        ])
        .add_tag_attributes("h1", ["id"])
        .add_tag_attributes("h2", ["id"])
        .add_tag_attributes("h3", ["id"])
        .add_tag_attributes("h4", ["id"])
        .add_tag_attributes("h5", ["id"])
        .add_tag_attributes("h6", ["id"])
        .add_tag_attributes("a", ["id"])
        .add_tag_attributes("div", ["id", "class", "role", "tabindex", "aria-label"])
        .add_tag_attributes("span", ["class"])
        .add_tag_attributes("sup", ["class"])
        .add_tag_attributes("th", ["style"])
        .add_tag_attributes("td", ["style"])
        .add_tag_attributes("img", ["loading", "decoding", "width", "height", "srcset", "sizes"])
        .add_tag_attributes("source", ["srcset", "sizes", "type"])
        .url_schemes(LINK_SCHEMES.iter().copied().chain(["data"]).collect())
        .link_rel(None)
        .attribute_filter(filter_attribute);
        b
    });
    cleaner.clean(html).to_string()
}

fn filter_attribute<'a>(element: &str, attribute: &str, value: &'a str) -> Option<Cow<'a, str>> {
    let lower = value.trim().to_ascii_lowercase();
    match (element, attribute) {
        // Images only from the site itself (relative) or inline pictures: nothing from other origins.
        ("img", "src") => {
            let inline = ["data:image/png", "data:image/jpeg", "data:image/gif", "data:image/webp"]
                .iter()
                .any(|p| lower.starts_with(p));
            let relative = !lower.starts_with("//") && !lower.contains(':');
            (inline || relative).then_some(Cow::Borrowed(value))
        }
        // Pictures in several sizes, each only from the site itself.
        (_, "srcset") => value
            .split(',')
            .all(|candidate| {
                let url = candidate.split_whitespace().next().unwrap_or("").to_ascii_lowercase();
                !url.starts_with("//") && !url.contains(':')
            })
            .then_some(Cow::Borrowed(value)),
        (_, "href") if lower.starts_with("data:") => None,
        (_, "style") => matches!(
            lower.as_str(),
            "text-align: left" | "text-align: center" | "text-align: right"
        )
        .then_some(Cow::Borrowed(value)),
        _ => Some(Cow::Borrowed(value)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn html(body: &str) -> String {
        to_html(body, &|_| None, "Tabla")
    }

    #[test]
    fn headings_get_ids_and_start_at_h2() {
        let out = html("# Uno\n\n## ¿Qué es?\n\n## ¿Qué es?\n\n### Detalle {#mio}\n");
        assert!(out.contains("<h2 id=\"uno\">Uno</h2>"), "{out}");
        assert!(out.contains("<h3 id=\"qué-es\">"), "{out}");
        assert!(out.contains("<h3 id=\"qué-es-1\">"), "{out}");
        assert!(out.contains("<h4 id=\"mio\">"), "{out}");
    }

    #[test]
    fn scripts_and_dangerous_urls_never_survive() {
        let body = "<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\n[a](javascript:alert(1)) \
                    <a href=\"JaVaScRiPt:alert(1)\">b</a> [c](data:text/html,<script>x</script>)\n\n\
                    <iframe src=\"https://evil.example\"></iframe><img src=\"https://evil.example/t.png\">";
        let out = html(body).to_ascii_lowercase();
        for bad in [
            "<script",
            "onerror",
            "javascript:",
            "data:text",
            "<iframe",
            "evil.example/t.png",
        ] {
            assert!(!out.contains(bad), "{bad} in {out}");
        }
    }

    #[test]
    fn pictures_keep_only_sources_from_the_site() {
        let out = sanitize(
            "<picture><source type=\"image/webp\" srcset=\"a-360.webp 360w, //evil.example/t.webp 720w\">\
             <img src=\"a.jpg\" srcset=\"a-360.jpg 360w\" width=\"4\" height=\"3\" alt=\"x\" decoding=\"async\"></picture>",
        );
        assert!(!out.contains("evil.example"), "{out}");
        assert!(out.contains("<img src=\"a.jpg\" srcset=\"a-360.jpg 360w\""), "{out}");
    }

    #[test]
    fn raw_img_tags_become_the_callers_pictures() {
        let out = to_html_with_pictures(
            "Hola <IMG SRC='../assets/a.png' alt=\"Dos\" onerror=alert(1)> y ![Tres](../assets/b.png)",
            &|_| None,
            &|image| {
                Some(format!(
                    "<img src=\"{}.webp\" alt=\"{}\">",
                    image.link.dest,
                    image.alt.unwrap_or("")
                ))
            },
            "Tabla",
        );
        assert!(out.contains("<img src=\"../assets/a.png.webp\" alt=\"Dos\">"), "{out}");
        assert!(out.contains("<img src=\"../assets/b.png.webp\" alt=\"Tres\">"), "{out}");
        assert!(!out.contains("onerror"), "{out}");
    }

    #[test]
    fn tables_footnotes_and_strikethrough_render() {
        let out = html("| a | b |\n|:-|-:|\n| 1 | 2 |\n\nTexto[^n] ~~no~~\n\n[^n]: Nota.\n");
        assert!(
            out.contains("<div class=\"table\" role=\"region\" tabindex=\"0\" aria-label=\"Tabla\"><table>"),
            "{out}"
        );
        assert!(out.contains("text-align: right"), "{out}");
        assert!(out.contains("<del>no</del>"), "{out}");
        assert!(out.contains("href=\"#fn-n\""), "{out}");
        assert!(out.contains("id=\"fn-n\""), "{out}");
    }

    #[test]
    fn links_to_pages_that_are_not_built_keep_only_their_text() {
        let out = to_html(
            "Ver [el borrador](b.md) y [otra](c.md).",
            &|l| Some(if l.dest == "b.md" { String::new() } else { "C".into() }),
            "Tabla",
        );
        assert_eq!(out, "<p>Ver el borrador y <a href=\"C\">otra</a>.</p>\n");
    }

    #[test]
    fn raw_html_links_are_rewritten_like_markdown_links_and_emails_are_mailto() {
        let out = to_html(
            "<a href=\"otra.md\">x</a> <a href='b.md'>y</a> <ayuda@example.org>",
            &|l| match l.dest.as_str() {
                "otra.md" => Some("to/otra/?a=1&b=2".into()),
                "b.md" => Some(String::new()),
                _ => None,
            },
            "Tabla",
        );
        assert!(out.contains("<a href=\"to/otra/?a=1&amp;b=2\">x</a>"), "{out}");
        assert!(out.contains("<a>y</a>"), "{out}");
        assert!(!out.contains("b.md"), "{out}");
        assert!(
            out.contains("<a href=\"mailto:ayuda@example.org\">ayuda@example.org</a>"),
            "{out}"
        );
    }

    #[test]
    fn links_are_rewritten_by_the_caller() {
        let out = to_html(
            "[x](otra.md#a) ![i](../assets/a.png)",
            &|l| {
                Some(if l.is_image {
                    "IMG".into()
                } else {
                    format!("to/{}", l.dest)
                })
            },
            "Tabla",
        );
        assert!(out.contains("href=\"to/otra.md#a\""), "{out}");
        assert!(out.contains("src=\"IMG\""), "{out}");
    }

    /// The bodies of the demo campaigns, and what the writer makes of each (links and pictures
    /// kept as written).
    fn demo_bodies() -> Vec<(String, String, bool)> {
        walkdir::WalkDir::new(concat!(env!("CARGO_MANIFEST_DIR"), "/campaigns"))
            .into_iter()
            .filter_map(Result::ok)
            .filter(|e| e.path().extension().is_some_and(|x| x == "md"))
            .map(|e| {
                let text = std::fs::read_to_string(e.path()).unwrap();
                let body = crate::load::front_matter::split(&text)
                    .map_or(text.as_str(), |s| s.body)
                    .to_string();
                let (html, needs_cleaning) = written(&body, &|_| None, &|_| None, "Tabla");
                (e.path().display().to_string(), html, needs_cleaning)
            })
            .collect()
    }

    #[test]
    fn plain_markdown_is_written_as_ammonia_would_write_it() {
        let bodies = demo_bodies();
        let fast: Vec<_> = bodies.iter().filter(|(_, _, cleaning)| !cleaning).collect();
        // Most demo pages are plain Markdown: the check below must have something to check.
        assert!(fast.len() * 2 > bodies.len(), "{} of {}", fast.len(), bodies.len());
        for (path, html, _) in fast {
            assert_eq!(&sanitize(html), html, "{path}");
        }
        for sample in [
            "a  \nb\n\n---\n\nc d",
            "> quote\n\n1. a\n2. b\n\n3) c\n",
            "| a | b |\n|:-|-:|\n| 1 | 2 |\n",
            "a[^1]\n\n[^1]: note\n",
            "`code <x>` ~~del~~ *e* **s** a & b < c > d \" e ' f",
            "```\nplain <b>\n```\n\n    indented\n\n## T {#id}\n",
            "<https://example.org/a?b=1&c=2> x@example.org [a](#sección) [b](página.md \"t\")",
        ] {
            let (html, needs_cleaning) = written(sample, &|_| None, &|_| None, "Tabla");
            assert!(!needs_cleaning, "{sample:?}");
            assert_eq!(sanitize(&html), html, "{sample:?}");
        }
    }

    #[test]
    fn what_ammonia_would_change_is_cleaned() {
        for sample in [
            "<b>raw</b>",
            "[a](javascript:alert(1))",
            "[a](data:text/html,x)",
            "[a](//evil.example/)",
            "![a](https://evil.example/t.png)",
            "## T {.red}",
            "```js\nx\n```",
            "a\u{a0}b",
            "[a](x.md \"it's\")",
            "![a](foto.jpg)",
            // Found in review: each is only a byte difference, but ammonia writes it otherwise.
            "a\0b",
            "```\r\ncode\r\n```\r\n",
            "[a](https://)",
            "[a](https://[::1]/)",
            "[a](https://256.256.256.256/)",
            "[<https://a>](x.md)",
            "```\u{3000}\nx\n```",
            "text a&#13;b",
            "[a](x.md \"a&#xD;b\")",
        ] {
            let (_, needs_cleaning) = written(sample, &|_| None, &|_| None, "Tabla");
            assert!(needs_cleaning, "{sample:?}");
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig {
            cases: 256,
            failure_persistence: None,
            ..proptest::prelude::ProptestConfig::default()
        })]

        /// Whatever the author writes, a body written without ammonia is what ammonia would write.
        #[test]
        fn random_markdown_written_without_ammonia_is_clean(
            body in "([a-c *_`>#\\[\\]()<>!|\\\\~\"'&;:/.{}\n1-]|\u{a0}|\r|\u{0}|https://|javascript|\\.md|@){0,40}"
        ) {
            let (html, needs_cleaning) = written(&body, &|_| None, &|_| None, "Tabla");
            if !needs_cleaning {
                proptest::prop_assert_eq!(sanitize(&html), html);
            }
        }
    }
}
