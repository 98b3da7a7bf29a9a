//! The documents that list campaigns rather than show one: a language's home page, the chooser
//! at the site's root, a language's cards page, and the 404 page.

use serde::Serialize;

use super::campaign::{CampaignData, PageList, campaign_data};
use super::frame::{Alternate, Place, TemplateData, frame, offline};
use super::page::{CardLink, Flavour, card_link};
use crate::localize::{Edition, Site};
use crate::project::Direction;
use crate::render::Context;
use crate::theme::Theme;
use crate::url::{self, to_page};

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
    /// The first of its cards, shown, when the build makes cards.
    pub preview: Option<Preview<'a>>,
    pub post: &'a str,
    pub cards: Vec<CardLink<'a>>,
    /// The page as a chat message, and the link to it as a text file.
    pub chat: &'a str,
    pub chat_href: String,
    /// Its text message, when it has one.
    pub sms: Option<&'a str>,
}

#[derive(Serialize)]
pub struct Preview<'a> {
    pub src: String,
    pub format: &'static str,
    pub width: u32,
    pub height: u32,
    pub alt: &'a str,
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
            let slug = campaign.campaign.slug.as_str();
            let pages = campaign
                .pages
                .iter()
                .filter_map(|p| {
                    let planned = context.plan.page(lang, slug, &p.page.slug)?;
                    let preview = planned.cards.first().map(|first| Preview {
                        src: url::relative(&dir, &first.path),
                        format: first.format.as_str(),
                        width: first.format.size_pt().0,
                        height: first.format.size_pt().1,
                        alt: &context.plan.card_summary(planned, first).alt,
                    });
                    Some(CardsPage {
                        title: &p.view.title,
                        lang: &p.view.content_lang,
                        href: to_page(&dir, &p.view.dir),
                        preview,
                        post: &p.view.share,
                        cards: planned.cards.iter().map(|k| card_link(&dir, k, &edition.ui)).collect(),
                        chat: &p.view.chat,
                        chat_href: url::relative(&dir, &url::chat_path(lang, slug, &p.page.slug)),
                        sms: p.view.sms.as_deref(),
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

/// The home page of one language, for the website (linking `pack`) or the offline pack.
pub fn home<'a>(
    context: &'a Context,
    edition: &'a Edition,
    flavour: Flavour,
    pack: Option<PackLink>,
) -> TemplateData<'a, HomeContext<'a>> {
    let site = context.site;
    let lang = edition.language.code.as_str();
    let dir = format!("{lang}/");
    let project = site.project;
    let mut frame = frame(
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
    if flavour == Flavour::Offline {
        offline(&mut frame);
    }
    let own = HomeContext {
        campaigns: edition
            .campaigns
            .iter()
            .map(|c| campaign_data(edition, c, &dir, PageList::Counted, &context.plan.images))
            .collect(),
        cards_href: (flavour == Flavour::Online).then(|| to_page(&dir, &format!("{lang}/cards/"))),
        pack,
    };
    TemplateData { frame, own }
}

/// The chooser at the site's root: every language with its campaigns, each in its own
/// language; in an offline pack, only the pack's own language.
pub fn chooser<'a>(
    context: &'a Context,
    edition: &'a Edition,
    flavour: Flavour,
) -> TemplateData<'a, ChooserContext<'a>> {
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
        .filter(|e| flavour == Flavour::Online || std::ptr::eq(*e, edition))
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
                .map(|c| campaign_data(e, c, "", PageList::Counted, &context.plan.images))
                .collect(),
        })
        .collect();
    TemplateData {
        frame,
        own: ChooserContext { languages },
    }
}

/// The 404 page: served for any missing address, so its links are absolute paths.
pub fn not_found<'a>(site: &'a Site, edition: &'a Edition, theme: &Theme) -> TemplateData<'a, NotFoundContext<'a>> {
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
    frame.inline_style = theme
        .file("static/style.css")
        .map(|css| String::from_utf8_lossy(css).into_owned());
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
