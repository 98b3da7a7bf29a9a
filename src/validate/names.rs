//! Names that become parts of web addresses and file names: campaign folders, page files and
//! assets. The output is copied to Windows computers and FAT USB sticks, so names Windows
//! reserves, and names that differ only in case (one file on Windows and macOS), are refused.

use std::collections::BTreeMap;
use std::path::Path;

use unicode_normalization::UnicodeNormalization;

use crate::diag::{Diagnostic, Diagnostics};
use crate::messages::Message;
use crate::msg;

/// Lowercase ASCII letters, digits, `-` and `_`, starting with a letter or digit: safe in a URL,
/// on a USB stick and on every file system.
pub fn is_slug(name: &str) -> bool {
    name.starts_with(|c: char| c.is_ascii_lowercase() || c.is_ascii_digit())
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
}

/// A URL-safe version of a name, for the hint: accents and other scripts transliterated
/// (after Unicode normalization, so a name saved with decomposed accents reads the same),
/// everything else between words a `-`.
pub fn suggest_slug(name: &str) -> String {
    let composed: String = name.nfc().collect();
    let ascii = deunicode::deunicode(&composed).to_ascii_lowercase();
    let mut out = String::new();
    for c in ascii.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

/// Whether Windows refuses a file or folder of this name (`con`, `nul.md`, `LPT1.tar.gz`):
/// the part before the first dot is a device name, in any case.
pub fn is_windows_reserved(name: &str) -> bool {
    let stem = name.split('.').next().unwrap_or("").trim_end().to_ascii_lowercase();
    match stem.as_str() {
        "con" | "prn" | "aux" | "nul" => true,
        _ => ["com", "lpt"].iter().any(|device| {
            stem.strip_prefix(device)
                .is_some_and(|n| matches!(n, "1" | "2" | "3" | "4" | "5" | "6" | "7" | "8" | "9" | "¹" | "²" | "³"))
        }),
    }
}

/// An error for the first part of `rel` (a `/`-separated path, in the folder `path` is in)
/// that Windows reserves, if any.
pub fn check_windows_name(path: &Path, rel: &str, diagnostics: &mut Diagnostics) {
    if let Some(reserved) = rel.split('/').find(|part| is_windows_reserved(part)) {
        let device = reserved.split('.').next().unwrap_or(reserved);
        diagnostics.push(
            Diagnostic::error(path, 0, 0, msg!("windows-reserved-name", name = device))
                .with_hint(msg!("windows-reserved-name-hint", name = reserved)),
        );
    }
}

/// Errors for paths (`/`-separated, relative to `dir`) that differ only in upper and lower
/// case, in a file or a folder name: one would replace the other on Windows and macOS.
pub fn check_case_collisions<'a>(dir: &Path, paths: impl IntoIterator<Item = &'a str>, diagnostics: &mut Diagnostics) {
    // Lowercase prefix (`fotos`, `fotos/a.png`) → the first spelling seen.
    let mut seen: BTreeMap<String, &str> = BTreeMap::new();
    for path in paths {
        let mut end = 0;
        for part in path.split('/') {
            end += part.len();
            let prefix = &path[..end];
            end += 1;
            match seen.get(&prefix.to_lowercase()) {
                Some(first) if *first != prefix => {
                    diagnostics.push(
                        Diagnostic::error(
                            dir.join(prefix),
                            0,
                            0,
                            msg!(
                                "case-collision",
                                first = display(dir, first),
                                second = display(dir, prefix)
                            ),
                        )
                        .with_hint(msg!("case-collision-hint")),
                    );
                    break;
                }
                Some(_) => {}
                None => {
                    seen.insert(prefix.to_lowercase(), prefix);
                }
            }
        }
    }
}

/// The one of `names` that is `wanted` in another case (`logo.svg` for `Logo.svg`), for a hint:
/// Linux, where sites are built and served, tells them apart.
pub fn in_another_case<'a>(wanted: &str, names: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let lower = wanted.to_lowercase();
    names
        .into_iter()
        .find(|name| *name != wanted && name.to_lowercase() == lower)
}

/// The hint for a name written in the wrong case.
pub fn case_hint(right: &str) -> Message {
    msg!("case-hint", name = right)
}

/// `dir/rel` as messages show it, from the campaign folder: `assets/Foto.png`.
fn display(dir: &Path, rel: &str) -> String {
    let last = dir
        .file_name()
        .map_or(String::new(), |n| n.to_string_lossy().to_string());
    format!("{last}/{rel}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs() {
        assert!(is_slug("senales-de-fraude"));
        assert!(!is_slug("Señales"));
        assert_eq!(suggest_slug("Señales de Fraude"), "senales-de-fraude");
    }

    #[test]
    fn windows_reserved_names() {
        for name in [
            "con",
            "CON",
            "nul.md",
            "aux",
            "prn.txt",
            "com1",
            "COM9.tar.gz",
            "lpt1",
            "lpt³",
            "con ",
        ] {
            assert!(is_windows_reserved(name), "{name}");
        }
        for name in ["console", "com", "com0", "com10", "lpt", "contacto.md", "nula", "a.con"] {
            assert!(!is_windows_reserved(name), "{name}");
        }
    }

    #[test]
    fn case_collisions_name_both_spellings() {
        let mut diagnostics = Diagnostics::default();
        let paths = ["Foto.png", "foto.png", "Fotos/a.png", "fotos/b.png", "otra.png"];
        check_case_collisions(Path::new("c/assets"), paths, &mut diagnostics);
        let messages: Vec<String> = diagnostics.iter().map(|d| d.message.english()).collect();
        assert_eq!(messages.len(), 2, "{messages:?}");
        assert!(
            messages[0].starts_with("`assets/Foto.png` and `assets/foto.png`"),
            "{messages:?}"
        );
        assert!(
            messages[1].starts_with("`assets/Fotos` and `assets/fotos`"),
            "{messages:?}"
        );
    }

    #[test]
    fn decomposed_accents_are_suggested_like_composed_ones() {
        // "mi página" as macOS saves it: `a` followed by a combining acute accent.
        assert_eq!(suggest_slug("mi pa\u{301}gina"), "mi-pagina");
        assert_eq!(suggest_slug("Ñandú"), "nandu");
    }
}
