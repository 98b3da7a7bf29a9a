//! The website: Tera templates of the theme, filled with the data of [`data`].

mod body;
pub(crate) mod body_html;
mod body_images;
pub mod budget;
mod channels;
pub mod data;
mod inputs;
pub mod pack;
mod picture;
mod sitemap;
mod templates;

use super::reuse::{self, Made};
use super::{Context, Output, OutputFile, RenderError, Rendered, Renderer, Sink};
use crate::diag::Diagnostic;
use crate::localize::Edition;
use crate::render::plan::PlannedPage;
use data::Flavour;
use inputs::Inputs;

pub use body_html::sanitize;

/// The website, made with its own options: how pages are weighed, and whether each language
/// gets its offline pack.
pub struct SiteRenderer<'a> {
    pub weighing: Weighing,
    /// With `build --pack`: the files this build made in its earlier steps, to pack with the
    /// pages (the handouts).
    pub pack: Option<&'a dyn super::Previous>,
}

/// What a build says of each page's weight.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Weighing {
    /// Nothing (a preview, for speed).
    Skip,
    /// The pages that may break the budget, exactly; the others only as below it (`build`).
    OverBudget,
    /// Every page exactly (`check` prints them).
    Exact,
}

/// Hashes of each page's inputs, to reuse the pages a change did not touch.
pub const MANIFEST: &str = ".altavoz-site.json";

/// One document of the website.
pub enum WebJob<'a, 's, 'p> {
    Chooser,
    NotFound,
    Home(&'s Edition<'p>),
    Cards(&'s Edition<'p>),
    Page(&'a PlannedPage<'s, 'p>),
}

impl Renderer for SiteRenderer<'_> {
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
        let mut jobs: Vec<(String, &str, WebJob)> = vec![
            ("index.html".into(), "chooser.html", WebJob::Chooser),
            ("404.html".into(), "404.html", WebJob::NotFound),
        ];
        let mut pages = context.plan.pages.iter().peekable();
        for edition in &site.editions {
            let lang = &edition.language.code;
            jobs.push((format!("{lang}/index.html"), "home.html", WebJob::Home(edition)));
            // The share page: every page's chat message, and its cards when the build makes them.
            jobs.push((format!("{lang}/cards/index.html"), "cards.html", WebJob::Cards(edition)));
            while let Some(planned) = pages.next_if(|p| &p.edition.language.code == lang) {
                let template = if planned.page.page.is_index() {
                    "campaign.html"
                } else {
                    "page.html"
                };
                jobs.push((planned.html.clone(), template, WebJob::Page(planned)));
            }
        }
        let picture::Pictures {
            made: pictures_made,
            reused: pictures_reused,
            files: picture_files,
        } = picture::put_all(context, sink)?;
        // Every other file pages may load: the theme's static files and the campaigns' assets
        // (photos are published only as the processed copies above, never the originals).
        let mut files: Vec<(String, crate::load::Blob)> = context
            .theme
            .files_under("static")
            .map(|(rel, bytes)| (format!("static/{rel}"), bytes.clone()))
            .collect();
        let mut campaigns: Vec<_> = site
            .editions
            .iter()
            .flat_map(|e| e.campaigns.iter().map(|c| c.campaign))
            .collect();
        campaigns.sort_by(|a, b| a.slug.cmp(&b.slug));
        campaigns.dedup_by(|a, b| a.slug == b.slug);
        for campaign in campaigns {
            for (rel, bytes) in &campaign.assets {
                // A recording (by its bytes, whatever its name) only ever as a voice note.
                if !campaign.pictures.contains_key(rel)
                    && !crate::url::is_recording(rel)
                    && !crate::audio::is_recording(bytes)
                {
                    files.push((format!("assets/{}/{rel}", campaign.slug), bytes.clone()));
                }
            }
            // Recordings only as the voice notes of pages this build makes: rebuilt with
            // nothing but their audio.
            for (rel, voice) in &campaign.voices {
                if let Some(path) = context.plan.voices.get(&(campaign.slug.clone(), rel.clone())) {
                    files.push((path.clone(), crate::load::Blob::from(voice.bytes.clone())));
                }
            }
        }
        // What pages cost readers; a preview skips it for speed.
        let measure = self.weighing != Weighing::Skip;
        let mut sizes = budget::Sizes::default();
        if measure {
            for (path, bytes) in files.iter().chain(&picture_files) {
                sizes.add(path, bytes);
            }
        }
        // The offline packs first: each language's home page links its pack, with its size.
        let mut packs = std::collections::BTreeMap::new();
        if let Some(built) = self.pack {
            use rayon::prelude::*;
            let made: Vec<_> = site
                .editions
                .par_iter()
                .map(|edition| {
                    pack::make(context, built, &tera, edition, &files, &picture_files).map(|zip| (edition, zip))
                })
                .collect();
            for result in made {
                let (edition, zip) = result?;
                let lang = edition.language.code.as_str();
                let path = pack::path(lang);
                packs.insert(
                    lang,
                    data::PackLink {
                        // The home page is in the language's folder, beside its pack.
                        href: path.rsplit('/').next().unwrap_or_default().to_string(),
                        label: edition.ui.format("pack_download", &[("size", &pack::size(zip.len()))]),
                        bytes: zip.len(),
                    },
                );
                sink.put(OutputFile::new(path, zip))?;
            }
        }
        let precision = if self.weighing == Weighing::Exact {
            budget::Precision::Exact
        } else {
            budget::Precision::Budget(site.project.page_budget)
        };
        let weights = std::sync::Mutex::new(Vec::new());
        let weigh = |path: &str, job: &WebJob, html: &[u8]| {
            // The share page is a tool for communicators, not a page for readers on prepaid
            // data: it lists every page's message, and is as long as the campaigns are.
            if !measure || matches!(job, WebJob::Cards(_)) {
                return;
            }
            let weight = budget::weigh(path, &String::from_utf8_lossy(html), &sizes, precision);
            let source = match job {
                WebJob::Page(planned) => planned.page.page.path.clone(),
                _ => context.theme.display_path(job_template(job)).into(),
            };
            weights
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner)
                .push((weight, source));
        };
        let previous = reuse::Reuse::load(context.previous, MANIFEST);
        let inputs = Inputs::new(site, context.theme);
        // A document is reused when the hash of its data is the one of the previous build.
        let make = |path: &String, template: &str, job: &WebJob, lang: &str| -> Result<Made, Diagnostic> {
            let done = |hash: String, bytes: crate::load::Blob, fresh: bool| {
                weigh(path, job, &bytes);
                Made {
                    file: OutputFile::new(path.clone(), bytes),
                    hash: Some(hash),
                    fresh,
                }
            };
            // Reused when its inputs hash as last time, else made: the hash first, as the
            // page's data is given up to make it.
            macro_rules! document {
                ($hash:expr, $render:expr) => {{
                    let hash = $hash;
                    match previous.get(path, &hash, b"<!DOCTYPE html>") {
                        Some(bytes) => Ok(done(hash, bytes, false)),
                        None => Ok(done(hash, tidy(&$render?).into(), true)),
                    }
                }};
            }
            let no_body = None::<&()>;
            match job {
                WebJob::Chooser => {
                    let data = data::chooser(context, main, Flavour::Online);
                    document!(
                        inputs.hash(path, template, lang, &data, no_body),
                        tera.render(template, &data)
                    )
                }
                WebJob::NotFound => {
                    let data = data::not_found(site, main, context.theme);
                    document!(
                        inputs.hash(path, template, lang, &data, no_body),
                        tera.render(template, &data)
                    )
                }
                WebJob::Home(edition) => {
                    let pack = packs.get(edition.language.code.as_str()).cloned();
                    let data = data::home(context, edition, Flavour::Online, pack);
                    document!(
                        inputs.hash(path, template, lang, &data, no_body),
                        tera.render(template, &data)
                    )
                }
                WebJob::Cards(edition) => {
                    let data = data::cards_page(context, edition);
                    document!(
                        inputs.hash(path, template, lang, &data, no_body),
                        tera.render(template, &data)
                    )
                }
                WebJob::Page(planned) => {
                    let page = data::page(context, planned, Flavour::Online);
                    document!(
                        inputs.hash(path, template, lang, &page.data, Some(&page.body)),
                        tera.render(template, &page.into_data())
                    )
                }
            }
        };
        // The sitemap (every address of the site) is written beside the pages.
        let (run, sitemap) = rayon::join(
            || {
                reuse::run(
                    context,
                    sink,
                    (Output::Site, MANIFEST),
                    &jobs,
                    |(path, template, job)| make(path, template, job, job_lang(job, main)),
                )
            },
            || sitemap::sitemap(site),
        );
        let (made, reused) = run?;
        let put = |path: String, bytes: crate::load::Blob| -> Result<(), RenderError> {
            sink.put(OutputFile::new(path, bytes)).map_err(RenderError::from)
        };
        // Each page's chat message, and each campaign's text messages for a bulk-SMS tool.
        for (path, bytes) in channels::files(site) {
            put(path, bytes)?;
        }
        put("sitemap.xml".into(), sitemap.into())?;
        put("robots.txt".into(), sitemap::robots(site).into())?;
        for (path, bytes) in files {
            put(path, bytes)?;
        }
        // The project's own files (CNAME, .well-known/, favicon), as they are.
        for (rel, bytes) in &site.project.static_files {
            put(rel.clone(), bytes.clone())?;
        }
        let mut weights = weights.into_inner().unwrap_or_else(std::sync::PoisonError::into_inner);
        weights.sort_by(|a, b| a.0.page.cmp(&b.0.page));
        let mut warnings = crate::diag::Diagnostics::default();
        for (weight, source) in &weights {
            for warning in weight.warnings(source, site.project.page_budget) {
                warnings.push(warning);
            }
        }
        let mut summary = crate::msg!("render-site", made = made, reused = reused);
        if pictures_made + pictures_reused > 0 {
            let more = crate::msg!("render-pictures", made = pictures_made, reused = pictures_reused);
            summary = crate::msg!("render-more", first = summary, more = more);
        }
        if !packs.is_empty() {
            let sizes: Vec<String> = packs
                .iter()
                .map(|(lang, pack)| format!("{} {}", pack::path(lang), pack::size(pack.bytes)))
                .collect();
            let more = crate::msg!("render-packs", packs = sizes.join(", "));
            summary = crate::msg!("render-more", first = summary, more = more);
        }
        Ok(Rendered {
            summary: Some(summary),
            made,
            reused,
            warnings,
            weights: weights.into_iter().map(|(w, _)| w).collect(),
        })
    }
}

/// The language a document is in.
fn job_lang<'s>(job: &WebJob<'_, 's, '_>, main: &'s crate::localize::Edition) -> &'s str {
    match job {
        WebJob::Chooser | WebJob::NotFound => &main.language.code,
        WebJob::Home(edition) | WebJob::Cards(edition) => &edition.language.code,
        WebJob::Page(planned) => &planned.edition.language.code,
    }
}

/// The template of a document that is not a campaign page.
fn job_template(job: &WebJob) -> &'static str {
    match job {
        WebJob::Chooser => "chooser.html",
        WebJob::NotFound => "404.html",
        WebJob::Home(_) => "home.html",
        WebJob::Cards(_) => "cards.html",
        WebJob::Page(_) => "page.html",
    }
}

/// Drops the blank lines template tags leave behind: smaller pages, same meaning. Text whose
/// spaces and lines show (`<pre>`, a chat message in a `<textarea>`) is kept as it is.
fn tidy(html: &str) -> String {
    const KEPT: [(&str, &str); 2] = [("<pre", "</pre>"), ("<textarea", "</textarea>")];
    let mut out = String::with_capacity(html.len());
    // Most pages have neither: one search instead of two for every line.
    if !KEPT.iter().any(|(open, _)| html.contains(open)) {
        for line in html.lines().map(str::trim_end).filter(|line| !line.is_empty()) {
            out.push_str(line);
            out.push('\n');
        }
        return out;
    }
    let mut kept: Option<&str> = None;
    for line in html.lines() {
        if kept.is_none() {
            kept = KEPT
                .iter()
                .find(|(open, _)| line.contains(open))
                .map(|(_, close)| *close);
        }
        if kept.is_some() || !line.trim().is_empty() {
            out.push_str(if kept.is_some() { line } else { line.trim_end() });
            out.push('\n');
        }
        if kept.is_some_and(|close| line.contains(close)) {
            kept = None;
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

#[cfg(test)]
mod tests {
    #[test]
    fn tidy_drops_blank_lines_and_trailing_spaces_but_not_inside_pre() {
        let page = "<main>  \n\n   \n<p>a</p>\t\n<pre>  x  \n\n  y</pre>\n\n<p>b</p>\n";
        assert_eq!(
            super::tidy(page),
            "<main>\n<p>a</p>\n<pre>  x  \n\n  y</pre>\n<p>b</p>\n"
        );
        let chat = "<p>a</p>\n\n<textarea readonly>*T*\n\n• x\n</textarea>\n\n<p>b</p>\n";
        assert_eq!(
            super::tidy(chat),
            "<p>a</p>\n<textarea readonly>*T*\n\n• x\n</textarea>\n<p>b</p>\n"
        );
        let plain = "<main>  \n\n   \n<p>a</p>\t\n\n<p>b</p>";
        assert_eq!(super::tidy(plain), "<main>\n<p>a</p>\n<p>b</p>\n");
    }
}
