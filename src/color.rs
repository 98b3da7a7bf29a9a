//! Colours of campaigns: `#rgb` or `#rrggbb`, and the WCAG contrast between two of them.

use std::fmt;

/// A colour as `#rrggbb`, lowercase.
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(transparent)]
pub struct Color(String);

/// The campaign colours when `colors:` does not give them.
pub const DEFAULT_PRIMARY: &str = "#0b4f6c";
pub const DEFAULT_ACCENT: &str = "#f5a300";

impl Color {
    /// `#abc` or `#aabbcc` → `#aabbcc`.
    pub fn parse(text: &str) -> Option<Color> {
        let hex = text.trim().strip_prefix('#')?;
        if !hex.chars().all(|c| c.is_ascii_hexdigit()) {
            return None;
        }
        let full = match hex.len() {
            3 => hex.chars().flat_map(|c| [c, c]).collect(),
            6 => hex.to_string(),
            _ => return None,
        };
        Some(Color(format!("#{}", full.to_ascii_lowercase())))
    }

    /// A constant known to be valid.
    pub fn known(hex: &'static str) -> Color {
        Color::parse(hex).unwrap_or_else(|| Color(hex.to_string()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Red, green and blue, 0 to 255.
    pub fn rgb(&self) -> [u8; 3] {
        let channel = |i: usize| u8::from_str_radix(&self.0[1 + 2 * i..3 + 2 * i], 16).unwrap_or(0);
        [channel(0), channel(1), channel(2)]
    }

    /// WCAG 2 contrast ratio with `other` (1 to 21).
    pub fn contrast(&self, other: &Color) -> f64 {
        contrast(
            luminance(self.rgb().map(f64::from)),
            luminance(other.rgb().map(f64::from)),
        )
    }

    /// Of dark text (`#1b1b1b`) and white, whichever reads better on this colour.
    pub fn text_on(&self) -> Color {
        let (dark, white) = (Color::known("#1b1b1b"), Color::known("#ffffff"));
        if self.contrast(&dark) >= self.contrast(&white) {
            dark
        } else {
            white
        }
    }
}

/// WCAG 2 relative luminance of an sRGB colour whose channels are 0 to 255 (fractions allowed,
/// for colours mixed by transparency).
pub fn luminance(rgb: [f64; 3]) -> f64 {
    let channel = |v: f64| {
        let v = v / 255.0;
        if v <= 0.03928 {
            v / 12.92
        } else {
            ((v + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(rgb[0]) + 0.7152 * channel(rgb[1]) + 0.0722 * channel(rgb[2])
}

/// WCAG 2 contrast ratio of two relative luminances (1 to 21).
pub fn contrast(a: f64, b: f64) -> f64 {
    let (hi, lo) = if a > b { (a, b) } else { (b, a) };
    (hi + 0.05) / (lo + 0.05)
}

impl fmt::Display for Color {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_normalises() {
        assert_eq!(Color::parse("#0B4F6C").unwrap().as_str(), "#0b4f6c");
        assert_eq!(Color::parse("#fa0").unwrap().as_str(), "#ffaa00");
        for bad in ["0b4f6c", "#0b4f6", "#zzzzzz", "red", "#0b4f6c; background:url(x)"] {
            assert_eq!(Color::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn contrast_matches_wcag() {
        let white = Color::known("#ffffff");
        assert!((Color::known("#000000").contrast(&white) - 21.0).abs() < 0.01);
        assert!((Color::known("#777777").contrast(&white) - 4.48).abs() < 0.01);
        assert!(Color::known("#0b4f6c").contrast(&white) > 4.5);
        assert_eq!(Color::known("#f5a300").text_on().as_str(), "#1b1b1b");
    }
}
