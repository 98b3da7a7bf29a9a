//! A page's body on its way to HTML: everything its HTML is made from (the Markdown text, and
//! what each of its links and pictures leads to in this edition), gathered first as one value.
//! The website hashes that value to decide whether the page can be reused, and makes the HTML
//! from it alone, so nothing the body shows can be left out of the hash.

use serde::Serialize;

use super::body_html::{self, ImageRef};
use super::picture::Picture;
use crate::localize::{Link, LocalCampaign, LocalPage};
use crate::project::PageKind;
use crate::render::plan::images::Images;
use crate::url::{self, to_page};

/// Which pictures a document shows: all widths (the website) or the smallest (offline pack).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Widths {
    All,
    Smallest,
}

/// The inputs of a page body's HTML.
#[derive(Serialize)]
pub struct Body<'a> {
    text: &'a str,
    /// Names the scrolling region of a wide table, for screen readers.
    table_label: &'a str,
    /// What each link and image of the text leads to, in the order of the text.
    targets: Vec<Target<'a>>,
    /// Whether the first picture may be on the first screen (no myth box above it).
    first_screen: bool,
}

/// What a link or image destination of the text becomes.
#[derive(Serialize)]
struct Target<'a> {
    dest: &'a str,
    is_image: bool,
    /// The address to write (`None`: as written; empty: the link's text alone).
    href: Option<String>,
    /// For an image of the campaign's photos: the picture shown instead.
    picture: Option<Picture>,
}

impl<'a> Body<'a> {
    /// The body of `local`, a page of `campaign` shown in the edition `lang`, as seen from its
    /// own folder.
    pub fn new(
        campaign: &LocalCampaign,
        local: &'a LocalPage,
        lang: &str,
        images: &Images,
        widths: Widths,
        table_label: &'a str,
    ) -> Body<'a> {
        let p = local.page;
        let slug = campaign.campaign.slug.as_str();
        let dir = local.view.dir.as_str();
        let targets = p
            .links
            .iter()
            .map(|link| {
                let leads_to = campaign.link(p, &link.dest, lang);
                let href = match &leads_to {
                    Link::Page { dir: to, anchor } => {
                        let href = to_page(dir, to);
                        Some(match anchor {
                            Some(a) if !a.is_empty() => format!("{href}#{a}"),
                            _ => href,
                        })
                    }
                    // A draft is not built: links to it become plain text, never dead links.
                    Link::Unbuilt => Some(String::new()),
                    // A link to a photo leads to its largest published copy, never the original.
                    Link::Asset(rel) => Some(match images.get(slug, rel) {
                        Some(image) => image
                            .files(crate::imaging::Format::Jpeg)
                            .last()
                            .map_or_else(String::new, |f| f.href(dir)),
                        None => url::relative(dir, &url::asset_path(slug, rel)),
                    }),
                    Link::External { .. } | Link::Other => None,
                };
                let picture = match leads_to {
                    Link::Asset(rel) if link.is_image => {
                        images.get(slug, rel).map(|image| Picture::new(image, dir, widths))
                    }
                    _ => None,
                };
                Target {
                    dest: &link.dest,
                    is_image: link.is_image,
                    href,
                    picture,
                }
            })
            .collect();
        Body {
            text: &p.body,
            table_label,
            targets,
            first_screen: local.view.kind != PageKind::Myth,
        }
    }

    /// The body as safe HTML.
    pub fn html(&self) -> String {
        body_html::to_html_with_pictures(
            self.text,
            &|link| self.target(&link.dest, link.is_image).and_then(|t| t.href.clone()),
            &|image| {
                let picture = self.target(&image.link.dest, true)?.picture.as_ref()?;
                Some(picture.html(image.alt, !self.on_first_screen(image)))
            },
            self.table_label,
        )
    }

    fn target(&self, dest: &str, is_image: bool) -> Option<&Target<'a>> {
        self.targets.iter().find(|t| t.dest == dest && t.is_image == is_image)
    }

    /// Whether a picture shows on a phone's first screen, under the title and summary: the
    /// first picture, with little text before it, on a page without a myth and fact box.
    fn on_first_screen(&self, image: &ImageRef) -> bool {
        image.index == 0 && image.text_before < 200 && self.first_screen
    }
}
