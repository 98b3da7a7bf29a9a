//! Encoding: WebP for the browsers that read it (every current one), JPEG for the rest and for
//! handouts. Neither encoder is given any metadata, so none is written.

use image::DynamicImage;

use super::ImageError;

/// A published picture format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Format {
    /// Lossy WebP (libwebp): about a third smaller than JPEG at the same look.
    Webp,
    /// Progressive JPEG: every browser, phone and PDF reader shows it.
    Jpeg,
    /// JPEG for print: more pixels, a higher quality.
    PrintJpeg,
}

impl Format {
    pub fn extension(self) -> &'static str {
        match self {
            Format::Webp => "webp",
            Format::Jpeg | Format::PrintJpeg => "jpg",
        }
    }

    pub fn media_type(self) -> &'static str {
        match self {
            Format::Webp => "image/webp",
            Format::Jpeg | Format::PrintJpeg => "image/jpeg",
        }
    }

    fn quality(self) -> u8 {
        match self {
            Format::Webp => WEBP_QUALITY,
            Format::Jpeg => 75,
            Format::PrintJpeg => 80,
        }
    }
}

/// Chosen by eye and by size on the demo photos (see the guide's contributing page).
const WEBP_QUALITY: u8 = 72;

pub fn encode(picture: &DynamicImage, format: Format) -> Result<Vec<u8>, ImageError> {
    match format {
        Format::Webp => webp(picture),
        Format::Jpeg | Format::PrintJpeg => jpeg(picture, format.quality()),
    }
}

fn jpeg(picture: &DynamicImage, quality: u8) -> Result<Vec<u8>, ImageError> {
    use jpeg_encoder::{ColorType, Encoder, SamplingFactor};
    // JPEG has no transparency: transparent parts become white, as on a page.
    let rgb = match picture {
        DynamicImage::ImageRgba8(rgba) => flatten_on_white(rgba),
        other => other.to_rgb8(),
    };
    let (width, height) = dimensions16(rgb.width(), rgb.height())?;
    let mut out = Vec::new();
    let mut encoder = Encoder::new(&mut out, quality);
    encoder.set_progressive(true);
    encoder.set_optimized_huffman_tables(true);
    encoder.set_sampling_factor(SamplingFactor::R_4_2_0);
    encoder
        .encode(rgb.as_raw(), width, height, ColorType::Rgb)
        .map_err(|e| ImageError(crate::msg!("image-encode", format = "JPEG", detail = e.to_string())))?;
    Ok(out)
}

fn webp(picture: &DynamicImage) -> Result<Vec<u8>, ImageError> {
    let encoder = match picture {
        DynamicImage::ImageRgba8(rgba) => webp::Encoder::from_rgba(rgba.as_raw(), rgba.width(), rgba.height()),
        DynamicImage::ImageRgb8(rgb) => webp::Encoder::from_rgb(rgb.as_raw(), rgb.width(), rgb.height()),
        _ => {
            return Err(ImageError(crate::msg!(
                "image-encode",
                format = "WebP",
                detail = "pixel type"
            )));
        }
    };
    let memory = encoder
        .encode_simple(false, f32::from(WEBP_QUALITY))
        .map_err(|e| ImageError(crate::msg!("image-encode", format = "WebP", detail = format!("{e:?}"))))?;
    Ok(memory.to_vec())
}

fn flatten_on_white(rgba: &image::RgbaImage) -> image::RgbImage {
    image::RgbImage::from_fn(rgba.width(), rgba.height(), |x, y| {
        let [r, g, b, a] = rgba.get_pixel(x, y).0;
        let over = |c: u8| ((u16::from(c) * u16::from(a) + 255 * (255 - u16::from(a)) + 127) / 255) as u8;
        image::Rgb([over(r), over(g), over(b)])
    })
}

fn dimensions16(width: u32, height: u32) -> Result<(u16, u16), ImageError> {
    match (u16::try_from(width), u16::try_from(height)) {
        (Ok(w), Ok(h)) => Ok((w, h)),
        _ => Err(ImageError(crate::msg!(
            "image-too-large",
            width = width,
            height = height,
            max = 65_535u32 * 65_535 / 1_000_000
        ))),
    }
}
