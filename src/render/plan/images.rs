//! The pictures of a build: every photo (JPEG, PNG, WebP of a campaign's `assets/`) that a
//! page shows or links, a campaign uses as its logo, or a card uses as its background, with
//! the files it is published as. Planned once; each file is made at most once per build, by
//! whichever renderer needs it first, from the pure functions of [`crate::imaging`].
//!
//! Web files are named after their source's content (`sendero-360.1f2e3d4c5b6a.webp`): a
//! changed photo gets new names, so browsers never show a stale copy, and a build reuses the
//! previous build's file of the same name without decoding the photo again.

use std::collections::BTreeMap;
use std::hash::Hasher;
use std::sync::{Mutex, OnceLock};

use siphasher::sip::SipHasher13;

use crate::imaging::{self, Format, ImageError, Probe, Variant};
use crate::load::Blob;
use crate::localize::Site;
use crate::project::{Campaign, Target};
use crate::url;

/// Widths of the web files, in pixels: a phone at 360 px, the same at twice the density or a
/// tablet, and a laptop's column at twice the density. Never wider than the photo.
pub const WEB_WIDTHS: [u32; 3] = [360, 720, 1080];
/// The width readers of the offline pack get, and the budget counts.
pub const SMALL_WIDTH: u32 = WEB_WIDTHS[0];
/// Handouts: a full-width picture on A4 at about 220 dpi.
pub const PRINT_WIDTH: u32 = 1500;
/// Cards: the photo softened behind the text is blurred as much as on a copy this wide drawn
/// to cover the card.
pub const CARD_WIDTH: u32 = 1280;

/// The web formats, best first: `<picture>` lists WebP, and `<img>` falls back to JPEG.
pub const WEB_FORMATS: [Format; 2] = [Format::Webp, Format::Jpeg];

#[derive(Default)]
pub struct Images {
    /// (campaign slug, path inside `assets/`) → the picture.
    pictures: BTreeMap<(String, String), PlannedImage>,
}

/// A card's copy of a photo and its veil's opacity, or why it could not be made.
type CardCopy = Result<(Blob, f64), ImageError>;

pub struct PlannedImage {
    pub campaign: String,
    /// Path inside the campaign's `assets/`.
    pub rel: String,
    pub source: Blob,
    /// Upright size of the photo.
    pub probe: Probe,
    /// Every web file, by format then width.
    pub web: Vec<WebFile>,
    print: OnceLock<Result<Blob, ImageError>>,
    /// The copies behind cards' text, by card size in pixels, with their veil's opacity.
    card: Mutex<BTreeMap<(u32, u32), CardCopy>>,
}

/// One published file of a picture.
#[derive(Debug, Clone)]
pub struct WebFile {
    pub variant: Variant,
    pub width: u32,
    pub height: u32,
    /// Output path, site-root relative (not percent-encoded).
    pub path: String,
}

impl WebFile {
    /// The link to this file from a document in `from_dir`.
    pub fn href(&self, from_dir: &str) -> String {
        url::relative(from_dir, &url::encode_path(&self.path))
    }
}

impl Images {
    /// Every picture the pages of `site` use.
    pub fn new(site: &Site) -> Images {
        let mut images = Images::default();
        for edition in &site.editions {
            for campaign in &edition.campaigns {
                let c = campaign.campaign;
                for rel in c.logo.iter() {
                    images.add(c, rel);
                }
                for page in &campaign.pages {
                    for link in &page.page.links {
                        if let Target::Asset(rel) = &link.target {
                            images.add(c, rel);
                        }
                    }
                    if let Some(rel) = page.page.card_image() {
                        images.add(c, rel);
                    }
                }
            }
        }
        images
    }

    fn add(&mut self, campaign: &Campaign, rel: &str) {
        let key = (campaign.slug.clone(), rel.to_string());
        if self.pictures.contains_key(&key) {
            return;
        }
        let (Some(probe), Some(source)) = (campaign.pictures.get(rel), campaign.assets.get(rel)) else {
            return; // not a photo: published as it is
        };
        let hash = content_hash(source);
        let stem = rel.rsplit_once('.').map_or(rel, |(stem, _)| stem);
        let widths = widths(probe.width);
        let web = WEB_FORMATS
            .iter()
            .flat_map(|format| widths.iter().map(move |w| (*format, *w)))
            .map(|(format, width)| {
                let (w, h) = imaging::scaled_size(probe.width, probe.height, width);
                WebFile {
                    variant: Variant { width: w, format },
                    width: w,
                    height: h,
                    path: format!("assets/{}/{stem}-{w}.{hash}.{}", campaign.slug, format.extension()),
                }
            })
            .collect();
        self.pictures.insert(
            key,
            PlannedImage {
                campaign: campaign.slug.clone(),
                rel: rel.to_string(),
                source: source.clone(),
                probe: *probe,
                web,
                print: OnceLock::new(),
                card: Mutex::default(),
            },
        );
    }

    /// The photo `rel` of `campaign`, if it is one.
    pub fn get(&self, campaign: &str, rel: &str) -> Option<&PlannedImage> {
        self.pictures.get(&(campaign.to_string(), rel.to_string()))
    }

    pub fn iter(&self) -> impl Iterator<Item = &PlannedImage> {
        self.pictures.values()
    }

    pub fn is_empty(&self) -> bool {
        self.pictures.is_empty()
    }
}

impl PlannedImage {
    /// The web files of one format, narrowest first.
    pub fn files(&self, format: Format) -> impl Iterator<Item = &WebFile> {
        self.web.iter().filter(move |f| f.variant.format == format)
    }

    /// The narrowest file of `format`: what a phone 360 px wide loads.
    pub fn smallest(&self, format: Format) -> Option<&WebFile> {
        self.files(format).next()
    }

    /// Makes every web file (one decode of the photo), in the order of `web`.
    pub fn make_web(&self) -> Result<Vec<Vec<u8>>, ImageError> {
        let variants: Vec<Variant> = self.web.iter().map(|f| f.variant).collect();
        imaging::process(&self.source, &variants)
    }

    /// The copy handouts print: wider, a higher quality, no metadata. Made once per build.
    pub fn print(&self) -> Result<Blob, ImageError> {
        self.print
            .get_or_init(|| one(&self.source, PRINT_WIDTH, Format::PrintJpeg))
            .clone()
    }

    /// The copy a card `size` pixels large draws behind its text, and the opacity of a veil of
    /// `veil` over it at which each of `texts` (colour, least contrast) stays readable
    /// everywhere. Made at the card's exact size, cropped as typst's `fit: "cover"` would:
    /// typst then draws it pixel for pixel instead of resizing it for each card (it was most
    /// of a photo card's time). Made once per build and size: a picture belongs to one
    /// campaign, whose colours are the veil and the text.
    pub fn card(&self, size: (u32, u32), veil: [u8; 3], texts: &[([u8; 3], f64)]) -> CardCopy {
        let mut made = self.card.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        made.entry(size)
            .or_insert_with(|| {
                let (width, height) = size;
                let picture = imaging::cover(&imaging::decode(&self.source)?, width, height);
                // As blurred as a copy CARD_WIDTH wide, softened, then drawn at this size.
                let (w, h) = (self.probe.width.max(1) as f32, self.probe.height.max(1) as f32);
                let drawn = (width as f32 / w).max(height as f32 / h) * w;
                let picture = imaging::soften(&picture, 6.0 * drawn / CARD_WIDTH as f32);
                let opacity = imaging::scrim::opacity(&picture, veil, texts);
                Ok((Blob::from(imaging::encode(&picture, Format::PrintJpeg)?), opacity))
            })
            .clone()
    }
}

fn one(source: &[u8], width: u32, format: Format) -> Result<Blob, ImageError> {
    let mut made = imaging::process(source, &[Variant { width, format }])?;
    Ok(Blob::from(made.pop().unwrap_or_default()))
}

/// The web widths of a photo `width` pixels wide: the standard ones it is wider than, and its
/// own width when that is narrower than the largest.
pub fn widths(width: u32) -> Vec<u32> {
    let mut widths: Vec<u32> = WEB_WIDTHS.iter().copied().filter(|w| *w < width).collect();
    if width <= WEB_WIDTHS[WEB_WIDTHS.len() - 1] || widths.is_empty() {
        widths.push(width.min(WEB_WIDTHS[WEB_WIDTHS.len() - 1]));
    } else {
        widths.push(WEB_WIDTHS[WEB_WIDTHS.len() - 1]);
    }
    widths.dedup();
    widths
}

/// 12 hex digits over the photo's bytes and the way it is processed.
fn content_hash(source: &[u8]) -> String {
    let mut hasher = SipHasher13::new();
    hasher.write_u32(imaging::VERSION);
    hasher.write(source);
    format!("{:012x}", hasher.finish() >> 16)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn widths_are_never_upscaled() {
        assert_eq!(widths(4000), vec![360, 720, 1080]);
        assert_eq!(widths(1080), vec![360, 720, 1080]);
        assert_eq!(widths(800), vec![360, 720, 800]);
        assert_eq!(widths(360), vec![360]);
        assert_eq!(widths(200), vec![200]);
    }
}
