//! Stage 2, **validate**: typed sources → a checked [`Project`], every problem collected.
//!
//! Project settings and languages (`languages`), campaigns with their colours and contacts
//! (`campaign`, `colors`, `contacts`), pages (`pages`), links between pages (`links`) and the
//! project's `static/` files (`static_files`).

mod campaign;
mod contacts;
mod images;
mod languages;
mod links;
pub mod names;
mod pages;
mod static_files;
mod translations;
mod voices;

pub use contacts::prepare as prepare_phone_numbers;
pub use names::{is_slug, suggest_slug};
pub use pages::{MAX_CHAT_CHARS, MAX_SUMMARY_CHARS};

use std::path::{Path, PathBuf};

use crate::diag::{Diagnostic, Diagnostics, suggest};
use crate::load::yaml::{self, Spanned};
use crate::load::{Localized, Sources};
use crate::msg;
use crate::project::{Date, Project};

/// The default page budget: 150 KB at 360 px wide, images included.
pub const DEFAULT_PAGE_KB: u32 = 150;

/// What validation needs to know besides the sources.
#[derive(Debug, Clone)]
pub struct Settings<'c> {
    /// Replaces `base_url` from altavoz.yaml (`--base-url`).
    pub base_url: Option<String>,
    /// "Today", for review-date warnings.
    pub today: Date,
    /// What earlier checks of this process read from page bodies (`serve`, `edit`).
    pub cache: Option<&'c crate::load::Cache>,
}

/// Checks everything; returns the project when nothing is wrong enough to stop the build.
pub fn validate(sources: &Sources, settings: &Settings, diagnostics: &mut Diagnostics) -> Option<Project> {
    let config = sources.project.as_ref()?;
    let path = Path::new("altavoz.yaml");
    let languages = languages::check(config, path, diagnostics);
    let base_url = check_base_url(settings.base_url.as_deref(), &config.base_url, path, diagnostics);
    check_localized(&config.title, &languages, path, "title", diagnostics);
    let theme = config.theme.as_ref().map_or("default".to_string(), |t| t.value.clone());
    if let Some(spanned) = &config.theme
        && theme != "default"
        && !sources.themes.contains_key(&theme)
    {
        diagnostics.push(at(path, spanned, msg!("theme-not-found", theme = &theme)).with_hint(
            match suggest(&theme, sources.themes.keys().map(String::as_str).chain(["default"])) {
                Some(best) => msg!("did-you-mean", name = best),
                None => msg!("theme-not-found-hint", theme = &theme),
            },
        ));
    }
    let output = config
        .output
        .as_ref()
        .map_or(PathBuf::from("public"), |o| PathBuf::from(&o.value));
    let static_files = static_files::check(&sources.static_files, &languages, diagnostics);
    // Campaigns are checked in parallel, each with diagnostics of its own, gathered in order.
    let checked: Vec<_> = {
        use rayon::prelude::*;
        sources
            .campaigns
            .par_iter()
            .map(|source| {
                let mut own = Diagnostics::default();
                (campaign::check(source, &languages, settings, &mut own), own)
            })
            .collect()
    };
    let mut campaigns = Vec::new();
    for (campaign, own) in checked {
        diagnostics.extend(own);
        campaigns.extend(campaign);
    }
    if languages.is_empty() {
        return None;
    }
    let page_budget = config
        .budget
        .as_ref()
        .and_then(|b| b.page_kb.as_ref())
        .map_or(DEFAULT_PAGE_KB, |kb| {
            if kb.value == 0 {
                diagnostics.push(at(path, kb, msg!("budget-zero")).with_hint(msg!("budget-zero-hint")));
            }
            kb.value
        });
    Some(Project {
        page_budget: u64::from(page_budget) * 1024,
        title: config.title.value.clone(),
        base_url: base_url?,
        languages,
        theme,
        output,
        campaigns,
        static_files,
    })
}

fn check_base_url(
    override_url: Option<&str>,
    configured: &Spanned<String>,
    path: &Path,
    diagnostics: &mut Diagnostics,
) -> Option<String> {
    let url = override_url.unwrap_or(&configured.value);
    let normalized = normalize_base_url(url);
    if normalized.is_none() && override_url.is_none() {
        diagnostics
            .push(at(path, configured, msg!("base-url-invalid", url = url)).with_hint(msg!("base-url-invalid-hint")));
    }
    normalized
}

/// An absolute http(s) address without query or fragment, ending in `/`.
pub fn normalize_base_url(url: &str) -> Option<String> {
    let url = url.trim();
    let valid = (url.starts_with("https://") || url.starts_with("http://"))
        && url
            .split("://")
            .nth(1)
            .is_some_and(|rest| !rest.is_empty() && !rest.starts_with('/'))
        && !url.contains(char::is_whitespace)
        && !url.contains(['"', '<', '>', '\'', '\\', '?', '#']);
    valid.then(|| {
        if url.ends_with('/') {
            url.to_string()
        } else {
            format!("{url}/")
        }
    })
}

/// A per-language text must name project languages only.
fn check_localized(
    value: &Spanned<Localized>,
    languages: &[crate::project::Language],
    path: &Path,
    key: &str,
    diagnostics: &mut Diagnostics,
) {
    if let Localized::PerLanguage(map) = &value.value {
        for code in map.keys() {
            if !languages.iter().any(|l| &l.code == code) {
                let codes = languages.iter().map(|l| l.code.as_str());
                let hint = match suggest(code, codes.clone()) {
                    Some(best) => msg!("did-you-mean", name = best),
                    None => msg!("project-languages", codes = codes.collect::<Vec<_>>().join(", ")),
                };
                diagnostics
                    .push(at(path, value, msg!("localized-unknown-language", key = key, code = code)).with_hint(hint));
            }
        }
        if map.is_empty() {
            diagnostics.push(at(path, value, msg!("value-empty", key = key)));
        }
    }
}

/// An error at a spanned YAML value of a file whose YAML starts on line 1.
fn at<T>(path: &Path, spanned: &Spanned<T>, message: impl Into<crate::messages::Message>) -> Diagnostic {
    at_line(path, spanned, 1, message)
}

/// An error at a spanned YAML value whose YAML starts on line `first_line` of the file.
fn at_line<T>(
    path: &Path,
    spanned: &Spanned<T>,
    first_line: usize,
    message: impl Into<crate::messages::Message>,
) -> Diagnostic {
    if spanned.is_reported() {
        // Missing or wrong, and reported as such when it was read.
        return Diagnostic::error(path, 0, 0, crate::msg!("follows"));
    }
    let (line, col) = yaml::position(&spanned.referenced, first_line);
    Diagnostic::error(path, line, col, message)
}
