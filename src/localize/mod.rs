//! Stage 3, **localize**: for each language, which campaigns and pages it gets and from which
//! language their content comes (translations match by path; missing pages follow the
//! language's `fallback` chain), and the theme's UI strings for it.

mod ui;

use crate::diag::{Diagnostic, Diagnostics};
use crate::project::{Campaign, Language, Page, Project};
use crate::theme::Theme;

pub use ui::Ui;

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
    /// The outputs this build makes (`site`, `print`, …): pages link only to files that exist.
    pub outputs: Vec<&'static str>,
    /// "Today" (`SOURCE_DATE_EPOCH` or the clock), for documents that show a date.
    pub today: crate::project::Date,
    /// The output folder of the previous build, which renderers may reuse files from.
    pub previous_output: Option<std::path::PathBuf>,
    /// The previous build's files, when they are in memory (`serve`): preferred to the folder.
    pub previous_files: Option<std::sync::Arc<crate::render::FileMap>>,
    /// A live preview: speed over size (faster PNG compression, no booklets).
    pub preview: bool,
    /// Set when a newer build has made this one pointless (`serve`): (counter, value at start).
    pub cancel: Option<(std::sync::Arc<std::sync::atomic::AtomicU64>, u64)>,
    /// One-line summaries renderers want to show (e.g. how many cards were rendered).
    pub notes: std::sync::Mutex<Vec<String>>,
    /// Hashes of the sources, so the website re-renders only the pages a change touches.
    pub digest: crate::load::digest::Digest,
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
    /// The landing page first, then by `order`, then title.
    pub pages: Vec<LocalPage<'p>>,
}

impl<'p> LocalCampaign<'p> {
    pub fn index(&self) -> &LocalPage<'p> {
        &self.pages[0]
    }

    /// "Tip 3 of 5" for the page at `slug` if it is a tip: its number among the campaign's tips
    /// (in page order) and how many there are, in the edition's words.
    pub fn tip_number(&self, slug: &str, ui: &Ui) -> Option<(usize, String)> {
        let tips: Vec<&str> = self
            .pages
            .iter()
            .filter(|t| t.page.kind == crate::project::PageKind::Tip)
            .map(|t| t.page.slug.as_str())
            .collect();
        let n = tips.iter().position(|s| *s == slug)? + 1;
        let label = ui.format(
            "tip_number",
            &[("n", &n.to_string()), ("total", &tips.len().to_string())],
        );
        Some((n, label))
    }
}

#[derive(Debug, Clone, Copy)]
pub struct LocalPage<'p> {
    /// The content shown; its `lang` differs from the edition's when `fallback` is true.
    pub page: &'p Page,
    pub fallback: bool,
}

impl<'p> Site<'p> {
    /// Whether a newer build superseded this one: slow renderers stop early.
    pub fn cancelled(&self) -> bool {
        self.cancel
            .as_ref()
            .is_some_and(|(counter, start)| counter.load(std::sync::atomic::Ordering::SeqCst) != *start)
    }

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

pub fn localize<'p>(
    project: &'p Project,
    theme: &Theme,
    selection: &Selection,
    diagnostics: &mut Diagnostics,
) -> Site<'p> {
    let uis = ui::load(project, theme, diagnostics);
    let mut editions = Vec::new();
    for (language, ui) in project.languages.iter().zip(uis) {
        if selection.lang.as_ref().is_some_and(|l| l != &language.code) {
            continue;
        }
        let chain = project.fallback_chain(&language.code);
        let mut campaigns = Vec::new();
        for campaign in &project.campaigns {
            if selection.campaign.as_ref().is_some_and(|c| c != &campaign.slug)
                || !campaign.languages.contains(&language.code)
            {
                continue;
            }
            let pages = pages_in(campaign, &chain, selection.drafts);
            if pages.first().is_some_and(|p| p.page.is_index()) {
                campaigns.push(LocalCampaign { campaign, pages });
            } else {
                diagnostics.push(
                    Diagnostic::warning(
                        format!("campaigns/{}", campaign.slug),
                        0,
                        0,
                        format!(
                            "campaign `{}` is not built in `{}`: no landing page (index.md) in {}",
                            campaign.slug,
                            language.code,
                            chain.join(", ")
                        ),
                    )
                    .with_hint(format!(
                        "add {}/index.md, or give `{}` a fallback language",
                        language.code, language.code
                    )),
                );
            }
        }
        editions.push(Edition {
            language,
            text_chain: project.text_chain(&language.code),
            ui,
            campaigns,
        });
    }
    Site {
        project,
        editions,
        outputs: Vec::new(),
        today: crate::project::Date::from_unix(0),
        previous_output: None,
        previous_files: None,
        preview: false,
        cancel: None,
        notes: std::sync::Mutex::new(Vec::new()),
        digest: Default::default(),
    }
}

/// For each page address of the campaign, the first language of `chain` that has it.
fn pages_in<'p>(campaign: &'p Campaign, chain: &[String], drafts: bool) -> Vec<LocalPage<'p>> {
    let mut slugs: Vec<&str> = campaign.pages.iter().map(|p| p.slug.as_str()).collect();
    slugs.sort_unstable();
    slugs.dedup();
    let mut pages: Vec<LocalPage> = slugs
        .into_iter()
        .filter_map(|slug| {
            let page = chain.iter().find_map(|code| campaign.page(code, slug))?;
            (drafts || !page.draft).then_some(LocalPage {
                page,
                fallback: page.lang != chain[0],
            })
        })
        .collect();
    pages.sort_by(|a, b| {
        (!a.page.is_index(), a.page.order, &a.page.title, &a.page.slug).cmp(&(
            !b.page.is_index(),
            b.page.order,
            &b.page.title,
            &b.page.slug,
        ))
    });
    pages
}
