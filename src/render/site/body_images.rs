//! BodyImages in a page body on their way to HTML: a Markdown image's events are held until its
//! end (its alt text is inside), then replaced by the caller's picture; raw `<img>` tags are
//! replaced in place. Used by [`super::html::to_html_with_pictures`].

use pulldown_cmark::{CowStr, Event, Tag, TagEnd};

use crate::markdown::LinkRef;

/// An image of a body (Markdown, or a raw `<img>`), for the caller to replace with a picture.
pub struct ImageRef<'a> {
    pub link: LinkRef,
    /// The alt text; `None` for a decorative image (`![""](…)`, `alt=""`).
    pub alt: Option<&'a str>,
    /// Which image of the body this is (0: the first) and how many characters of text come
    /// before it: a picture near the top is on the first screen, so it is not loaded lazily.
    pub index: usize,
    pub text_before: usize,
}

/// The images of one body, in order, and the text met so far.
#[derive(Default)]
pub struct BodyImages<'e> {
    open: Option<(LinkRef, String, Vec<Event<'e>>)>,
    count: usize,
    text: usize,
}

impl<'e> BodyImages<'e> {
    /// The events to write for `event`: none while it belongs to an image, the picture's
    /// markup at the image's end (or the image's own events, when there is no picture).
    pub fn take(
        &mut self,
        event: Event<'e>,
        offset: usize,
        picture: &dyn Fn(&ImageRef) -> Option<String>,
    ) -> Vec<Event<'e>> {
        if let Some((_, alt, held)) = &mut self.open {
            match &event {
                Event::End(TagEnd::Image) => {}
                Event::Text(t) | Event::Code(t) => {
                    alt.push_str(t);
                    held.push(event);
                    return Vec::new();
                }
                _ => {
                    held.push(event);
                    return Vec::new();
                }
            }
            let Some((link, alt, mut held)) = self.open.take() else {
                return vec![event];
            };
            let decorative = alt == crate::markdown::DECORATIVE_ALT;
            let image = ImageRef {
                alt: (!decorative).then_some(alt.as_str()),
                link,
                index: self.count,
                text_before: self.text,
            };
            self.count += 1;
            return match picture(&image) {
                Some(html) => vec![Event::InlineHtml(CowStr::from(html))],
                None => {
                    held.push(event);
                    held
                }
            };
        }
        match event {
            Event::Start(Tag::Image { ref dest_url, .. }) => {
                let link = LinkRef {
                    dest: dest_url.to_string(),
                    offset,
                    is_image: true,
                };
                self.open = Some((link, String::new(), vec![event]));
                Vec::new()
            }
            Event::Text(ref t) | Event::Code(ref t) => {
                self.text += t.chars().count();
                vec![event]
            }
            Event::Html(ref html) | Event::InlineHtml(ref html) if html.to_ascii_lowercase().contains("<img") => {
                let replaced = self.raw(html, offset, picture);
                vec![match event {
                    Event::Html(_) => Event::Html(CowStr::from(replaced)),
                    _ => Event::InlineHtml(CowStr::from(replaced)),
                }]
            }
            other => vec![other],
        }
    }

    /// `html` with each `<img>` replaced by its picture (or removed).
    fn raw(&mut self, html: &str, offset: usize, picture: &dyn Fn(&ImageRef) -> Option<String>) -> String {
        let mut replaced = String::with_capacity(html.len());
        let mut at = 0;
        for tag in crate::markdown::raw_html::images(html) {
            replaced.push_str(&html[at..tag.start]);
            at = tag.end;
            let image = ImageRef {
                link: LinkRef {
                    dest: tag.src.clone().unwrap_or_default(),
                    offset: offset + tag.start,
                    is_image: true,
                },
                alt: tag.alt.as_deref().filter(|a| !a.is_empty()),
                index: self.count,
                text_before: self.text,
            };
            self.count += 1;
            replaced.push_str(&picture(&image).unwrap_or_default());
        }
        replaced.push_str(&html[at..]);
        replaced
    }
}
