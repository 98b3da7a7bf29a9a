//! The data each template gets, as typed values: everything is computed here or in the page
//! views of `localize` (URLs, localized texts, dates), so templates only place values. Theme
//! authors get data, never the file system. The guide's theme chapter documents these types;
//! `tests/template_data.rs` holds the two together.

use std::collections::BTreeMap;

use serde::Serialize;

use super::html;
use crate::localize::{Edition, Link, LocalCampaign, LocalPage, Site};
use crate::project::{Direction, Language, PageKind};
use crate::render::Context;
use crate::render::plan::images::Images;
use crate::render::plan::{PlannedCard, PlannedPage};
use crate::url::{self, encode_component, page_dir, to_page};

/// Which edition of the website a document is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flavour {
    /// The website.
    Online,
    /// The offline pack of one language: only what the pack holds is linked.
    Offline,
}

/// What every template gets.
#[derive(Serialize)]
pub struct Frame<'a> {
    pub lang: &'a str,
    pub dir: Direction,
    /// The language of the UI strings, when they come from another language (a fallback).
    pub ui_lang: Option<&'a str>,
    /// The UI strings: the same map for every page of an edition, so the templates get it as
    /// one value made once ([`super::templates::Templates::render`]), not serialized per page.
    #[serde(skip)]
    pub t: &'a BTreeMap<String, String>,
    /// The language of each UI string that is not in `ui_lang` (or `lang`): borrowed from a
    /// fallback, to mark with `lang`. (Given apart as `t` is.)
    #[serde(skip)]
    pub t_lang: &'a BTreeMap<String, String>,
    pub root: String,
    pub stylesheet: String,
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

#[derive(Serialize)]
pub struct Colors<'a> {
    pub primary: &'a str,
    pub accent: &'a str,
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

/// `campaign.html` and `page.html`.
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
    /// On a page (not the landing page): its neighbours in the campaign.
    pub nav: Option<Nav<'a>>,
}

/// A page's neighbours: the landing page lists every page, a page links only these and the
/// landing page, so a page's size does not grow with its campaign.
#[derive(Serialize)]
pub struct Nav<'a> {
    pub previous: Option<PageLink<'a>>,
    pub next: Option<PageLink<'a>>,
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
    /// The text as safe HTML.
    pub body: String,
    pub is_index: bool,
    pub reviewed: Option<&'a str>,
    pub sources: &'a [crate::localize::view::SourceView],
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
pub struct CampaignData<'a> {
    pub slug: &'a str,
    pub name: &'a str,
    pub name_lang: Option<&'a str>,
    pub tagline: Option<&'a str>,
    pub tagline_lang: Option<&'a str>,
    pub href: String,
    pub logo: Option<String>,
    pub pages: Vec<PageLink<'a>>,
    /// How many pages the list has (also where `pages` is left empty).
    pub page_count: usize,
    pub tip_count: usize,
    pub contacts: Vec<ContactData<'a>>,
    pub colors: Colors<'a>,
}

/// A page in a campaign's list of pages.
#[derive(Serialize)]
pub struct PageLink<'a> {
    pub title: &'a str,
    pub summary: &'a str,
    pub kind: PageKind,
    pub kind_label: &'a str,
    pub href: String,
    pub lang: &'a str,
    pub fallback: bool,
}

#[derive(Serialize)]
pub struct ContactData<'a> {
    pub label: &'a str,
    pub label_lang: Option<&'a str>,
    pub phone: Option<&'a str>,
    pub tel_href: Option<String>,
    pub whatsapp_href: Option<String>,
    pub hours: Option<&'a str>,
    pub hours_lang: Option<&'a str>,
    pub country: Option<&'a str>,
}

#[derive(Serialize)]
pub struct CardLink<'a> {
    pub format: &'static str,
    pub label: &'a str,
    pub size: String,
    pub href: String,
}

#[derive(Serialize)]
pub struct Download<'a> {
    pub label: &'a str,
    pub href: String,
}

/// `home.html`.
#[derive(Serialize)]
pub struct HomeContext<'a> {
    pub campaigns: Vec<CampaignData<'a>>,
    /// This language's cards page, when this build makes cards.
    pub cards_href: Option<String>,
    /// This language's offline pack, when this build makes one (`build --pack`).
    pub pack: Option<PackLink>,
}

/// A link to a language's offline pack.
#[derive(Serialize, Clone)]
pub struct PackLink {
    pub href: String,
    /// "Download everything for offline use, 2.1 MB", in the page's language.
    pub label: String,
    /// In bytes.
    pub bytes: usize,
}

/// `chooser.html`.
#[derive(Serialize)]
pub struct ChooserContext<'a> {
    pub languages: Vec<ChooserLanguage<'a>>,
}

#[derive(Serialize)]
pub struct ChooserLanguage<'a> {
    pub code: &'a str,
    pub name: &'a str,
    pub dir: Direction,
    pub ui_lang: &'a str,
    pub title: &'a str,
    pub choose: &'a str,
    pub href: String,
    pub campaigns: Vec<CampaignData<'a>>,
}

/// `cards.html`.
#[derive(Serialize)]
pub struct CardsContext<'a> {
    pub campaigns: Vec<CardsCampaign<'a>>,
}

#[derive(Serialize)]
pub struct CardsCampaign<'a> {
    pub name: &'a str,
    pub name_lang: Option<&'a str>,
    pub pages: Vec<CardsPage<'a>>,
}

#[derive(Serialize)]
pub struct CardsPage<'a> {
    pub title: &'a str,
    pub lang: &'a str,
    pub href: String,
    pub preview: String,
    pub preview_format: &'static str,
    pub preview_width: u32,
    pub preview_height: u32,
    pub alt: &'a str,
    pub post: &'a str,
    pub cards: Vec<CardLink<'a>>,
}

/// `404.html`.
#[derive(Serialize)]
pub struct NotFoundContext<'a> {
    pub homes: Vec<Home<'a>>,
}

#[derive(Serialize)]
pub struct Home<'a> {
    pub code: &'a str,
    pub name: &'a str,
    pub dir: Direction,
    pub href: String,
}

/// Where a document sits, and its own values of the frame.
struct Place<'a> {
    dir: String,
    title: String,
    description: String,
    canonical: Option<String>,
    alternates: Vec<Alternate>,
    switcher: Vec<(&'a Language, String)>,
    colors: Option<Colors<'a>>,
    og_type: &'static str,
    og_image: Option<OgImage>,
}

impl<'a> Place<'a> {
    /// A page that is not a campaign's: default colours, no translations, no card.
    fn website(dir: String, title: String, description: String, canonical: Option<String>) -> Place<'a> {
        Place {
            dir,
            title,
            description,
            canonical,
            alternates: Vec::new(),
            switcher: Vec::new(),
            colors: None,
            og_type: "website",
            og_image: None,
        }
    }
}

fn frame<'a>(site: &'a Site, edition: &'a Edition, place: Place<'a>) -> Frame<'a> {
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
        colors: place.colors.unwrap_or(Colors {
            primary: crate::color::DEFAULT_PRIMARY,
            accent: crate::color::DEFAULT_ACCENT,
        }),
        og: Og {
            kind: place.og_type,
            locale: lang.replace('-', "_"),
            site_name: site_title,
        },
        og_image: place.og_image,
    }
}

/// A campaign page (the landing page too).
pub fn page<'a>(context: &'a Context, planned: &'a PlannedPage) -> TemplateData<'a, PageContext<'a>> {
    page_of(context, planned, Flavour::Online)
}

/// A campaign page, for the website or the offline pack (which has no language switcher, no
/// cards, no pages of other languages and only the small pictures).
pub fn page_of<'a>(
    context: &'a Context,
    planned: &'a PlannedPage,
    flavour: Flavour,
) -> TemplateData<'a, PageContext<'a>> {
    let offline = flavour == Flavour::Offline;
    let site = context.site;
    let (edition, campaign, local) = (planned.edition, planned.campaign, planned.page);
    let project = site.project;
    let c = campaign.campaign;
    let p = local.page;
    let view = &local.view;
    let ui = &edition.ui;
    let lang = edition.language.code.as_str();
    let dir = &view.dir;
    let languages = site.page_languages(&c.slug, &p.slug);
    let absolute = |code: &str| format!("{}{}", project.base_url, page_dir(code, &c.slug, &p.slug));
    let title = if p.is_index() {
        p.title.clone()
    } else {
        format!("{} — {}", p.title, campaign.view.name)
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
    let frame = frame(
        site,
        edition,
        Place {
            dir: dir.clone(),
            title,
            description: p.summary.clone(),
            // Fallback content is a copy: search engines are pointed to the original.
            canonical: Some(absolute(&p.lang)),
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
                .map(|(l, _, _)| (*l, page_dir(&l.code, &c.slug, &p.slug)))
                .collect(),
            colors: Some(Colors {
                primary: c.colors.primary.as_str(),
                accent: c.colors.accent.as_str(),
            }),
            og_type: "article",
            og_image,
        },
    );
    let images = &context.plan.images;
    let body = html::to_html_with_pictures(
        &p.body,
        &|link| match campaign.link(p, &link.dest, lang) {
            Link::Page { dir: to, anchor } => {
                let href = to_page(dir, &to);
                Some(match anchor {
                    Some(a) if !a.is_empty() => format!("{href}#{a}"),
                    _ => href,
                })
            }
            // A draft is not built: links to it become plain text, never dead links.
            Link::Unbuilt => Some(String::new()),
            // A link to a photo leads to its largest published copy, never the original.
            Link::Asset(rel) => Some(match images.get(&c.slug, rel) {
                Some(image) => image
                    .files(crate::imaging::Format::Jpeg)
                    .last()
                    .map_or_else(String::new, |f| f.href(dir)),
                None => url::relative(dir, &url::asset_path(&c.slug, rel)),
            }),
            Link::External { .. } | Link::Other => None,
        },
        &|image| match campaign.link(p, &image.link.dest, lang) {
            Link::Asset(rel) => {
                let planned = images.get(&c.slug, rel)?;
                Some(super::picture::html(
                    planned,
                    dir,
                    image.alt,
                    !on_first_screen(image, p.kind),
                    offline,
                ))
            }
            _ => None,
        },
        ui.get("table_label"),
    );
    let share_text = format!("{} — {}", p.title, p.summary);
    let share_href = format!(
        "https://wa.me/?text={}",
        encode_component(&format!(
            "{}\n{}",
            ui.format("share_text", &[("title", &share_text)]),
            view.url
        ))
    );
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
            .filter(|b| b.edition.language.code == lang && b.campaign.campaign.slug == c.slug)
            .map(|b| (b.paper, b.path.as_str()))
            .collect()
    } else {
        Vec::new()
    };
    let own = PageContext {
        page: PageData {
            title: &p.title,
            summary: &p.summary,
            kind: p.kind,
            kind_label: &view.kind_label,
            tip_number: view.tip.as_ref().map(|t| t.label.as_str()),
            myth: p.myth.as_deref(),
            fact: p.fact.as_deref(),
            body,
            is_index: p.is_index(),
            reviewed: view.reviewed.as_deref(),
            sources: &view.sources,
            content_lang: &p.lang,
            content_dir: view.content_dir,
            fallback_notice: view.fallback_notice.as_deref(),
            outdated_notice: view.outdated_notice.as_deref(),
            original: view.outdated_notice.as_ref().and_then(|_| {
                let source = &c.source_language;
                let (language, _, _) = languages.iter().find(|(l, _, own)| &l.code == source && *own)?;
                Some(OriginalLink {
                    href: to_page(dir, &page_dir(source, &c.slug, &p.slug)),
                    label: ui.format("outdated_original", &[("source", &language.name)]),
                    lang: &language.code,
                })
            }),
            share_href,
            url: &view.url,
        },
        campaign: campaign_data(edition, campaign, dir, p.is_index(), images),
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
    };
    let mut data = TemplateData { frame, own };
    if offline {
        offline_frame(&mut data.frame);
        data.own.cards = None;
        data.own.page.original = None;
    }
    data
}

/// A document of the offline pack links no other language: they are not in the pack.
fn offline_frame(frame: &mut Frame) {
    frame.switcher.retain(|entry| entry.current);
}

/// Whether a picture of a body shows on a phone's first screen, under the title and summary:
/// the first picture, with little text before it, on a page without a myth and fact box.
fn on_first_screen(image: &html::ImageRef, kind: PageKind) -> bool {
    image.index == 0 && image.text_before < 200 && kind != PageKind::Myth
}

/// Name, logo, contacts and (`with_pages`: on the landing page) the list of pages, as seen from
/// a document in `from_dir`. The home and chooser pages list campaigns without their pages: at
/// 10,000 pages those lists were a quarter of the website's memory, and a front page that grows
/// with the site costs every reader.
pub fn campaign_data<'a>(
    edition: &'a Edition,
    campaign: &'a LocalCampaign,
    from_dir: &str,
    with_pages: bool,
    images: &Images,
) -> CampaignData<'a> {
    let c = campaign.campaign;
    let view = &campaign.view;
    let lang = &edition.language.code;
    let pages = if with_pages {
        listed(campaign).map(|p| page_link(p, from_dir)).collect()
    } else {
        Vec::new()
    };
    let contacts = view
        .contacts
        .iter()
        .map(|contact| ContactData {
            label: &contact.label,
            label_lang: contact.label_lang.as_deref(),
            phone: contact.phone.as_deref(),
            tel_href: contact.e164.as_ref().map(|e164| format!("tel:{e164}")),
            whatsapp_href: contact.whatsapp.as_ref().map(|n| format!("https://wa.me/{n}")),
            hours: contact.hours.as_deref(),
            hours_lang: contact.hours_lang.as_deref(),
            country: contact.country.as_deref(),
        })
        .collect();
    CampaignData {
        slug: &c.slug,
        name: &view.name,
        name_lang: view.name_lang.as_deref(),
        tagline: view.tagline.as_deref(),
        tagline_lang: view.tagline_lang.as_deref(),
        href: to_page(from_dir, &page_dir(lang, &c.slug, "")),
        // A photo as a logo: its smallest published copy (a logo is drawn small).
        logo: c.logo.as_ref().map(|logo| match images.get(&c.slug, logo) {
            Some(image) => image
                .smallest(crate::imaging::Format::Jpeg)
                .map_or_else(String::new, |f| f.href(from_dir)),
            None => url::relative(from_dir, &url::asset_path(&c.slug, logo)),
        }),
        pages,
        page_count: listed(campaign).count(),
        tip_count: campaign.pages.iter().filter(|p| p.page.kind == PageKind::Tip).count(),
        contacts,
        colors: Colors {
            primary: c.colors.primary.as_str(),
            accent: c.colors.accent.as_str(),
        },
    }
}

/// The pages a campaign's list shows: all but the landing page, in order.
fn listed<'c, 'a>(campaign: &'c LocalCampaign<'a>) -> impl Iterator<Item = &'c LocalPage<'a>> {
    campaign.pages.iter().filter(|p| !p.page.is_index())
}

fn page_link<'a>(p: &'a LocalPage, from_dir: &str) -> PageLink<'a> {
    PageLink {
        title: &p.page.title,
        summary: &p.page.summary,
        kind: p.page.kind,
        kind_label: &p.view.kind_label,
        href: to_page(from_dir, &p.view.dir),
        lang: &p.page.lang,
        fallback: p.fallback,
    }
}

/// The pages before and after page `slug` in its campaign's list.
fn nav<'a>(campaign: &'a LocalCampaign, from_dir: &str, slug: &str) -> Nav<'a> {
    let pages: Vec<_> = listed(campaign).collect();
    let at = pages.iter().position(|p| p.page.slug == slug);
    let link = |i: Option<usize>| i.and_then(|i| pages.get(i)).map(|p| page_link(p, from_dir));
    Nav {
        previous: link(at.and_then(|i| i.checked_sub(1))),
        next: link(at.map(|i| i + 1)),
    }
}

/// A card's download link as seen from a document in `from_dir`.
fn card_link<'a>(from_dir: &str, card: &PlannedCard, ui: &'a crate::localize::Ui) -> CardLink<'a> {
    let (w, h) = card.format.size_pt();
    CardLink {
        format: card.format.as_str(),
        label: ui.get(&format!("card_{}", card.format.as_str())),
        size: format!("{}×{}", w * 2, h * 2),
        href: url::relative(from_dir, &card.path),
    }
}

/// The cards page of one language: every card with its alt text and a text to post with it.
pub fn cards_page<'a>(context: &'a Context, edition: &'a Edition) -> TemplateData<'a, CardsContext<'a>> {
    let site = context.site;
    let lang = edition.language.code.as_str();
    let dir = format!("{lang}/cards/");
    let project = site.project;
    let frame = frame(
        site,
        edition,
        Place {
            switcher: site
                .editions
                .iter()
                .map(|e| (e.language, format!("{}/cards/", e.language.code)))
                .collect(),
            ..Place::website(
                dir.clone(),
                format!(
                    "{} — {}",
                    edition.ui.get("cards_title"),
                    project.title.get(&edition.text_chain)
                ),
                edition.ui.get("cards_intro").to_string(),
                Some(format!("{}{dir}", project.base_url)),
            )
        },
    );
    let campaigns = edition
        .campaigns
        .iter()
        .map(|campaign| {
            let c = campaign.campaign;
            let pages = campaign
                .pages
                .iter()
                .filter_map(|p| {
                    let planned = context.plan.page(lang, &c.slug, &p.page.slug)?;
                    let first = planned.cards.first()?;
                    let summary = context.plan.card_summary(planned, first);
                    Some(CardsPage {
                        title: &p.page.title,
                        lang: &p.page.lang,
                        href: to_page(&dir, &p.view.dir),
                        preview: url::relative(&dir, &first.path),
                        preview_format: first.format.as_str(),
                        preview_width: first.format.size_pt().0,
                        preview_height: first.format.size_pt().1,
                        alt: &summary.alt,
                        post: &summary.post,
                        cards: planned.cards.iter().map(|k| card_link(&dir, k, &edition.ui)).collect(),
                    })
                })
                .collect();
            CardsCampaign {
                name: &campaign.view.name,
                name_lang: campaign.view.name_lang.as_deref(),
                pages,
            }
        })
        .collect();
    TemplateData {
        frame,
        own: CardsContext { campaigns },
    }
}

/// The home page of one language: its campaigns.
pub fn home<'a>(context: &'a Context, edition: &'a Edition) -> TemplateData<'a, HomeContext<'a>> {
    home_of(context, edition, Flavour::Online, None)
}

/// The home page of one language, for the website (linking `pack`) or the offline pack.
pub fn home_of<'a>(
    context: &'a Context,
    edition: &'a Edition,
    flavour: Flavour,
    pack: Option<PackLink>,
) -> TemplateData<'a, HomeContext<'a>> {
    let site = context.site;
    let lang = edition.language.code.as_str();
    let dir = format!("{lang}/");
    let project = site.project;
    let frame = frame(
        site,
        edition,
        Place {
            alternates: site
                .editions
                .iter()
                .map(|e| Alternate {
                    lang: e.language.code.clone(),
                    href: format!("{}{}/", project.base_url, e.language.code),
                })
                .collect(),
            switcher: site
                .editions
                .iter()
                .map(|e| (e.language, format!("{}/", e.language.code)))
                .collect(),
            ..Place::website(
                dir.clone(),
                project.title.get(&edition.text_chain).to_string(),
                edition.ui.get("home_description").to_string(),
                Some(format!("{}{dir}", project.base_url)),
            )
        },
    );
    let own = HomeContext {
        campaigns: edition
            .campaigns
            .iter()
            .map(|c| campaign_data(edition, c, &dir, false, &context.plan.images))
            .collect(),
        cards_href: (context.plan.has_cards() && flavour == Flavour::Online)
            .then(|| to_page(&dir, &format!("{lang}/cards/"))),
        pack,
    };
    let mut data = TemplateData { frame, own };
    if flavour == Flavour::Offline {
        offline_frame(&mut data.frame);
    }
    data
}

/// The chooser at the site root: every language with its campaigns, each in its own language.
pub fn chooser<'a>(context: &'a Context, edition: &'a Edition) -> TemplateData<'a, ChooserContext<'a>> {
    let site = context.site;
    let project = site.project;
    let frame = frame(
        site,
        edition,
        Place::website(
            String::new(),
            project.title.get(&edition.text_chain).to_string(),
            edition.ui.get("home_description").to_string(),
            Some(project.base_url.clone()),
        ),
    );
    let languages = site
        .editions
        .iter()
        .map(|e| ChooserLanguage {
            code: &e.language.code,
            name: &e.language.name,
            dir: e.language.direction,
            ui_lang: &e.ui.lang,
            title: project.title.get(&e.text_chain),
            choose: e.ui.get("choose_campaign"),
            href: to_page("", &format!("{}/", e.language.code)),
            campaigns: e
                .campaigns
                .iter()
                .map(|c| campaign_data(e, c, "", false, &context.plan.images))
                .collect(),
        })
        .collect();
    TemplateData {
        frame,
        own: ChooserContext { languages },
    }
}

/// The chooser of an offline pack: only its own language.
pub fn chooser_of<'a>(context: &'a Context, edition: &'a Edition) -> TemplateData<'a, ChooserContext<'a>> {
    let mut data = chooser(context, edition);
    data.own.languages.retain(|l| l.code == edition.language.code);
    data
}

/// The 404 page: served for any missing address, so its links are absolute paths.
pub fn not_found<'a>(site: &'a Site, edition: &'a Edition) -> TemplateData<'a, NotFoundContext<'a>> {
    let project = site.project;
    let mut frame = frame(
        site,
        edition,
        Place::website(
            String::new(),
            edition.ui.get("not_found_title").to_string(),
            edition.ui.get("not_found_text").to_string(),
            None,
        ),
    );
    let base_path = project
        .base_url
        .split("://")
        .nth(1)
        .and_then(|rest| rest.find('/').map(|i| rest[i..].to_string()))
        .unwrap_or_else(|| "/".to_string());
    frame.stylesheet = format!("{base_path}static/style.css");
    frame.chooser_href = base_path.clone();
    frame.home_href = format!("{base_path}{}/", edition.language.code);
    let homes = site
        .editions
        .iter()
        .map(|e| Home {
            code: &e.language.code,
            name: &e.language.name,
            dir: e.language.direction,
            href: format!("{base_path}{}/", e.language.code),
        })
        .collect();
    TemplateData {
        frame,
        own: NotFoundContext { homes },
    }
}
