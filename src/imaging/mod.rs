//! Pictures for readers on prepaid data: an author's photo (JPEG, PNG or WebP) is decoded once,
//! turned upright (its EXIF orientation applied), scaled down (never up) and encoded again, so
//! what is published is small and carries **no metadata**: no EXIF, GPS position, XMP, IPTC or
//! colour profile survives, because nothing of the original file but its pixels is kept.
//!
//! Pure work on bytes: this module knows no page, handout or card. The render plan decides
//! which sizes and formats each picture needs (`render::plan::images`).

mod encode;
pub mod scrim;
pub mod svg;

use image::{DynamicImage, ImageDecoder, ImageReader};

pub use encode::{Format, encode};

/// Raise when the processing changes: it is part of every processed picture's name.
pub const VERSION: u32 = 1;

/// Pictures larger than this (in pixels) are refused: decoding one would take more memory than
/// a low-end laptop has to spare (8,000 × 8,000 RGB is 192 MB).
pub const MAX_PIXELS: u64 = 64_000_000;

/// A picture that cannot be used, in words for its author (a catalog message).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct ImageError(pub crate::messages::Message);

/// The kind of a file, from its first bytes (never its name).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Jpeg,
    Png,
    Webp,
    Svg,
    /// Anything else (a PDF, a text file): published as it is.
    Other,
}

impl Kind {
    pub fn of(name: &str, bytes: &[u8]) -> Kind {
        if bytes.starts_with(&[0xff, 0xd8, 0xff]) {
            Kind::Jpeg
        } else if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
            Kind::Png
        } else if bytes.len() > 12 && &bytes[..4] == b"RIFF" && &bytes[8..12] == b"WEBP" {
            Kind::Webp
        } else if name.to_ascii_lowercase().ends_with(".svg") {
            Kind::Svg
        } else {
            Kind::Other
        }
    }

    /// A photo or drawing made of pixels, which readers only ever get processed.
    pub fn is_raster(self) -> bool {
        matches!(self, Kind::Jpeg | Kind::Png | Kind::Webp)
    }
}

/// What a picture is, read from its header without decoding its pixels.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Probe {
    /// Width and height as readers see it: upright, after the EXIF orientation.
    pub width: u32,
    pub height: u32,
    pub has_alpha: bool,
}

fn decoder(bytes: &[u8]) -> Result<impl ImageDecoder + '_, ImageError> {
    let reader = ImageReader::new(std::io::Cursor::new(bytes))
        .with_guessed_format()
        .map_err(|e| ImageError(crate::msg!("image-unreadable", detail = e.to_string())))?;
    reader.into_decoder().map_err(|e| unreadable(&e))
}

fn unreadable(error: &image::ImageError) -> ImageError {
    let detail = error.to_string().split_whitespace().collect::<Vec<_>>().join(" ");
    ImageError(crate::msg!("image-unreadable", detail = detail))
}

/// Reads the size and orientation of a JPEG, PNG or WebP picture.
pub fn probe(bytes: &[u8]) -> Result<Probe, ImageError> {
    let mut decoder = decoder(bytes)?;
    let (width, height) = decoder.dimensions();
    if u64::from(width) * u64::from(height) > MAX_PIXELS {
        return Err(ImageError(crate::msg!(
            "image-too-large",
            width = width,
            height = height,
            max = MAX_PIXELS / 1_000_000
        )));
    }
    if width == 0 || height == 0 {
        return Err(ImageError(crate::msg!("image-empty")));
    }
    let turned = decoder.orientation().is_ok_and(swaps_sides);
    let has_alpha = decoder.color_type().has_alpha();
    let (width, height) = if turned { (height, width) } else { (width, height) };
    Ok(Probe {
        width,
        height,
        has_alpha,
    })
}

fn swaps_sides(orientation: image::metadata::Orientation) -> bool {
    use image::metadata::Orientation::*;
    matches!(orientation, Rotate90 | Rotate270 | Rotate90FlipH | Rotate270FlipH)
}

/// The picture's pixels, upright. Everything else of the file (EXIF, GPS, XMP, IPTC, ICC
/// profile, comments, thumbnails) is left behind here.
pub fn decode(bytes: &[u8]) -> Result<DynamicImage, ImageError> {
    probe(bytes)?;
    let mut decoder = decoder(bytes)?;
    let orientation = decoder
        .orientation()
        .unwrap_or(image::metadata::Orientation::NoTransforms);
    let mut picture = DynamicImage::from_decoder(decoder).map_err(|e| unreadable(&e))?;
    picture.apply_orientation(orientation);
    // 8 bits per channel, RGB or RGBA: what the encoders take.
    Ok(if picture.color().has_alpha() {
        DynamicImage::ImageRgba8(picture.into_rgba8())
    } else {
        DynamicImage::ImageRgb8(picture.into_rgb8())
    })
}

/// The size of `picture` scaled to `width` (never wider than it is), keeping its proportions.
pub fn scaled_size(width: u32, height: u32, to_width: u32) -> (u32, u32) {
    let w = to_width.min(width).max(1);
    let h = ((u64::from(height) * u64::from(w) + u64::from(width) / 2) / u64::from(width)).max(1);
    (w, h as u32)
}

/// `picture` scaled down to `width` pixels wide (Lanczos 3), or as it is when it is not wider.
pub fn resize(picture: &DynamicImage, width: u32) -> DynamicImage {
    use fast_image_resize::{FilterType, ResizeAlg, ResizeOptions, Resizer};
    let (w, h) = scaled_size(picture.width(), picture.height(), width);
    if (w, h) == (picture.width(), picture.height()) {
        return picture.clone();
    }
    let mut out = DynamicImage::new(w, h, picture.color());
    let options = ResizeOptions::new().resize_alg(ResizeAlg::Convolution(FilterType::Lanczos3));
    match Resizer::new().resize(picture, &mut out, &options) {
        Ok(()) => out,
        // Only a pixel type fast_image_resize does not know; ours are RGB8 and RGBA8.
        Err(_) => picture.resize_exact(w, h, image::imageops::FilterType::Lanczos3),
    }
}

/// `picture` scaled and cropped to exactly `width` × `height`, centred (CSS's and typst's
/// `cover`), Lanczos 3.
pub fn cover(picture: &DynamicImage, width: u32, height: u32) -> DynamicImage {
    use fast_image_resize::{FilterType, ResizeAlg, ResizeOptions, Resizer};
    let mut out = DynamicImage::new(width.max(1), height.max(1), picture.color());
    let options = ResizeOptions::new()
        .resize_alg(ResizeAlg::Convolution(FilterType::Lanczos3))
        .fit_into_destination(Some((0.5, 0.5)));
    match Resizer::new().resize(picture, &mut out, &options) {
        Ok(()) => out,
        Err(_) => picture.resize_to_fill(width, height, image::imageops::FilterType::Lanczos3),
    }
}

/// `picture` blurred (Gaussian, `sigma` pixels) and its colours rounded to steps of 8: a
/// background under text, quieter to read over and much smaller once drawn into a PNG card.
pub fn soften(picture: &DynamicImage, sigma: f32) -> DynamicImage {
    let mut rgb = image::imageops::fast_blur(&picture.to_rgb8(), sigma);
    for value in rgb.iter_mut() {
        *value = (*value & !7) | 4;
    }
    DynamicImage::ImageRgb8(rgb)
}

/// One file to make from a picture: `width` pixels wide (at most), in `format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Variant {
    pub width: u32,
    pub format: Format,
}

/// Decodes `bytes` once and makes every variant, in order.
pub fn process(bytes: &[u8], variants: &[Variant]) -> Result<Vec<Vec<u8>>, ImageError> {
    use rayon::prelude::*;
    let picture = decode(bytes)?;
    // Each width resized once, for all its formats (it was resized again for each format).
    let mut widths: Vec<u32> = variants.iter().map(|v| v.width).collect();
    widths.sort_unstable();
    widths.dedup();
    let resized: Vec<DynamicImage> = widths.par_iter().map(|w| resize(&picture, *w)).collect();
    variants
        .par_iter()
        .map(|variant| {
            let at = widths.binary_search(&variant.width).unwrap_or_default();
            encode::encode(&resized[at], variant.format)
        })
        .collect()
}

#[cfg(test)]
mod tests;
