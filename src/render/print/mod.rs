//! Printable handouts (PDF via typst): a sheet per page and a booklet per campaign and
//! language, each in A4 and US Letter, from the theme's `print/` templates.

pub mod convert;
mod data;
mod qr;
#[cfg(test)]
mod tests;

use std::collections::BTreeMap;

use super::plan::{PlannedBooklet, PlannedPage, printed};
use super::reuse::{self, Made};
use super::{Context, Output, OutputFile, RenderError, Rendered, Renderer, Sink};
use crate::diag::Diagnostic;
use crate::load::Blob;
use crate::localize::{Edition, LocalCampaign, LocalPage};
use crate::typeset::{self, Document, Typesetter};
use crate::url::Paper;

pub struct PrintRenderer;

/// The manifest of handout hashes in the output, for the next build.
pub const MANIFEST: &str = ".altavoz-print.json";

/// One PDF to make.
enum Job<'a, 's, 'p> {
    /// A page's handout on one paper, with the page's QR code, made by the first of its papers.
    Handout(&'a PlannedPage<'s, 'p>, Paper, &'a str, &'a qr::Shared),
    Booklet(&'a PlannedBooklet<'s, 'p>),
}

impl Renderer for PrintRenderer {
    fn output(&self) -> Output {
        Output::Print
    }

    fn render(&self, context: &Context, sink: &dyn Sink) -> Result<Rendered, RenderError> {
        let typesetter = Typesetter::new(context.theme);
        // Campaign by campaign: each page's handouts, then the campaign's booklets.
        let qrs: Vec<qr::Shared> = context
            .plan
            .pages
            .iter()
            .map(|planned| qr::Shared::new(planned.handouts.len()))
            .collect();
        let mut jobs = Vec::new();
        let mut booklets = context.plan.booklets.iter().peekable();
        for (i, planned) in context.plan.pages.iter().enumerate() {
            for (paper, path) in &planned.handouts {
                jobs.push(Job::Handout(planned, *paper, path, &qrs[i]));
            }
            let last_of_campaign = context
                .plan
                .pages
                .get(i + 1)
                .is_none_or(|next| !std::ptr::eq(next.campaign, planned.campaign));
            if last_of_campaign {
                while let Some(booklet) = booklets.next_if(|b| std::ptr::eq(b.campaign, planned.campaign)) {
                    jobs.push(Job::Booklet(booklet));
                }
            }
        }
        let eviction = typeset::Eviction::default();
        let previous = reuse::Reuse::load(context.previous, MANIFEST);
        let fingerprint = reuse::fingerprint(context.theme);
        let base_url = &context.site.project.base_url;
        let result = reuse::run(context, sink, (Output::Print, MANIFEST), &jobs, |job| {
            // Counted as done however this job ends: the last of a page's handouts lets go its code.
            let mut claim = match job {
                Job::Handout(.., qr) => Some(qr.claim()),
                Job::Booklet(_) => None,
            };
            // A handout is hashed without its QR code, which is drawn from the page's address
            // (in the data): an unchanged handout costs no QR code.
            let (path, source, document, data) = match job {
                Job::Handout(planned, paper, path, _) => {
                    handout(&typesetter, (planned, *paper), path, base_url, context.today)?
                }
                Job::Booklet(booklet) => booklet_document(&typesetter, booklet, base_url, context.today)?,
            };
            // Photos are hashed as their originals; how they are processed is `imaging::VERSION`.
            let hash = reuse::hash_document(
                fingerprint,
                &document,
                &format!("{path} pictures {}", crate::imaging::VERSION),
            );
            if let Some(file) = previous.keep(&path, &hash, b"%PDF") {
                return Ok(Made {
                    file,
                    hash: Some(hash),
                    fresh: false,
                });
            }
            let campaign = match job {
                Job::Handout(planned, ..) => planned.campaign.campaign,
                Job::Booklet(booklet) => booklet.campaign.campaign,
            };
            let mut document = with_print_pictures(document, campaign, &context.plan.images, &source)?;
            let mut data = data;
            if let (Job::Handout(planned, ..), Some(data), Some(claim)) = (job, &mut data, claim.take()) {
                data["qr"] = serde_json::Value::clone(&claim.take(&planned.page.view.url));
                put_data(&mut document, data);
            }
            // A handout's data says it has one page; one that came to more is made again with
            // no page total, and its footer counts them.
            let longer = |pages: usize| {
                let mut data = data.filter(|data| data["page_total"].as_u64().is_some_and(|n| n as usize != pages))?;
                data["page_total"] = serde_json::Value::Null;
                let mut document = document.clone();
                put_data(&mut document, &data);
                Some(document)
            };
            let pdf = typesetter
                .pdf_or(&document, &format!("altavoz/{path}"), longer)
                .map_err(|errors| typeset::diagnostic(context.theme, &path, &source, &errors))?;
            eviction.after_document(matches!(job, Job::Booklet(_)));
            Ok(Made {
                file: OutputFile::new(path, pdf),
                hash: Some(hash),
                fresh: true,
            })
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

/// Gives `document` the handout data `data` as its `/data.json`.
fn put_data(document: &mut Document, data: &serde_json::Value) {
    let json = serde_json::to_vec(data).unwrap_or_default();
    document.files.insert("/data.json".to_string(), Blob::from(json));
}

/// A document ready to hash: its output path, its source (for messages), the document, and
/// the data of a handout, which gets its QR code only if the handout is made.
type Prepared = (String, String, Document, Option<serde_json::Value>);

/// A page's handout, its QR code left `null`.
fn handout(
    typesetter: &Typesetter,
    (planned, paper): (&PlannedPage, Paper),
    path: &str,
    base_url: &str,
    today: crate::project::Date,
) -> Result<Prepared, Diagnostic> {
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
) -> Result<Prepared, Diagnostic> {
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
