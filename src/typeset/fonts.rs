//! Fonts come only from the theme's `fonts/` folder (embedded in the binary, or the project's
//! own theme): no system fonts, so every machine typesets the same bytes.

use std::collections::BTreeSet;

use typst::foundations::Bytes;
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;

use crate::theme::Theme;

pub struct Fonts {
    pub(crate) fonts: Vec<Font>,
    pub(crate) book: LazyHash<FontBook>,
}

impl Fonts {
    pub fn from_theme(theme: &Theme) -> Fonts {
        let mut fonts = Vec::new();
        for (rel, bytes) in theme.files_under("fonts") {
            let lower = rel.to_ascii_lowercase();
            if [".ttf", ".otf", ".ttc", ".otc"].iter().any(|ext| lower.ends_with(ext)) {
                fonts.extend(Font::iter(Bytes::new(bytes.clone())));
            }
        }
        let book = LazyHash::new(FontBook::from_fonts(&fonts));
        Fonts { fonts, book }
    }

    /// Characters of `text` that no font has a glyph for (typst would draw empty boxes).
    /// Spaces and control characters are not drawn, so they never count.
    pub fn missing(&self, text: &str) -> BTreeSet<char> {
        // Each distinct character once: a handout's thousands of characters are a hundred
        // distinct ones, and asking every font about each was a tenth of a rebuild in `serve`.
        let distinct: BTreeSet<char> = text
            .chars()
            .filter(|c| !c.is_whitespace() && !c.is_control() && !is_invisible(*c))
            .collect();
        distinct
            .into_iter()
            .filter(|c| !self.fonts.iter().any(|f| f.info().coverage.contains(*c as u32)))
            .collect()
    }

    /// The characters of `text` no font has, listed for a message (`` `🙂` (U+1F642) ``), or
    /// `None` when every one can be drawn.
    pub fn describe_missing(&self, text: &str) -> Option<String> {
        let missing = self.missing(text);
        (!missing.is_empty()).then(|| {
            missing
                .iter()
                .map(|c| format!("`{c}` (U+{:04X})", *c as u32))
                .collect::<Vec<_>>()
                .join(", ")
        })
    }
}

/// Format characters that shape text but have no glyph of their own.
fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{2069}' | '\u{fe00}'..='\u{fe0f}' | '\u{feff}' | '\u{ad}')
}
