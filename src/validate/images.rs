//! Pictures: every photo a campaign holds can be read (readers only ever get processed copies
//! of it), every SVG drawing is made safe, and every image a page shows has alt text, or says
//! that it is decorative: `![""](../assets/x.jpg)` in Markdown, `alt=""` in HTML.

use std::collections::BTreeMap;

use pulldown_cmark::{Event, Parser, Tag, TagEnd};

use crate::diag::{Diagnostic, Diagnostics, line_col};
use crate::imaging::{self, Kind, Probe};
use crate::img_tag::{self, ImgTag};
use crate::links::Target;
use crate::load::{Blob, CampaignSource};
use crate::markdown::{self, LinkRef};
use crate::project::Page;

const ALT_HINT: &str = "say in a few words what the picture shows, for people who cannot see it: \
     ![Two girls reading a leaflet](../assets/photo.jpg); if it is only decoration, write ![\"\"](../assets/photo.jpg)";

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
                    Diagnostic::error(&path, 0, 0, format!("this picture cannot be used: {e}"))
                        .with_hint("open it in a photo editor and save it again as JPEG or PNG"),
                ),
            },
            Kind::Svg => match imaging::svg::sanitize(bytes) {
                Ok(clean) => {
                    assets.insert(rel.clone(), Blob::from(clean));
                    continue;
                }
                Err(e) => diagnostics.push(
                    Diagnostic::error(&path, 0, 0, format!("this SVG drawing cannot be published: {e}"))
                        .with_hint("export it again from your drawing program as plain SVG, or use a PNG"),
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
    for (event, range) in Parser::new_ext(body, markdown::options()).into_offset_iter() {
        if let Event::Html(html) | Event::InlineHtml(html) = event {
            // Block HTML comes line by line; find where this piece starts in the source.
            let base = body[range.clone()]
                .find(&*html)
                .map_or(range.start, |i| range.start + i);
            for tag in img_tag::find(&html) {
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
    diagnostics: &mut Diagnostics,
) {
    for page in pages {
        let at = |offset: usize| {
            let (line, col) = line_col(&page.body, offset);
            (line + page.body_line - 1, col)
        };
        let error = |offset: usize, message: String, hint: &str| {
            let (line, col) = at(offset);
            Diagnostic::error(&page.path, line, col, message).with_hint(hint)
        };
        for (offset, alt) in markdown_images(&page.body) {
            if alt.trim().is_empty() {
                diagnostics.push(error(offset, "this image has no alt text".into(), ALT_HINT));
            }
        }
        for (link, tag) in raw_images(&page.body) {
            if tag.alt.is_none() {
                diagnostics.push(error(
                    link.offset,
                    "this <img> has no alt text".into(),
                    "add alt=\"what the picture shows\" (or alt=\"\" if it is only decoration), \
                     or write it in Markdown: ![what it shows](../assets/photo.jpg)",
                ));
            }
            if tag.src.as_deref().is_none_or(|s| s.trim().is_empty()) {
                diagnostics.push(error(
                    link.offset,
                    "this <img> has no src".into(),
                    "write it in Markdown instead: ![what it shows](../assets/photo.jpg)",
                ));
            }
        }
        for link in page.links.iter().filter(|l| l.is_image) {
            if let Target::Asset(rel) = &link.target
                && let Some(bytes) = source.assets.get(rel)
                && !matches!(Kind::of(rel, bytes), Kind::Jpeg | Kind::Png | Kind::Webp | Kind::Svg)
            {
                diagnostics.push(error(
                    link.offset,
                    format!("assets/{rel} is not a picture (JPEG, PNG, WebP or SVG)"),
                    "show a photo or drawing here, or link to the file with [text](../assets/file)",
                ));
            }
        }
        check_card_image(source, page, pictures, diagnostics);
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
    let written = image.value.trim();
    let rel = written.strip_prefix("assets/").unwrap_or("");
    if !pictures.contains_key(rel) {
        let why = if source.assets.contains_key(rel) {
            "is not a JPEG, PNG or WebP photo"
        } else {
            "was not found in the campaign's assets/ folder"
        };
        diagnostics.push(
            // The card setting is read as a whole (it may be `false`), so the value has no position.
            Diagnostic::error(&page.path, 0, 0, format!("the card image `{written}` {why}"))
                .with_hint("write `card: { image: assets/<photo>.jpg }` with a photo of the campaign's assets/ folder"),
        );
    }
}

/// Every Markdown image of a body: its offset and its alt text (the text between `![` and `]`).
pub fn markdown_images(body: &str) -> Vec<(usize, String)> {
    let mut found = Vec::new();
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
