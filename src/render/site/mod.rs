//! The website: Tera templates of the theme, filled with the data of [`context`].

pub mod context;
mod inputs;
mod sitemap;
pub mod urls;

use std::sync::OnceLock;

use rayon::prelude::*;
use tera::{Context, Tera};

use super::cards;
use super::reuse::{self, Made, Reuse};
use super::{OutputFile, Renderer};
use crate::diag::{Diagnostic, Diagnostics};
use crate::localize::Site;
use crate::localize::{Edition, LocalCampaign, LocalPage};
use crate::theme::Theme;
use inputs::Inputs;

pub struct SiteRenderer;

/// Hashes of each page's inputs, to reuse the pages a change did not touch.
pub const MANIFEST: &str = ".altavoz-site.json";

/// One document of the website, before its data is computed.
pub enum Job<'s, 'p> {
    Chooser,
    NotFound,
    Home(&'s Edition<'p>),
    Cards(&'s Edition<'p>),
    Page(&'s Edition<'p>, &'s LocalCampaign<'p>, &'s LocalPage<'p>),
}

impl Renderer for SiteRenderer {
    fn name(&self) -> &'static str {
        "site"
    }

    fn render(&self, site: &Site, theme: &Theme) -> Result<Vec<OutputFile>, Diagnostics> {
        let tera = templates(theme)?;
        let Some(first) = site.editions.first() else {
            return Ok(Vec::new());
        };
        // The chooser and the 404 page speak the default language (or the first one built).
        let main = site.edition(&site.project.default_language().code).unwrap_or(first);

        // Pages name their preview image, so they need their cards; only the pages rendered
        // again (and the cards page) compute them.
        let with_cards = cards::any(site);
        let card_fingerprint = cards::fingerprint(theme);
        let mut jobs: Vec<(String, &str, Job)> = vec![
            ("index.html".into(), "chooser.html", Job::Chooser),
            ("404.html".into(), "404.html", Job::NotFound),
        ];
        for edition in &site.editions {
            let lang = &edition.language.code;
            jobs.push((format!("{lang}/index.html"), "home.html", Job::Home(edition)));
            if with_cards {
                jobs.push((format!("{lang}/cards/index.html"), "cards.html", Job::Cards(edition)));
            }
            for campaign in &edition.campaigns {
                for page in &campaign.pages {
                    let dir = urls::page_dir(lang, &campaign.campaign.slug, &page.page.slug);
                    let template = if page.page.is_index() {
                        "campaign.html"
                    } else {
                        "page.html"
                    };
                    jobs.push((format!("{dir}index.html"), template, Job::Page(edition, campaign, page)));
                }
            }
        }
        let previous = Reuse::load(site, MANIFEST);
        let inputs = Inputs::new(site, theme, card_fingerprint);
        let plan = OnceLock::new();
        // Parallel, but collected in job order: the output does not depend on thread timing.
        let rendered: Vec<Result<Made, Diagnostic>> = jobs
            .into_par_iter()
            .map(|(path, template, job)| {
                let hash = inputs.hash(&path, &job);
                if let Some(bytes) = hash.as_ref().and_then(|h| previous.get(&path, h, b"<!DOCTYPE html>")) {
                    return Ok(Made {
                        file: OutputFile::new(path, bytes),
                        hash,
                        fresh: false,
                    });
                }
                let data = match job {
                    Job::Chooser => context::chooser(site, main),
                    Job::NotFound => context::not_found(site, main),
                    Job::Home(edition) => context::home(site, edition, with_cards),
                    Job::Cards(edition) => {
                        context::cards_page(site, edition, plan.get_or_init(|| cards::plan(site, theme)))
                    }
                    Job::Page(edition, campaign, page) => {
                        let cards = if with_cards {
                            cards::page_cards(site, edition, campaign, page, card_fingerprint)
                        } else {
                            Vec::new()
                        };
                        context::page(site, edition, campaign, page, &cards.iter().collect::<Vec<_>>())
                    }
                };
                let context = Context::from_serialize(&data).map_err(|e| template_error(theme, template, &e))?;
                let html = tera
                    .render(template, &context)
                    .map_err(|e| template_error(theme, template, &e))?;
                Ok(Made {
                    file: OutputFile::new(path, tidy(&html)),
                    hash,
                    fresh: true,
                })
            })
            .collect();
        let (mut files, made, reused) = reuse::finish(rendered, MANIFEST)?;
        if let Ok(mut notes) = site.notes.lock() {
            notes.push(format!("site: rendered {made} pages, {reused} unchanged"));
        }
        files.push(OutputFile::new("sitemap.xml", sitemap::sitemap(site)));
        files.push(OutputFile::new("robots.txt", sitemap::robots(site)));
        for (rel, bytes) in theme.files_under("static") {
            files.push(OutputFile::new(format!("static/{rel}"), bytes));
        }
        let mut campaigns: Vec<_> = site
            .editions
            .iter()
            .flat_map(|e| e.campaigns.iter().map(|c| c.campaign))
            .collect();
        campaigns.sort_by(|a, b| a.slug.cmp(&b.slug));
        campaigns.dedup_by(|a, b| a.slug == b.slug);
        for campaign in campaigns {
            for (rel, bytes) in &campaign.assets {
                files.push(OutputFile::new(
                    format!("assets/{}/{rel}", campaign.slug),
                    bytes.clone(),
                ));
            }
        }
        Ok(files)
    }
}

/// Loads the theme's templates; a template that does not parse is the theme author's error.
fn templates(theme: &Theme) -> Result<Tera, Diagnostics> {
    let mut tera = Tera::new();
    tera.add_raw_templates(theme.templates()).map_err(|e| {
        Diagnostics::from(Diagnostic::error(
            "",
            0,
            0,
            format!(
                "a template of theme `{}` does not parse: {}",
                theme.name,
                error_text(&e)
            ),
        ))
    })?;
    Ok(tera)
}

fn template_error(theme: &Theme, template: &str, error: &dyn std::error::Error) -> Diagnostic {
    Diagnostic::error(
        theme.display_path(template),
        0,
        0,
        format!("template error: {}", error_text(error)),
    )
    .with_hint("check the template against the data described in the guide's theme chapter")
}

/// An error with its causes, on one line.
fn error_text(error: &dyn std::error::Error) -> String {
    let mut text = error.to_string();
    let mut source = error.source();
    while let Some(cause) = source {
        text.push_str(": ");
        text.push_str(&cause.to_string());
        source = cause.source();
    }
    text
}

/// Drops the blank lines template tags leave behind: smaller pages, same meaning.
fn tidy(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut in_pre = false;
    for line in html.lines() {
        if line.contains("<pre") {
            in_pre = true;
        }
        if in_pre || !line.trim().is_empty() {
            out.push_str(if in_pre { line } else { line.trim_end() });
            out.push('\n');
        }
        if line.contains("</pre>") {
            in_pre = false;
        }
    }
    out
}
