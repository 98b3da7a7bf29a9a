//! How long a text message is, counted as a phone network counts it: in the GSM 03.38 alphabet
//! (7 bits a character, 160 in one message; each of `€ [ ] { } \ ~ ^ |` and the form feed takes
//! two, an escape and itself), or, as soon as one character is not in that alphabet, in UCS-2
//! (UTF-16: 70 units in one message; a character outside the Basic Multilingual Plane, an emoji,
//! takes two). `¿`, `¡`, `ñ`, `é` and `ü` are in GSM; `á`, `í`, `ó` and `ú` are not.

/// The alphabet of GSM 03.38: every character of its basic table.
const BASIC: &str = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?\
                     ¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

/// The characters of its extension table, each sent as an escape and itself.
const EXTENSION: &str = "\u{c}^{}\\[~]|€";

/// The largest message that is sent as one, in the units of its encoding.
pub const GSM_LIMIT: usize = 160;
pub const UCS2_LIMIT: usize = 70;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Gsm,
    Ucs2,
}

/// A text's length as a network counts it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Length {
    pub encoding: Encoding,
    /// Septets (GSM) or UTF-16 units (UCS-2).
    pub units: usize,
    /// What one message holds in this encoding.
    pub limit: usize,
    /// The first character that is not in the GSM alphabet, which made it UCS-2.
    pub outside_gsm: Option<char>,
}

impl Length {
    pub fn fits(&self) -> bool {
        self.units <= self.limit
    }
}

/// How many units `c` takes in GSM 03.38, if it is in that alphabet.
fn gsm_units(c: char) -> Option<usize> {
    if BASIC.contains(c) {
        Some(1)
    } else if EXTENSION.contains(c) {
        Some(2)
    } else {
        None
    }
}

pub fn measure(text: &str) -> Length {
    match text.chars().find(|c| gsm_units(*c).is_none()) {
        None => Length {
            encoding: Encoding::Gsm,
            units: text.chars().filter_map(gsm_units).sum(),
            limit: GSM_LIMIT,
            outside_gsm: None,
        },
        Some(outside) => Length {
            encoding: Encoding::Ucs2,
            units: text.encode_utf16().count(),
            limit: UCS2_LIMIT,
            outside_gsm: Some(outside),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_gsm_boundary_is_160_and_161() {
        let at = measure(&"a".repeat(160));
        assert_eq!((at.encoding, at.units, at.fits()), (Encoding::Gsm, 160, true));
        let over = measure(&"a".repeat(161));
        assert_eq!((over.units, over.fits()), (161, false));
    }

    #[test]
    fn the_ucs2_boundary_is_70_and_71() {
        let at = measure(&format!("ó{}", "a".repeat(69)));
        assert_eq!(
            (at.encoding, at.units, at.limit, at.fits()),
            (Encoding::Ucs2, 70, 70, true)
        );
        assert_eq!(at.outside_gsm, Some('ó'));
        assert!(!measure(&format!("ó{}", "a".repeat(70))).fits());
    }

    #[test]
    fn each_escape_character_counts_two() {
        for c in ['€', '[', ']', '{', '}', '\\', '~', '^', '|'] {
            let text = format!("{c}{}", "a".repeat(158));
            let length = measure(&text);
            assert_eq!((length.encoding, length.units), (Encoding::Gsm, 160), "{c}");
            assert!(length.fits());
            assert!(!measure(&format!("{c}{c}{}", "a".repeat(157))).fits(), "{c}");
        }
    }

    #[test]
    fn spanish_marks_and_emoji() {
        assert_eq!(
            measure("¿Te ofrecieron un viaje? ¡Cuidado! Señal: ü").encoding,
            Encoding::Gsm
        );
        assert_eq!(measure("información").outside_gsm, Some('ó'));
        let emoji = measure("Alerta 🚨");
        assert_eq!(
            (emoji.encoding, emoji.units),
            (Encoding::Ucs2, 9),
            "an emoji is two units"
        );
    }
}
