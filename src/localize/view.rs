//! What a reader sees of a page and of a campaign in one language, computed once and shared by
//! the website, the handouts and the cards: localized labels, the tip number, the review line,
//! the fallback notice, the addresses, the contacts. Renderers only place these values.

use serde::Serialize;

use super::Ui;
use crate::links::Target;
use crate::project::{Campaign, Direction, Localized, Page, PageKind, Project};
use crate::url;

/// One page as shown in one language.
#[derive(Debug, Clone, Serialize)]
pub struct PageView {
    /// Output folder: `es/think-twice/coyote-seguro/`.
    pub dir: String,
    /// Absolute address in this language.
    pub url: String,
    pub short_url: String,
    pub title: String,
    pub summary: String,
    /// The headline of its cards: `card: { headline }`, else the title.
    pub card_headline: String,
    pub kind: PageKind,
    /// The kind in words ("Myth or fact?"); empty on the landing page, which introduces the
    /// campaign rather than being of a kind.
    pub kind_label: String,
    /// For a tip: its number among the campaign's tips, and "Tip 2 of 5".
    pub tip: Option<TipNumber>,
    pub myth: Option<String>,
    pub fact: Option<String>,
    /// The language the content is written in (differs from the edition's on a fallback page).
    pub content_lang: String,
    pub content_dir: Direction,
    /// "This page is not available in K'iche' yet. It is shown in Spanish.", on fallback pages.
    pub fallback_notice: Option<String>,
    /// "The original of this page, in Español, was updated on 12 March 2027. This translation
    /// may be out of date.", on an outdated translation.
    pub outdated_notice: Option<String>,
    /// "Reviewed on 15 October 2026 by …", when the page has a review date.
    pub reviewed: Option<String>,
    pub sources: Vec<SourceView>,
    /// The text to share the page with (on WhatsApp, or beside its cards): "title — summary"
    /// in the edition's words, then the page's address.
    pub share: String,
    /// The key points of its body (a tip's list), for slides, posters and chat messages.
    pub points: Vec<String>,
    /// The page as a chat message ([`super::chat`]).
    pub chat: String,
    /// Its text message, when it has one.
    pub sms: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct TipNumber {
    pub n: usize,
    pub label: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct SourceView {
    pub title: String,
    pub url: Option<String>,
}

/// A campaign's texts in one language (from that language's fallback chain).
#[derive(Debug, Clone)]
pub struct CampaignView {
    pub name: String,
    /// The language `name` is written in, when it is given per language.
    pub name_lang: Option<String>,
    pub tagline: Option<String>,
    pub tagline_lang: Option<String>,
    pub contacts: Vec<ContactView>,
    pub colors: CampaignColors,
    /// The logo's path inside the campaign's `assets/`.
    pub logo: Option<String>,
    /// The campaign's notice in this edition's language (validation made sure it has one), or
    /// in its fallback's for an edition with no page of its own.
    pub notice: Option<String>,
    /// The language `notice` is written in, when it is not this edition's.
    pub notice_lang: Option<String>,
}

/// A campaign's colours, as `#rrggbb`.
#[derive(Debug, Clone, Serialize)]
pub struct CampaignColors {
    pub primary: String,
    pub accent: String,
    /// Text on the accent colour: dark or white, whichever reads better.
    pub on_accent: String,
}

#[derive(Debug, Clone)]
pub struct ContactView {
    pub label: String,
    pub label_lang: Option<String>,
    /// As written, for display.
    pub phone: Option<String>,
    /// E.164, for `tel:` links.
    pub e164: Option<String>,
    /// E.164 without `+`, as `wa.me` wants it.
    pub whatsapp: Option<String>,
    pub hours: Option<String>,
    pub hours_lang: Option<String>,
    pub country: Option<String>,
}

/// What a link or image of a page body leads to in one edition.
#[derive(Debug, PartialEq, Eq)]
pub enum Link<'a> {
    /// A page this edition builds: its output folder and the anchor (`None` or empty: none).
    Page { dir: String, anchor: Option<&'a str> },
    /// A page this edition does not build (a draft): only the link's text is kept.
    Unbuilt,
    /// A file of the campaign's `assets/`, by its path inside `assets/`.
    Asset(&'a str),
    /// An address on another site; `allowed` when its scheme is one pages keep.
    External { allowed: bool },
    /// `#id` on the same page, or a link validation did not resolve: left as written.
    Other,
}

/// Text isolated left to right, so phone digits keep their order inside right-to-left text.
pub fn isolate_ltr(text: &str) -> String {
    format!("\u{2066}{text}\u{2069}")
}

/// `text` for the first language of `chain` that has one, and that language when it is given
/// per language.
fn localized(text: &Localized, chain: &[String]) -> (String, Option<String>) {
    (text.get(chain).to_string(), text.language_of(chain).map(str::to_string))
}

impl CampaignView {
    /// The campaign's texts in the edition `lang`, whose texts come from `chain`.
    pub fn new(campaign: &Campaign, lang: &str, chain: &[String]) -> CampaignView {
        let (name, name_lang) = localized(&campaign.name, chain);
        let (tagline, tagline_lang) = match &campaign.tagline {
            Some(t) => {
                let (text, lang) = localized(t, chain);
                (Some(text), lang)
            }
            None => (None, None),
        };
        let contacts = campaign
            .contacts
            .iter()
            .map(|contact| {
                let (label, label_lang) = localized(&contact.label, chain);
                let (hours, hours_lang) = match &contact.hours {
                    Some(h) => {
                        let (text, lang) = localized(h, chain);
                        (Some(text), lang)
                    }
                    None => (None, None),
                };
                ContactView {
                    label,
                    label_lang,
                    phone: contact.phone.as_ref().map(|(display, _)| display.clone()),
                    e164: contact.phone.as_ref().map(|(_, e164)| e164.clone()),
                    whatsapp: contact.whatsapp.clone(),
                    hours,
                    hours_lang,
                    country: contact.country.clone(),
                }
            })
            .collect();
        // The notice in this language, else in the first of the chain that has one written: a
        // blank one is none.
        let notice: Option<(&str, &str)> = campaign.notice.as_ref().and_then(|n| match n {
            Localized::Text(text) => Some((text.as_str(), lang)).filter(|(t, _)| !t.trim().is_empty()),
            Localized::PerLanguage(map) => chain.iter().map(String::as_str).chain([lang]).find_map(|code| {
                map.get(code)
                    .filter(|t| !t.trim().is_empty())
                    .map(|t| (t.as_str(), code))
            }),
        });
        CampaignView {
            name,
            name_lang,
            tagline,
            tagline_lang,
            contacts,
            colors: CampaignColors {
                primary: campaign.colors.primary.as_str().to_string(),
                accent: campaign.colors.accent.as_str().to_string(),
                on_accent: campaign.colors.accent.text_on().to_string(),
            },
            logo: campaign.logo.clone(),
            // In this language; validation made sure every language with pages of its own has
            // one. A language shown entirely in another (its fallback) shows that one's.
            notice: notice.map(|(text, _)| text.to_string()),
            notice_lang: notice.map(|(_, l)| l).filter(|l| *l != lang).map(str::to_string),
        }
    }
}

/// What a page view is made from besides the page itself.
pub struct ViewInputs<'a> {
    pub project: &'a Project,
    pub campaign: &'a Campaign,
    /// The campaign's texts in this edition.
    pub campaign_view: &'a CampaignView,
    pub lang: &'a str,
    /// The edition's language name, for the fallback notice.
    pub language_name: &'a str,
    pub ui: &'a Ui,
}

/// Where a page stands in its edition, besides its own content.
#[derive(Debug, Clone, Copy, Default)]
pub struct Standing {
    /// Shown in another language, because this one has no translation of its own.
    pub fallback: bool,
    /// For a tip: its number among the campaign's tips, and how many there are.
    pub tip: Option<(usize, usize)>,
    /// An outdated translation, with the day its source changed when the history tells.
    pub outdated: Option<Option<crate::project::Date>>,
}

impl PageView {
    pub fn new(inputs: &ViewInputs, page: &Page, standing: Standing) -> PageView {
        let ui = inputs.ui;
        let dir = url::page_dir(inputs.lang, &inputs.campaign.slug, &page.slug);
        let address = format!("{}{dir}", inputs.project.base_url);
        let reviewed = page.reviewed.map(|date| {
            let date = ui.date(date);
            match &page.reviewed_by {
                Some(who) => ui.format("reviewed_on_by", &[("date", &date), ("who", who)]),
                None => ui.format("reviewed_on", &[("date", &date)]),
            }
        });
        let fallback_notice = standing.fallback.then(|| {
            let source = inputs
                .project
                .language(&page.lang)
                .map_or(page.lang.as_str(), |l| l.name.as_str());
            ui.format(
                "fallback_notice",
                &[("language", inputs.language_name), ("source", source)],
            )
        });
        let share = format!(
            "{}\n{address}",
            ui.format(
                "share_text",
                &[("title", &format!("{} — {}", page.title, page.summary))]
            )
        );
        let points = page.points.clone();
        let chat = super::chat::message(
            &super::chat::ChatInputs {
                title: &page.title,
                kind: page.kind,
                summary: &page.summary,
                myth: page.myth.as_deref(),
                fact: page.fact.as_deref(),
                points: &points,
                own: page.chat.as_deref(),
                notice: inputs.campaign_view.notice.as_deref(),
                contacts: &inputs.campaign_view.contacts,
                url: &address,
                rtl: Direction::of(inputs.lang) == Direction::Rtl,
            },
            ui,
        );
        PageView {
            short_url: url::short_url(&address),
            url: address,
            dir,
            title: page.title.clone(),
            summary: page.summary.clone(),
            card_headline: page.card_headline().to_string(),
            kind: page.kind,
            kind_label: if page.is_index() {
                String::new()
            } else {
                ui.get(&format!("kind_{}", page.kind.as_str())).to_string()
            },
            tip: standing.tip.map(|(n, total)| TipNumber {
                n,
                label: ui.format("tip_number", &[("n", &n.to_string()), ("total", &total.to_string())]),
            }),
            myth: page.myth.clone(),
            fact: page.fact.clone(),
            content_lang: page.lang.clone(),
            content_dir: Direction::of(&page.lang),
            fallback_notice,
            outdated_notice: standing.outdated.map(|since| outdated_notice(inputs, since)),
            reviewed,
            sources: page
                .sources
                .iter()
                .map(|(title, url)| SourceView {
                    title: title.clone(),
                    url: url.clone(),
                })
                .collect(),
            share,
            points,
            chat,
            sms: page.sms.clone(),
        }
    }
}

/// The notice on an outdated translation: its source was updated on `since` (or at a time the
/// project's history does not tell).
fn outdated_notice(inputs: &ViewInputs, since: Option<crate::project::Date>) -> String {
    let source = &inputs.campaign.source_language;
    let source = inputs
        .project
        .language(source)
        .map_or(source.as_str(), |l| l.name.as_str());
    match since {
        Some(date) => inputs.ui.format(
            "outdated_notice",
            &[("source", source), ("date", &inputs.ui.date(date))],
        ),
        None => inputs.ui.format("outdated_notice_undated", &[("source", source)]),
    }
}

/// What `target`, a link of a page of `campaign`, leads to in the edition `lang`, where
/// `built` tells whether a page (by slug) is built.
pub fn link<'a>(target: &'a Target, dest: &str, lang: &str, campaign: &str, built: &dyn Fn(&str) -> bool) -> Link<'a> {
    match target {
        Target::Page(rel, anchor) => {
            let slug = url::slug_of(rel);
            if built(&slug) {
                Link::Page {
                    dir: url::page_dir(lang, campaign, &slug),
                    anchor: anchor.as_deref(),
                }
            } else {
                Link::Unbuilt
            }
        }
        Target::Asset(rel) => Link::Asset(rel),
        Target::External => Link::External {
            allowed: crate::markdown::is_allowed_scheme(dest),
        },
        Target::Anchor(_) | Target::Invalid(_) => Link::Other,
    }
}
