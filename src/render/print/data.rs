//! The values templates get in `/data.json`: texts already localized, colours, contacts, the QR
//! code of the page's address in the same language.

use serde_json::{Value, json};

use super::convert::{self, ConvertError, Converted, Resolved};
use super::qr;
use crate::localize::{Edition, LocalCampaign, LocalPage, Site};
use crate::render::site::context::format_date;
use crate::render::site::urls::{page_dir, short_url};
use crate::typeset::typst_lang;
use crate::validate::links::{Target, resolve};

/// A page's own values and its body as Typst markup.
pub fn page(
    site: &Site,
    edition: &Edition,
    campaign: &LocalCampaign,
    local: &LocalPage,
) -> Result<(Value, Converted), ConvertError> {
    let p = local.page;
    let c = campaign.campaign;
    let ui = &edition.ui;
    let lang = &edition.language.code;
    let base = &site.project.base_url;
    let url = format!("{base}{}", page_dir(lang, &c.slug, &p.slug));
    let body = convert::convert(&p.body, &|dest, is_image| match resolve(&p.rel, dest) {
        Target::Page(rel, _) => {
            let slug = crate::validate::slug_of(&rel);
            if campaign.pages.iter().any(|lp| lp.page.slug == slug) {
                Resolved::Url(format!("{base}{}", page_dir(lang, &c.slug, &slug)))
            } else {
                Resolved::Text
            }
        }
        Target::Asset(rel) if is_image => Resolved::Image(format!("/assets/{rel}")),
        Target::Asset(rel) => Resolved::Url(format!("{base}assets/{}/{rel}", c.slug)),
        Target::External => {
            let lower = dest.trim().to_ascii_lowercase();
            let scheme = lower.split(':').next().unwrap_or("");
            if crate::render::markdown::LINK_SCHEMES.contains(&scheme) && !is_image {
                Resolved::Url(dest.trim().to_string())
            } else {
                Resolved::Text
            }
        }
        _ => Resolved::Text,
    })?;
    let tip = campaign
        .tip_number(&p.slug, ui)
        .map(|(n, label)| json!({ "n": n, "label": label }));
    let value = json!({
        "title": p.title,
        "summary": p.summary,
        "kind": p.kind.as_str(),
        // The landing page introduces the campaign: no kind label above its title.
        "kind_label": if p.is_index() { "" } else { ui.get(&format!("kind_{}", p.kind.as_str())) },
        "tip": tip,
        "myth": p.myth,
        "fact": p.fact,
        "content_lang": typst_lang(&p.lang),
        // A fallback page says so on paper too: the text is not in the reader's language.
        "fallback_notice": local.fallback.then(|| {
            let source = site.project.language(&p.lang).map_or(p.lang.as_str(), |l| l.name.as_str());
            ui.format("fallback_notice", &[("language", &edition.language.name), ("source", source)])
        }),
        "sources": p.sources.iter().map(|(title, url)| json!({ "title": title, "url": url })).collect::<Vec<_>>(),
        "reviewed": reviewed(edition, p),
        "url": url,
        "short_url": short_url(&url),
    });
    Ok((value, body))
}

fn reviewed(edition: &Edition, p: &crate::project::Page) -> String {
    let ui = &edition.ui;
    match (p.reviewed, &p.reviewed_by) {
        (Some(date), Some(who)) => ui.format("reviewed_on_by", &[("date", &format_date(date, ui)), ("who", who)]),
        (Some(date), None) => ui.format("reviewed_on", &[("date", &format_date(date, ui))]),
        _ => ui.get("not_reviewed").to_string(),
    }
}

/// Values of the whole document: language, paper, campaign, contacts and the QR code of `page`
/// (or of the campaign's landing page for a booklet).
pub fn document(
    site: &Site,
    edition: &Edition,
    campaign: &LocalCampaign,
    paper: &str,
    page: Option<&LocalPage>,
) -> Value {
    let c = campaign.campaign;
    let ui = &edition.ui;
    let chain = &edition.text_chain;
    let lang = &edition.language.code;
    let slug = page.map_or("", |p| p.page.slug.as_str());
    let url = format!("{}{}", site.project.base_url, page_dir(lang, &c.slug, slug));
    let index = campaign.index().page;
    json!({
        "lang": typst_lang(lang),
        "dir": edition.language.direction,
        "content_lang": typst_lang(&index.lang),
        "language": edition.language.name,
        "paper": if paper == "letter" { "us-letter" } else { "a4" },
        "title": c.name.get(chain),
        "summary": c.tagline.as_ref().map_or(index.summary.as_str(), |t| t.get(chain)),
        "reviewed": reviewed(edition, index),
        "campaign": {
            "name": c.name.get(chain),
            "tagline": c.tagline.as_ref().map(|t| t.get(chain)),
            "primary": c.colors.primary,
            "accent": c.colors.accent,
            "logo": c.logo.as_ref().map(|l| format!("/assets/{l}")),
        },
        "labels": {
            "myth": ui.get("myth_label"),
            "fact": ui.get("fact_label"),
            "contacts": ui.get("contacts_title"),
            "scan": ui.get("print_scan"),
            "sources": ui.get("sources"),
            "contents": ui.get("print_contents"),
        },
        "contacts": c.contacts.iter().map(|contact| json!({
            "label": contact.label.get(chain),
            // Isolated left-to-right, so digits keep their order inside right-to-left text.
            "phone": contact.phone.as_ref().map(|(display, _)| format!("\u{2066}{display}\u{2069}")),
            // "WhatsApp" alone when it is the same number; the number when it differs.
            "whatsapp": contact.whatsapp.as_ref().map(|n| {
                let same = contact.phone.as_ref().is_some_and(|(_, e164)| e164.trim_start_matches('+') == n);
                if same { "WhatsApp".to_string() } else { format!("WhatsApp +{n}") }
            }),
            "hours": contact.hours.as_ref().map(|h| h.get(chain)),
        })).collect::<Vec<_>>(),
        "qr": qr::runs(&url),
        "url": url,
        "short_url": short_url(&url),
    })
}

/// Adds the keys of `from` that `into` does not have.
pub fn extend(into: &mut Value, from: Value) {
    if let (Value::Object(into), Value::Object(from)) = (into, from) {
        for (key, value) in from {
            into.entry(key).or_insert(value);
        }
    }
}
