//! Stage 3, **localize**: for each language, which campaigns and pages it gets and from which
//! language their content comes (translations match by path; missing pages follow the
//! language's `fallback` chain), and the theme's UI strings for it.

pub mod chat;
mod ui;
pub mod view;

use std::collections::{BTreeMap, HashSet};
use std::path::PathBuf;

use rayon::prelude::*;

use crate::diag::{Diagnostic, Diagnostics};
use crate::project::{Campaign, Date, Language, Outdated, Page, PageKind, Project, TranslationState};
use crate::theme::Theme;

pub use ui::{Ui, UiFiles, ui_files};
pub use view::{CampaignView, Link, PageView};

/// What to build: `--campaign`, `--lang`, `--drafts`.
#[derive(Debug, Clone, Default)]
pub struct Selection {
    pub campaign: Option<String>,
    pub lang: Option<String>,
    pub drafts: bool,
}

/// The localized site: one edition per language being built.
#[derive(Debug)]
pub struct Site<'p> {
    pub project: &'p Project,
    pub editions: Vec<Edition<'p>>,
}

/// Everything built in one language.
#[derive(Debug)]
pub struct Edition<'p> {
    pub language: &'p Language,
    /// This language, then its fallbacks, then the project's default language: for names,
    /// taglines and contact labels.
    pub text_chain: Vec<String>,
    pub ui: Ui,
    pub campaigns: Vec<LocalCampaign<'p>>,
}

#[derive(Debug)]
pub struct LocalCampaign<'p> {
    pub campaign: &'p Campaign,
    /// Its name, tagline and contacts in this edition's language.
    pub view: CampaignView,
    /// The landing page first, then by `order`, then title.
    pub pages: Vec<LocalPage<'p>>,
    /// The slugs of `pages`, to resolve links.
    built: HashSet<&'p str>,
}

impl<'p> LocalCampaign<'p> {
    pub fn index(&self) -> &LocalPage<'p> {
        &self.pages[0]
    }

    /// Whether this edition builds the page at `slug`.
    pub fn builds(&self, slug: &str) -> bool {
        self.built.contains(slug)
    }

    /// What the link or image `dest` of `page`'s body leads to in this edition.
    pub fn link<'a>(&self, page: &'a Page, dest: &str, lang: &str) -> Link<'a> {
        match page.link(dest) {
            Some(target) => view::link(target, dest, lang, &self.campaign.slug, &|slug| self.builds(slug)),
            None => Link::Other,
        }
    }
}

#[derive(Debug, Clone)]
pub struct LocalPage<'p> {
    /// The content shown; its `lang` differs from the edition's when `fallback` is true.
    pub page: &'p Page,
    pub fallback: bool,
    /// What every output shows of it in this edition.
    pub view: PageView,
}

impl<'p> Site<'p> {
    pub fn edition(&self, code: &str) -> Option<&Edition<'p>> {
        self.editions.iter().find(|e| e.language.code == code)
    }

    /// The editions in which a campaign's page is built, in language order, with whether each
    /// shows a translation of its own (`false`: fallback content).
    pub fn page_languages(&self, campaign: &str, slug: &str) -> Vec<(&'p Language, &'p Page, bool)> {
        self.editions
            .iter()
            .filter_map(|e| {
                let c = e.campaigns.iter().find(|c| c.campaign.slug == campaign)?;
                let p = c.pages.iter().find(|p| p.page.slug == slug)?;
                Some((e.language, p.page, !p.fallback))
            })
            .collect()
    }
}

/// Localizes `project`. `updated` gives, for each outdated translation (by path), the day its
/// source was changed, when the project's history tells.
pub fn localize<'p>(
    project: &'p Project,
    theme: &Theme,
    selection: &Selection,
    updated: &BTreeMap<PathBuf, Option<Date>>,
    diagnostics: &mut Diagnostics,
) -> Site<'p> {
    let uis = ui::load(project, theme, diagnostics);
    let mut editions = Vec::new();
    for (language, ui) in project.languages.iter().zip(uis) {
        if selection.lang.as_ref().is_some_and(|l| l != &language.code) {
            continue;
        }
        let chain = project.fallback_chain(&language.code);
        let text_chain = project.text_chain(&language.code);
        // Campaigns in parallel (their page views are most of this stage), kept in order.
        let made: Vec<Result<LocalCampaign, Diagnostic>> = project
            .campaigns
            .par_iter()
            .filter(|campaign| {
                selection.campaign.as_ref().is_none_or(|c| c == &campaign.slug)
                    && campaign.languages.contains(&language.code)
            })
            .map(|campaign| {
                let mut pages = pages_in(campaign, &chain, selection.drafts);
                for shown in &mut pages {
                    shown.outdated = (shown.page.translation == Some(TranslationState::Outdated))
                        .then(|| updated.get(&shown.page.path).copied().flatten());
                }
                if pages.first().is_some_and(|shown| shown.page.is_index()) {
                    let campaign_view = CampaignView::new(campaign, &language.code, &text_chain);
                    let inputs = view::ViewInputs {
                        project,
                        campaign,
                        campaign_view: &campaign_view,
                        lang: &language.code,
                        language_name: &language.name,
                        ui: &ui,
                    };
                    let pages = local_pages(&inputs, pages);
                    Ok(LocalCampaign {
                        campaign,
                        view: campaign_view,
                        built: pages.iter().map(|p| p.page.slug.as_str()).collect(),
                        pages,
                    })
                } else {
                    Err(Diagnostic::warning(
                        format!("campaigns/{}", campaign.slug),
                        0,
                        0,
                        crate::msg!(
                            "campaign-not-built",
                            name = &campaign.slug,
                            lang = &language.code,
                            chain = chain.join(", ")
                        ),
                    )
                    .with_hint(crate::msg!("campaign-not-built-hint", lang = &language.code)))
                }
            })
            .collect();
        let mut campaigns = Vec::new();
        for result in made {
            match result {
                Ok(campaign) => campaigns.push(campaign),
                Err(warning) => diagnostics.push(warning),
            }
        }
        editions.push(Edition {
            language,
            text_chain,
            ui,
            campaigns,
        });
    }
    Site { project, editions }
}

/// A view of each of `pages` (which are in order) of a campaign in one edition.
fn local_pages<'p>(inputs: &view::ViewInputs<'_>, pages: Vec<Shown<'p>>) -> Vec<LocalPage<'p>> {
    let tips = pages.iter().filter(|shown| shown.page.kind == PageKind::Tip).count();
    let mut tip = 0;
    pages
        .into_iter()
        .map(
            |Shown {
                 page,
                 fallback,
                 outdated,
             }| {
                let tip = (page.kind == PageKind::Tip).then(|| {
                    tip += 1;
                    (tip, tips)
                });
                let standing = view::Standing {
                    fallback,
                    tip,
                    outdated,
                };
                LocalPage {
                    page,
                    fallback,
                    view: PageView::new(inputs, page, standing),
                }
            },
        )
        .collect()
}

/// For each page address of the campaign, the first language of `chain` that has it, with
/// whether that is a fallback; in page order. A draft (unless `drafts`) is passed over, so its
/// readers keep the fallback; so is an outdated translation where the campaign says
/// `outdated: source`, for the source language's page.
/// A page an edition shows at one address.
struct Shown<'p> {
    page: &'p Page,
    /// Shown in another language, as this one has no translation of its own.
    fallback: bool,
    /// An outdated translation, with the day its source changed when the history tells.
    outdated: Option<Option<Date>>,
}

fn pages_in<'p>(campaign: &'p Campaign, chain: &[String], drafts: bool) -> Vec<Shown<'p>> {
    let mut slugs: Vec<&str> = campaign.pages.iter().map(|p| p.slug.as_str()).collect();
    slugs.sort_unstable();
    slugs.dedup();
    let shown = |page: &&Page| drafts || !page.draft;
    let mut pages: Vec<Shown> = slugs
        .into_iter()
        .filter_map(|slug| {
            let page = chain.iter().filter_map(|code| campaign.page(code, slug)).find(shown)?;
            let outdated = page.translation == Some(TranslationState::Outdated);
            let page = if outdated && campaign.outdated == Outdated::Source {
                campaign.page(&campaign.source_language, slug).filter(shown)?
            } else {
                page
            };
            Some(Shown {
                page,
                fallback: page.lang != chain[0],
                outdated: None,
            })
        })
        .collect();
    pages.sort_by(|a, b| {
        let (a, b) = (a.page, b.page);
        (!a.is_index(), a.order, &a.title, &a.slug).cmp(&(!b.is_index(), b.order, &b.title, &b.slug))
    });
    pages
}
