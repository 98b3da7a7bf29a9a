//! Translations against their source pages: up to date (made from the source as it is now),
//! outdated (the source changed since) or unknown (no `translated_from`). Outdated and unknown
//! translations are warnings, or errors where the campaign says `outdated: error`.

use std::collections::HashMap;

use super::at_line;
use crate::diag::{Diagnostic, Diagnostics};
use crate::load::CampaignSource;
use crate::messages::Message;
use crate::msg;
use crate::project::{Outdated, Page, TranslationState};
use crate::translatable::Content;

pub fn check(
    source: &CampaignSource,
    pages: &mut [Page],
    source_language: &str,
    policy: Outdated,
    cache: Option<&crate::load::Cache>,
    diagnostics: &mut Diagnostics,
) {
    // The current hash of each source page that has translations, computed once.
    let mut hashes: HashMap<String, Option<String>> = HashMap::new();
    let sources: HashMap<String, usize> = pages
        .iter()
        .enumerate()
        .filter(|(_, p)| p.lang == source_language)
        .map(|(i, p)| (p.rel.clone(), i))
        .collect();
    // Where each file's `translated_from` is written, to point at it.
    let spans: HashMap<&std::path::Path, _> = source
        .pages
        .iter()
        .filter_map(|p| Some((p.path.as_path(), p.front.translated_from.as_ref()?)))
        .collect();
    for i in 0..pages.len() {
        if pages[i].lang == source_language {
            continue;
        }
        let rel = pages[i].rel.clone();
        let hash = hashes
            .entry(rel.clone())
            .or_insert_with(|| sources.get(&rel).map(|&i| content_hash(&pages[i], cache)))
            .clone();
        let Some(hash) = hash else { continue }; // no source: reported with the page
        let page = &mut pages[i];
        let state = match &page.translated_from {
            None => TranslationState::Unknown,
            Some(from) if *from == hash => TranslationState::UpToDate,
            Some(_) => TranslationState::Outdated,
        };
        page.translation = Some(state);
        if page.draft {
            continue; // work in progress: the translator knows
        }
        let spanned = spans.get(page.path.as_path()).copied();
        let at = |message: Message| match spanned {
            Some(value) => at_line(&page.path, value, 2, message),
            None => Diagnostic::error(&page.path, 0, 0, message),
        };
        let path = crate::diag::display_path(&page.path);
        match state {
            TranslationState::UpToDate => {}
            TranslationState::Unknown => diagnostics.push(
                Diagnostic::warning(&page.path, 0, 0, msg!("translation-unknown", lang = source_language)).with_hint(
                    msg!(
                        "translation-unknown-hint",
                        source = format!("{source_language}/{rel}"),
                        path = &path
                    ),
                ),
            ),
            TranslationState::Outdated => {
                let message = msg!("translation-outdated", lang = source_language);
                let hint = msg!("translation-outdated-hint", path = &path);
                diagnostics.push(match policy {
                    Outdated::Error => at(message).with_hint(msg!("translation-outdated-error-hint", path = &path)),
                    Outdated::Notice | Outdated::Source => {
                        let mut warning = at(message).with_hint(hint);
                        warning.severity = crate::diag::Severity::Warning;
                        warning
                    }
                });
            }
        }
    }
}

/// The hash of a source page's translatable content; in `serve` and `edit`, kept while the page
/// says the same (its blocks are a parse of its body).
fn content_hash(page: &Page, cache: Option<&crate::load::Cache>) -> String {
    struct Hash(String);
    let hash = || Hash(Content::of(page).hash());
    match cache {
        Some(cache) => {
            // Every field the content has, and the body: the same text, the same hash.
            let fields = Content::fields_of(page);
            let key = format!("{fields:?}\0{}", page.body);
            cache.derived(&page.path, &key, hash).0.clone()
        }
        None => hash().0,
    }
}
