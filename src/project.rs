//! The checked project: what `validate` hands to the later stages. Every value here has been
//! validated, so renderers never need to report content errors of their own.

use std::collections::BTreeMap;
use std::path::PathBuf;

pub use crate::load::{CardFormat, CardSetting, Localized, PageKind};

#[derive(Debug)]
pub struct Project {
    pub title: Localized,
    /// Absolute, ends with `/`.
    pub base_url: String,
    /// In display order; the first is the default language.
    pub languages: Vec<Language>,
    pub theme: String,
    /// The output folder as configured (relative to the project root unless absolute).
    pub output: PathBuf,
    pub campaigns: Vec<Campaign>,
}

impl Project {
    pub fn default_language(&self) -> &Language {
        &self.languages[0]
    }

    pub fn language(&self, code: &str) -> Option<&Language> {
        self.languages.iter().find(|l| l.code == code)
    }

    /// `code`, then its fallbacks in order. Validation guarantees the chain ends.
    pub fn fallback_chain(&self, code: &str) -> Vec<String> {
        let mut chain = vec![code.to_string()];
        let mut current = self.language(code).and_then(|l| l.fallback.clone());
        while let Some(next) = current {
            if chain.contains(&next) {
                break;
            }
            current = self.language(&next).and_then(|l| l.fallback.clone());
            chain.push(next);
        }
        chain
    }

    /// The chain used for texts such as names and UI strings: the fallback chain, then the
    /// project's default language.
    pub fn text_chain(&self, code: &str) -> Vec<String> {
        let mut chain = self.fallback_chain(code);
        let default = &self.default_language().code;
        if !chain.contains(default) {
            chain.push(default.clone());
        }
        chain
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    Ltr,
    Rtl,
}

impl Direction {
    /// Text direction follows from the language's primary subtag (or an Arabic/Hebrew script subtag).
    pub fn of(code: &str) -> Direction {
        const RTL: &[&str] = &[
            "ar", "arc", "ckb", "dv", "fa", "he", "ks", "ku-arab", "pa-arab", "ps", "sd", "syr", "ug", "ur", "yi",
        ];
        let lower = code.to_ascii_lowercase();
        let primary = lower.split('-').next().unwrap_or("");
        let rtl_script = lower.split('-').any(|s| matches!(s, "arab" | "hebr" | "syrc" | "thaa"));
        if RTL.contains(&primary) || rtl_script {
            Direction::Rtl
        } else {
            Direction::Ltr
        }
    }
}

#[derive(Debug, Clone)]
pub struct Language {
    pub code: String,
    pub name: String,
    pub fallback: Option<String>,
    pub direction: Direction,
}

#[derive(Debug)]
pub struct Campaign {
    pub slug: String,
    pub name: Localized,
    pub tagline: Option<Localized>,
    pub source_language: String,
    /// Languages this campaign is published in, in project order.
    pub languages: Vec<String>,
    pub colors: Colors,
    /// Path inside `assets/`.
    pub logo: Option<String>,
    pub review_every_days: u32,
    pub contacts: Vec<Contact>,
    /// Card formats of the campaign's pages (a page's `card:` can narrow or disable them).
    pub card_formats: Vec<CardFormat>,
    /// Every page of every language, sorted by (language, slug).
    pub pages: Vec<Page>,
    pub assets: BTreeMap<String, Vec<u8>>,
}

impl Campaign {
    pub fn page(&self, lang: &str, slug: &str) -> Option<&Page> {
        self.pages.iter().find(|p| p.lang == lang && p.slug == slug)
    }
}

#[derive(Debug, Clone)]
pub struct Colors {
    pub primary: String,
    pub accent: String,
}

#[derive(Debug)]
pub struct Contact {
    pub label: Localized,
    /// As written, for display (`+502 5555 0100`) and as E.164 for links.
    pub phone: Option<(String, String)>,
    /// E.164 without the `+`, as `wa.me` wants it.
    pub whatsapp: Option<String>,
    pub hours: Option<Localized>,
    pub country: Option<String>,
}

#[derive(Debug, Clone)]
pub struct Page {
    pub lang: String,
    /// URL path inside the campaign: `""` for the landing page, `tips/wifi` for `tips/wifi.md`.
    pub slug: String,
    /// Path in the language folder: `index.md`, `tips/wifi.md`.
    pub rel: String,
    /// Project-relative source path.
    pub path: PathBuf,
    pub title: String,
    pub summary: String,
    pub kind: PageKind,
    pub myth: Option<String>,
    pub fact: Option<String>,
    pub order: i64,
    pub reviewed: Option<Date>,
    pub reviewed_by: Option<String>,
    pub sources: Vec<(String, Option<String>)>,
    pub card: Option<CardSetting>,
    pub handout: bool,
    pub draft: bool,
    pub translated_from: Option<String>,
    pub body: String,
    /// Line of the source file on which the body starts.
    pub body_line: usize,
}

impl Page {
    pub fn is_index(&self) -> bool {
        self.slug.is_empty()
    }

    /// The card formats of this page: the campaign's, or the page's own list from
    /// `card: { formats }` (which replaces the campaign's), or none with `card: false`.
    pub fn card_formats(&self, campaign: &[CardFormat]) -> Vec<CardFormat> {
        match &self.card {
            Some(CardSetting::Enabled(false)) => Vec::new(),
            Some(CardSetting::Custom(custom)) => match &custom.formats {
                Some(formats) => CardFormat::ALL.into_iter().filter(|f| formats.contains(f)).collect(),
                None => campaign.to_vec(),
            },
            _ => campaign.to_vec(),
        }
    }

    /// The card's headline: `card.headline`, else the title.
    pub fn card_headline(&self) -> &str {
        match &self.card {
            Some(CardSetting::Custom(custom)) => custom.headline.as_deref().unwrap_or(&self.title),
            _ => &self.title,
        }
    }
}

impl Localized {
    /// The text for the first language of `chain` that has one (any text if none does).
    pub fn get(&self, chain: &[String]) -> &str {
        match self {
            Localized::Text(text) => text,
            Localized::PerLanguage(map) => chain
                .iter()
                .find_map(|code| map.get(code))
                .or_else(|| map.values().next())
                .map_or("", String::as_str),
        }
    }

    /// The language the text for `chain` is actually written in (`None` for a single text).
    pub fn language_of<'a>(&'a self, chain: &'a [String]) -> Option<&'a str> {
        match self {
            Localized::Text(_) => None,
            Localized::PerLanguage(map) => chain.iter().find(|c| map.contains_key(*c)).map(String::as_str),
        }
    }
}

/// A calendar date (proleptic Gregorian), enough for review dates without a date crate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

impl Date {
    /// Parses `YYYY-MM-DD`, rejecting impossible dates such as `2026-02-30`.
    pub fn parse(text: &str) -> Option<Date> {
        let mut parts = text.trim().splitn(3, '-');
        let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
        if y.len() != 4 || m.len() != 2 || d.len() != 2 {
            return None;
        }
        let date = Date {
            year: y.parse().ok()?,
            month: m.parse().ok()?,
            day: d.parse().ok()?,
        };
        let leap = (date.year % 4 == 0 && date.year % 100 != 0) || date.year % 400 == 0;
        let days_in_month = match date.month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return None,
        };
        (1..=days_in_month).contains(&date.day).then_some(date)
    }

    /// Days since 1970-01-01 (Howard Hinnant's `days_from_civil`).
    pub fn days(self) -> i64 {
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date of a Unix timestamp (UTC).
    pub fn from_unix(seconds: i64) -> Date {
        let z = seconds.div_euclid(86_400) + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Date { year, month, day }
    }
}

impl std::fmt::Display for Date {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_parse_and_round_trip() {
        assert_eq!(Date::parse("2026-02-29"), None);
        assert_eq!(Date::parse("2024-02-29").unwrap().to_string(), "2024-02-29");
        assert_eq!(Date::parse("26-1-1"), None);
        let d = Date::parse("2026-11-22").unwrap();
        assert_eq!(Date::from_unix(d.days() * 86_400 + 3600), d);
        assert_eq!(Date::parse("1970-01-01").unwrap().days(), 0);
    }

    #[test]
    fn direction_follows_the_language_code() {
        assert_eq!(Direction::of("ar"), Direction::Rtl);
        assert_eq!(Direction::of("fa"), Direction::Rtl);
        assert_eq!(Direction::of("ur"), Direction::Rtl);
        assert_eq!(Direction::of("he"), Direction::Rtl);
        assert_eq!(Direction::of("es"), Direction::Ltr);
        assert_eq!(Direction::of("quc"), Direction::Ltr);
        assert_eq!(Direction::of("pa-Arab"), Direction::Rtl);
    }
}
