//! Names that become parts of web addresses and file names: campaign folders and page files.

use unicode_normalization::UnicodeNormalization;

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
    fn decomposed_accents_are_suggested_like_composed_ones() {
        // "mi página" as macOS saves it: `a` followed by a combining acute accent.
        assert_eq!(suggest_slug("mi pa\u{301}gina"), "mi-pagina");
        assert_eq!(suggest_slug("Ñandú"), "nandu");
    }
}
