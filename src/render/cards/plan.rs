//! Which cards a build makes, with the data each template gets and a hash of everything that
//! shapes the picture (template, fonts, data, logo, format), used for the cache and in the
//! `og:image` address, so previews refresh when a card changes.

use std::hash::Hasher;
use std::path::PathBuf;

use rayon::prelude::*;
use serde_json::json;
use siphasher::sip::SipHasher13;

use crate::localize::{Edition, LocalCampaign, LocalPage, Site};
use crate::project::{CardFormat, Direction, PageKind};
use crate::render::site::urls::{page_dir, short_url};
use crate::theme::Theme;
use crate::typeset::{Document, typst_lang};

pub struct Card {
    /// Output path: `es/think-twice/cards/coyote-seguro-og.png`.
    pub path: String,
    pub format: CardFormat,
    pub lang: String,
    pub campaign: String,
    /// The page's slug (`""` for the landing page).
    pub slug: String,
    /// Project-relative source of the page, for messages.
    pub source: PathBuf,
    /// 16 hex digits over every input of the picture.
    pub hash: String,
    pub document: Document,
    /// Every text drawn, for the glyph-coverage check.
    pub text: String,
    /// Describes the card for people who cannot see it.
    pub alt: String,
    /// A suggested text to post with the card.
    pub post: String,
}

/// Output path of a card; the landing page is `index`.
pub fn card_path(lang: &str, campaign: &str, slug: &str, format: CardFormat) -> String {
    let name = if slug.is_empty() { "index" } else { slug };
    format!("{lang}/{campaign}/cards/{name}-{}.png", format.as_str())
}

pub fn plan(site: &Site, theme: &Theme) -> Vec<Card> {
    let fingerprint = fingerprint(theme);
    let mut wanted = Vec::new();
    for edition in &site.editions {
        for campaign in &edition.campaigns {
            for page in &campaign.pages {
                for format in page.page.card_formats(&campaign.campaign.card_formats) {
                    wanted.push((edition, campaign, page, format));
                }
            }
        }
    }
    // In order: the plan is the same whatever the thread timing.
    wanted
        .into_par_iter()
        .map(|(edition, campaign, page, format)| card(site, edition, campaign, page, format, fingerprint))
        .collect()
}

/// The cards of one page, as [`plan`] makes them.
pub fn page_cards(
    site: &Site,
    edition: &Edition,
    campaign: &LocalCampaign,
    page: &LocalPage,
    fingerprint: u64,
) -> Vec<Card> {
    page.page
        .card_formats(&campaign.campaign.card_formats)
        .into_iter()
        .map(|format| card(site, edition, campaign, page, format, fingerprint))
        .collect()
}

/// Whether the build makes any card at all.
pub fn any(site: &Site) -> bool {
    site.outputs.contains(&"cards")
        && site.editions.iter().flat_map(|e| &e.campaigns).any(|c| {
            c.pages
                .iter()
                .any(|p| !p.page.card_formats(&c.campaign.card_formats).is_empty())
        })
}

/// The theme files every card depends on, and this program's version.
pub fn fingerprint(theme: &Theme) -> u64 {
    crate::render::reuse::fingerprint(theme, &["cards", "fonts"])
}

fn card(
    site: &Site,
    edition: &Edition,
    campaign: &LocalCampaign,
    local: &LocalPage,
    format: CardFormat,
    fingerprint: u64,
) -> Card {
    let c = campaign.campaign;
    let p = local.page;
    let ui = &edition.ui;
    let chain = &edition.text_chain;
    let lang = &edition.language.code;
    let url = format!("{}{}", site.project.base_url, page_dir(lang, &c.slug, &p.slug));
    let short_url = short_url(&url);
    let tip = campaign
        .tip_number(&p.slug, ui)
        .map(|(n, label)| json!({ "n": n, "label": label }));
    let headline = p.card_headline().to_string();
    let contact = c.contacts.iter().find(|k| k.phone.is_some()).map(|k| {
        json!({
            "label": k.label.get(chain),
            // Isolated left-to-right, so digits keep their order inside right-to-left text.
            "phone": k.phone.as_ref().map(|(display, _)| format!("\u{2066}{display}\u{2069}")),
        })
    });
    let (width, height) = format.size_pt();
    let content_lang = typst_lang(&p.lang);
    let data = json!({
        "format": format.as_str(),
        "width": width,
        "height": height,
        "lang": typst_lang(lang),
        "dir": edition.language.direction,
        "content_lang": content_lang,
        "content_dir": Direction::of(&p.lang),
        "headline": headline,
        "summary": p.summary,
        "kind": p.kind.as_str(),
        "kind_label": if p.is_index() { "" } else { ui.get(&format!("kind_{}", p.kind.as_str())) },
        "tip": tip,
        "myth": p.myth,
        "fact": p.fact,
        "labels": { "myth": ui.get("myth_label"), "fact": ui.get("fact_label") },
        "campaign": {
            "name": c.name.get(chain),
            "primary": c.colors.primary,
            "accent": c.colors.accent,
            // Text on the accent colour: dark or white, whichever reads better.
            "on_accent": if crate::validate::contrast_ratio(&c.colors.accent, "#1b1b1b") >= crate::validate::contrast_ratio(&c.colors.accent, "#ffffff") { "#1b1b1b" } else { "#ffffff" },
            "logo": c.logo.as_ref().map(|l| format!("/assets/{l}")),
        },
        "short_url": short_url,
        "contact": contact,
    });
    let json = serde_json::to_vec(&data).unwrap_or_default();
    let mut files = std::collections::BTreeMap::new();
    if let Some(logo) = &c.logo
        && let Some(bytes) = c.assets.get(logo)
    {
        files.insert(format!("/assets/{logo}"), bytes.clone());
    }
    let mut hasher = SipHasher13::new();
    hasher.write_u64(fingerprint);
    // Templates may show today's date.
    hasher.write(site.today.to_string().as_bytes());
    hasher.write(&json);
    for (path, bytes) in &files {
        hasher.write(path.as_bytes());
        hasher.write(bytes);
    }
    files.insert("/data.json".to_string(), json);
    let text = crate::typeset::data_text(
        &data,
        &[
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
        ],
    );
    let alt = match (p.kind, &p.myth, &p.fact) {
        (PageKind::Myth, Some(myth), Some(fact)) => format!(
            "{}: {myth} {}: {fact} {}",
            ui.get("myth_label"),
            ui.get("fact_label"),
            c.name.get(chain)
        ),
        _ => format!("{headline}. {} {}", p.summary, c.name.get(chain)),
    };
    Card {
        path: card_path(lang, &c.slug, &p.slug, format),
        format,
        lang: lang.clone(),
        campaign: c.slug.clone(),
        slug: p.slug.clone(),
        source: p.path.clone(),
        hash: format!("{:016x}", hasher.finish()),
        document: Document {
            main: "#import \"/cards/card.typ\": card\n#card(json(\"/data.json\"))\n".to_string(),
            files,
            today: site.today,
        },
        text,
        alt,
        post: format!(
            "{}\n{url}",
            ui.format("share_text", &[("title", &format!("{} — {}", p.title, p.summary))])
        ),
    }
}
