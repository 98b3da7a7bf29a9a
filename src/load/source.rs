//! The shapes of `altavoz.yaml`, `campaign.yaml` and page front matter, as authors write them.
//! Unknown keys are refused here (`deny_unknown_fields`); meaning is checked in `validate`.

use std::collections::BTreeMap;

use serde::Deserialize;

use super::yaml::Spanned;

/// A text given once for every language, or per language: `{ es: "…", en: "…" }`.
#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
pub enum Localized {
    Text(String),
    PerLanguage(BTreeMap<String, String>),
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProjectConfig {
    pub title: Spanned<Localized>,
    pub base_url: Spanned<String>,
    pub languages: Spanned<Vec<LanguageConfig>>,
    #[serde(default)]
    pub theme: Option<Spanned<String>>,
    #[serde(default)]
    pub output: Option<Spanned<String>>,
    /// The language of altavoz's own messages (`es` or `en`).
    #[serde(default)]
    pub messages: Option<Spanned<String>>,
    /// What a page may cost a reader (`budget: { page_kb: 150 }`).
    #[serde(default)]
    pub budget: Option<BudgetConfig>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BudgetConfig {
    /// The most a page may transfer at 360 px wide, images included, in KB (1,024 bytes).
    #[serde(default)]
    pub page_kb: Option<Spanned<u32>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LanguageConfig {
    pub code: Spanned<String>,
    pub name: String,
    #[serde(default)]
    pub fallback: Option<Spanned<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CampaignConfig {
    pub name: Spanned<Localized>,
    #[serde(default)]
    pub tagline: Option<Spanned<Localized>>,
    #[serde(default)]
    pub source_language: Option<Spanned<String>>,
    #[serde(default)]
    pub languages: Option<Vec<Spanned<String>>>,
    #[serde(default)]
    pub colors: Option<ColorsConfig>,
    #[serde(default)]
    pub logo: Option<Spanned<String>>,
    #[serde(default)]
    pub review_every_days: Option<u32>,
    #[serde(default)]
    pub contacts: Vec<ContactConfig>,
    /// Card formats for every page of the campaign (default: all three).
    #[serde(default)]
    pub cards: Option<Vec<CardFormat>>,
    /// What readers get of an outdated translation (default: the translation, with a notice).
    #[serde(default)]
    pub outdated: Option<Spanned<Outdated>>,
    /// Posters of the campaign's myth, tip and contacts pages (default: yes).
    #[serde(default)]
    pub posters: Option<bool>,
    /// One message on every page, handout, booklet, story card and chat text, in every
    /// language the campaign publishes: "All services are free…".
    #[serde(default)]
    pub notice: Option<Spanned<Localized>>,
}

impl CampaignConfig {
    /// The card formats the campaign makes: those of `cards`, or all three, in the canonical
    /// order, each once.
    pub fn card_formats(&self) -> Vec<CardFormat> {
        CardFormat::ALL
            .into_iter()
            .filter(|f| self.cards.as_ref().is_none_or(|list| list.contains(f)))
            .collect()
    }
}

/// `outdated:` in campaign.yaml.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Outdated {
    /// The translation, with a notice that the original changed.
    #[default]
    Notice,
    /// The source language's page instead, with the fallback notice.
    Source,
    /// An outdated translation stops the build.
    Error,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ColorsConfig {
    pub primary: Spanned<String>,
    #[serde(default)]
    pub accent: Option<Spanned<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ContactConfig {
    pub label: Spanned<Localized>,
    #[serde(default)]
    pub phone: Option<Spanned<String>>,
    #[serde(default)]
    pub whatsapp: Option<Spanned<String>>,
    #[serde(default)]
    pub hours: Option<Spanned<Localized>>,
    #[serde(default)]
    pub country: Option<Spanned<String>>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize, serde::Serialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum PageKind {
    #[default]
    Page,
    Tip,
    Myth,
    Story,
    Faq,
    Contacts,
}

impl PageKind {
    pub const ALL: [PageKind; 6] = [
        PageKind::Page,
        PageKind::Tip,
        PageKind::Myth,
        PageKind::Story,
        PageKind::Faq,
        PageKind::Contacts,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            PageKind::Page => "page",
            PageKind::Tip => "tip",
            PageKind::Myth => "myth",
            PageKind::Story => "story",
            PageKind::Faq => "faq",
            PageKind::Contacts => "contacts",
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FrontMatter {
    pub title: Spanned<String>,
    pub summary: Spanned<String>,
    #[serde(default)]
    pub kind: Option<Spanned<PageKind>>,
    #[serde(default)]
    pub myth: Option<Spanned<String>>,
    #[serde(default)]
    pub fact: Option<Spanned<String>>,
    #[serde(default)]
    pub order: i64,
    #[serde(default)]
    pub reviewed: Option<Spanned<String>>,
    #[serde(default)]
    pub reviewed_by: Option<String>,
    #[serde(default)]
    pub sources: Vec<SourceRef>,
    #[serde(default)]
    pub card: Option<CardSetting>,
    #[serde(default = "yes")]
    pub handout: bool,
    /// The page's posters (myth, tip and contacts pages), unless `poster: false`.
    #[serde(default = "yes")]
    pub poster: bool,
    /// Facilitator notes (Markdown), printed beside the page's workshop slides; never on the
    /// website or cards.
    #[serde(default)]
    pub notes: Option<Spanned<String>>,
    /// The WhatsApp message of the page, written by the author instead of the one made from it.
    #[serde(default)]
    pub chat: Option<Spanned<String>>,
    /// A text message (SMS) of the page, for bulk sending.
    #[serde(default)]
    pub sms: Option<Spanned<String>>,
    /// A voice note of the page: a recording in the campaign's `assets/`.
    #[serde(default)]
    pub audio: Option<Spanned<String>>,
    #[serde(default)]
    pub draft: bool,
    /// Translations only: the hash of the source they were made from.
    #[serde(default)]
    pub translated_from: Option<Spanned<String>>,
}

fn yes() -> bool {
    true
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourceRef {
    pub title: String,
    #[serde(default)]
    pub url: Option<Spanned<String>>,
}

/// `card: false`, or overrides for the page's social cards.
#[derive(Debug, Clone)]
pub enum CardSetting {
    Enabled(bool),
    Custom(CardConfig),
}

/// Not `#[serde(untagged)]`: that tries each form on a copy of the value and says only "did not
/// match any variant". Read as a switch, a misspelt key gets "did you mean", and a value of
/// another kind says what `card:` takes.
impl<'de> Deserialize<'de> for CardSetting {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Setting;
        impl<'de> serde::de::Visitor<'de> for Setting {
            type Value = CardSetting;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("`false`, or card settings")
            }
            fn visit_bool<E>(self, on: bool) -> Result<CardSetting, E> {
                Ok(CardSetting::Enabled(on))
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, map: A) -> Result<CardSetting, A::Error> {
                CardConfig::deserialize(serde::de::value::MapAccessDeserializer::new(map)).map(CardSetting::Custom)
            }
        }
        deserializer.deserialize_struct(super::yaml::SWITCH, CARD_KEYS, Setting)
    }
}

/// The keys of [`CardConfig`].
const CARD_KEYS: &[&str] = &["headline", "formats", "image"];

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CardConfig {
    #[serde(default)]
    pub headline: Option<String>,
    #[serde(default)]
    pub formats: Option<Vec<CardFormat>>,
    /// A photo of the campaign's assets behind the card's text: `assets/workshop.jpg`.
    #[serde(default)]
    pub image: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum CardFormat {
    Og,
    Square,
    Story,
}

impl CardFormat {
    pub const ALL: [CardFormat; 3] = [CardFormat::Og, CardFormat::Square, CardFormat::Story];

    pub fn as_str(self) -> &'static str {
        match self {
            CardFormat::Og => "og",
            CardFormat::Square => "square",
            CardFormat::Story => "story",
        }
    }

    /// Page size in points; at 2 pixels per point: 1200×630, 1080×1080, 1080×1920.
    pub fn size_pt(self) -> (u32, u32) {
        match self {
            CardFormat::Og => (600, 315),
            CardFormat::Square => (540, 540),
            CardFormat::Story => (540, 960),
        }
    }
}
