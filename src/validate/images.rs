//! Pictures: every photo a campaign holds can be read (readers only ever get processed copies
//! of it), every SVG drawing is made safe, and every image a page shows has alt text, or says
//! that it is decorative: `![""](../assets/x.jpg)` in Markdown, `alt=""` in HTML.

use std::collections::BTreeMap;

use pulldown_cmark::{Event, Parser, Tag, TagEnd};

use crate::diag::{Diagnostic, Diagnostics, line_col};
use crate::imaging::{self, Kind, Probe};
use crate::links::Target;
use crate::load::{Blob, Cache, CampaignSource};
use crate::markdown::raw_html::{self, ImgTag};
use crate::markdown::{self, LinkRef};
use crate::messages::Message;
use crate::msg;
use crate::project::Page;

/// The campaign's assets as they are published (SVG drawings sanitized), and the size of every
/// photo. A photo that cannot be read, or an SVG that cannot be made safe, is an error.
pub fn check_assets(
    source: &CampaignSource,
    diagnostics: &mut Diagnostics,
) -> (BTreeMap<String, Blob>, BTreeMap<String, Probe>) {
    let mut assets = BTreeMap::new();
    let mut pictures = BTreeMap::new();
    for (rel, bytes) in &source.assets {
        let path = source.dir.join("assets").join(rel);
        match Kind::of(rel, bytes) {
            kind if kind.is_raster() => match imaging::probe(bytes) {
                Ok(probe) => {
                    pictures.insert(rel.clone(), probe);
                }
                Err(e) => diagnostics.push(
                    Diagnostic::error(&path, 0, 0, msg!("picture-unusable", reason = e.0))
                        .with_hint(msg!("picture-unusable-hint")),
                ),
            },
            Kind::Svg => match imaging::svg::sanitize(bytes) {
                Ok(clean) => {
                    assets.insert(rel.clone(), Blob::from(clean));
                    continue;
                }
                Err(e) => diagnostics.push(
                    Diagnostic::error(&path, 0, 0, msg!("svg-unpublishable", reason = e.0))
                        .with_hint(msg!("svg-unpublishable-hint")),
                ),
            },
            _ => {}
        }
        assets.insert(rel.clone(), bytes.clone());
    }
    (assets, pictures)
}

/// Raw `<img>` tags of a body, as links (so they are resolved and checked like Markdown
/// images), with their offset in the body.
pub fn raw_images(body: &str) -> Vec<(LinkRef, ImgTag)> {
    let mut found = Vec::new();
    // Most bodies have no `<img`: no Markdown parse for them (a body is parsed by several checks).
    let has_img = body.match_indices('<').any(|(i, _)| {
        body.as_bytes()[i..]
            .get(..4)
            .is_some_and(|w| w.eq_ignore_ascii_case(b"<img"))
    });
    if !has_img {
        return found;
    }
    for (event, range) in Parser::new_ext(body, markdown::options()).into_offset_iter() {
        if let Event::Html(html) | Event::InlineHtml(html) = event {
            // Block HTML comes line by line; find where this piece starts in the source.
            let base = body[range.clone()]
                .find(&*html)
                .map_or(range.start, |i| range.start + i);
            for tag in raw_html::images(&html) {
                found.push((
                    LinkRef {
                        dest: tag.src.clone().unwrap_or_default(),
                        offset: base + tag.start,
                        is_image: true,
                    },
                    tag,
                ));
            }
        }
    }
    found
}

/// Every image of every page shows a picture from the campaign's assets and has alt text.
pub fn check_pages(
    source: &CampaignSource,
    pages: &[Page],
    pictures: &BTreeMap<String, Probe>,
    cache: Option<&Cache>,
    diagnostics: &mut Diagnostics,
) {
    for page in pages {
        let read = crate::load::derive(cache, &page.path, &page.body, || ImagesRead::of(&page.body));
        let at = |offset: usize| {
            let (line, col) = line_col(&page.body, offset);
            (line + page.body_line - 1, col)
        };
        let error = |offset: usize, message: Message, hint: Message| {
            let (line, col) = at(offset);
            Diagnostic::error(&page.path, line, col, message).with_hint(hint)
        };
        for offset in &read.no_alt {
            diagnostics.push(error(*offset, msg!("image-no-alt"), msg!("image-no-alt-hint")));
        }
        for &(offset, no_alt, no_src) in &read.raw {
            if no_alt {
                diagnostics.push(error(offset, msg!("img-no-alt"), msg!("img-no-alt-hint")));
            }
            if no_src {
                diagnostics.push(error(offset, msg!("img-no-src"), msg!("img-no-src-hint")));
            }
        }
        for link in page.links.iter().filter(|l| l.is_image) {
            if let Target::Asset(rel) = &link.target
                && let Some(bytes) = source.assets.get(rel)
                && !matches!(Kind::of(rel, bytes), Kind::Jpeg | Kind::Png | Kind::Webp | Kind::Svg)
            {
                diagnostics.push(error(
                    link.offset,
                    msg!("image-not-picture", file = rel),
                    msg!("image-not-picture-hint"),
                ));
            }
        }
        check_card_image(source, page, pictures, diagnostics);
    }
}

/// Where a body's pictures lack their alt text or address: read once while the body stays the
/// same (in `serve` and `edit`, a page with pictures was parsed again for this at every save).
struct ImagesRead {
    /// Markdown images without alt text.
    no_alt: Vec<usize>,
    /// Each raw `<img>` tag: whether it lacks `alt`, and `src`.
    raw: Vec<(usize, bool, bool)>,
}

impl ImagesRead {
    fn of(body: &str) -> ImagesRead {
        let no_alt = markdown_images(body)
            .into_iter()
            .filter(|(_, alt)| alt.trim().is_empty())
            .map(|(offset, _)| offset)
            .collect();
        let raw = raw_images(body)
            .into_iter()
            .map(|(link, tag)| {
                let no_src = tag.src.as_deref().is_none_or(|s| s.trim().is_empty());
                (link.offset, tag.alt.is_none(), no_src)
            })
            .collect();
        ImagesRead { no_alt, raw }
    }
}

/// `card: { image: assets/… }` names a photo of the campaign.
fn check_card_image(
    source: &CampaignSource,
    page: &Page,
    pictures: &BTreeMap<String, Probe>,
    diagnostics: &mut Diagnostics,
) {
    let Some(image) = page.card_image_source() else {
        return;
    };
    let written = image.trim();
    let rel = written.strip_prefix("assets/").unwrap_or("");
    if !pictures.contains_key(rel) {
        let message = if source.assets.contains_key(rel) {
            msg!("card-image-not-photo", image = written)
        } else {
            msg!("card-image-missing", image = written)
        };
        diagnostics.push(
            // The card setting is read as a whole (it may be `false`), so the value has no position.
            Diagnostic::error(&page.path, 0, 0, message).with_hint(msg!("card-image-hint")),
        );
    }
}

/// Every Markdown image of a body: its offset and its alt text (the text between `![` and `]`).
pub fn markdown_images(body: &str) -> Vec<(usize, String)> {
    let mut found = Vec::new();
    // Every Markdown image, inline or by reference, is written `![`.
    if !body.contains("![") {
        return found;
    }
    let mut open: Option<(usize, String)> = None;
    for (event, range) in Parser::new_ext(body, markdown::options()).into_offset_iter() {
        match event {
            Event::Start(Tag::Image { .. }) if open.is_none() => open = Some((range.start, String::new())),
            Event::Text(text) | Event::Code(text) => {
                if let Some((_, alt)) = &mut open {
                    alt.push_str(&text);
                }
            }
            Event::End(TagEnd::Image) => found.extend(open.take()),
            _ => {}
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn images_are_found_in_any_case_and_by_reference_though_most_bodies_skip_the_parse() {
        let raw: Vec<_> = raw_images("Texto <IMG SRC='a.png' alt=\"A\"> y <img src=b.png>")
            .into_iter()
            .map(|(link, _)| link.dest)
            .collect();
        assert_eq!(raw, ["a.png", "b.png"]);
        let markdown = markdown_images("![Uno](a.png) y ![Dos][r]\n\n[r]: b.png\n");
        assert_eq!(markdown, [(0, "Uno".to_string()), (16, "Dos".to_string())]);
        assert!(raw_images("Sin imágenes, solo <b>texto</b>.").is_empty());
        assert!(markdown_images("Un [enlace](a.md) y ! [no](b.png)").is_empty());
    }
}
