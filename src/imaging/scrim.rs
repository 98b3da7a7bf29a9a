//! A veil over a photo, so text on it stays readable: the least opacity of a colour laid over
//! the picture at which every text colour keeps a given contrast with **every** part of the
//! picture (WCAG contrast, colours mixed in sRGB as renderers blend them).

use image::DynamicImage;

use crate::color::{contrast, luminance};

/// The least opacity (0 to 1, in steps of 1/1000, rounded up) of `veil` over `picture` at
/// which each of `texts` has at least `min` contrast everywhere; 1 when even a solid veil
/// does not reach it (the veil's own colours decide then).
pub fn opacity(picture: &DynamicImage, veil: [u8; 3], texts: &[([u8; 3], f64)]) -> f64 {
    // The brightest and darkest value of each channel, over blocks of the picture: at least as
    // bright (dark) as any pixel of the block, so the bound holds for every pixel.
    let rgb = picture.to_rgb8();
    let block = (rgb.width().max(rgb.height()) / 96).max(1);
    let mut extremes: Vec<([f64; 3], [f64; 3])> = Vec::new();
    for by in (0..rgb.height()).step_by(block as usize) {
        for bx in (0..rgb.width()).step_by(block as usize) {
            let (mut hi, mut lo) = ([0u8; 3], [255u8; 3]);
            for y in by..(by + block).min(rgb.height()) {
                for x in bx..(bx + block).min(rgb.width()) {
                    let p = rgb.get_pixel(x, y).0;
                    for c in 0..3 {
                        hi[c] = hi[c].max(p[c]);
                        lo[c] = lo[c].min(p[c]);
                    }
                }
            }
            extremes.push((hi.map(f64::from), lo.map(f64::from)));
        }
    }
    let readable = |alpha: f64| {
        let mix = |p: [f64; 3]| {
            let mut out = [0.0; 3];
            for c in 0..3 {
                out[c] = alpha * f64::from(veil[c]) + (1.0 - alpha) * p[c];
            }
            luminance(out)
        };
        extremes.iter().all(|(hi, lo)| {
            let (bright, dark) = (mix(*hi), mix(*lo));
            texts.iter().all(|(text, min)| {
                let t = luminance(text.map(f64::from));
                contrast(t, bright) >= *min && contrast(t, dark) >= *min
            })
        })
    };
    if !readable(1.0) {
        return 1.0;
    }
    // Readability grows with opacity: the least readable step, by bisection.
    let (mut lo, mut hi) = (0u32, 1000u32);
    if readable(0.0) {
        return 0.0;
    }
    while hi - lo > 1 {
        let mid = (lo + hi) / 2;
        if readable(f64::from(mid) / 1000.0) {
            hi = mid;
        } else {
            lo = mid;
        }
    }
    f64::from(hi) / 1000.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn white_text_on_a_white_photo_needs_a_dark_veil_and_keeps_4_5_to_1() {
        let white = DynamicImage::ImageRgb8(image::RgbImage::from_pixel(50, 40, image::Rgb([255, 255, 255])));
        let veil = [11, 79, 108];
        let alpha = opacity(&white, veil, &[([255, 255, 255], 4.5)]);
        assert!(alpha > 0.5 && alpha < 1.0, "{alpha}");
        let mixed = veil.map(|v| alpha * f64::from(v) + (1.0 - alpha) * 255.0);
        let ratio = contrast(luminance([255.0; 3]), luminance(mixed));
        assert!((4.5..4.6).contains(&ratio), "{ratio}");
        // A black photo needs no veil at all.
        let black = DynamicImage::ImageRgb8(image::RgbImage::new(10, 10));
        assert_eq!(opacity(&black, veil, &[([255, 255, 255], 4.5)]), 0.0);
    }
}
