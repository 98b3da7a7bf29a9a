//! Contacts: phone numbers checked against the numbering plan of their country (libphonenumber's
//! metadata, through the `rlibphonenumber` crate): the country code exists, the number has the
//! length and the prefix of real numbers there, and `country` names that country. Numbers are
//! shown the way that country writes them (`+502 5555 0100`, `+504 9999-0000`).

use rlibphonenumber::{NumberLengthType, PHONE_NUMBER_UTIL, PhoneNumber, PhoneNumberFormat, PhoneNumberType, Region};

use crate::messages::Message;
use crate::msg;

/// A checked phone number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Phone {
    /// `+50255550100`, for `tel:` and WhatsApp links.
    pub e164: String,
    /// `+502 5555 0100`: grouped as its country writes it.
    pub display: String,
    /// The country the number belongs to (ISO 3166: `GT`).
    pub country: String,
}

/// Reads libphonenumber's metadata on a thread of its own, once per process, while the sources
/// load: the first number checked waits for it otherwise (about 10 ms, with every campaign's
/// check behind it).
pub fn prepare() {
    static STARTED: std::sync::Once = std::sync::Once::new();
    STARTED.call_once(|| {
        std::thread::spawn(|| PHONE_NUMBER_UTIL.get_supported_regions().len());
    });
}

/// Checks a number written in international form; the error says why it is not a real number.
pub fn phone(text: &str) -> Result<Phone, Message> {
    let compact: String = text
        .chars()
        .filter(|c| !matches!(c, ' ' | '-' | '.' | '(' | ')' | '\u{a0}'))
        .collect();
    let digits = compact.strip_prefix('+').ok_or_else(|| msg!("phone-no-plus"))?;
    if digits.is_empty() || !digits.chars().all(|c| c.is_ascii_digit()) || digits.starts_with('0') {
        return Err(msg!("phone-not-digits"));
    }
    let Ok(number) = PHONE_NUMBER_UTIL.parse(&compact, None) else {
        // All digits and still not a number: no country has its code, or too few digits follow.
        return Err(match calling_code(digits) {
            Some((code, rest, region)) => why_invalid(code, rest, &region.to_string()),
            None => msg!("phone-unknown-code"),
        });
    };
    // A code shared by several countries (`+1`) names the one whose numbers this is; a number
    // that fits none of them is judged by the code's main country.
    let Some(region) = number
        .get_region_code()
        .or_else(|| PHONE_NUMBER_UTIL.get_region_for_country_code(number.country_code))
        .filter(|r| *r != Region::World)
    else {
        return Err(msg!("phone-unknown-code"));
    };
    let country = region.to_string();
    if !number.is_valid() {
        let length = number.get_national_significant_number().len();
        return Err(why_invalid(number.country_code, length, &country));
    }
    Ok(Phone {
        e164: number.format_as(PhoneNumberFormat::E164).into_owned(),
        display: number.format_as(PhoneNumberFormat::International).into_owned(),
        country,
    })
}

/// Too short, too long, or a prefix that no number of the country has.
fn why_invalid(code: i32, length: usize, country: &str) -> Message {
    // The lengths of numbers people call: fixed lines and mobiles (short service numbers aside),
    // asked of the numbering plan one length at a time (national numbers have at most 17 digits).
    let lengths: Vec<usize> = (1..=17u32)
        .filter(|&digits| {
            let probe = PhoneNumber {
                country_code: code,
                national_number: 10u64.pow(digits - 1),
                ..PhoneNumber::default()
            };
            [PhoneNumberType::FixedLine, PhoneNumberType::Mobile]
                .into_iter()
                .any(|kind| {
                    PHONE_NUMBER_UTIL.is_possible_number_for_type_with_reason(&probe, kind)
                        == Ok(NumberLengthType::IsPossible)
                })
        })
        .map(|digits| digits as usize)
        .collect();
    match lengths.iter().find(|l| **l > length) {
        _ if lengths.contains(&length) || lengths.is_empty() => {
            msg!("phone-bad-prefix", country = country, code = code)
        }
        Some(digits) => msg!("phone-too-short", country = country, code = code, digits = *digits),
        None => msg!(
            "phone-too-long",
            country = country,
            code = code,
            digits = lengths[lengths.len() - 1]
        ),
    }
}

/// The country calling code `digits` start with (codes are 1 to 3 digits, and none is the start
/// of another), how many digits follow it, and its main country.
fn calling_code(digits: &str) -> Option<(i32, usize, Region)> {
    (1..=3.min(digits.len())).find_map(|len| {
        let code: i32 = digits[..len].parse().ok()?;
        let region = PHONE_NUMBER_UTIL
            .get_region_for_country_code(code)
            .filter(|r| *r != Region::World)?;
        Some((code, digits.len() - len, region))
    })
}

/// Whether `code` is an ISO 3166 country code that has phone numbers (`GT`, `HN`, `US`).
pub fn is_country_code(code: &str) -> bool {
    code.len() == 2
        && code.bytes().all(|b| b.is_ascii_uppercase())
        && Region::from_code(code).is_ok_and(|r| PHONE_NUMBER_UTIL.get_country_code_for_region(r).is_some())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn real_numbers_of_the_region_pass_and_are_grouped_the_national_way() {
        for (text, country, display) in [
            ("+502 5555 0100", "GT", "+502 5555 0100"),
            ("+50222111000", "GT", "+502 2211 1000"),
            ("+504 2222 3333", "HN", "+504 2222-3333"),
            ("+504 9999 0000", "HN", "+504 9999-0000"),
            ("+503 7000 0000", "SV", "+503 7000 0000"),
            ("+503 5555 0100", "SV", "+503 5555 0100"),
            ("+52 55 1234 5678", "MX", "+52 55 1234 5678"),
            ("+1 202 555 0143", "US", "+1 202-555-0143"),
        ] {
            let phone = phone(text).unwrap_or_else(|e| panic!("{text}: {e}"));
            assert_eq!(
                (phone.country.as_str(), phone.display.as_str()),
                (country, display),
                "{text}"
            );
        }
    }

    #[test]
    fn numbers_that_cannot_exist_say_why() {
        assert_eq!(phone("+502 5555 010").unwrap_err().id, "phone-too-short");
        assert_eq!(phone("+502 5555 01000").unwrap_err().id, "phone-too-long");
        assert_eq!(phone("+504 5555 0100").unwrap_err().id, "phone-bad-prefix");
        assert_eq!(phone("+999 1234 5678").unwrap_err().id, "phone-unknown-code");
        assert_eq!(phone("5555 0100").unwrap_err().id, "phone-no-plus");
        assert_eq!(phone("+502 5555 0100 ext 3").unwrap_err().id, "phone-not-digits");
        assert!(phone("+502 5555 010").unwrap_err().english().contains("8 digits"));
    }

    #[test]
    fn a_real_country_code_with_the_wrong_number_of_digits_is_not_called_unknown() {
        // The `phonenumber` crate failed to parse these and they were reported as unknown codes.
        for (text, id, digits) in [
            ("+44 1071", "phone-too-short", "9 digits"),
            ("+502 1", "phone-too-short", "8 digits"),
            ("+1 1425", "phone-too-short", "10 digits"),
            ("+7 681195774586", "phone-too-long", "10 digits"),
        ] {
            let error = phone(text).unwrap_err();
            assert_eq!(error.id, id, "{text}");
            assert!(error.english().contains(digits), "{text}: {}", error.english());
        }
    }

    #[test]
    fn country_codes() {
        assert!(is_country_code("GT") && is_country_code("MX"));
        assert!(!is_country_code("XX") && !is_country_code("Guatemala") && !is_country_code("gt"));
    }
}
