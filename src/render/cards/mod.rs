//! Social cards (PNG via typst): for every page and language, the campaign's formats (`og`
//! 1200×630 for link previews, `square` 1080×1080, `story` 1080×1920), from the theme's
//! `cards/` templates. Cards whose inputs did not change since the last build are reused.

mod plan;

use rayon::prelude::*;

pub use plan::{Card, any, card_path, fingerprint, page_cards, plan};

use super::reuse::{self, Made};
use super::{OutputFile, Renderer};
use crate::diag::{Diagnostic, Diagnostics};
use crate::localize::Site;
use crate::theme::Theme;
use crate::typeset::{self, Typesetter};

/// The manifest of card hashes in the output, for the next build.
pub const MANIFEST: &str = ".altavoz-cards.json";
const PNG_MAGIC: &[u8] = b"\x89PNG\r\n\x1a\n";

/// Two pixels per point: page sizes in whole points give exact pixel sizes.
pub const PIXELS_PER_POINT: f64 = 2.0;

pub struct CardsRenderer;

impl Renderer for CardsRenderer {
    fn name(&self) -> &'static str {
        "cards"
    }

    fn render(&self, site: &Site, theme: &Theme) -> Result<Vec<OutputFile>, Diagnostics> {
        let cards = plan(site, theme);
        let previous = reuse::Reuse::load(site, MANIFEST);
        let typesetter = Typesetter::new(theme);
        let results: Vec<Result<Made, Diagnostic>> = cards
            .par_iter()
            .enumerate()
            .map(|(i, card)| {
                if site.cancelled() {
                    return Err(super::print::cancelled());
                }
                if let Some(bytes) = previous.get(&card.path, &card.hash, PNG_MAGIC) {
                    return Ok(Made {
                        file: OutputFile::new(card.path.clone(), bytes),
                        hash: Some(card.hash.clone()),
                        fresh: false,
                    });
                }
                let result = render_card(&typesetter, theme, card, site.preview);
                // typst's memo cache grows with every distinct card: keep it bounded.
                if i % 64 == 63 {
                    typeset::evict_cache();
                }
                result.map(|file| Made {
                    file,
                    hash: Some(card.hash.clone()),
                    fresh: true,
                })
            })
            .collect();
        typeset::evict_cache();
        let (files, rendered, unchanged) = reuse::finish(results, MANIFEST)?;
        if let Ok(mut notes) = site.notes.lock() {
            notes.push(format!("cards: rendered {rendered}, {unchanged} unchanged"));
        }
        Ok(files)
    }
}

fn render_card(typesetter: &Typesetter, theme: &Theme, card: &Card, fast: bool) -> Result<OutputFile, Diagnostic> {
    if let Some(list) = typesetter.fonts().describe_missing(&card.text) {
        return Err(Diagnostic::error(
            &card.source,
            0,
            0,
            format!(
                "no font of the theme can draw these characters on the `{}` card (language `{}`): {list}",
                card.format.as_str(),
                card.lang
            ),
        )
        .with_hint(typeset::MISSING_GLYPHS_HINT));
    }
    let (png, width, height) = typesetter
        .png(&card.document, PIXELS_PER_POINT, fast)
        .map_err(|errors| super::typeset_diagnostic(theme, &card.path, &card.source.display().to_string(), &errors))?;
    let (w, h) = card.format.size_pt();
    let expected = (
        (f64::from(w) * PIXELS_PER_POINT) as u32,
        (f64::from(h) * PIXELS_PER_POINT) as u32,
    );
    if (width, height) != expected {
        return Err(Diagnostic::error(
            theme.display_path("cards/card.typ"),
            0,
            0,
            format!(
                "{} is {width}×{height} pixels, not {}×{}: the template changed the page size",
                card.path, expected.0, expected.1
            ),
        ));
    }
    Ok(OutputFile::new(card.path.clone(), png))
}
