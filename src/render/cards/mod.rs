//! Social cards (PNG via typst): for every page and language, the campaign's formats (`og`
//! 1200×630 for link previews, `square` 1080×1080, `story` 1080×1920), from the theme's
//! `cards/` templates. Which cards a build makes, and their data, come from the plan; cards
//! whose inputs did not change since the last build are reused.

use super::plan::card::CardDocument;
use super::plan::{PlannedCard, PlannedPage};
use super::reuse::{self, Made};
use super::{Context, Output, OutputFile, RenderError, Rendered, Renderer, Sink};
use crate::diag::Diagnostic;
use crate::theme::Theme;
use crate::typeset::{self, Typesetter};

/// The manifest of card hashes in the output, for the next build.
pub const MANIFEST: &str = ".altavoz-cards.json";
const PNG_MAGIC: &[u8] = b"\x89PNG\r\n\x1a\n";

/// Two pixels per point: page sizes in whole points give exact pixel sizes.
pub const PIXELS_PER_POINT: f64 = 2.0;

pub struct CardsRenderer;

impl Renderer for CardsRenderer {
    fn output(&self) -> Output {
        Output::Cards
    }

    fn render(&self, context: &Context, sink: &dyn Sink) -> Result<Rendered, RenderError> {
        let plan = context.plan;
        let jobs: Vec<(&PlannedPage, &PlannedCard)> = plan
            .pages
            .iter()
            .flat_map(|page| page.cards.iter().map(move |card| (page, card)))
            .collect();
        let previous = reuse::Reuse::load(context.previous, MANIFEST);
        let typesetter = Typesetter::new(context.theme);
        let eviction = typeset::Eviction::default();
        let result = reuse::run(
            context,
            sink,
            (Output::Cards, MANIFEST),
            &jobs,
            |(page, card)| -> Result<Made, crate::diag::Diagnostic> {
                // The document is made once: its hash decides reuse, and it is what gets typeset.
                let made = plan.card_document(page, card);
                let hash = made.hash.clone();
                if let Some(file) = previous.keep(&card.path, &hash, PNG_MAGIC) {
                    return Ok(Made {
                        file,
                        hash: Some(hash),
                        fresh: false,
                    });
                }
                let file = render_card(context, &typesetter, page, card, made)?;
                eviction.after_document(false);
                Ok(Made {
                    file,
                    hash: Some(hash),
                    fresh: true,
                })
            },
        );
        typeset::evict_cache();
        let (made, reused) = result?;
        Ok(Rendered {
            summary: Some(crate::msg!("render-cards", made = made, reused = reused)),
            made,
            reused,
            ..Rendered::default()
        })
    }
}

fn render_card(
    context: &Context,
    typesetter: &Typesetter,
    page: &PlannedPage,
    card: &PlannedCard,
    made: CardDocument,
) -> Result<OutputFile, Diagnostic> {
    let theme: &Theme = context.theme;
    let source = &page.page.page.path;
    if let Some(list) = typesetter.fonts().describe_missing(&made.text()) {
        return Err(Diagnostic::error(
            source,
            0,
            0,
            crate::msg!(
                "glyphs-missing-card",
                format = card.format.as_str(),
                lang = &page.edition.language.code,
                list = list
            ),
        )
        .with_hint(crate::msg!("glyphs-missing-hint")));
    }
    let (w, h) = card.format.size_pt();
    let expected = (
        (f64::from(w) * PIXELS_PER_POINT) as u32,
        (f64::from(h) * PIXELS_PER_POINT) as u32,
    );
    let document = with_card_pictures(made, page, &context.plan.images, expected)
        .map_err(|e| Diagnostic::error(source, 0, 0, crate::msg!("card-picture-unusable", reason = e.0)))?;
    let (png, width, height) = typesetter
        .png(&document, PIXELS_PER_POINT, context.preview)
        .map_err(|errors| typeset::diagnostic(theme, &card.path, &source.display().to_string(), &errors))?;
    if (width, height) != expected {
        return Err(Diagnostic::error(
            theme.display_path("cards/card.typ"),
            0,
            0,
            crate::msg!(
                "card-wrong-size",
                path = &card.path,
                size = format!("{width}×{height}"),
                expected = format!("{}×{}", expected.0, expected.1)
            ),
        ));
    }
    Ok(OutputFile::new(card.path.clone(), png))
}

/// The card's document with each photo replaced by the copy made for cards (the logo; the
/// photo behind the text, at the card's size in `pixels`), and, with a photo behind the text, the opacity of the veil that
/// makes text on it as readable as on the campaign's primary colour (or 4.5:1).
fn with_card_pictures(
    made: CardDocument,
    page: &PlannedPage,
    images: &crate::render::plan::images::Images,
    pixels: (u32, u32),
) -> Result<typeset::Document, crate::imaging::ImageError> {
    let campaign = page.campaign.campaign;
    let (primary, accent) = (&campaign.colors.primary, &campaign.colors.accent);
    let texts = [
        ([255, 255, 255], 4.5),
        (accent.rgb(), accent.contrast(primary).min(4.5)),
    ];
    let background = made.background();
    let mut scrim = None;
    let mut files = made.files().clone();
    for (path, bytes) in files.iter_mut() {
        let Some(rel) = typeset::asset_of(path) else {
            continue;
        };
        let Some(image) = images.get(&campaign.slug, rel) else {
            continue;
        };
        if Some(rel) == background {
            let (copy, opacity) = image.card(pixels, primary.rgb(), &texts)?;
            *bytes = copy;
            scrim = Some(opacity);
        } else {
            *bytes = image.print()?;
        }
    }
    Ok(made.into_document(files, scrim))
}

/// The text typst lays out on each card of the page at `html` (its output path), in drawing
/// order, by card path: for tests that check what a picture says.
pub fn drawn_text(context: &Context, html: &str) -> Vec<(String, Result<String, String>)> {
    let typesetter = Typesetter::new(context.theme);
    let Some(page) = context.plan.pages.iter().find(|p| p.html == html) else {
        return Vec::new();
    };
    page.cards
        .iter()
        .map(|card| {
            let made = context.plan.card_document(page, card);
            let files = made.files().clone();
            let document = made.into_document(files, None);
            let text = typesetter
                .page_text(&document)
                .map_err(|errors| errors.iter().map(ToString::to_string).collect::<Vec<_>>().join("; "));
            (card.path.clone(), text)
        })
        .collect()
}
