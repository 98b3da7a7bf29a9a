//! Contacts: phone numbers in E.164 (so `tel:` and WhatsApp links work from any country).

/// `+502 5555 0100` → `+50255550100` when it is E.164 once spaces (and `-`, `.`, `(`, `)`) are
/// removed: a `+`, then 8 to 15 digits not starting with 0.
pub fn e164(text: &str) -> Option<String> {
    let compact: String = text
        .chars()
        .filter(|c| !matches!(c, ' ' | '-' | '.' | '(' | ')' | '\u{a0}'))
        .collect();
    let digits = compact.strip_prefix('+')?;
    let ok = (8..=15).contains(&digits.len()) && digits.chars().all(|c| c.is_ascii_digit()) && !digits.starts_with('0');
    ok.then_some(compact)
}

/// ISO 3166-1 alpha-2 shape: two uppercase letters.
pub fn is_country_code(text: &str) -> bool {
    text.len() == 2 && text.chars().all(|c| c.is_ascii_uppercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn e164_numbers() {
        assert_eq!(e164("+502 5555 0100").as_deref(), Some("+50255550100"));
        assert_eq!(e164("+1 (555) 010-0199").as_deref(), Some("+15550100199"));
        for bad in [
            "5555 0100",
            "+0502 5555",
            "+502 55",
            "+502 5555 0100 ext 3",
            "tel:+50255550100",
            "+1234567890123456",
        ] {
            assert_eq!(e164(bad), None, "{bad}");
        }
    }
}
