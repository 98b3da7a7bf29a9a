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
    diagnostics: &mut Diagnostics,
) {
    // The current hash of each source page that has translations, computed once.
    let mut hashes: HashMap<String, Option<String>> = HashMap::new();
    for i in 0..pages.len() {
        if pages[i].lang == source_language {
            continue;
        }
        let rel = pages[i].rel.clone();
        let hash = hashes
            .entry(rel.clone())
            .or_insert_with(|| {
                pages
                    .iter()
                    .find(|p| p.lang == source_language && p.rel == rel)
                    .map(|p| Content::of(p).hash())
            })
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
        let spanned = source
            .pages
            .iter()
            .find(|p| p.path == page.path)
            .and_then(|p| p.front.translated_from.as_ref());
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
