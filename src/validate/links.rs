//! Links between pages are written as relative `.md` paths; each must name a page of the same
//! language (and, with `#id`, a heading of it). Images must come from the campaign's assets.

use std::collections::{HashMap, HashSet};

use crate::diag::{Diagnostic, Diagnostics, line_col};
use crate::load::CampaignSource;
use crate::project::Page;
use crate::render::markdown;

/// How a link destination in a page body is to be read.
#[derive(Debug, PartialEq, Eq)]
pub enum Target {
    /// `https://…`, `mailto:…`, `tel:…`: left as written (sanitized later).
    External,
    /// `#id` on the same page.
    Anchor(String),
    /// Another page: its path in the language folder (`tips/wifi.md`) and an optional anchor.
    Page(String, Option<String>),
    /// A file of the campaign's `assets/` (path inside `assets/`).
    Asset(String),
    /// Something that cannot be resolved, with the reason.
    Invalid(String),
}

/// Resolves `dest`, written in the page at `page_rel` (`tips/wifi.md`) of a language folder.
pub fn resolve(page_rel: &str, dest: &str) -> Target {
    let dest = dest.trim();
    if dest.is_empty() {
        return Target::Invalid("the link has no target".into());
    }
    if let Some(id) = dest.strip_prefix('#') {
        return Target::Anchor(id.to_string());
    }
    let has_scheme = dest.split_once(':').is_some_and(|(scheme, _)| {
        !scheme.is_empty() && scheme.chars().all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
    });
    if has_scheme || dest.starts_with("//") {
        return Target::External;
    }
    if dest.starts_with('/') {
        return Target::Invalid("links inside the campaign must be relative, like `other-page.md`".into());
    }
    let (path, anchor) = match dest.split_once('#') {
        Some((p, a)) => (p, Some(a.to_string())),
        None => (dest, None),
    };
    let path = path.split('?').next().unwrap_or(path);
    // A malformed escape is kept as written: the page it names will not be found.
    let path = crate::render::site::urls::percent_decode(path).unwrap_or_else(|| path.to_string());
    // Segments relative to the campaign folder: the page sits in `<lang>/<page_rel>`.
    let mut segments: Vec<&str> = vec!["<lang>"];
    segments.extend(page_rel.split('/'));
    segments.pop();
    for part in path.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                if segments.pop().is_none() {
                    return Target::Invalid("the link leaves the campaign folder".into());
                }
            }
            other => segments.push(other),
        }
    }
    match segments.first() {
        Some(&"<lang>") if path.ends_with(".md") => Target::Page(segments[1..].join("/"), anchor),
        Some(&"<lang>") => {
            Target::Invalid("links to pages end in `.md`; other files belong in the campaign's assets/ folder".into())
        }
        Some(&"assets") if segments.len() > 1 => Target::Asset(segments[1..].join("/")),
        _ => Target::Invalid("the link points outside the language folder and assets/".into()),
    }
}

/// `chain` gives a language's fallback chain: a link may point to a page that the language
/// shows from a fallback language.
pub fn check(
    source: &CampaignSource,
    pages: &[Page],
    chain: &dyn Fn(&str) -> Vec<String>,
    diagnostics: &mut Diagnostics,
) {
    // (language, path in the language folder) → the ids of the page's headings and footnotes.
    let mut anchors: HashMap<(&str, String), HashSet<String>> = HashMap::new();
    for page in &source.pages {
        anchors.insert((&page.lang, page.rel.clone()), markdown::anchors(&page.body));
    }
    let built: HashSet<&std::path::Path> = pages.iter().map(|p| p.path.as_path()).collect();
    for page in &source.pages {
        if !built.contains(page.path.as_path()) {
            continue;
        }
        let links = markdown::links(&page.body);
        if links.is_empty() {
            continue;
        }
        for link in links {
            let (line, col) = line_col_in(page, link.offset);
            let error = |message: String, hint: &str| Diagnostic::error(&page.path, line, col, message).with_hint(hint);
            match resolve(&page.rel, &link.dest) {
                Target::External if link.is_image => diagnostics.push(error(
                    format!("the image `{}` is on another website", link.dest),
                    "readers pay for every byte and must not be tracked: copy the image into assets/",
                )),
                Target::External => {
                    let lower = link.dest.trim().to_ascii_lowercase();
                    let scheme = lower.split(':').next().unwrap_or("");
                    if !markdown::LINK_SCHEMES.contains(&scheme) {
                        diagnostics.push(
                            Diagnostic::warning(
                                &page.path,
                                line,
                                col,
                                format!("the link `{}` will be removed", link.dest),
                            )
                            .with_hint("only https:, http:, mailto:, tel: and sms: links are kept"),
                        );
                    }
                }
                Target::Anchor(id) => {
                    let own = anchors.get(&(page.lang.as_str(), page.rel.clone()));
                    if !own.is_some_and(|ids| ids.contains(&id)) {
                        diagnostics.push(error(
                            format!("no heading with id `{id}` on this page"),
                            "check the spelling, or give the heading an id: `## Title {#id}`",
                        ));
                    }
                }
                Target::Page(rel, anchor) => {
                    let langs = chain(&page.lang);
                    let broken = langs
                        .iter()
                        .any(|l| source.broken_pages.contains(&(l.clone(), rel.clone())));
                    let target = langs.iter().find_map(|l| anchors.get(&(l.as_str(), rel.clone())));
                    match target {
                        None if broken => {}
                        None => diagnostics.push(error(
                            format!("link to a missing page: {}/{rel} does not exist", page.lang),
                            "check the file name; links are relative to this page's folder",
                        )),
                        Some(ids) => {
                            if let Some(id) = anchor.filter(|id| !id.is_empty() && !ids.contains(id)) {
                                diagnostics.push(error(
                                    format!(
                                        "link to a missing heading: {}/{rel} has no heading with id `{id}`",
                                        page.lang
                                    ),
                                    "check the spelling, or give the heading an id: `## Title {#id}`",
                                ));
                            }
                        }
                    }
                }
                Target::Asset(rel) => {
                    if !source.assets.contains_key(&rel) {
                        diagnostics.push(error(
                            format!("assets/{rel} does not exist"),
                            "put the file in the campaign's assets/ folder",
                        ));
                    }
                }
                Target::Invalid(why) => diagnostics.push(error(
                    format!("cannot follow the link `{}`: {why}", link.dest),
                    "write links to other pages as `other-page.md`",
                )),
            }
        }
    }
}

/// File position of an offset in a page's body.
fn line_col_in(page: &crate::load::PageSource, body_offset: usize) -> (usize, usize) {
    let (line, col) = line_col(&page.body, body_offset);
    (line + page.body_line - 1, col)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resolves_relative_links() {
        assert_eq!(resolve("index.md", "otra.md"), Target::Page("otra.md".into(), None));
        assert_eq!(
            resolve("tips/a.md", "b.md#x"),
            Target::Page("tips/b.md".into(), Some("x".into()))
        );
        assert_eq!(
            resolve("tips/a.md", "../index.md"),
            Target::Page("index.md".into(), None)
        );
        assert_eq!(resolve("a.md", "../assets/foto.jpg"), Target::Asset("foto.jpg".into()));
        assert_eq!(resolve("a.md", "https://iom.int"), Target::External);
        assert_eq!(resolve("a.md", "JavaScript:alert(1)"), Target::External);
        assert_eq!(resolve("a.md", "#top"), Target::Anchor("top".into()));
        assert!(matches!(resolve("a.md", "../../../etc/passwd"), Target::Invalid(_)));
        assert!(matches!(resolve("a.md", "/es/x.md"), Target::Invalid(_)));
        assert!(matches!(resolve("a.md", "foto.png"), Target::Invalid(_)));
        assert_eq!(
            resolve("a.md", "mi%20p%C3%A1gina.md"),
            Target::Page("mi página.md".into(), None)
        );
    }
}
