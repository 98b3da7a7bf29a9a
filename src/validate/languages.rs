//! Project languages: BCP 47 codes, unique, with fallback chains that end.

use std::path::Path;

use super::at;
use crate::diag::Diagnostics;
use crate::load::ProjectConfig;
use crate::messages::Message;
use crate::msg;
use crate::project::{Direction, Language, walk_fallbacks};

pub fn check(config: &ProjectConfig, path: &Path, diagnostics: &mut Diagnostics) -> Vec<Language> {
    let mut languages: Vec<Language> = Vec::new();
    if config.languages.value.is_empty() {
        diagnostics.push(at(path, &config.languages, msg!("languages-empty")).with_hint(msg!("languages-empty-hint")));
    }
    for lang in &config.languages.value {
        let code = &lang.code.value;
        if let Err(why) = check_code(code) {
            diagnostics.push(
                at(
                    path,
                    &lang.code,
                    msg!("language-code-invalid", code = code, reason = why),
                )
                .with_hint(msg!("language-code-invalid-hint")),
            );
            continue;
        }
        if super::names::is_windows_reserved(code) {
            diagnostics.push(
                at(path, &lang.code, msg!("windows-reserved-language", code = code))
                    .with_hint(msg!("windows-reserved-language-hint", code = code)),
            );
            continue;
        }
        if languages.iter().any(|l| &l.code == code) {
            diagnostics.push(at(path, &lang.code, msg!("language-twice", code = code)).with_hint(msg!("keep-one")));
            continue;
        }
        languages.push(Language {
            code: code.clone(),
            name: lang.name.clone(),
            fallback: lang.fallback.as_ref().map(|f| f.value.clone()),
            direction: Direction::of(code),
        });
    }
    for lang in &config.languages.value {
        let Some(fallback) = &lang.fallback else {
            continue;
        };
        if !languages.iter().any(|l| l.code == fallback.value) {
            let codes = languages.iter().map(|l| l.code.as_str());
            diagnostics.push(
                at(path, fallback, msg!("fallback-unknown", code = &fallback.value)).with_hint(
                    match crate::diag::suggest(&fallback.value, codes.clone()) {
                        Some(best) => msg!("did-you-mean", name = best),
                        None => msg!("use-one-of", codes = codes.collect::<Vec<_>>().join(", ")),
                    },
                ),
            );
        } else if let Some(cycle) = cycle_from(&languages, &lang.code.value) {
            diagnostics.push(
                at(path, fallback, msg!("fallback-circle", chain = cycle.join(" → ")))
                    .with_hint(msg!("fallback-circle-hint")),
            );
        }
    }
    languages
}

/// The chain from `code` if it returns to a language already seen.
fn cycle_from(languages: &[Language], code: &str) -> Option<Vec<String>> {
    let (mut chain, again) = walk_fallbacks(languages, code);
    chain.push(again?);
    Some(chain)
}

/// A pragmatic BCP 47 check: language (2–3 lowercase letters), then optional script (4 letters),
/// region (2 letters or 3 digits) and variants.
pub fn check_code(code: &str) -> Result<(), Message> {
    let mut parts = code.split('-');
    let primary = parts.next().unwrap_or("");
    if !(2..=3).contains(&primary.len()) || !primary.chars().all(|c| c.is_ascii_lowercase()) {
        return Err(msg!("language-code-primary"));
    }
    for part in parts {
        let ok = match part.len() {
            2 => part.chars().all(|c| c.is_ascii_alphabetic()),
            3 => part.chars().all(|c| c.is_ascii_digit()),
            4 => part.chars().all(|c| c.is_ascii_alphabetic()) || part.starts_with(|c: char| c.is_ascii_digit()),
            5..=8 => part.chars().all(|c| c.is_ascii_alphanumeric()),
            _ => false,
        };
        if !ok {
            return Err(msg!("language-code-subtag"));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::check_code;

    #[test]
    fn language_codes() {
        for ok in ["es", "en", "quc", "mam", "es-GT", "zh-Hant", "es-419", "pa-Arab"] {
            assert!(check_code(ok).is_ok(), "{ok}");
        }
        for bad in ["", "e", "ES", "spanish", "es_GT", "es-", "es-G", "static", "assets"] {
            assert!(check_code(bad).is_err(), "{bad}");
        }
    }
}
