//! A social card's document: the data its template gets, the files it reads, and the hash of
//! everything that shapes the picture (template, fonts, data, logo, format, date), which names
//! the card in `og:image` (so previews refresh when it changes) and decides its reuse.

use std::collections::BTreeMap;
use std::hash::Hasher;

use serde::Serialize;
use siphasher::sip::SipHasher13;

use crate::localize::view::isolate_ltr;
use crate::localize::{Edition, LocalCampaign, LocalPage, PageView};
use crate::project::{CardFormat, Direction, PageKind};
use crate::typeset::{Document, data_text, typst_lang};

/// What the card template reads in `/data.json`.
#[derive(Serialize)]
struct CardData<'a> {
    format: &'static str,
    width: u32,
    height: u32,
    lang: String,
    dir: Direction,
    content_lang: String,
    content_dir: Direction,
    headline: &'a str,
    summary: &'a str,
    kind: PageKind,
    kind_label: &'a str,
    tip: Option<&'a crate::localize::view::TipNumber>,
    myth: Option<&'a str>,
    fact: Option<&'a str>,
    labels: Labels<'a>,
    campaign: CampaignData<'a>,
    short_url: &'a str,
    contact: Option<Contact<'a>>,
    /// The photo behind the text (`card: { image }`), for `image(…)`.
    image: Option<String>,
    /// The veil's opacity over `image`: measured on the photo when the card is drawn.
    scrim: Option<f64>,
}

#[derive(Serialize)]
struct Labels<'a> {
    myth: &'a str,
    fact: &'a str,
}

#[derive(Serialize)]
struct CampaignData<'a> {
    name: &'a str,
    primary: &'a str,
    accent: &'a str,
    /// Text on the accent colour: dark or white, whichever reads better.
    on_accent: String,
    logo: Option<String>,
}

#[derive(Serialize)]
struct Contact<'a> {
    label: &'a str,
    phone: Option<String>,
}

/// Keys of the card data that are codes, colours and paths, not drawn text.
const NOT_DRAWN: &[&str] = &[
    "format",
    "lang",
    "dir",
    "content_lang",
    "content_dir",
    "kind",
    "primary",
    "accent",
    "on_accent",
    "logo",
    "image",
    "scrim",
];

/// A card ready to typeset.
pub struct CardDocument {
    pub document: Document,
    /// Every text drawn, for the glyph-coverage check.
    pub text: String,
    /// 16 hex digits over every input of the picture.
    pub hash: String,
}

pub fn document(
    edition: &Edition,
    campaign: &LocalCampaign,
    local: &LocalPage,
    format: CardFormat,
    fingerprint: u64,
    today: crate::project::Date,
) -> CardDocument {
    let c = campaign.campaign;
    let p = local.page;
    let view: &PageView = &local.view;
    let ui = &edition.ui;
    let (width, height) = format.size_pt();
    let contact = campaign
        .view
        .contacts
        .iter()
        .find(|k| k.phone.is_some())
        .map(|k| Contact {
            label: &k.label,
            phone: k.phone.as_deref().map(isolate_ltr),
        });
    let data = CardData {
        format: format.as_str(),
        width,
        height,
        lang: typst_lang(&edition.language.code),
        dir: edition.language.direction,
        content_lang: typst_lang(&p.lang),
        content_dir: view.content_dir,
        headline: p.card_headline(),
        summary: &view.summary,
        kind: view.kind,
        kind_label: if p.is_index() { "" } else { &view.kind_label },
        tip: view.tip.as_ref(),
        myth: view.myth.as_deref(),
        fact: view.fact.as_deref(),
        labels: Labels {
            myth: ui.get("myth_label"),
            fact: ui.get("fact_label"),
        },
        campaign: CampaignData {
            name: &campaign.view.name,
            primary: c.colors.primary.as_str(),
            accent: c.colors.accent.as_str(),
            on_accent: c.colors.accent.text_on().to_string(),
            logo: c.logo.as_ref().map(|l| format!("/assets/{l}")),
        },
        short_url: &view.short_url,
        contact,
        image: p.card_image().map(|rel| format!("/assets/{rel}")),
        scrim: None,
    };
    // Through a `Value`: keys in sorted order, the same bytes whatever the field order.
    let value = serde_json::to_value(&data).unwrap_or_default();
    let json = serde_json::to_vec(&value).unwrap_or_default();
    let mut files = BTreeMap::new();
    if let (Some(logo), Some(bytes)) = (&c.logo, c.logo_bytes()) {
        files.insert(format!("/assets/{logo}"), bytes.clone());
    }
    // Photos are hashed as their originals: the copy drawn is made from them, at render time.
    if let Some(rel) = p.card_image()
        && let Some(bytes) = c.assets.get(rel)
    {
        files.insert(format!("/assets/{rel}"), bytes.clone());
    }
    let mut hasher = SipHasher13::new();
    hasher.write_u64(fingerprint);
    // Templates may show today's date.
    hasher.write(today.to_string().as_bytes());
    hasher.write(&json);
    for (path, bytes) in &files {
        hasher.write(path.as_bytes());
        hasher.write(bytes);
    }
    files.insert("/data.json".to_string(), json.into());
    CardDocument {
        document: Document {
            main: "#import \"/cards/card.typ\": card\n#card(json(\"/data.json\"))\n".to_string(),
            files,
            today,
        },
        text: data_text(&value, NOT_DRAWN),
        hash: format!("{:016x}", hasher.finish()),
    }
}

/// Describes the card for people who cannot see it.
pub fn alt(edition: &Edition, campaign: &LocalCampaign, local: &LocalPage) -> String {
    let ui = &edition.ui;
    let p = local.page;
    let name = &campaign.view.name;
    match (p.kind, &p.myth, &p.fact) {
        (PageKind::Myth, Some(myth), Some(fact)) => format!(
            "{}: {myth} {}: {fact} {name}",
            ui.get("myth_label"),
            ui.get("fact_label"),
        ),
        _ => format!("{}. {} {name}", p.card_headline(), p.summary),
    }
}

/// A suggested text to post with the card: the share text and the page's address.
pub fn post(edition: &Edition, local: &LocalPage) -> String {
    let p = local.page;
    format!(
        "{}\n{}",
        edition
            .ui
            .format("share_text", &[("title", &format!("{} — {}", p.title, p.summary))]),
        local.view.url
    )
}
