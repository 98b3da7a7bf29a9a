//! What every template gets: the document's language and direction, its addresses, its title
//! and description, its translations, the colours and the link-preview tags.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::localize::{Edition, Site};
use crate::project::{Direction, Language};
use crate::url::{self, to_page};

/// What every template gets.
#[derive(Serialize)]
pub struct Frame<'a> {
    pub lang: &'a str,
    pub dir: Direction,
    /// The language of the UI strings, when they come from another language (a fallback).
    pub ui_lang: Option<&'a str>,
    /// The UI strings: the same map for every page of an edition, so the templates get it as
    /// one value made once (in `Templates::render`), not serialized per
    /// page. Hashed once per edition for reuse.
    #[serde(skip)]
    pub t: &'a BTreeMap<String, String>,
    /// The language of each UI string that is not in `ui_lang` (or `lang`): borrowed from a
    /// fallback, to mark with `lang`. (Given apart as `t` is.)
    #[serde(skip)]
    pub t_lang: &'a BTreeMap<String, String>,
    pub root: String,
    pub stylesheet: String,
    /// The stylesheet itself, for a page that cannot count on reaching it by any address: the
    /// 404 page, which a server shows at every missing address, a preview at its own root and
    /// a reader from a USB stick. `None` elsewhere: pages link `stylesheet`.
    pub inline_style: Option<String>,
    pub site_title: &'a str,
    pub home_href: String,
    pub chooser_href: String,
    pub title: String,
    pub description: String,
    /// Absolute URL of this document (`None`: no canonical link, as on the 404 page).
    pub canonical: Option<String>,
    /// This page's real translations, absolute addresses.
    pub alternates: Vec<Alternate>,
    /// Each edition that has this document, for the language switcher.
    pub switcher: Vec<SwitcherEntry<'a>>,
    pub colors: Colors<'a>,
    pub og: Og<'a>,
    /// The page's link-preview card.
    pub og_image: Option<OgImage>,
}

#[derive(Serialize)]
pub struct Alternate {
    pub lang: String,
    pub href: String,
}

#[derive(Serialize)]
pub struct SwitcherEntry<'a> {
    pub code: &'a str,
    pub name: &'a str,
    pub dir: Direction,
    pub href: String,
    pub current: bool,
}

#[derive(Serialize, Clone, Copy)]
pub struct Colors<'a> {
    pub primary: &'a str,
    pub accent: &'a str,
}

impl Colors<'_> {
    /// The theme's colours, for documents that belong to no campaign.
    pub const DEFAULT: Colors<'static> = Colors {
        primary: crate::color::DEFAULT_PRIMARY,
        accent: crate::color::DEFAULT_ACCENT,
    };
}

#[derive(Serialize)]
pub struct Og<'a> {
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub locale: String,
    pub site_name: &'a str,
}

#[derive(Serialize)]
pub struct OgImage {
    pub url: String,
    pub width: u32,
    pub height: u32,
    pub alt: String,
}

/// Where a document sits, and its own values of the frame.
pub struct Place<'a> {
    pub dir: String,
    pub title: String,
    pub description: String,
    pub canonical: Option<String>,
    pub alternates: Vec<Alternate>,
    pub switcher: Vec<(&'a Language, String)>,
    pub colors: Colors<'a>,
    pub og_type: &'static str,
    pub og_image: Option<OgImage>,
}

impl<'a> Place<'a> {
    /// A document that is not a campaign's: default colours, no translations, no card.
    pub fn website(dir: String, title: String, description: String, canonical: Option<String>) -> Place<'a> {
        Place {
            dir,
            title,
            description,
            canonical,
            alternates: Vec::new(),
            switcher: Vec::new(),
            colors: Colors::DEFAULT,
            og_type: "website",
            og_image: None,
        }
    }
}

pub fn frame<'a>(site: &'a Site, edition: &'a Edition, place: Place<'a>) -> Frame<'a> {
    let lang = edition.language.code.as_str();
    let site_title = site.project.title.get(&edition.text_chain);
    Frame {
        lang,
        dir: edition.language.direction,
        ui_lang: (edition.ui.lang != lang).then_some(edition.ui.lang.as_str()),
        t: &edition.ui.strings,
        t_lang: &edition.ui.borrowed,
        root: url::relative(&place.dir, ""),
        stylesheet: url::relative(&place.dir, "static/style.css"),
        inline_style: None,
        site_title,
        home_href: to_page(&place.dir, &format!("{lang}/")),
        chooser_href: url::relative(&place.dir, "index.html"),
        title: place.title,
        description: place.description,
        canonical: place.canonical,
        alternates: place.alternates,
        switcher: place
            .switcher
            .iter()
            .map(|(language, dir)| SwitcherEntry {
                code: &language.code,
                name: &language.name,
                dir: language.direction,
                href: to_page(&place.dir, dir),
                current: language.code == lang,
            })
            .collect(),
        colors: place.colors,
        og: Og {
            kind: place.og_type,
            locale: lang.replace('-', "_"),
            site_name: site_title,
        },
        og_image: place.og_image,
    }
}

/// A document of the offline pack links no other language: they are not in the pack.
pub fn offline(frame: &mut Frame) {
    frame.switcher.retain(|entry| entry.current);
}

/// What a template gets: the frame every template gets, and its own values.
#[derive(Serialize)]
pub struct TemplateData<'a, T> {
    #[serde(flatten)]
    pub frame: Frame<'a>,
    #[serde(flatten)]
    pub own: T,
}

impl<T: Serialize> TemplateData<'_, T> {
    /// Everything the template gets, `t` and `t_lang` included, as JSON (for tests and docs).
    pub fn to_json(&self) -> serde_json::Value {
        let mut value = serde_json::to_value(self).unwrap_or_default();
        if let serde_json::Value::Object(map) = &mut value {
            map.insert("t".into(), serde_json::to_value(self.frame.t).unwrap_or_default());
            map.insert(
                "t_lang".into(),
                serde_json::to_value(self.frame.t_lang).unwrap_or_default(),
            );
        }
        value
    }
}
