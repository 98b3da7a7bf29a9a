//! The website: Tera templates of the theme, filled with the data of [`context`].

pub mod context;
mod html;
mod inputs;
mod sitemap;
mod templates;

use super::reuse::{self, Made};
use super::{Context, Output, OutputFile, RenderError, Rendered, Renderer, Sink};
use crate::diag::Diagnostic;
use crate::localize::Edition;
use crate::render::plan::PlannedPage;
use inputs::Inputs;

pub use html::sanitize;

pub struct SiteRenderer;

/// Hashes of each page's inputs, to reuse the pages a change did not touch.
pub const MANIFEST: &str = ".altavoz-site.json";

/// One document of the website.
pub enum Job<'a, 's, 'p> {
    Chooser,
    NotFound,
    Home(&'s Edition<'p>),
    Cards(&'s Edition<'p>),
    Page(&'a PlannedPage<'s, 'p>),
}

impl Renderer for SiteRenderer {
    fn output(&self) -> Output {
        Output::Site
    }

    fn render(&self, context: &Context, sink: &dyn Sink) -> Result<Rendered, RenderError> {
        let site = context.site;
        let tera = templates::load(context.theme)?;
        let Some(first) = site.editions.first() else {
            return Ok(Rendered::default());
        };
        // The chooser and the 404 page speak the default language (or the first one built).
        let main = site.edition(&site.project.default_language().code).unwrap_or(first);
        let with_cards = context.plan.has_cards();
        let mut jobs: Vec<(String, &str, Job)> = vec![
            ("index.html".into(), "chooser.html", Job::Chooser),
            ("404.html".into(), "404.html", Job::NotFound),
        ];
        let mut pages = context.plan.pages.iter().peekable();
        for edition in &site.editions {
            let lang = &edition.language.code;
            jobs.push((format!("{lang}/index.html"), "home.html", Job::Home(edition)));
            if with_cards {
                jobs.push((format!("{lang}/cards/index.html"), "cards.html", Job::Cards(edition)));
            }
            while let Some(planned) = pages.next_if(|p| &p.edition.language.code == lang) {
                let template = if planned.page.page.is_index() {
                    "campaign.html"
                } else {
                    "page.html"
                };
                jobs.push((planned.html.clone(), template, Job::Page(planned)));
            }
        }
        let previous = reuse::Reuse::load(context.previous, MANIFEST);
        let inputs = Inputs::new(context);
        let (made, reused) = reuse::run(
            context,
            sink,
            (Output::Site, MANIFEST),
            &jobs,
            |(path, template, job)| {
                let hash = inputs.hash(path, job);
                if let Some(bytes) = hash.as_ref().and_then(|h| previous.get(path, h, b"<!DOCTYPE html>")) {
                    return Ok(Made {
                        file: OutputFile::new(path.clone(), bytes),
                        hash,
                        fresh: false,
                    });
                }
                let html = match job {
                    Job::Chooser => tera.render(template, &context::chooser(site, main)),
                    Job::NotFound => tera.render(template, &context::not_found(site, main)),
                    Job::Home(edition) => tera.render(template, &context::home(context, edition)),
                    Job::Cards(edition) => tera.render(template, &context::cards_page(context, edition)),
                    Job::Page(planned) => tera.render(template, &context::page(context, planned)),
                }?;
                Ok(Made {
                    file: OutputFile::new(path.clone(), tidy(&html)),
                    hash,
                    fresh: true,
                })
            },
        )?;
        let put = |path: String, bytes: crate::load::Blob| -> Result<(), RenderError> {
            sink.put(OutputFile::new(path, bytes)).map_err(RenderError::from)
        };
        put("sitemap.xml".into(), sitemap::sitemap(site).into())?;
        put("robots.txt".into(), sitemap::robots(site).into())?;
        for (rel, bytes) in context.theme.files_under("static") {
            put(format!("static/{rel}"), bytes.clone())?;
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
                put(format!("assets/{}/{rel}", campaign.slug), bytes.clone())?;
            }
        }
        Ok(Rendered {
            summary: Some(crate::msg!("render-site", made = made, reused = reused)),
            made,
            reused,
        })
    }
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

/// A template failure as a diagnostic.
impl From<templates::TemplateError> for Diagnostic {
    fn from(error: templates::TemplateError) -> Self {
        error.0
    }
}
