//! The checked project: what `validate` hands to the later stages. Every value here has been
//! validated, so renderers never need to report content errors of their own.

use std::collections::BTreeMap;
use std::path::PathBuf;

pub use crate::color::Color;
pub use crate::links::Target;
pub use crate::load::{Blob, CardFormat, CardSetting, Localized, Outdated, PageKind};

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
    /// The project's `static/` files, by path in the output: copied as they are.
    pub static_files: BTreeMap<String, Blob>,
    /// The most a page may transfer at 360 px wide, images included, in bytes.
    pub page_budget: u64,
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
        walk_fallbacks(&self.languages, code).0
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

/// Follows `code`'s `fallback:` links through `languages`: the chain, starting with `code`, and
/// the language it comes back to if the links go round in a circle.
pub fn walk_fallbacks(languages: &[Language], code: &str) -> (Vec<String>, Option<String>) {
    let mut chain = vec![code.to_string()];
    let fallback = |code: &str| {
        languages
            .iter()
            .find(|l| l.code == code)
            .and_then(|l| l.fallback.clone())
    };
    let mut next = fallback(code);
    while let Some(language) = next {
        if chain.contains(&language) {
            return (chain, Some(language));
        }
        next = fallback(&language);
        chain.push(language);
    }
    (chain, None)
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
    /// What readers get of an outdated translation.
    pub outdated: Outdated,
    pub contacts: Vec<Contact>,
    /// Card formats of the campaign's pages (a page's `card:` can narrow or disable them).
    pub card_formats: Vec<CardFormat>,
    /// Posters of its myth, tip and contacts pages (`posters: false` turns them off).
    pub posters: bool,
    /// The notice every document of the campaign carries, per language.
    pub notice: Option<Localized>,
    /// The line of `notice:` in campaign.yaml (0: none).
    pub notice_line: usize,
    /// Every page of every language, sorted by (language, slug).
    pub pages: Vec<Page>,
    /// `assets/`-relative path → bytes, shared (never copied) by every document that uses them.
    /// SVG drawings are the sanitized ones.
    pub assets: BTreeMap<String, Blob>,
    /// The size of every photo (JPEG, PNG, WebP) of `assets`, all readable: readers only ever
    /// get processed copies of them.
    pub pictures: BTreeMap<String, crate::imaging::Probe>,
    /// The voice notes its pages name, by path inside `assets/`, rebuilt without metadata:
    /// readers only ever get these, never the recordings as they were.
    pub voices: BTreeMap<String, std::sync::Arc<crate::audio::Voice>>,
}

impl Campaign {
    pub fn page(&self, lang: &str, slug: &str) -> Option<&Page> {
        let at = self
            .pages
            .binary_search_by(|p| (p.lang.as_str(), p.slug.as_str()).cmp(&(lang, slug)))
            .ok()?;
        self.pages.get(at)
    }

    /// The logo's bytes, if the campaign has one.
    pub fn logo_bytes(&self) -> Option<&Blob> {
        self.logo.as_ref().and_then(|l| self.assets.get(l))
    }
}

#[derive(Debug, Clone)]
pub struct Colors {
    pub primary: Color,
    pub accent: Color,
}

impl Default for Colors {
    fn default() -> Self {
        Colors {
            primary: Color::known(crate::color::DEFAULT_PRIMARY),
            accent: Color::known(crate::color::DEFAULT_ACCENT),
        }
    }
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
    /// The key points of a tip, a page or a contacts page (the first list's items), for its
    /// card and chat message.
    pub points: Vec<String>,
    pub myth: Option<String>,
    pub fact: Option<String>,
    pub order: i64,
    pub reviewed: Option<Date>,
    pub reviewed_by: Option<String>,
    pub sources: Vec<(String, Option<String>)>,
    pub card: Option<CardSetting>,
    pub handout: bool,
    /// Posters, for a myth, tip or contacts page (`poster: false` turns them off).
    pub poster: bool,
    /// Facilitator notes (Markdown), for the workshop slides' notes only.
    pub notes: Option<String>,
    /// The author's own chat message, instead of the one made from the page.
    pub chat: Option<String>,
    /// A text message (SMS), checked to fit one message.
    pub sms: Option<String>,
    /// A voice note: its path inside the campaign's `assets/`.
    pub audio: Option<String>,
    /// The line of each front-matter value that a later stage may report on.
    pub lines: FieldLines,
    pub draft: bool,
    pub translated_from: Option<String>,
    /// For a translation: whether it was made from the source page as it is now.
    pub translation: Option<TranslationState>,
    pub body: crate::load::Body,
    /// Every link and image of the body, in order, resolved once.
    pub links: Vec<PageLink>,
    /// Line of the source file on which the body starts.
    pub body_line: usize,
}

/// The lines (1-based, in the page file) of the front-matter values outputs may report on: a
/// text too long for a slide or a poster is shown where it is written. 0 where not written.
#[derive(Debug, Clone, Copy, Default)]
pub struct FieldLines {
    pub title: usize,
    pub summary: usize,
    pub myth: usize,
    pub fact: usize,
    pub notes: usize,
    pub audio: usize,
}

impl FieldLines {
    /// The line of the field `name` (as templates name it), 0 if it has none.
    pub fn of(&self, name: &str) -> usize {
        match name {
            "title" => self.title,
            "summary" | "points" => self.summary,
            "myth" => self.myth,
            "fact" => self.fact,
            "notes" => self.notes,
            _ => 0,
        }
    }
}

/// How a translation stands against its source page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TranslationState {
    /// Made from the source as it is now (`translated_from` matches).
    UpToDate,
    /// The source changed since (`translated_from` does not match).
    Outdated,
    /// It does not say what it was made from (no `translated_from`).
    Unknown,
}

/// A link or image of a page body and what it leads to.
#[derive(Debug, Clone)]
pub struct PageLink {
    pub dest: String,
    /// Byte offset in the body.
    pub offset: usize,
    pub is_image: bool,
    pub target: Target,
}

impl Page {
    pub fn is_index(&self) -> bool {
        self.slug.is_empty()
    }

    /// The path inside the campaign's `assets/` of its voice note (`audio: assets/voz.m4a`).
    pub fn audio_asset(&self) -> Option<&str> {
        self.audio.as_deref()?.trim_start_matches("./").strip_prefix("assets/")
    }

    /// What the link or image destination `dest` of the body leads to.
    pub fn link(&self, dest: &str) -> Option<&Target> {
        self.links.iter().find(|l| l.dest == dest).map(|l| &l.target)
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

    /// The photo behind the page's cards (`card: { image: assets/… }`), as written.
    pub fn card_image_source(&self) -> Option<&String> {
        match &self.card {
            Some(CardSetting::Custom(custom)) => custom.image.as_ref(),
            _ => None,
        }
    }

    /// The photo behind the page's cards, as a path inside `assets/`.
    pub fn card_image(&self) -> Option<&str> {
        self.card_image_source()
            .and_then(|image| image.trim().strip_prefix("assets/"))
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

/// A calendar date, as review dates are written (`2026-05-01`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date(time::Date);

impl Date {
    /// Parses `YYYY-MM-DD`, rejecting impossible dates such as `2026-02-30`.
    pub fn parse(text: &str) -> Option<Date> {
        let mut parts = text.trim().splitn(3, '-');
        let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
        let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
        if !(digits(y, 4) && digits(m, 2) && digits(d, 2)) {
            return None;
        }
        let month = time::Month::try_from(m.parse::<u8>().ok()?).ok()?;
        time::Date::from_calendar_date(y.parse().ok()?, month, d.parse().ok()?)
            .ok()
            .map(Date)
    }

    /// The date of a Unix timestamp (UTC).
    pub fn from_unix(seconds: i64) -> Date {
        let date =
            time::OffsetDateTime::from_unix_timestamp(seconds).map_or(time::Date::MIN, time::OffsetDateTime::date);
        Date(date)
    }

    /// Whole days from `earlier` to this date.
    pub fn days_since(self, earlier: Date) -> i64 {
        i64::from(self.0.to_julian_day() - earlier.0.to_julian_day())
    }

    pub fn year(self) -> i32 {
        self.0.year()
    }

    /// 1 to 12.
    pub fn month(self) -> u8 {
        self.0.month() as u8
    }

    pub fn day(self) -> u8 {
        self.0.day()
    }
}

impl std::fmt::Display for Date {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year(), self.month(), self.day())
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
        assert_eq!(Date::parse("2026-02-30"), None);
        let d = Date::parse("2026-11-22").unwrap();
        let epoch = Date::parse("1970-01-01").unwrap();
        assert_eq!(Date::from_unix(d.days_since(epoch) * 86_400 + 3600), d);
        assert_eq!(Date::from_unix(0), epoch);
        assert_eq!(d.days_since(Date::parse("2025-11-22").unwrap()), 365);
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
