//! Printable handouts (PDF via typst): a sheet per page and a booklet per campaign and
//! language, each in A4 and US Letter, from the theme's `print/` templates.

pub mod convert;
mod data;
mod overflow;
mod poster;
mod qr;
mod slides;
#[cfg(test)]
mod tests;

use std::collections::BTreeMap;

use super::plan::{PlannedBooklet, PlannedDeck, PlannedPage, printed};
use super::reuse::{self, Made};
use super::{Context, Output, OutputFile, RenderError, Rendered, Renderer, Sink};
use crate::diag::{Diagnostic, Diagnostics};
use crate::load::Blob;
use crate::localize::{Edition, LocalCampaign, LocalPage};
use crate::typeset::{self, Document, Typesetter};
use crate::url::{Paper, PosterSize};

pub struct PrintRenderer;

/// The manifest of handout hashes in the output, for the next build.
pub const MANIFEST: &str = ".altavoz-print.json";

/// One PDF to make, or a deck's three.
enum PrintJob<'a, 's, 'p> {
    /// A page's handout on one paper, with the page's QR code, made by the first of its
    /// handouts and posters.
    Handout(&'a PlannedPage<'s, 'p>, Paper, &'a str, &'a qr::Shared),
    /// A page's poster on one size, with the page's QR code.
    Poster(&'a PlannedPage<'s, 'p>, PosterSize, &'a str, &'a qr::Shared),
    Booklet(&'a PlannedBooklet<'s, 'p>),
    /// A campaign's slides and their notes on each paper.
    Deck(&'a PlannedDeck<'s, 'p>),
}

/// What every job shares.
struct Shop<'c, 'a, 'p> {
    context: &'c Context<'a, 'p>,
    typesetter: Typesetter,
    previous: reuse::Reuse<'a>,
    fingerprint: u64,
    eviction: typeset::Eviction,
}

impl Renderer for PrintRenderer {
    fn output(&self) -> Output {
        Output::Print
    }

    fn render(&self, context: &Context, sink: &dyn Sink) -> Result<Rendered, RenderError> {
        // Campaign by campaign: each page's handouts and posters, then the campaign's booklets
        // and slides.
        let qrs: Vec<qr::Shared> = context
            .plan
            .pages
            .iter()
            .map(|planned| qr::Shared::new(planned.handouts.len() + planned.posters.len()))
            .collect();
        let mut jobs = Vec::new();
        let mut booklets = context.plan.booklets.iter().peekable();
        let mut decks = context.plan.decks.iter().peekable();
        for (i, planned) in context.plan.pages.iter().enumerate() {
            for (paper, path) in &planned.handouts {
                jobs.push(PrintJob::Handout(planned, *paper, path, &qrs[i]));
            }
            for (size, path) in &planned.posters {
                jobs.push(PrintJob::Poster(planned, *size, path, &qrs[i]));
            }
            let last_of_campaign = context
                .plan
                .pages
                .get(i + 1)
                .is_none_or(|next| !std::ptr::eq(next.campaign, planned.campaign));
            if last_of_campaign {
                while let Some(booklet) = booklets.next_if(|b| std::ptr::eq(b.campaign, planned.campaign)) {
                    jobs.push(PrintJob::Booklet(booklet));
                }
                while let Some(deck) = decks.next_if(|d| std::ptr::eq(d.campaign, planned.campaign)) {
                    jobs.push(PrintJob::Deck(deck));
                }
            }
        }
        let shop = Shop {
            context,
            typesetter: Typesetter::new(context.theme),
            previous: reuse::Reuse::load(context.previous, MANIFEST),
            fingerprint: reuse::fingerprint(context.theme),
            eviction: typeset::Eviction::default(),
        };
        let result = reuse::run(context, sink, (Output::Print, MANIFEST), &jobs, |job| match job {
            PrintJob::Deck(deck) => shop.deck(deck),
            PrintJob::Poster(planned, size, path, qr) => shop.poster(planned, *size, path, qr).map(|made| vec![made]),
            _ => shop.sheet(job).map(|made| vec![made]).map_err(Diagnostics::from),
        });
        typeset::evict_cache();
        let (made, reused) = result?;
        Ok(Rendered {
            summary: Some(crate::msg!("render-print", made = made, reused = reused)),
            made,
            reused,
            ..Rendered::default()
        })
    }
}

impl Shop<'_, '_, '_> {
    /// The hash of `document` (photos as their originals; how they are processed is
    /// `imaging::VERSION`), and the previous file made from it, if there is one.
    fn hash_and_reuse(&self, path: &str, document: &Document, extra: &str) -> (String, Option<Made>) {
        let hash = reuse::hash_document(
            self.fingerprint,
            document,
            &format!("{path} pictures {} {extra}", crate::imaging::VERSION),
        );
        let kept = self.previous.keep(path, &hash, b"%PDF").map(|file| Made {
            file,
            hash: Some(hash.clone()),
            fresh: false,
        });
        (hash, kept)
    }

    fn campaign_of<'p>(job: &PrintJob<'_, '_, 'p>) -> &'p crate::project::Campaign {
        match job {
            PrintJob::Handout(planned, ..) | PrintJob::Poster(planned, ..) => planned.campaign.campaign,
            PrintJob::Booklet(booklet) => booklet.campaign.campaign,
            PrintJob::Deck(deck) => deck.campaign.campaign,
        }
    }

    /// A handout or a booklet.
    fn sheet(&self, job: &PrintJob) -> Result<Made, Diagnostic> {
        let context = self.context;
        let base_url = &context.site.project.base_url;
        // Counted as done however this job ends: the last of a page's documents lets go its code.
        let mut claim = match job {
            PrintJob::Handout(.., qr) => Some(qr.claim()),
            _ => None,
        };
        // A handout is hashed without its QR code, which is drawn from the page's address
        // (in the data): an unchanged handout costs no QR code.
        let (path, source, document, data) = match job {
            PrintJob::Handout(planned, paper, path, _) => {
                handout(&self.typesetter, (planned, *paper), path, base_url, context.today)?
            }
            PrintJob::Booklet(booklet) => booklet_document(&self.typesetter, booklet, base_url, context.today)?,
            PrintJob::Poster(..) | PrintJob::Deck(_) => unreachable!("made by their own functions"),
        };
        let (hash, kept) = self.hash_and_reuse(&path, &document, "");
        if let Some(kept) = kept {
            return Ok(kept);
        }
        let mut document = with_print_pictures(document, Self::campaign_of(job), &context.plan.images, &source)?;
        if let (PrintJob::Handout(planned, ..), Some(mut data), Some(claim)) = (job, data, claim.take()) {
            data["qr"] = serde_json::Value::clone(&claim.take(&planned.page.view.url));
            put_data(&mut document, &data);
        }
        let pdf = self
            .typesetter
            .pdf(&document, &format!("altavoz/{path}"))
            .map_err(|errors| typeset::diagnostic(context.theme, &path, &source, &errors))?;
        self.eviction.after_document(matches!(job, PrintJob::Booklet(_)));
        Ok(Made {
            file: OutputFile::new(path, pdf),
            hash: Some(hash),
            fresh: true,
        })
    }

    /// A page's poster: its text too long even at the smallest size is the author's error.
    fn poster(
        &self,
        planned: &PlannedPage,
        size: PosterSize,
        path: &str,
        qr: &qr::Shared,
    ) -> Result<Made, Diagnostics> {
        let claim = qr.claim();
        let context = self.context;
        let (document, mut data, placed) =
            poster::document(&self.typesetter, planned, size, &serde_json::Value::Null, context.today)?;
        let source = planned.page.page.path.display().to_string();
        let (hash, kept) = self.hash_and_reuse(path, &document, "");
        if let Some(kept) = kept {
            return Ok(kept);
        }
        let mut document = with_print_pictures(document, planned.campaign.campaign, &context.plan.images, &source)?;
        data["qr"] = serde_json::Value::clone(&claim.take(&planned.page.view.url));
        put_data(&mut document, &data);
        let (pdf, reports) = self
            .typesetter
            .pdf_reporting(&document, &format!("altavoz/{path}"), overflow::LABEL)
            .map_err(|errors| typeset::diagnostic(context.theme, path, &source, &errors))?;
        fail_on(overflow::diagnostics(&placed, &reports, overflow::Kind::Poster))?;
        self.eviction.after_document(false);
        Ok(Made {
            file: OutputFile::new(path, pdf),
            hash: Some(hash),
            fresh: true,
        })
    }

    /// A campaign's slides, then the notes on each paper, which show the slides' PDF.
    fn deck(&self, deck: &PlannedDeck) -> Result<Vec<Made>, Diagnostics> {
        let context = self.context;
        let base_url = &context.site.project.base_url;
        let documents = slides::documents(&self.typesetter, deck, base_url, context.today)?;
        let source = format!("campaigns/{}/campaign.yaml", deck.campaign.campaign.slug);
        let campaign = deck.campaign.campaign;
        let (hash, kept) = self.hash_and_reuse(&deck.slides, &documents.slides, "");
        // The notes depend on the slides through their hash.
        let notes: Vec<_> = deck
            .notes
            .iter()
            .zip(documents.notes)
            .map(|((_, path), (_, document))| {
                let (notes_hash, kept) = self.hash_and_reuse(path, &document, &hash);
                (path, document, notes_hash, kept)
            })
            .collect();
        let mut made = Vec::new();
        // The slides reused when a note to make can read them, else made again.
        let notes_to_make = notes.iter().any(|(.., kept)| kept.is_none());
        let reused = match kept {
            Some(kept) if !notes_to_make => {
                made.push(kept);
                None
            }
            Some(kept) => match kept.file.bytes() {
                Ok(bytes) => {
                    made.push(kept);
                    Some(bytes)
                }
                Err(_) => None,
            },
            None => None,
        };
        let slides_pdf: Option<Blob> = match reused {
            Some(bytes) => Some(bytes),
            None if made.is_empty() => {
                let document = with_print_pictures(documents.slides, campaign, &context.plan.images, &source)?;
                let (pdf, reports) = self
                    .typesetter
                    .pdf_reporting(&document, &format!("altavoz/{}", deck.slides), overflow::LABEL)
                    .map_err(|errors| typeset::diagnostic(context.theme, &deck.slides, &source, &errors))?;
                fail_on(slides::problems(&documents.placed, &reports, false))?;
                let pdf = Blob::from(pdf);
                made.push(Made {
                    file: OutputFile::new(deck.slides.clone(), pdf.clone()),
                    hash: Some(hash),
                    fresh: true,
                });
                Some(pdf)
            }
            // Reused, and no note needs them.
            None => None,
        };
        for (path, document, notes_hash, kept) in notes {
            if let Some(kept) = kept {
                made.push(kept);
                continue;
            }
            // Made or read just above whenever a note is to be made.
            let Some(slides_pdf) = slides_pdf.clone() else {
                continue;
            };
            let document = with_print_pictures(
                slides::with_slides(document, slides_pdf),
                campaign,
                &context.plan.images,
                &source,
            )?;
            let (pdf, reports) = self
                .typesetter
                .pdf_reporting(&document, &format!("altavoz/{path}"), overflow::LABEL)
                .map_err(|errors| typeset::diagnostic(context.theme, path, &source, &errors))?;
            fail_on(slides::problems(&documents.placed, &reports, true))?;
            made.push(Made {
                file: OutputFile::new(path.clone(), pdf),
                hash: Some(notes_hash),
                fresh: true,
            });
        }
        self.eviction.after_document(true);
        Ok(made)
    }
}

/// `problems`, if there are any, as the job's error: every one of them.
fn fail_on(problems: Vec<Diagnostic>) -> Result<(), Diagnostics> {
    if problems.is_empty() {
        return Ok(());
    }
    let mut all = Diagnostics::default();
    for problem in problems {
        all.push(problem);
    }
    Err(all)
}

/// Gives `document` the handout data `data` as its `/data.json`.
fn put_data(document: &mut Document, data: &serde_json::Value) {
    let json = serde_json::to_vec(data).unwrap_or_default();
    document.files.insert("/data.json".to_string(), Blob::from(json));
}

/// A document ready to hash: its output path, its source (for messages), the document, and
/// the data of a handout, which gets its QR code only if the handout is made.
type Ready = (String, String, Document, Option<serde_json::Value>);

/// A page's handout, its QR code left `null`.
fn handout(
    typesetter: &Typesetter,
    (planned, paper): (&PlannedPage, Paper),
    path: &str,
    base_url: &str,
    today: crate::project::Date,
) -> Result<Ready, Diagnostic> {
    let (edition, campaign, page) = (planned.edition, planned.campaign, planned.page);
    let no_qr = serde_json::Value::Null;
    let (value, json) = data::json(&data::handout(edition, campaign, page, paper, &no_qr));
    let (body, images) = checked_body(typesetter, edition, campaign, page, base_url, &value)?;
    let mut files = BTreeMap::new();
    files.insert("/data.json".to_string(), Blob::from(json));
    files.insert("/body/0.typ".to_string(), Blob::from(body.markup));
    add_assets(&mut files, campaign, &images);
    let main = "#import \"/print/handout.typ\": handout\n#handout(json(\"/data.json\"), include \"/body/0.typ\")\n";
    Ok((
        path.to_string(),
        page.page.path.display().to_string(),
        Document {
            main: main.to_string(),
            files,
            today,
        },
        Some(value),
    ))
}

/// A campaign's booklet.
fn booklet_document(
    typesetter: &Typesetter,
    booklet: &PlannedBooklet,
    base_url: &str,
    today: crate::project::Date,
) -> Result<Ready, Diagnostic> {
    let (edition, campaign) = (booklet.edition, booklet.campaign);
    let mut files = BTreeMap::new();
    let mut pages = Vec::new();
    let mut includes = Vec::new();
    let mut images = Vec::new();
    for (i, page) in printed(campaign).enumerate() {
        let page_data = data::page(edition, page);
        let (value, _) = data::json(&page_data);
        let (body, mut used) = checked_body(typesetter, edition, campaign, page, base_url, &value)?;
        files.insert(format!("/body/{i}.typ"), Blob::from(body.markup));
        includes.push(format!("include \"/body/{i}.typ\""));
        pages.push(page_data);
        images.append(&mut used);
    }
    let source = format!("campaigns/{}", campaign.campaign.slug);
    let (value, json) = data::json(&data::booklet(edition, campaign, booklet.paper, pages));
    // The campaign's own texts (names, contacts); the pages were checked above.
    let mut frame = value.clone();
    if let Some(map) = frame.as_object_mut() {
        map.remove("pages");
    }
    check_coverage(
        typesetter,
        &frame,
        "",
        &format!("campaigns/{}/campaign.yaml", campaign.campaign.slug),
        edition,
    )?;
    files.insert("/data.json".to_string(), Blob::from(json));
    add_assets(&mut files, campaign, &images);
    let main = format!(
        "#import \"/print/booklet.typ\": booklet\n#booklet(json(\"/data.json\"), ({},))\n",
        includes.join(", ")
    );
    Ok((booklet.path.clone(), source, Document { main, files, today }, None))
}

/// The `/data.json` of every handout and booklet of the build, by output path: for tests that
/// hold the theme chapter of the guide to the data templates really get.
pub fn template_data(context: &Context) -> Vec<(String, serde_json::Value)> {
    let handouts = context.plan.pages.iter().flat_map(|planned| {
        let qr = qr::runs(&planned.page.view.url);
        planned
            .handouts
            .iter()
            .map(move |(paper, path)| {
                let data = data::handout(planned.edition, planned.campaign, planned.page, *paper, &qr);
                (path.clone(), data::json(&data).0)
            })
            .collect::<Vec<_>>()
    });
    let booklets = context.plan.booklets.iter().map(|booklet| {
        let pages = printed(booklet.campaign)
            .map(|p| data::page(booklet.edition, p))
            .collect();
        let data = data::booklet(booklet.edition, booklet.campaign, booklet.paper, pages);
        (booklet.path.clone(), data::json(&data).0)
    });
    handouts.chain(booklets).collect()
}

/// The campaign's logo and the images a document shows, shared, not copied.
fn add_assets(files: &mut BTreeMap<String, Blob>, campaign: &LocalCampaign, images: &[String]) {
    let c = campaign.campaign;
    for rel in c.logo.iter().chain(images) {
        if let Some(bytes) = c.assets.get(rel) {
            files.insert(typeset::asset_path(rel), bytes.clone());
        }
    }
}

/// A page's body as Typst markup, and the images it shows, once every character of it and of
/// its data `value` is known to be printable.
fn checked_body(
    typesetter: &Typesetter,
    edition: &Edition,
    campaign: &LocalCampaign,
    page: &LocalPage,
    base_url: &str,
    value: &serde_json::Value,
) -> Result<(convert::Converted, Vec<String>), Diagnostic> {
    let (body, images) = data::body(edition, campaign, page, base_url).map_err(|error| {
        let convert::ConvertError::TooLarge(kib) = error;
        Diagnostic::error(&page.page.path, 0, 0, crate::msg!("handout-too-long", size = kib))
            .with_hint(crate::msg!("handout-too-long-hint"))
    })?;
    let source = page.page.path.display().to_string();
    check_coverage(typesetter, value, &body.plain, &source, edition)?;
    Ok((body, images))
}

/// The document with each photo replaced by its print copy (resized, re-encoded, without
/// metadata): the original never reaches a PDF. The hash was taken over the originals, which
/// decide the copies.
fn with_print_pictures(
    mut document: Document,
    campaign: &crate::project::Campaign,
    images: &crate::render::plan::images::Images,
    source: &str,
) -> Result<Document, Diagnostic> {
    for (path, bytes) in document.files.iter_mut() {
        let Some(image) = typeset::asset_of(path).and_then(|rel| images.get(&campaign.slug, rel)) else {
            continue;
        };
        *bytes = image.print().map_err(|e| {
            Diagnostic::error(
                source,
                0,
                0,
                crate::msg!("picture-unprintable", file = &image.rel, reason = e.0),
            )
        })?;
    }
    Ok(document)
}

/// Typst draws an empty box, silently, for a character no font has: refuse instead.
fn check_coverage(
    typesetter: &Typesetter,
    value: &serde_json::Value,
    body: &str,
    source: &str,
    edition: &Edition,
) -> Result<(), Diagnostic> {
    let text = format!(
        "{body} {}",
        typeset::data_text(value, &["qr", "lang", "content_lang", "dir", "paper"])
    );
    match typesetter.fonts().describe_missing(&text) {
        None => Ok(()),
        Some(list) => Err(Diagnostic::error(
            source,
            0,
            0,
            crate::msg!("glyphs-missing-print", lang = &edition.language.code, list = list),
        )
        .with_hint(crate::msg!("glyphs-missing-hint"))),
    }
}
