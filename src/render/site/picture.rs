//! A photo in a web page: `<picture>` with a WebP `srcset` and a JPEG `<img>` for browsers
//! without WebP, `width`/`height` so the text does not jump when it arrives, `sizes` matching
//! the theme's text column, `decoding="async"`, and `loading="lazy"` below the first screen.
//! Also the photo files themselves, made (or reused from the previous build) in parallel.

use rayon::prelude::*;
use serde::Serialize;

use super::body::Widths;

use crate::diag::{Diagnostic, Diagnostics};
use crate::imaging::Format;
use crate::load::Blob;
use crate::render::plan::images::PlannedImage;
use crate::render::{Context, OutputFile, RenderError, Sink};

/// How wide a picture is shown: the default theme's text column (44rem less its padding), or
/// the screen less the padding on a phone.
pub const SIZES: &str = "(min-width: 44rem) 42rem, calc(100vw - 2rem)";

/// A photo as a page in one folder shows it: the addresses and widths of its copies.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Picture {
    webp_srcset: String,
    jpeg_srcset: String,
    /// The fallback `<img>`: the middle width where there is one, good on any screen (the
    /// smallest in the offline pack).
    src: String,
    width: u32,
    height: u32,
}

impl Picture {
    /// `image` seen from a page in `from_dir`, with all its widths or the smallest only.
    pub fn new(image: &PlannedImage, from_dir: &str, widths: Widths) -> Picture {
        let take = match widths {
            Widths::All => usize::MAX,
            Widths::Smallest => 1,
        };
        let srcset = |format: Format| {
            let files: Vec<String> = image
                .files(format)
                .take(take)
                .map(|f| format!("{} {}w", f.href(from_dir), f.width))
                .collect();
            files.join(", ")
        };
        let jpegs: Vec<_> = image.files(Format::Jpeg).collect();
        let fallback = match widths {
            Widths::All => jpegs[jpegs.len() / 2],
            Widths::Smallest => jpegs[0],
        };
        Picture {
            webp_srcset: srcset(Format::Webp),
            jpeg_srcset: srcset(Format::Jpeg),
            src: fallback.href(from_dir),
            width: fallback.width,
            height: fallback.height,
        }
    }

    /// The markup. `alt` is the author's text, or `None` for a decorative picture.
    pub fn html(&self, alt: Option<&str>, lazy: bool) -> String {
        let alt = alt.map_or(String::new(), crate::html::escape);
        format!(
            "<picture><source type=\"image/webp\" srcset=\"{}\" sizes=\"{SIZES}\">\
             <img src=\"{}\" srcset=\"{}\" sizes=\"{SIZES}\" width=\"{}\" height=\"{}\" alt=\"{alt}\"{} decoding=\"async\"></picture>",
            self.webp_srcset,
            self.src,
            self.jpeg_srcset,
            self.width,
            self.height,
            if lazy { " loading=\"lazy\"" } else { "" },
        )
    }
}

/// Hands every web file of every picture of the build to `sink`: taken from the previous build
/// when a file of the same name (the same photo, processed the same way) is there, else made,
/// one decode per photo, photos in parallel.
pub fn put_all(context: &Context, sink: &dyn Sink) -> Result<Pictures, RenderError> {
    let pictures: Vec<&PlannedImage> = context.plan.images.iter().collect();
    let files = std::sync::Mutex::new(Vec::new());
    let outcomes: Vec<Result<bool, RenderError>> = pictures
        .par_iter()
        .map(|image| {
            context.cancel.check()?;
            let previous: Option<Vec<_>> = image
                .web
                .iter()
                .map(|f| {
                    context
                        .previous
                        .read(&f.path)
                        .filter(|b| looks_like(b, f.variant.format))
                })
                .collect();
            let (bytes, fresh) = match previous {
                Some(previous) => (previous, false),
                None => {
                    let made = image.make_web().map_err(|e| {
                        RenderError::Problems(Diagnostics::from(Diagnostic::error(
                            format!("campaigns/{}/assets/{}", image.campaign, image.rel),
                            0,
                            0,
                            crate::msg!("picture-unprocessable", reason = e.0),
                        )))
                    })?;
                    (made.into_iter().map(Into::into).collect(), true)
                }
            };
            for (file, bytes) in image.web.iter().zip(bytes) {
                let bytes: Blob = bytes;
                files
                    .lock()
                    .unwrap_or_else(std::sync::PoisonError::into_inner)
                    .push((file.path.clone(), bytes.clone()));
                sink.put(OutputFile::new(file.path.clone(), bytes))?;
            }
            Ok(fresh)
        })
        .collect();
    let (made, reused) = crate::render::reuse::tally(outcomes)?;
    let mut files = files.into_inner().unwrap_or_else(std::sync::PoisonError::into_inner);
    files.sort_by(|a, b| a.0.cmp(&b.0));
    Ok(Pictures { made, reused, files })
}

/// The web copies of a build's photos.
pub struct Pictures {
    /// Photos processed, and photos whose copies were taken from the previous build.
    pub made: usize,
    pub reused: usize,
    /// Every copy, by output path.
    pub files: Vec<(String, Blob)>,
}

/// Whether `bytes` start like a file of `format` (a damaged file is made again).
fn looks_like(bytes: &[u8], format: Format) -> bool {
    match format {
        Format::Webp => bytes.len() > 12 && &bytes[..4] == b"RIFF" && &bytes[8..12] == b"WEBP",
        Format::Jpeg | Format::PrintJpeg => bytes.starts_with(&[0xff, 0xd8, 0xff]),
    }
}
