//! A social card's document: the data its template gets, the files it reads, and the hash of
//! everything that shapes the picture (template, fonts, data, logo, format, date), which names
//! the card in `og:image` (so previews refresh when it changes) and decides its reuse.

use std::collections::{BTreeMap, HashMap};
use std::hash::Hasher;
use std::sync::Mutex;

use serde::Serialize;
use siphasher::sip::SipHasher13;

use crate::load::Blob;
use crate::localize::view::isolate_ltr;
use crate::localize::{Edition, LocalCampaign, LocalPage, PageView};
use crate::project::{CardFormat, Date, Direction, PageKind};
use crate::render::facts::CampaignFacts;
use crate::typeset::{self, Document, asset_path, data_text, typst_lang};

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
    campaign: CampaignFacts<'a>,
    short_url: &'a str,
    contact: Option<Contact<'a>>,
    /// The photo behind the text (`card: { image }`), for `image(…)`.
    image: Option<String>,
    /// The veil's opacity over `image`, measured on the photo when the card is drawn: a
    /// function of the photo and the colours, which the hash covers.
    scrim: Option<f64>,
}

#[derive(Serialize)]
struct Labels<'a> {
    myth: &'a str,
    fact: &'a str,
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
    "tagline",
];

/// A card ready to typeset: its data, the files it reads, and the hash of all of it.
pub struct CardDocument<'a> {
    data: CardData<'a>,
    /// The logo and the photo, as their originals.
    files: BTreeMap<String, Blob>,
    today: Date,
    /// 16 hex digits over every input of the picture.
    pub hash: String,
}

impl CardDocument<'_> {
    /// Every text drawn, for the glyph-coverage check.
    pub fn text(&self) -> String {
        data_text(&json(&self.data).0, NOT_DRAWN)
    }

    /// The campaign file drawn behind the text, if any.
    pub fn background(&self) -> Option<&str> {
        self.data.image.as_deref().and_then(typeset::asset_of)
    }

    /// The document to typeset, with `files` (the copies drawn, by virtual path) in place of
    /// the originals and the veil's opacity.
    pub fn into_document(mut self, files: BTreeMap<String, Blob>, scrim: Option<f64>) -> Document {
        self.data.scrim = scrim;
        let mut all = files;
        all.insert("/data.json".to_string(), json(&self.data).1.into());
        Document {
            main: "#import \"/cards/card.typ\": card\n#card(json(\"/data.json\"))\n".to_string(),
            files: all,
            today: self.today,
        }
    }

    /// The data the template reads (the veil's opacity not measured yet).
    pub fn data(&self) -> serde_json::Value {
        json(&self.data).0
    }

    /// The files the card reads, as their originals.
    pub fn files(&self) -> &BTreeMap<String, Blob> {
        &self.files
    }
}

/// The data as JSON, through a `Value`: keys in sorted order, the same bytes whatever the
/// field order.
fn json(data: &CardData) -> (serde_json::Value, Vec<u8>) {
    let value = serde_json::to_value(data).unwrap_or_default();
    let bytes = serde_json::to_vec(&value).unwrap_or_default();
    (value, bytes)
}

/// The digest of each picture a card reads, computed once a build: a photo is hashed once, not
/// for each of its pages' cards.
#[derive(Default)]
pub struct Digests(Mutex<HashMap<(String, String), u64>>);

impl Digests {
    fn of(&self, campaign: &str, path: &str, bytes: &Blob) -> u64 {
        let key = (campaign.to_string(), path.to_string());
        if let Some(digest) = self.0.lock().ok().and_then(|d| d.get(&key).copied()) {
            return digest;
        }
        let mut hasher = SipHasher13::new();
        hasher.write(bytes);
        let digest = hasher.finish();
        if let Ok(mut digests) = self.0.lock() {
            digests.insert(key, digest);
        }
        digest
    }
}

pub fn document<'a>(
    edition: &'a Edition,
    campaign: &'a LocalCampaign,
    local: &'a LocalPage,
    format: CardFormat,
    (fingerprint, digests): (u64, &Digests),
    today: Date,
) -> CardDocument<'a> {
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
        content_lang: typst_lang(&view.content_lang),
        content_dir: view.content_dir,
        headline: &view.card_headline,
        summary: &view.summary,
        kind: view.kind,
        kind_label: &view.kind_label,
        tip: view.tip.as_ref(),
        myth: view.myth.as_deref(),
        fact: view.fact.as_deref(),
        labels: Labels {
            myth: ui.get("myth_label"),
            fact: ui.get("fact_label"),
        },
        campaign: CampaignFacts::of(&campaign.view),
        short_url: &view.short_url,
        contact,
        image: p.card_image().map(asset_path),
        scrim: None,
    };
    let mut files = BTreeMap::new();
    if let (Some(logo), Some(bytes)) = (&c.logo, c.logo_bytes()) {
        files.insert(asset_path(logo), bytes.clone());
    }
    // Photos are hashed as their originals: the copy drawn is made from them, at render time.
    if let Some(rel) = p.card_image()
        && let Some(bytes) = c.assets.get(rel)
    {
        files.insert(asset_path(rel), bytes.clone());
    }
    let mut hasher = SipHasher13::new();
    hasher.write_u64(fingerprint);
    // Templates may show today's date.
    hasher.write(today.to_string().as_bytes());
    // The data as the template gets it, hashed without making its JSON (most of a preview's
    // time for an unchanged card). In the order of `CardData`'s fields: reordering them names
    // every card anew once (its `og:image ?v=`), as any change of this program may.
    crate::render::reuse::hash_value(&mut hasher, &data);
    for (path, bytes) in &files {
        hasher.write(path.as_bytes());
        hasher.write_u8(0);
        hasher.write_u64(digests.of(&c.slug, path, bytes));
    }
    CardDocument {
        hash: format!("{:016x}", hasher.finish()),
        data,
        files,
        today,
    }
}

/// Describes the card for people who cannot see it.
pub fn alt(edition: &Edition, campaign: &LocalCampaign, local: &LocalPage) -> String {
    let ui = &edition.ui;
    let view = &local.view;
    let name = &campaign.view.name;
    match (view.kind, &view.myth, &view.fact) {
        (PageKind::Myth, Some(myth), Some(fact)) => format!(
            "{}: {myth} {}: {fact} {name}",
            ui.get("myth_label"),
            ui.get("fact_label"),
        ),
        _ => format!("{}. {} {name}", view.card_headline, view.summary),
    }
}
