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
use crate::url::{self, Paper};

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

/// What every document of a campaign in one edition shares.
#[derive(Serialize)]
pub struct Frame<'a> {
    lang: String,
    dir: Direction,
    language: &'a str,
    paper: &'static str,
    campaign: CampaignFacts<'a>,
    labels: Labels<'a>,
    contacts: Vec<Contact<'a>>,
    /// The QR code of the document's address: a page's handouts on both papers share one.
    qr: Cow<'a, Value>,
    /// The number of pages, where altavoz expects it: 1 for a handout. A footer that prints it
    /// spares typst laying the document out a second time to count them (a tenth of a handout's
    /// time); a handout found longer is made again with none here.
    page_total: Option<usize>,
}

#[derive(Serialize)]
struct Labels<'a> {
    myth: &'a str,
    fact: &'a str,
    contacts: &'a str,
    scan: &'a str,
    sources: &'a str,
    contents: &'a str,
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
    frame: Frame<'a>,
}

/// A campaign's booklet: the campaign, then its pages.
#[derive(Serialize)]
pub struct Booklet<'a> {
    #[serde(flatten)]
    frame: Frame<'a>,
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

fn review_line<'a>(edition: &'a Edition, view: &'a PageView) -> String {
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
    let p = local.page;
    let lang = &edition.language.code;
    let images = std::cell::RefCell::new(Vec::new());
    // Page names are letters, digits, `-`, `_` and `/`: a valid typst label once `/` is `.`.
    let name = p.slug.replace('/', ".");
    let converted = convert::convert(&p.body, &name, &|dest, is_image| match campaign.link(p, dest, lang) {
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

/// What every document of `campaign` in `edition` on `paper` shows, with the QR code `qr`.
fn frame<'a>(
    edition: &'a Edition,
    campaign: &'a LocalCampaign,
    paper: Paper,
    qr: Cow<'a, Value>,
    page_total: Option<usize>,
) -> Frame<'a> {
    let ui = &edition.ui;
    Frame {
        lang: typst_lang(&edition.language.code),
        dir: edition.language.direction,
        language: &edition.language.name,
        paper: match paper {
            Paper::Letter => "us-letter",
            Paper::A4 => "a4",
        },
        campaign: CampaignFacts::of(&campaign.view),
        labels: Labels {
            myth: ui.get("myth_label"),
            fact: ui.get("fact_label"),
            contacts: ui.get("contacts_title"),
            scan: ui.get("print_scan"),
            sources: ui.get("sources"),
            contents: ui.get("print_contents"),
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
        page_total,
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
        frame: frame(edition, campaign, paper, Cow::Borrowed(qr), Some(1)),
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
        frame: frame(edition, campaign, paper, Cow::Owned(qr::runs(&view.url)), None),
        content_lang: typst_lang(&view.content_lang),
        title: &campaign.view.name,
        summary: campaign.view.tagline.as_deref().unwrap_or(&view.summary),
        reviewed: review_line(edition, view),
        url: view.url.clone(),
        short_url: view.short_url.clone(),
        pages,
    }
}
