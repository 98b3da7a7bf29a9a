//! Printable handouts (PDF via typst): a sheet per page and a booklet per campaign and
//! language, each in A4 and US Letter, from the theme's `print/` templates.

pub mod convert;
mod data;
mod qr;
#[cfg(test)]
mod tests;

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicUsize, Ordering};

use rayon::prelude::*;

use super::reuse::{self, Made};
use super::site::urls::{PAPERS, booklet_path, handout_path};
use super::{OutputFile, Renderer};
use crate::diag::{Diagnostic, Diagnostics};
use crate::localize::{Edition, LocalCampaign, LocalPage, Site};
use crate::theme::Theme;
use crate::typeset::{self, Document, Typesetter};

pub struct PrintRenderer;

/// One PDF to make.
enum Job<'a, 'p> {
    Handout {
        edition: &'a Edition<'p>,
        campaign: &'a LocalCampaign<'p>,
        page: &'a LocalPage<'p>,
        paper: &'static str,
    },
    Booklet {
        edition: &'a Edition<'p>,
        campaign: &'a LocalCampaign<'p>,
        paper: &'static str,
    },
}

/// Pages that go into print: not drafts, and not `handout: false`.
pub fn printed<'a, 'p>(campaign: &'a LocalCampaign<'p>) -> impl Iterator<Item = &'a LocalPage<'p>> {
    campaign.pages.iter().filter(|p| p.page.handout)
}

impl Renderer for PrintRenderer {
    fn name(&self) -> &'static str {
        "print"
    }

    fn render(&self, site: &Site, theme: &Theme) -> Result<Vec<OutputFile>, Diagnostics> {
        let typesetter = Typesetter::new(theme);
        let mut jobs = Vec::new();
        for edition in &site.editions {
            for campaign in &edition.campaigns {
                for paper in PAPERS {
                    for page in printed(campaign) {
                        jobs.push(Job::Handout {
                            edition,
                            campaign,
                            page,
                            paper,
                        });
                    }
                    // The preview shows pages and their handouts; booklets are for `build`.
                    if !site.preview {
                        jobs.push(Job::Booklet {
                            edition,
                            campaign,
                            paper,
                        });
                    }
                }
            }
        }
        let done = AtomicUsize::new(0);
        let previous = reuse::Reuse::load(site, MANIFEST);
        let fingerprint = reuse::fingerprint(theme, &["print", "fonts"]);
        let results: Vec<Result<Made, Diagnostic>> = jobs
            .par_iter()
            .map(|job| {
                if site.cancelled() {
                    return Err(cancelled());
                }
                let result = render_job(site, &typesetter, theme, job, &previous, fingerprint);
                // typst's memo cache grows with every distinct document: keep it bounded.
                if done.fetch_add(1, Ordering::Relaxed) % 64 == 63 {
                    typeset::evict_cache();
                }
                result
            })
            .collect();
        typeset::evict_cache();
        let (files, made, reused) = reuse::finish(results, MANIFEST)?;
        if let Ok(mut notes) = site.notes.lock() {
            notes.push(format!("print: made {made} PDFs, {reused} unchanged"));
        }
        Ok(files)
    }
}

/// The manifest of handout hashes in the output, for the next build.
pub const MANIFEST: &str = ".altavoz-print.json";

/// Makes one PDF, or takes it from the previous build when its inputs are the same.
fn render_job(
    site: &Site,
    typesetter: &Typesetter,
    theme: &Theme,
    job: &Job,
    previous: &reuse::Reuse,
    fingerprint: u64,
) -> Result<Made, Diagnostic> {
    let (path, source, document) = match job {
        Job::Handout {
            edition,
            campaign,
            page,
            paper,
        } => {
            let (value, body) = data::page(site, edition, campaign, page).map_err(|e| convert_error(page, e))?;
            let mut value = value;
            data::extend(&mut value, data::document(site, edition, campaign, paper, Some(page)));
            let mut files = BTreeMap::new();
            check_coverage(
                typesetter,
                &value,
                &body.plain,
                page.page.path.display().to_string(),
                &edition.language.code,
            )?;
            files.insert("/data.json".to_string(), serde_json::to_vec(&value).unwrap_or_default());
            files.insert("/body/0.typ".to_string(), body.markup.into_bytes());
            add_assets(&mut files, campaign);
            let main =
                "#import \"/print/handout.typ\": handout\n#handout(json(\"/data.json\"), include \"/body/0.typ\")\n";
            let path = handout_path(&edition.language.code, &campaign.campaign.slug, &page.page.slug, paper);
            (
                path,
                page.page.path.display().to_string(),
                Document {
                    main: main.to_string(),
                    files,
                    today: site.today,
                },
            )
        }
        Job::Booklet {
            edition,
            campaign,
            paper,
        } => {
            let mut value = data::document(site, edition, campaign, paper, None);
            let mut files = BTreeMap::new();
            let mut pages = Vec::new();
            let mut includes = Vec::new();
            for (i, page) in printed(campaign).enumerate() {
                let (page_value, body) =
                    data::page(site, edition, campaign, page).map_err(|e| convert_error(page, e))?;
                check_coverage(
                    typesetter,
                    &page_value,
                    &body.plain,
                    page.page.path.display().to_string(),
                    &edition.language.code,
                )?;
                files.insert(format!("/body/{i}.typ"), body.markup.into_bytes());
                includes.push(format!("include \"/body/{i}.typ\""));
                pages.push(page_value);
            }
            check_coverage(
                typesetter,
                &value,
                "",
                format!("campaigns/{}/campaign.yaml", campaign.campaign.slug),
                &edition.language.code,
            )?;
            value["pages"] = serde_json::Value::Array(pages);
            files.insert("/data.json".to_string(), serde_json::to_vec(&value).unwrap_or_default());
            add_assets(&mut files, campaign);
            let main = format!(
                "#import \"/print/booklet.typ\": booklet\n#booklet(json(\"/data.json\"), ({},))\n",
                includes.join(", ")
            );
            let path = booklet_path(&edition.language.code, &campaign.campaign.slug, paper);
            (
                path,
                format!("campaigns/{}", campaign.campaign.slug),
                Document {
                    main,
                    files,
                    today: site.today,
                },
            )
        }
    };
    let hash = reuse::hash_document(fingerprint, &document, &path);
    if let Some(bytes) = previous.get(&path, &hash, b"%PDF") {
        return Ok(Made {
            file: OutputFile::new(path, bytes),
            hash: Some(hash),
            fresh: false,
        });
    }
    let pdf = typesetter
        .pdf(&document, &format!("altavoz/{path}"))
        .map_err(|errors| super::typeset_diagnostic(theme, &path, &source, &errors))?;
    Ok(Made {
        file: OutputFile::new(path, pdf),
        hash: Some(hash),
        fresh: true,
    })
}

/// What a renderer reports when a newer build superseded it.
pub fn cancelled() -> Diagnostic {
    Diagnostic::error("", 0, 0, "cancelled: the sources changed again")
}

/// The campaign's assets, for the logo and images in bodies.
fn add_assets(files: &mut BTreeMap<String, Vec<u8>>, campaign: &LocalCampaign) {
    for (rel, bytes) in &campaign.campaign.assets {
        files.insert(format!("/assets/{rel}"), bytes.clone());
    }
}

fn convert_error(page: &LocalPage, error: convert::ConvertError) -> Diagnostic {
    Diagnostic::error(&page.page.path, 0, 0, error.to_string()).with_hint("split the page, or set `handout: false`")
}

/// Typst draws an empty box, silently, for a character no font has: refuse instead.
fn check_coverage(
    typesetter: &Typesetter,
    value: &serde_json::Value,
    body: &str,
    source: String,
    lang: &str,
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
            format!("no font of the theme can print these characters (language `{lang}`): {list}"),
        )
        .with_hint(typeset::MISSING_GLYPHS_HINT)),
    }
}
