//! A campaign as the website shows it: its name, logo, contacts and colours, and (on its
//! landing page) the list of its pages; a page's neighbours.

use serde::Serialize;

use super::frame::Colors;
use crate::localize::{Edition, LocalCampaign, LocalPage};
use crate::project::PageKind;
use crate::render::plan::images::Images;
use crate::url::{self, page_dir, to_page};

#[derive(Serialize)]
pub struct CampaignData<'a> {
    pub slug: &'a str,
    pub name: &'a str,
    pub name_lang: Option<&'a str>,
    pub tagline: Option<&'a str>,
    pub tagline_lang: Option<&'a str>,
    pub href: String,
    pub logo: Option<String>,
    pub pages: Vec<ListedPage<'a>>,
    /// How many pages the list has (also where `pages` is left empty).
    pub page_count: usize,
    pub tip_count: usize,
    pub contacts: Vec<ContactData<'a>>,
    pub colors: Colors<'a>,
    /// The campaign's notice in this language, shown on every page.
    pub notice: Option<&'a str>,
    /// The language of `notice` when it is another (an edition shown in its fallback).
    pub notice_lang: Option<&'a str>,
}

/// A page in a campaign's list of pages.
#[derive(Serialize)]
pub struct ListedPage<'a> {
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

/// A page's neighbours: the landing page lists every page, a page links only these and the
/// landing page, so a page's size does not grow with its campaign.
#[derive(Serialize)]
pub struct Nav<'a> {
    pub previous: Option<ListedPage<'a>>,
    pub next: Option<ListedPage<'a>>,
}

/// Whether a campaign's data lists its pages: only on its landing page. The home and chooser
/// pages list campaigns without their pages: at 10,000 pages those lists were a quarter of the
/// website's memory, and a front page that grows with the site costs every reader.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum PageList {
    Listed,
    Counted,
}

/// The campaign as seen from a document in `from_dir`.
pub fn campaign_data<'a>(
    edition: &'a Edition,
    campaign: &'a LocalCampaign,
    from_dir: &str,
    list: PageList,
    images: &Images,
) -> CampaignData<'a> {
    let slug = campaign.campaign.slug.as_str();
    let view = &campaign.view;
    let pages = match list {
        PageList::Listed => listed(campaign).map(|p| listed_page(p, from_dir)).collect(),
        PageList::Counted => Vec::new(),
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
        slug,
        name: &view.name,
        name_lang: view.name_lang.as_deref(),
        tagline: view.tagline.as_deref(),
        tagline_lang: view.tagline_lang.as_deref(),
        href: to_page(from_dir, &page_dir(&edition.language.code, slug, "")),
        // A photo as a logo: its smallest published copy (a logo is drawn small).
        logo: view.logo.as_ref().map(|logo| match images.get(slug, logo) {
            Some(image) => image
                .smallest(crate::imaging::Format::Jpeg)
                .map_or_else(String::new, |f| f.href(from_dir)),
            None => url::relative(from_dir, &url::asset_path(slug, logo)),
        }),
        pages,
        page_count: listed(campaign).count(),
        tip_count: campaign.pages.iter().filter(|p| p.view.kind == PageKind::Tip).count(),
        contacts,
        colors: Colors {
            primary: &view.colors.primary,
            accent: &view.colors.accent,
        },
        notice: view.notice.as_deref(),
        notice_lang: view.notice_lang.as_deref(),
    }
}

/// The pages a campaign's list shows: all but the landing page, in order.
fn listed<'c, 'a>(campaign: &'c LocalCampaign<'a>) -> impl Iterator<Item = &'c LocalPage<'a>> {
    campaign.pages.iter().filter(|p| !p.page.is_index())
}

fn listed_page<'a>(p: &'a LocalPage, from_dir: &str) -> ListedPage<'a> {
    ListedPage {
        title: &p.view.title,
        summary: &p.view.summary,
        kind: p.view.kind,
        kind_label: &p.view.kind_label,
        href: to_page(from_dir, &p.view.dir),
        lang: &p.view.content_lang,
        fallback: p.fallback,
    }
}

/// The pages before and after page `slug` in its campaign's list.
pub fn nav<'a>(campaign: &'a LocalCampaign, from_dir: &str, slug: &str) -> Nav<'a> {
    let pages: Vec<_> = listed(campaign).collect();
    let at = pages.iter().position(|p| p.page.slug == slug);
    let link = |i: Option<usize>| i.and_then(|i| pages.get(i)).map(|p| listed_page(p, from_dir));
    Nav {
        previous: link(at.and_then(|i| i.checked_sub(1))),
        next: link(at.map(|i| i + 1)),
    }
}
