//! Links between pages must name a page of the same language (or of its fallbacks) and, with
//! `#id`, a heading of it; images must come from the campaign's assets.

use std::collections::{HashMap, HashSet};

use crate::diag::{Diagnostic, Diagnostics, line_col};
use crate::links::Target;
use crate::load::CampaignSource;
use crate::markdown;
use crate::project::Page;

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
    for page in pages {
        for link in &page.links {
            let (line, col) = line_col_in(page, link.offset);
            let error = |message: String, hint: &str| Diagnostic::error(&page.path, line, col, message).with_hint(hint);
            match &link.target {
                Target::External if link.is_image => diagnostics.push(error(
                    format!("the image `{}` is on another website", link.dest),
                    "readers pay for every byte and must not be tracked: copy the image into assets/",
                )),
                Target::External => {
                    if !markdown::is_allowed_scheme(&link.dest) {
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
                    if !own.is_some_and(|ids| ids.contains(id)) {
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
                        .any(|l| source.broken_pages.contains(&(l.clone(), rel.to_string())));
                    let target = langs.iter().find_map(|l| anchors.get(&(l.as_str(), rel.clone())));
                    match target {
                        None if broken => {}
                        None => {
                            let pages = langs
                                .iter()
                                .flat_map(|l| anchors.keys().filter(move |(lang, _)| lang == l))
                                .map(|(_, r)| r.as_str());
                            let hint = match super::names::in_another_case(rel, pages) {
                                Some(right) => super::names::case_hint(right),
                                None => "check the file name; links are relative to this page's folder".to_string(),
                            };
                            diagnostics.push(error(
                                format!("link to a missing page: {}/{rel} does not exist", page.lang),
                                &hint,
                            ))
                        }
                        Some(ids) => {
                            if let Some(id) = anchor.as_ref().filter(|id| !id.is_empty() && !ids.contains(*id)) {
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
                    if !source.assets.contains_key(rel) {
                        let hint = match super::names::in_another_case(rel, source.assets.keys().map(String::as_str)) {
                            Some(right) => super::names::case_hint(&format!("assets/{right}")),
                            None => "put the file in the campaign's assets/ folder".to_string(),
                        };
                        diagnostics.push(error(format!("`assets/{rel}` does not exist"), &hint));
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
fn line_col_in(page: &Page, body_offset: usize) -> (usize, usize) {
    let (line, col) = line_col(&page.body, body_offset);
    (line + page.body_line - 1, col)
}
