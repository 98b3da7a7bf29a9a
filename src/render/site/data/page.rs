//! `campaign.html` and `page.html`: a campaign's page (its landing page too) in one edition.

use serde::Serialize;

use super::campaign::{CampaignData, Nav, PageList, campaign_data, nav};
use super::frame::{Alternate, Colors, OgImage, Place, TemplateData, frame, offline};
use crate::localize::view::SourceView;
use crate::project::{Direction, PageKind};
use crate::render::Context;
use crate::render::plan::{PlannedCard, PlannedPage};
use crate::render::site::body::{Body, Widths};
use crate::url::{self, encode_component, page_dir, to_page};

/// Which edition of the website a document is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flavour {
    /// The website.
    Online,
    /// The offline pack of one language: only what the pack holds is linked.
    Offline,
}

#[derive(Serialize)]
pub struct PageContext<'a> {
    pub page: PageData<'a>,
    pub campaign: CampaignData<'a>,
    /// The page's cards, when this build makes cards and the page has some.
    pub cards: Option<Vec<CardLink<'a>>>,
    /// The page's handouts, when this build makes handouts and the page has one.
    pub handouts: Option<Vec<Download<'a>>>,
    /// The campaign's booklets, on its landing page, when this build makes them.
    pub booklets: Option<Vec<Download<'a>>>,
    /// The page's posters, when this build makes them and the page has some.
    pub posters: Option<Vec<Download<'a>>>,
    /// On the landing page: the campaign's workshop slides and their notes, when this build
    /// makes them.
    pub slides: Option<Vec<Download<'a>>>,
    /// The page's voice note, when it has one.
    pub audio: Option<VoiceLink>,
    /// On a page (not the landing page): its neighbours in the campaign.
    pub nav: Option<Nav<'a>>,
}

#[derive(Serialize)]
pub struct PageData<'a> {
    pub title: &'a str,
    pub summary: &'a str,
    pub kind: PageKind,
    pub kind_label: &'a str,
    /// "Tip 2 of 5" for a tip.
    pub tip_number: Option<&'a str>,
    pub myth: Option<&'a str>,
    pub fact: Option<&'a str>,
    /// The text as safe HTML: made from [`PageDocument::body`] once the page is not reused.
    pub body: String,
    pub is_index: bool,
    pub reviewed: Option<&'a str>,
    pub sources: &'a [SourceView],
    pub content_lang: &'a str,
    pub content_dir: Direction,
    pub fallback_notice: Option<&'a str>,
    /// On an outdated translation: that its original changed since it was translated.
    pub outdated_notice: Option<&'a str>,
    /// The page in its source language, when this site has it: to link from the notice.
    pub original: Option<OriginalLink<'a>>,
    pub share_href: String,
    pub url: &'a str,
}

#[derive(Serialize)]
pub struct OriginalLink<'a> {
    pub href: String,
    /// "Read the original in Spanish", in this page's language.
    pub label: String,
    pub lang: &'a str,
}

#[derive(Serialize)]
pub struct CardLink<'a> {
    pub format: &'static str,
    pub label: &'a str,
    pub size: String,
    pub href: String,
}

/// A voice note as a page plays it: loaded only when the reader presses play.
#[derive(Serialize)]
pub struct VoiceLink {
    pub href: String,
    /// For `<audio type>`: `audio/mp4`, `audio/mpeg`, `audio/ogg; codecs=opus`.
    pub mime: &'static str,
    /// `1:05`.
    pub duration: String,
    /// `240 KB`.
    pub size: String,
}

#[derive(Serialize)]
pub struct Download<'a> {
    pub label: &'a str,
    pub href: String,
}

/// A campaign page's template data, and its body still as Markdown with the addresses it
/// leads to: hashed together for reuse, the body made into HTML only when the page is made.
pub struct PageDocument<'a> {
    pub data: TemplateData<'a, PageContext<'a>>,
    pub body: Body<'a>,
}

impl<'a> PageDocument<'a> {
    /// The template data with the body's HTML in it.
    pub fn into_data(mut self) -> TemplateData<'a, PageContext<'a>> {
        self.data.own.page.body = self.body.html();
        self.data
    }
}

/// A campaign page (the landing page too), for the website or the offline pack (which has no
/// language switcher, no cards, no pages of other languages and only the small pictures).
pub fn page<'a>(context: &'a Context, planned: &'a PlannedPage, flavour: Flavour) -> PageDocument<'a> {
    let site = context.site;
    let (edition, campaign, local) = (planned.edition, planned.campaign, planned.page);
    let project = site.project;
    let slug = campaign.campaign.slug.as_str();
    let p = local.page;
    let view = &local.view;
    let ui = &edition.ui;
    let lang = edition.language.code.as_str();
    let dir = &view.dir;
    let languages = site.page_languages(slug, &p.slug);
    let absolute = |code: &str| format!("{}{}", project.base_url, page_dir(code, slug, &p.slug));
    let title = if p.is_index() {
        view.title.clone()
    } else {
        format!("{} — {}", view.title, campaign.view.name)
    };
    let og_image = planned
        .cards
        .iter()
        .find(|k| k.format == crate::project::CardFormat::Og)
        .map(|card| {
            let summary = context.plan.card_summary(planned, card);
            let (width, height) = card.format.size_pt();
            OgImage {
                url: format!("{}{}?v={}", project.base_url, card.path, &summary.hash[..10]),
                width: width * 2,
                height: height * 2,
                alt: summary.alt.clone(),
            }
        });
    let mut frame = frame(
        site,
        edition,
        Place {
            dir: dir.clone(),
            title,
            description: view.summary.clone(),
            // Fallback content is a copy: search engines are pointed to the original.
            canonical: Some(absolute(&view.content_lang)),
            alternates: languages
                .iter()
                .filter(|(_, _, own)| *own)
                .map(|(l, _, _)| Alternate {
                    lang: l.code.clone(),
                    href: absolute(&l.code),
                })
                .collect(),
            switcher: languages
                .iter()
                .map(|(l, _, _)| (*l, page_dir(&l.code, slug, &p.slug)))
                .collect(),
            colors: Colors {
                primary: &campaign.view.colors.primary,
                accent: &campaign.view.colors.accent,
            },
            og_type: "article",
            og_image,
        },
    );
    let images = &context.plan.images;
    let widths = match flavour {
        Flavour::Online => Widths::All,
        Flavour::Offline => Widths::Smallest,
    };
    let body = Body::new(campaign, local, lang, images, widths, ui.get("table_label"));
    let downloads = |paths: Vec<(url::Paper, &str)>| {
        paths
            .into_iter()
            .map(|(paper, path)| Download {
                label: ui.get(&format!("print_{}", paper.as_str())),
                href: url::relative(dir, path),
            })
            .collect::<Vec<_>>()
    };
    let booklets: Vec<_> = if p.is_index() {
        context
            .plan
            .booklets
            .iter()
            .filter(|b| b.edition.language.code == lang && b.campaign.campaign.slug == slug)
            .map(|b| (b.paper, b.path.as_str()))
            .collect()
    } else {
        Vec::new()
    };
    let deck = p
        .is_index()
        .then(|| {
            context
                .plan
                .decks
                .iter()
                .find(|d| d.edition.language.code == lang && d.campaign.campaign.slug == slug)
        })
        .flatten();
    let original = view.outdated_notice.as_ref().and_then(|_| {
        let source = &campaign.campaign.source_language;
        let (language, _, _) = languages.iter().find(|(l, _, own)| &l.code == source && *own)?;
        Some(OriginalLink {
            href: to_page(dir, &page_dir(source, slug, &p.slug)),
            label: ui.format("outdated_original", &[("source", &language.name)]),
            lang: &language.code,
        })
    });
    let mut own = PageContext {
        page: PageData {
            title: &view.title,
            summary: &view.summary,
            kind: view.kind,
            kind_label: &view.kind_label,
            tip_number: view.tip.as_ref().map(|t| t.label.as_str()),
            myth: view.myth.as_deref(),
            fact: view.fact.as_deref(),
            body: String::new(),
            is_index: p.is_index(),
            reviewed: view.reviewed.as_deref(),
            sources: &view.sources,
            content_lang: &view.content_lang,
            content_dir: view.content_dir,
            fallback_notice: view.fallback_notice.as_deref(),
            outdated_notice: view.outdated_notice.as_deref(),
            original,
            share_href: format!("https://wa.me/?text={}", encode_component(&view.share)),
            url: &view.url,
        },
        campaign: campaign_data(
            edition,
            campaign,
            dir,
            if p.is_index() {
                PageList::Listed
            } else {
                PageList::Counted
            },
            images,
        ),
        nav: (!p.is_index()).then(|| nav(campaign, dir, &p.slug)),
        cards: (!planned.cards.is_empty()).then(|| planned.cards.iter().map(|card| card_link(dir, card, ui)).collect()),
        // Links to handouts and booklets only when this build makes them: never a dead link.
        handouts: (!planned.handouts.is_empty()).then(|| {
            downloads(
                planned
                    .handouts
                    .iter()
                    .map(|(paper, path)| (*paper, path.as_str()))
                    .collect(),
            )
        }),
        booklets: (!booklets.is_empty()).then(|| downloads(booklets)),
        posters: (!planned.posters.is_empty()).then(|| {
            planned
                .posters
                .iter()
                .map(|(size, path)| Download {
                    label: ui.get(&format!("poster_{}", size.as_str())),
                    href: url::relative(dir, path),
                })
                .collect()
        }),
        audio: p.audio_asset().and_then(|rel| {
            let voice = campaign.campaign.voices.get(rel)?;
            let path = context.plan.voices.get(&(slug.to_string(), rel.to_string()))?;
            Some(VoiceLink {
                href: url::relative(dir, path),
                mime: voice.mime,
                duration: crate::audio::clock(voice.duration_ms),
                size: format!("{:.0} KB", voice.bytes.len() as f64 / 1024.0),
            })
        }),
        slides: deck.map(|deck| {
            std::iter::once(Download {
                label: ui.get("slides_16_9"),
                href: url::relative(dir, &deck.slides),
            })
            .chain(deck.notes.iter().map(|(paper, path)| Download {
                label: ui.get(&format!("slides_notes_{}", paper.as_str())),
                href: url::relative(dir, path),
            }))
            .collect()
        }),
    };
    if flavour == Flavour::Offline {
        offline(&mut frame);
        own.cards = None;
        own.page.original = None;
    }
    PageDocument {
        data: TemplateData { frame, own },
        body,
    }
}

/// A card's download link as seen from a document in `from_dir`.
pub fn card_link<'a>(from_dir: &str, card: &PlannedCard, ui: &'a crate::localize::Ui) -> CardLink<'a> {
    let (w, h) = card.format.size_pt();
    CardLink {
        format: card.format.as_str(),
        label: ui.get(&format!("card_{}", card.format.as_str())),
        size: format!("{}×{}", w * 2, h * 2),
        href: url::relative(from_dir, &card.path),
    }
}
