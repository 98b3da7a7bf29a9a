//! The data each template gets. Everything is computed here (URLs, localized texts, dates), so
//! templates only place values: theme authors get data, never the file system.

use serde_json::{Value, json};

use super::urls::{self, encode_component, page_dir, to_page};
use crate::localize::{Edition, LocalCampaign, LocalPage, Site};
use crate::project::{CardFormat, Date, Language, PageKind};
use crate::render::cards::Card;
use crate::render::markdown;
use crate::validate::links::{Target, resolve};

/// Where a document sits and what every template needs around the content.
pub struct Frame<'a> {
    pub dir: String,
    pub title: String,
    pub description: String,
    /// Absolute URL of this document (`None`: no canonical link, as on the 404 page).
    pub canonical: Option<String>,
    /// (language code, absolute URL) of each translation, this one included.
    pub alternates: Vec<(String, String)>,
    /// (language, output folder, shows fallback content) of each edition that has this document.
    pub switcher: Vec<(&'a Language, String)>,
    /// Colours for the page, if it belongs to a campaign.
    pub colors: Option<(&'a str, &'a str)>,
    pub og_type: &'static str,
    /// The page's link-preview card: absolute URL (changing with its content), size, alt text.
    pub og_image: Option<Value>,
}

pub fn base(site: &Site, edition: &Edition, frame: Frame) -> serde_json::Map<String, Value> {
    let project = site.project;
    let lang = &edition.language.code;
    let root = urls::relative(&frame.dir, "");
    let site_title = project.title.get(&edition.text_chain).to_string();
    let switcher: Vec<Value> = frame
        .switcher
        .iter()
        .map(|(language, dir)| {
            json!({
                "code": language.code,
                "name": language.name,
                "dir": language.direction,
                "href": to_page(&frame.dir, dir),
                "current": &language.code == lang,
            })
        })
        .collect();
    let alternates: Vec<Value> = frame
        .alternates
        .iter()
        .map(|(code, href)| json!({ "lang": code, "href": href }))
        .collect();
    let (primary, accent) = frame.colors.unwrap_or(("#0b4f6c", "#f5a300"));
    let mut ctx = serde_json::Map::new();
    ctx.insert("lang".into(), json!(lang));
    ctx.insert("dir".into(), json!(edition.language.direction));
    // UI strings written in another language (a fallback) are marked as such.
    ctx.insert(
        "ui_lang".into(),
        json!((&edition.ui.lang != lang).then_some(&edition.ui.lang)),
    );
    ctx.insert("t".into(), json!(edition.ui.strings));
    ctx.insert("root".into(), json!(root));
    ctx.insert(
        "stylesheet".into(),
        json!(urls::relative(&frame.dir, "static/style.css")),
    );
    ctx.insert("site_title".into(), json!(site_title));
    ctx.insert("home_href".into(), json!(to_page(&frame.dir, &format!("{lang}/"))));
    ctx.insert("chooser_href".into(), json!(urls::relative(&frame.dir, "index.html")));
    ctx.insert("title".into(), json!(frame.title));
    ctx.insert("description".into(), json!(frame.description));
    ctx.insert("canonical".into(), json!(frame.canonical));
    ctx.insert("alternates".into(), json!(alternates));
    ctx.insert("switcher".into(), json!(switcher));
    ctx.insert("colors".into(), json!({ "primary": primary, "accent": accent }));
    ctx.insert("og_image".into(), json!(frame.og_image));
    ctx.insert(
        "og".into(),
        json!({
            "type": frame.og_type,
            "locale": lang.replace('-', "_"),
            "site_name": site_title,
        }),
    );
    ctx
}

/// A campaign page (the landing page too).
pub fn page(site: &Site, edition: &Edition, campaign: &LocalCampaign, local: &LocalPage, cards: &[&Card]) -> Value {
    let project = site.project;
    let c = campaign.campaign;
    let p = local.page;
    let chain = &edition.text_chain;
    let ui = &edition.ui;
    let lang = &edition.language.code;
    let dir = page_dir(lang, &c.slug, &p.slug);
    let languages = site.page_languages(&c.slug, &p.slug);
    let absolute = |code: &str| format!("{}{}", project.base_url, page_dir(code, &c.slug, &p.slug));
    // Fallback content is a copy: search engines are pointed to the original.
    let canonical = absolute(&p.lang);
    let alternates = languages
        .iter()
        .filter(|(_, _, own)| *own)
        .map(|(l, _, _)| (l.code.clone(), absolute(&l.code)))
        .collect();
    let switcher = languages
        .iter()
        .map(|(l, _, _)| (*l, page_dir(&l.code, &c.slug, &p.slug)))
        .collect();
    let campaign_name = c.name.get(chain).to_string();
    let title = if p.is_index() {
        p.title.clone()
    } else {
        format!("{} — {}", p.title, campaign_name)
    };
    let mut ctx = base(
        site,
        edition,
        Frame {
            dir: dir.clone(),
            title,
            description: p.summary.clone(),
            canonical: Some(canonical.clone()),
            alternates,
            switcher,
            colors: Some((&c.colors.primary, &c.colors.accent)),
            og_type: "article",
            og_image: cards.iter().find(|c| c.format == CardFormat::Og).map(|card| {
                json!({
                    "url": format!("{}{}?v={}", project.base_url, card.path, &card.hash[..10]),
                    "width": card.format.size_pt().0 * 2,
                    "height": card.format.size_pt().1 * 2,
                    "alt": card.alt,
                })
            }),
        },
    );
    let body = markdown::to_html(
        &p.body,
        &|link| match resolve(&p.rel, &link.dest) {
            Target::Page(rel, anchor) => {
                let slug = crate::validate::slug_of(&rel);
                // A draft is not built: links to it become plain text, never dead links.
                if !campaign.pages.iter().any(|p| p.page.slug == slug) {
                    return Some(String::new());
                }
                let href = to_page(&dir, &page_dir(lang, &c.slug, &slug));
                Some(match anchor {
                    Some(a) if !a.is_empty() => format!("{href}#{a}"),
                    _ => href,
                })
            }
            Target::Asset(rel) => Some(urls::relative(
                &dir,
                &format!("assets/{}/{}", c.slug, urls::encode_path(&rel)),
            )),
            _ => None,
        },
        ui.get("table_label"),
    );
    let reviewed = p.reviewed.map(|date| {
        let date = format_date(date, ui);
        match &p.reviewed_by {
            Some(who) => ui.format("reviewed_on_by", &[("date", &date), ("who", who)]),
            None => ui.format("reviewed_on", &[("date", &date)]),
        }
    });
    let tip_number = campaign.tip_number(&p.slug, ui).map(|(_, label)| label);
    let content_language = project.language(&p.lang).map_or(p.lang.as_str(), |l| l.name.as_str());
    let share_text = format!("{} — {}", p.title, p.summary);
    let share_href = format!(
        "https://wa.me/?text={}",
        encode_component(&format!(
            "{}\n{}",
            ui.format("share_text", &[("title", &share_text)]),
            absolute(lang)
        ))
    );
    ctx.insert(
        "page".into(),
        json!({
            "title": p.title,
            "summary": p.summary,
            "kind": p.kind.as_str(),
            "kind_label": ui.get(&format!("kind_{}", p.kind.as_str())),
            "tip_number": tip_number,
            "myth": p.myth,
            "fact": p.fact,
            "body": body,
            "is_index": p.is_index(),
            "reviewed": reviewed,
            "sources": p.sources.iter().map(|(title, url)| json!({ "title": title, "url": url })).collect::<Vec<_>>(),
            "content_lang": p.lang,
            "content_dir": crate::project::Direction::of(&p.lang),
            "fallback_notice": local.fallback.then(|| ui.format("fallback_notice", &[
                ("language", &edition.language.name),
                ("source", content_language),
            ])),
            "share_href": share_href,
            "url": absolute(lang),
        }),
    );
    ctx.insert(
        "campaign".into(),
        campaign_context(edition, campaign, &dir, Some(&p.slug)),
    );
    if !cards.is_empty() {
        ctx.insert(
            "cards".into(),
            json!(
                cards
                    .iter()
                    .map(|card| card_links(&dir, card, &edition.ui))
                    .collect::<Vec<_>>()
            ),
        );
    }
    // Links to handouts and booklets only when this build makes them: never a dead link.
    if site.outputs.contains(&"print") {
        let link = |path: String| urls::relative(&dir, &path);
        if p.handout {
            ctx.insert(
                "handouts".into(),
                json!(urls::PAPERS.map(|paper| json!({
                    "label": ui.get(&format!("print_{paper}")),
                    "href": link(urls::handout_path(lang, &c.slug, &p.slug, paper)),
                }))),
            );
        }
        if p.is_index() && !site.preview {
            ctx.insert(
                "booklets".into(),
                json!(urls::PAPERS.map(|paper| json!({
                    "label": ui.get(&format!("print_{paper}")),
                    "href": link(urls::booklet_path(lang, &c.slug, paper)),
                }))),
            );
        }
    }
    Value::Object(ctx)
}

/// Name, logo, contacts and the list of pages, as seen from a document in `from_dir`.
pub fn campaign_context(edition: &Edition, campaign: &LocalCampaign, from_dir: &str, current: Option<&str>) -> Value {
    let c = campaign.campaign;
    let chain = &edition.text_chain;
    let lang = &edition.language.code;
    let ui = &edition.ui;
    let pages: Vec<Value> = campaign
        .pages
        .iter()
        .filter(|p| !p.page.is_index())
        .map(|p| {
            json!({
                "title": p.page.title,
                "summary": p.page.summary,
                "kind": p.page.kind.as_str(),
                "kind_label": ui.get(&format!("kind_{}", p.page.kind.as_str())),
                "href": to_page(from_dir, &page_dir(lang, &c.slug, &p.page.slug)),
                "current": current == Some(p.page.slug.as_str()),
                "lang": p.page.lang,
                "fallback": p.fallback,
            })
        })
        .collect();
    let contacts: Vec<Value> = c
        .contacts
        .iter()
        .map(|contact| {
            json!({
                "label": contact.label.get(chain),
                "label_lang": contact.label.language_of(chain),
                "phone": contact.phone.as_ref().map(|(display, _)| display),
                "tel_href": contact.phone.as_ref().map(|(_, e164)| format!("tel:{e164}")),
                "whatsapp_href": contact.whatsapp.as_ref().map(|n| format!("https://wa.me/{n}")),
                "hours": contact.hours.as_ref().map(|h| h.get(chain)),
                "hours_lang": contact.hours.as_ref().and_then(|h| h.language_of(chain)),
                "country": contact.country,
            })
        })
        .collect();
    let tips = campaign.pages.iter().filter(|p| p.page.kind == PageKind::Tip).count();
    json!({
        "slug": c.slug,
        "name": c.name.get(chain),
        "name_lang": c.name.language_of(chain),
        "tagline": c.tagline.as_ref().map(|t| t.get(chain)),
        "tagline_lang": c.tagline.as_ref().and_then(|t| t.language_of(chain)),
        "href": to_page(from_dir, &page_dir(lang, &c.slug, "")),
        "logo": c.logo.as_ref().map(|logo| urls::relative(from_dir, &format!("assets/{}/{}", c.slug, urls::encode_path(logo)))),
        "pages": pages,
        "tip_count": tips,
        "contacts": contacts,
        "colors": { "primary": c.colors.primary, "accent": c.colors.accent },
    })
}

/// The home page of one language: its campaigns.
/// A card's download link as seen from a document in `from_dir`.
fn card_links(from_dir: &str, card: &Card, ui: &crate::localize::Ui) -> Value {
    let (w, h) = card.format.size_pt();
    json!({
        "format": card.format.as_str(),
        "label": ui.get(&format!("card_{}", card.format.as_str())),
        "size": format!("{}×{}", w * 2, h * 2),
        "href": urls::relative(from_dir, &card.path),
    })
}

/// The cards page of one language: every card with its alt text and a text to post with it.
pub fn cards_page(site: &Site, edition: &Edition, plan: &[Card]) -> Value {
    let lang = &edition.language.code;
    let dir = format!("{lang}/cards/");
    let project = site.project;
    let mut ctx = base(
        site,
        edition,
        Frame {
            dir: dir.clone(),
            title: format!(
                "{} — {}",
                edition.ui.get("cards_title"),
                project.title.get(&edition.text_chain)
            ),
            description: edition.ui.get("cards_intro").to_string(),
            canonical: Some(format!("{}{dir}", project.base_url)),
            alternates: Vec::new(),
            switcher: site
                .editions
                .iter()
                .map(|e| (e.language, format!("{}/cards/", e.language.code)))
                .collect(),
            colors: None,
            og_type: "website",
            og_image: None,
        },
    );
    let campaigns: Vec<Value> = edition
        .campaigns
        .iter()
        .map(|campaign| {
            let c = campaign.campaign;
            let pages: Vec<Value> = campaign
                .pages
                .iter()
                .filter_map(|p| {
                    let cards: Vec<&Card> =
                        plan.iter().filter(|k| &k.lang == lang && k.campaign == c.slug && k.slug == p.page.slug).collect();
                    let first = cards.first()?;
                    Some(json!({
                        "title": p.page.title,
                        "lang": p.page.lang,
                        "href": to_page(&dir, &page_dir(lang, &c.slug, &p.page.slug)),
                        "preview": urls::relative(&dir, &first.path),
                        "preview_format": first.format.as_str(),
                        "preview_width": first.format.size_pt().0,
                        "preview_height": first.format.size_pt().1,
                        "alt": first.alt,
                        "post": first.post,
                        "cards": cards.iter().map(|k| card_links(&dir, k, &edition.ui)).collect::<Vec<_>>(),
                    }))
                })
                .collect();
            json!({ "name": c.name.get(&edition.text_chain), "name_lang": c.name.language_of(&edition.text_chain), "pages": pages })
        })
        .collect();
    ctx.insert("campaigns".into(), json!(campaigns));
    Value::Object(ctx)
}

pub fn home(site: &Site, edition: &Edition, with_cards: bool) -> Value {
    let lang = &edition.language.code;
    let dir = format!("{lang}/");
    let project = site.project;
    let title = project.title.get(&edition.text_chain).to_string();
    let mut ctx = base(
        site,
        edition,
        Frame {
            dir: dir.clone(),
            title: title.clone(),
            description: edition.ui.get("home_description").to_string(),
            canonical: Some(format!("{}{dir}", project.base_url)),
            alternates: site
                .editions
                .iter()
                .map(|e| {
                    (
                        e.language.code.clone(),
                        format!("{}{}/", project.base_url, e.language.code),
                    )
                })
                .collect(),
            switcher: site
                .editions
                .iter()
                .map(|e| (e.language, format!("{}/", e.language.code)))
                .collect(),
            colors: None,
            og_type: "website",
            og_image: None,
        },
    );
    let campaigns: Vec<Value> = edition
        .campaigns
        .iter()
        .map(|c| campaign_context(edition, c, &dir, None))
        .collect();
    ctx.insert("campaigns".into(), json!(campaigns));
    ctx.insert(
        "cards_href".into(),
        json!(with_cards.then(|| to_page(&dir, &format!("{lang}/cards/")))),
    );
    Value::Object(ctx)
}

/// The chooser at the site root: every language with its campaigns, each in its own language.
pub fn chooser(site: &Site, edition: &Edition) -> Value {
    let project = site.project;
    let mut ctx = base(
        site,
        edition,
        Frame {
            dir: String::new(),
            title: project.title.get(&edition.text_chain).to_string(),
            description: edition.ui.get("home_description").to_string(),
            canonical: Some(project.base_url.clone()),
            alternates: Vec::new(),
            switcher: Vec::new(),
            colors: None,
            og_type: "website",
            og_image: None,
        },
    );
    let languages: Vec<Value> = site
        .editions
        .iter()
        .map(|e| {
            json!({
                "code": e.language.code,
                "name": e.language.name,
                "dir": e.language.direction,
                "ui_lang": e.ui.lang,
                "title": project.title.get(&e.text_chain),
                "choose": e.ui.get("choose_campaign"),
                "href": to_page("", &format!("{}/", e.language.code)),
                "campaigns": e.campaigns.iter().map(|c| campaign_context(e, c, "", None)).collect::<Vec<_>>(),
            })
        })
        .collect();
    ctx.insert("languages".into(), json!(languages));
    Value::Object(ctx)
}

/// The 404 page: served for any missing address, so its links are absolute paths.
pub fn not_found(site: &Site, edition: &Edition) -> Value {
    let project = site.project;
    let mut ctx = base(
        site,
        edition,
        Frame {
            dir: String::new(),
            title: edition.ui.get("not_found_title").to_string(),
            description: edition.ui.get("not_found_text").to_string(),
            canonical: None,
            alternates: Vec::new(),
            switcher: Vec::new(),
            colors: None,
            og_type: "website",
            og_image: None,
        },
    );
    let base_path = project
        .base_url
        .split("://")
        .nth(1)
        .and_then(|rest| rest.find('/').map(|i| rest[i..].to_string()))
        .unwrap_or_else(|| "/".to_string());
    ctx.insert("stylesheet".into(), json!(format!("{base_path}static/style.css")));
    ctx.insert("chooser_href".into(), json!(base_path.clone()));
    ctx.insert(
        "home_href".into(),
        json!(format!("{base_path}{}/", edition.language.code)),
    );
    let homes: Vec<Value> = site
        .editions
        .iter()
        .map(|e| {
            json!({
                "code": e.language.code,
                "name": e.language.name,
                "dir": e.language.direction,
                "href": format!("{base_path}{}/", e.language.code),
            })
        })
        .collect();
    ctx.insert("homes".into(), json!(homes));
    Value::Object(ctx)
}

/// `{day} de {month} de {year}`, with month names from the UI strings.
pub fn format_date(date: Date, ui: &crate::localize::Ui) -> String {
    let month = ui.get(&format!("month_{}", date.month)).to_string();
    ui.format(
        "date_format",
        &[
            ("day", &date.day.to_string()),
            ("month", &month),
            ("year", &date.year.to_string()),
        ],
    )
}
