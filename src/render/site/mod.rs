//! The website: Tera templates of the theme, filled with the data of [`context`].

pub mod context;
mod sitemap;
pub mod urls;

use rayon::prelude::*;
use serde_json::Value;
use tera::{Context, Tera};

use super::{OutputFile, Renderer};
use crate::diag::{Diagnostic, Diagnostics};
use crate::localize::Site;
use crate::theme::Theme;

pub struct SiteRenderer;

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

        let mut jobs: Vec<(String, &str, Value)> = vec![
            ("index.html".into(), "chooser.html", context::chooser(site, main)),
            ("404.html".into(), "404.html", context::not_found(site, main)),
        ];
        // The cards this build makes, so pages can name their preview image.
        let plan = if site.outputs.contains(&"cards") {
            crate::render::cards::plan(site, theme)
        } else {
            Vec::new()
        };
        let cards_of = |lang: &str, campaign: &str, slug: &str| -> Vec<&crate::render::cards::Card> {
            plan.iter()
                .filter(|c| c.lang == lang && c.campaign == campaign && c.slug == slug)
                .collect()
        };
        for edition in &site.editions {
            let lang = &edition.language.code;
            jobs.push((
                format!("{lang}/index.html"),
                "home.html",
                context::home(site, edition, !plan.is_empty()),
            ));
            if !plan.is_empty() {
                jobs.push((
                    format!("{lang}/cards/index.html"),
                    "cards.html",
                    context::cards_page(site, edition, &plan),
                ));
            }
            for campaign in &edition.campaigns {
                for page in &campaign.pages {
                    let dir = urls::page_dir(lang, &campaign.campaign.slug, &page.page.slug);
                    let template = if page.page.is_index() {
                        "campaign.html"
                    } else {
                        "page.html"
                    };
                    jobs.push((
                        format!("{dir}index.html"),
                        template,
                        context::page(
                            site,
                            edition,
                            campaign,
                            page,
                            &cards_of(lang, &campaign.campaign.slug, &page.page.slug),
                        ),
                    ));
                }
            }
        }
        // Parallel, but collected in job order: the output does not depend on thread timing.
        let rendered: Vec<Result<OutputFile, Diagnostic>> = jobs
            .into_par_iter()
            .map(|(path, template, data)| {
                let context = Context::from_serialize(&data).map_err(|e| template_error(theme, template, &e))?;
                let html = tera
                    .render(template, &context)
                    .map_err(|e| template_error(theme, template, &e))?;
                Ok(OutputFile::new(path, tidy(&html)))
            })
            .collect();
        let mut files = Vec::new();
        let mut diagnostics = Diagnostics::default();
        for result in rendered {
            match result {
                Ok(file) => files.push(file),
                Err(d) => diagnostics.push(d),
            }
        }
        if diagnostics.has_errors() {
            return Err(diagnostics);
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
