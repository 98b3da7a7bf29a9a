//! Links between pages must name a page of the same language (or of its fallbacks) and, with
//! `#id`, a heading of it; images must come from the campaign's assets.

use std::cell::OnceCell;
use std::collections::{HashMap, HashSet};

use unicode_normalization::UnicodeNormalization;

use crate::diag::{Diagnostic, Diagnostics, line_col};
use crate::links::Target;
use crate::load::CampaignSource;
use crate::markdown;
use crate::messages::Message;
use crate::msg;
use crate::project::Page;

/// `chain` gives a language's fallback chain: a link may point to a page that the language
/// shows from a fallback language.
pub fn check(
    source: &CampaignSource,
    pages: &[Page],
    chain: &dyn Fn(&str) -> Vec<String>,
    diagnostics: &mut Diagnostics,
) {
    let anchors = Anchors::new(source);
    for page in pages {
        // Where a page's links lead to depends on its language's fallbacks, once per page.
        let langs = chain(&page.lang);
        for link in &page.links {
            // Placed only when there is a problem to place: counting lines is most of a check.
            let at = || line_col_in(page, link.offset);
            let error = |message: Message, hint: Message| {
                let (line, col) = at();
                Diagnostic::error(&page.path, line, col, message).with_hint(hint)
            };
            match &link.target {
                Target::External if link.is_image => diagnostics.push(error(
                    msg!("image-external", link = &link.dest),
                    msg!("image-external-hint"),
                )),
                Target::External => {
                    if !markdown::is_allowed_scheme(&link.dest) {
                        let (line, col) = at();
                        diagnostics.push(
                            Diagnostic::warning(&page.path, line, col, msg!("link-removed", link = &link.dest))
                                .with_hint(msg!("link-removed-hint")),
                        );
                    }
                }
                Target::Anchor(id) => {
                    if !anchors.has(&page.lang, &page.rel, id) {
                        diagnostics.push(error(msg!("anchor-missing", id = id), msg!("anchor-missing-hint")));
                    }
                }
                Target::Page(rel, anchor) => {
                    let broken = langs
                        .iter()
                        .any(|l| source.broken_pages.contains(&(l.clone(), rel.clone())));
                    let target = langs.iter().find(|l| anchors.has_page(l, rel));
                    match target {
                        None if broken => {}
                        None => {
                            let pages = source
                                .pages
                                .iter()
                                .filter(|p| langs.contains(&p.lang))
                                .map(|p| p.rel.as_str());
                            let message = msg!("link-missing-page", path = format!("{}/{rel}", page.lang));
                            let pages: Vec<&str> = pages.collect();
                            let hint = match super::names::in_another_case(rel, pages.iter().copied()) {
                                Some(right) => super::names::case_hint(right),
                                None => match nearest(rel, pages.iter().copied()) {
                                    Some(best) => msg!("link-did-you-mean", link = link_from(&page.rel, best)),
                                    None => msg!("link-missing-page-hint"),
                                },
                            };
                            diagnostics.push(error(message, hint));
                        }
                        Some(lang) => {
                            if let Some(id) = anchor
                                .as_ref()
                                .filter(|id| !id.is_empty() && !anchors.has(lang, rel, id))
                            {
                                diagnostics.push(error(
                                    msg!(
                                        "link-missing-heading",
                                        path = format!("{}/{rel}", page.lang),
                                        id = id.as_str()
                                    ),
                                    msg!("anchor-missing-hint"),
                                ));
                            }
                        }
                    }
                }
                Target::Asset(rel) => {
                    if !source.assets.contains_key(rel) {
                        let message = msg!("link-missing-asset", path = format!("assets/{rel}"));
                        let assets = || source.assets.keys().map(String::as_str);
                        let hint = match super::names::in_another_case(rel, assets()) {
                            Some(right) => super::names::case_hint(&format!("assets/{right}")),
                            None => match nearest(rel, assets()) {
                                Some(best) => msg!(
                                    "link-did-you-mean",
                                    link = link_from(&page.rel, &format!("../assets/{best}"))
                                ),
                                None => msg!("link-missing-asset-hint"),
                            },
                        };
                        diagnostics.push(error(message, hint));
                    }
                }
                Target::Invalid(why) => diagnostics.push(error(
                    msg!("link-invalid", link = &link.dest, reason = why.clone()),
                    msg!("link-invalid-hint"),
                )),
            }
        }
    }
}

/// The pages of a campaign, and the ids of their headings and footnotes, found when a link first
/// asks for one: most pages are never the target of a `#id`, and finding ids parses the page.
struct Anchors<'a> {
    /// (language, path in the language folder) → the page's place in `pages`.
    index: HashMap<(&'a str, &'a str), usize>,
    /// Each page's Markdown, and its ids once asked for.
    pages: Vec<(&'a str, OnceCell<HashSet<String>>)>,
}

impl<'a> Anchors<'a> {
    fn new(source: &'a CampaignSource) -> Self {
        let index = source
            .pages
            .iter()
            .enumerate()
            .map(|(i, page)| ((page.lang.as_str(), page.rel.as_str()), i))
            .collect();
        let pages = source.pages.iter().map(|page| (&*page.body, OnceCell::new())).collect();
        Anchors { index, pages }
    }

    fn has_page(&self, lang: &str, rel: &str) -> bool {
        self.index.contains_key(&(lang, rel))
    }

    /// Whether the page exists and has a heading or footnote `id`.
    fn has(&self, lang: &str, rel: &str, id: &str) -> bool {
        self.index.get(&(lang, rel)).is_some_and(|&i| {
            let (body, ids) = &self.pages[i];
            ids.get_or_init(|| markdown::anchors(body)).contains(id)
        })
    }
}

/// The file among `candidates` that `wanted` most likely meant: the same once accents, case,
/// `_`/`-` and a missing `.md` are set aside, else the closest spelling.
pub(super) fn nearest<'a>(wanted: &str, candidates: impl Iterator<Item = &'a str> + Clone) -> Option<&'a str> {
    let loose = |name: &str| {
        let composed: String = name.nfc().collect();
        deunicode::deunicode(&composed)
            .to_lowercase()
            .replace('_', "-")
            .trim_end_matches(".md")
            .to_string()
    };
    let key = loose(wanted);
    if let Some(same) = candidates.clone().find(|c| loose(c) == key) {
        return Some(same);
    }
    // A typo: close in spelling, once the `.md` they all share is set aside.
    candidates
        .map(|c| (strsim::jaro_winkler(&key, &loose(c)), c))
        .filter(|(score, _)| *score >= 0.85)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, c)| c)
}

/// The link to write in the page at `from` (`tips/a.md`) for the file at `to` (`tips/b.md`,
/// `../assets/x.jpg`), both relative to the language folder.
fn link_from(from: &str, to: &str) -> String {
    let depth = from.matches('/').count();
    let mut to_parts: Vec<&str> = to.split('/').collect();
    let from_parts: Vec<&str> = from.split('/').take(depth).collect();
    let mut common = 0;
    while common < from_parts.len() && common + 1 < to_parts.len() && from_parts[common] == to_parts[common] {
        common += 1;
    }
    to_parts.drain(..common);
    format!("{}{}", "../".repeat(depth - common), to_parts.join("/"))
}

/// File position of an offset in a page's body.
fn line_col_in(page: &Page, body_offset: usize) -> (usize, usize) {
    let (line, col) = line_col(&page.body, body_offset);
    (line + page.body_line - 1, col)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nearest_page_ignores_accents_case_dashes_and_md() {
        let pages = ["senales-de-fraude.md", "index.md", "tips/wifi_seguro.md"];
        assert_eq!(
            nearest("señales-de-fraude.md", pages.iter().copied()),
            Some("senales-de-fraude.md")
        );
        assert_eq!(
            nearest("Senales_De_Fraude", pages.iter().copied()),
            Some("senales-de-fraude.md")
        );
        assert_eq!(
            nearest("tips/wifi-seguro.md", pages.iter().copied()),
            Some("tips/wifi_seguro.md")
        );
        assert_eq!(nearest("zzz.md", pages.iter().copied()), None);
        assert_eq!(
            nearest("senales-de-frade.md", pages.iter().copied()),
            Some("senales-de-fraude.md")
        );
        assert_eq!(nearest("no-existe.md", ["mixto.md", "index.md"].into_iter()), None);
    }

    #[test]
    fn links_are_suggested_relative_to_the_page() {
        assert_eq!(link_from("index.md", "senales.md"), "senales.md");
        assert_eq!(link_from("tips/a.md", "tips/b.md"), "b.md");
        assert_eq!(link_from("tips/a.md", "index.md"), "../index.md");
        assert_eq!(link_from("index.md", "../assets/foto.jpg"), "../assets/foto.jpg");
    }
}
