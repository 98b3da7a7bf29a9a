//! The values templates get in `/data.json`: the page views of `localize` as print shows them,
//! the campaign, its contacts, and the QR code of the page's address in the same language.

use std::borrow::Cow;

use serde::Serialize;
use serde_json::Value;

use super::convert::{self, ConvertError, Converted, Resolved};
use super::qr;
use crate::localize::view::{SourceView, TipNumber};
use crate::localize::{Edition, Link, LocalCampaign, LocalPage, PageView};
use crate::project::{Direction, PageKind};
use crate::render::facts::CampaignFacts;
use crate::typeset::{asset_path, typst_lang};
use crate::url::{self, Paper, PosterSize};

/// A page as a handout or a booklet shows it.
#[derive(Serialize)]
pub struct PrintPage<'a> {
    title: &'a str,
    summary: &'a str,
    kind: PageKind,
    /// The landing page introduces the campaign: no kind label above its title.
    kind_label: &'a str,
    tip: Option<&'a TipNumber>,
    myth: Option<&'a str>,
    fact: Option<&'a str>,
    content_lang: String,
    /// A fallback page says so on paper too: the text is not in the reader's language.
    fallback_notice: Option<&'a str>,
    /// An outdated translation says so on paper too.
    outdated_notice: Option<&'a str>,
    sources: &'a [SourceView],
    reviewed: String,
    url: &'a str,
    short_url: &'a str,
}

/// Key points a slide or a poster shows; the rest are in the handout.
pub const MAX_POINTS: usize = 4;

/// A page as workshop slides and posters show it: the handout's page, with its key points and,
/// for a story, its picture.
#[derive(Serialize)]
pub struct SlidePage<'a> {
    #[serde(flatten)]
    page: PrintPage<'a>,
    /// Names the page in what a template reports (`<altavoz-overflow>`).
    slug: &'a str,
    /// The first [`MAX_POINTS`] key points; a template shows fewer when they do not fit.
    points: &'a [String],
    /// How many points there are besides `points` ("And 3 more in the handout.").
    points_hidden: usize,
    picture: Option<SlidePicture>,
}

#[derive(Serialize)]
pub struct SlidePicture {
    /// The virtual path, for `image(…)`.
    path: String,
    alt: String,
}

/// A page for slides and posters, and the campaign file of its picture (for the document's
/// files).
pub fn slide_page<'a>(
    edition: &'a Edition,
    campaign: &'a LocalCampaign,
    local: &'a LocalPage,
) -> (SlidePage<'a>, Option<String>) {
    let view = &local.view;
    let shown = view.points.len().min(MAX_POINTS);
    let more = view.points.len() - shown;
    let picture = (view.kind == PageKind::Story)
        .then(|| picture(campaign, local, &edition.language.code))
        .flatten();
    let page = SlidePage {
        page: page(edition, local),
        slug: &local.page.slug,
        points: &view.points[..shown],
        points_hidden: more,
        picture: picture.as_ref().map(|(rel, alt)| SlidePicture {
            path: asset_path(rel),
            alt: alt.clone(),
        }),
    };
    (page, picture.map(|(rel, _)| rel))
}

/// A story's picture: the first image of its body that is a campaign file, with its
/// description; else the photo of its cards, described by the summary.
fn picture(campaign: &LocalCampaign, local: &LocalPage, lang: &str) -> Option<(String, String)> {
    use pulldown_cmark::{Event, Parser, Tag, TagEnd};
    let p = local.page;
    let mut image: Option<(String, String)> = None;
    for event in Parser::new_ext(&p.body, crate::markdown::options()) {
        match event {
            Event::Start(Tag::Image { dest_url, .. }) if image.is_none() => {
                if let Link::Asset(rel) = campaign.link(p, &dest_url, lang) {
                    image = Some((rel.to_string(), String::new()));
                }
            }
            Event::Text(text) => {
                if let Some((_, alt)) = image.as_mut() {
                    alt.push_str(&text);
                }
            }
            Event::End(TagEnd::Image) if image.is_some() => return image,
            _ => {}
        }
    }
    let card = match &p.card {
        Some(crate::load::CardSetting::Custom(card)) => card.image.as_deref(),
        _ => None,
    }?;
    let rel = card.trim_start_matches("./").strip_prefix("assets/")?;
    campaign
        .campaign
        .assets
        .contains_key(rel)
        .then(|| (rel.to_string(), p.summary.clone()))
}

/// What every document of a campaign in one edition shares.
#[derive(Serialize)]
pub struct SheetFrame<'a> {
    lang: String,
    dir: Direction,
    language: &'a str,
    paper: &'static str,
    campaign: CampaignFacts<'a>,
    labels: Labels<'a>,
    contacts: Vec<Contact<'a>>,
    /// The QR code of the document's address: a page's handouts on both papers share one.
    qr: Cow<'a, Value>,
}

#[derive(Serialize)]
struct Labels<'a> {
    myth: &'a str,
    fact: &'a str,
    contacts: &'a str,
    scan: &'a str,
    sources: &'a str,
    contents: &'a str,
    /// Slides, their notes and posters only.
    #[serde(flatten, skip_serializing_if = "Option::is_none")]
    trainers: Option<TrainerLabels<'a>>,
}

/// The words of workshop slides and their notes.
#[derive(Serialize)]
struct TrainerLabels<'a> {
    answer: &'a str,
    slides: &'a str,
    notes: &'a str,
    /// "Slide {n}", for the notes.
    slide: &'a str,
    /// "And {n} more in the handout.", under key points that are not all shown.
    more: &'a str,
}

/// What a document is, for the words and paper of its frame.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sheet {
    /// A handout or booklet on A4 or US Letter.
    Paper(Paper),
    /// Workshop slides (16:9), or their notes on `Paper`.
    Slides(Paper),
    Poster(PosterSize),
}

impl Sheet {
    /// The paper as typst names it.
    fn paper(self) -> &'static str {
        match self {
            Sheet::Paper(Paper::A4) | Sheet::Slides(Paper::A4) => "a4",
            Sheet::Paper(Paper::Letter) | Sheet::Slides(Paper::Letter) => "us-letter",
            Sheet::Poster(PosterSize::A3) => "a3",
            Sheet::Poster(PosterSize::Tabloid) => "us-tabloid",
        }
    }
}

#[derive(Serialize)]
struct Contact<'a> {
    label: &'a str,
    phone: Option<String>,
    /// "WhatsApp" alone when it is the same number; the number when it differs.
    whatsapp: Option<String>,
    hours: Option<&'a str>,
}

/// A page's handout.
#[derive(Serialize)]
pub struct Handout<'a> {
    #[serde(flatten)]
    page: PrintPage<'a>,
    #[serde(flatten)]
    frame: SheetFrame<'a>,
}

/// A campaign's booklet: the campaign, then its pages.
#[derive(Serialize)]
pub struct Booklet<'a> {
    #[serde(flatten)]
    frame: SheetFrame<'a>,
    content_lang: String,
    title: &'a str,
    summary: &'a str,
    reviewed: String,
    url: String,
    short_url: String,
    pages: Vec<PrintPage<'a>>,
}

/// The data of a document as the JSON file templates read: keys in sorted order, so the
/// bytes (and the document's hash) do not depend on field order.
pub fn json(data: &impl Serialize) -> (Value, Vec<u8>) {
    let value = serde_json::to_value(data).unwrap_or_default();
    let bytes = serde_json::to_vec(&value).unwrap_or_default();
    (value, bytes)
}

pub fn review_line<'a>(edition: &'a Edition, view: &'a PageView) -> String {
    view.reviewed
        .clone()
        .unwrap_or_else(|| edition.ui.get("not_reviewed").to_string())
}

pub fn page<'a>(edition: &'a Edition, local: &'a LocalPage) -> PrintPage<'a> {
    let view = &local.view;
    PrintPage {
        title: &view.title,
        summary: &view.summary,
        kind: view.kind,
        kind_label: &view.kind_label,
        tip: view.tip.as_ref(),
        myth: view.myth.as_deref(),
        fact: view.fact.as_deref(),
        content_lang: typst_lang(&view.content_lang),
        fallback_notice: view.fallback_notice.as_deref(),
        outdated_notice: view.outdated_notice.as_deref(),
        sources: &view.sources,
        reviewed: review_line(edition, view),
        url: &view.url,
        short_url: &view.short_url,
    }
}

/// A page's body as Typst markup: links to pages become their address, images the campaign's
/// files (returned with the body, so the document gets only the assets it uses).
pub fn body(
    edition: &Edition,
    campaign: &LocalCampaign,
    local: &LocalPage,
    base_url: &str,
) -> Result<(Converted, Vec<String>), ConvertError> {
    markdown(edition, campaign, local, &local.page.body, base_url)
}

/// Markdown of a page (its body, or its facilitator notes) as Typst markup, links and images
/// resolved as in its body.
pub fn markdown(
    edition: &Edition,
    campaign: &LocalCampaign,
    local: &LocalPage,
    text: &str,
    base_url: &str,
) -> Result<(Converted, Vec<String>), ConvertError> {
    let p = local.page;
    let lang = &edition.language.code;
    let images = std::cell::RefCell::new(Vec::new());
    // Page names are letters, digits, `-`, `_` and `/`: a valid typst label once `/` is `.`.
    let name = p.slug.replace('/', ".");
    let converted = convert::convert(text, &name, &|dest, is_image| match campaign.link(p, dest, lang) {
        Link::Page { dir, .. } => Resolved::Url(format!("{base_url}{dir}")),
        Link::Asset(rel) if is_image => {
            images.borrow_mut().push(rel.to_string());
            Resolved::Image(asset_path(rel))
        }
        Link::Asset(rel) => Resolved::Url(format!("{base_url}{}", url::asset_path(&campaign.campaign.slug, rel))),
        Link::External { allowed: true } if !is_image => Resolved::Url(dest.trim().to_string()),
        _ => Resolved::Text,
    })?;
    Ok((converted, images.into_inner()))
}

/// What every document of `campaign` in `edition` on `sheet` shows, with the QR code `qr`.
pub fn frame<'a>(
    edition: &'a Edition,
    campaign: &'a LocalCampaign,
    sheet: Sheet,
    qr: Cow<'a, Value>,
) -> SheetFrame<'a> {
    let ui = &edition.ui;
    SheetFrame {
        lang: typst_lang(&edition.language.code),
        dir: edition.language.direction,
        language: &edition.language.name,
        paper: sheet.paper(),
        campaign: CampaignFacts::of(&campaign.view),
        labels: Labels {
            myth: ui.get("myth_label"),
            fact: ui.get("fact_label"),
            contacts: ui.get("contacts_title"),
            // Slides lead to the campaign, a poster or handout to its page.
            scan: ui.get(if matches!(sheet, Sheet::Slides(_)) {
                "slides_scan"
            } else {
                "print_scan"
            }),
            sources: ui.get("sources"),
            contents: ui.get("print_contents"),
            trainers: matches!(sheet, Sheet::Slides(_) | Sheet::Poster(_)).then(|| TrainerLabels {
                answer: ui.get("slides_answer"),
                slides: ui.get("slides_title"),
                notes: ui.get("slides_notes"),
                slide: ui.get("slides_slide"),
                more: ui.get("slides_points_more"),
            }),
        },
        contacts: campaign
            .view
            .contacts
            .iter()
            .map(|contact| Contact {
                label: &contact.label,
                phone: contact.phone.as_deref().map(crate::localize::view::isolate_ltr),
                whatsapp: contact.whatsapp.as_ref().map(|n| {
                    let same = contact
                        .e164
                        .as_ref()
                        .is_some_and(|e164| e164.trim_start_matches('+') == n);
                    if same {
                        "WhatsApp".to_string()
                    } else {
                        format!("WhatsApp +{n}")
                    }
                }),
                hours: contact.hours.as_deref(),
            })
            .collect(),
        qr,
    }
}

pub fn handout<'a>(
    edition: &'a Edition,
    campaign: &'a LocalCampaign,
    local: &'a LocalPage,
    paper: Paper,
    qr: &'a Value,
) -> Handout<'a> {
    Handout {
        page: page(edition, local),
        frame: frame(edition, campaign, Sheet::Paper(paper), Cow::Borrowed(qr)),
    }
}

pub fn booklet<'a>(
    edition: &'a Edition,
    campaign: &'a LocalCampaign,
    paper: Paper,
    pages: Vec<PrintPage<'a>>,
) -> Booklet<'a> {
    let index = campaign.index();
    let view = &index.view;
    Booklet {
        frame: frame(edition, campaign, Sheet::Paper(paper), Cow::Owned(qr::runs(&view.url))),
        content_lang: typst_lang(&view.content_lang),
        title: &campaign.view.name,
        summary: campaign.view.tagline.as_deref().unwrap_or(&view.summary),
        reviewed: review_line(edition, view),
        url: view.url.clone(),
        short_url: view.short_url.clone(),
        pages,
    }
}
