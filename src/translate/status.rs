//! Where translations stand, per campaign and language: up to date, outdated (and what changed
//! in the source since), missing (and what readers get instead), draft, unknown; and the UI
//! strings a language lacks. One serializable value, printed as text, JSON or an HTML page.
//!
//! The JSON shape is documented in the guide (translating.md) and stable: `version` changes
//! only when a key is renamed or removed or changes meaning; new keys may appear.

use std::collections::BTreeSet;

use serde::Serialize;

use crate::load::history::{History, NoHistory};
use crate::localize::Site;
use crate::pipeline::Prepared;
use crate::project::{Campaign, Outdated, Page, TranslationState};
use crate::translatable::{Change, Content, Origin, changes, origin, summary};

pub const SCHEMA: &str = "altavoz-status";
pub const VERSION: u32 = 1;

#[derive(Debug, Serialize)]
pub struct Status {
    pub schema: &'static str,
    pub version: u32,
    /// The day of the report (`SOURCE_DATE_EPOCH` or the clock).
    pub date: String,
    /// Whether the project's git history could be read: `git`, `none` or `shallow`.
    pub history: &'static str,
    pub campaigns: Vec<CampaignStatus>,
}

#[derive(Debug, Serialize)]
pub struct CampaignStatus {
    pub slug: String,
    pub name: String,
    pub source_language: String,
    pub outdated_policy: Outdated,
    pub languages: Vec<LanguageStatus>,
}

#[derive(Debug, Serialize)]
pub struct LanguageStatus {
    pub code: String,
    pub name: String,
    pub counts: Counts,
    pub pages: Vec<PageStatus>,
    pub ui_strings: UiStrings,
    /// The campaign's notice in this language: `translated`, `missing` (the build stops until
    /// it is written), `fallback` (no page of its own yet: its fallback's pages and notice are
    /// shown), or `null` when the campaign has no notice.
    pub notice: Option<&'static str>,
}

#[derive(Debug, Default, Serialize, Clone, Copy, PartialEq, Eq)]
pub struct Counts {
    pub up_to_date: usize,
    pub outdated: usize,
    pub missing: usize,
    pub draft: usize,
    pub unknown: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum State {
    UpToDate,
    Outdated,
    Missing,
    Draft,
    Unknown,
}

impl State {
    pub const ALL: [State; 5] = [
        State::UpToDate,
        State::Outdated,
        State::Missing,
        State::Draft,
        State::Unknown,
    ];

    pub fn name(self) -> &'static str {
        match self {
            State::UpToDate => "up_to_date",
            State::Outdated => "outdated",
            State::Missing => "missing",
            State::Draft => "draft",
            State::Unknown => "unknown",
        }
    }
}

#[derive(Debug, Serialize)]
pub struct PageStatus {
    /// The page's file in the language folder: `coyote-seguro.md`.
    pub page: String,
    /// The source page's title.
    pub title: String,
    pub source: String,
    /// The translation's file, when there is one.
    pub translation: Option<String>,
    pub status: State,
    /// The hash of the source as it is now, to record in `translated_from`.
    pub source_hash: String,
    pub translated_from: Option<String>,
    pub readers_get: ReadersGet,
    /// For an outdated translation: what changed in the source since it was made.
    pub changes: Option<Changes>,
}

/// What a reader of this language gets at this page's address.
#[derive(Debug, Serialize)]
pub struct ReadersGet {
    /// The language of the text shown, or `None` when the page is not built in this language.
    pub language: Option<String>,
    /// `translation`, `translation_with_notice` (outdated), `source_with_notice` (outdated, with
    /// `outdated: source`), `fallback` (another language, with a notice) or `not_built`.
    pub how: &'static str,
}

#[derive(Debug, Serialize)]
pub struct Changes {
    /// `git` (found in the history), `none` (no history), `shallow` (a shallow clone), or
    /// `not_found` (no version in the history has the recorded hash).
    pub history: &'static str,
    /// The day the source first changed after the translation was made (today if the change
    /// is not committed yet); `None` when the history does not tell.
    pub since: Option<String>,
    /// The commit that changed it: short id and first line of its message.
    pub commit: Option<String>,
    pub message: Option<String>,
    /// "paragraph 3 changed, 1 list item added"; "the source changed" without history.
    pub summary: String,
    /// Each change, with the old and the new text.
    pub items: Vec<Change>,
}

#[derive(Debug, Serialize)]
pub struct UiStrings {
    /// The language's own file of UI strings, when it has one.
    pub own_file: Option<String>,
    /// Keys its own file lacks (borrowed from its fallbacks, or from the default language).
    pub missing: Vec<String>,
}

/// What to report on.
#[derive(Debug, Default, Clone)]
pub struct Filter {
    pub campaign: Option<String>,
    pub lang: Option<String>,
}

/// The status of every translation of `prepared`, whose `site` is localized with drafts left
/// out (what readers get).
pub fn status(prepared: &Prepared, site: &Site, filter: &Filter) -> Status {
    let project = &prepared.project;
    let campaigns: Vec<&Campaign> = project
        .campaigns
        .iter()
        .filter(|c| filter.campaign.as_ref().is_none_or(|f| f == &c.slug))
        .collect();
    let history = prepared.history();
    let ui = crate::localize::ui_files(&prepared.theme);
    Status {
        schema: SCHEMA,
        version: VERSION,
        date: prepared.today.to_string(),
        history: match history {
            Ok(h) if h.shallow => "shallow",
            Ok(_) => "git",
            Err(NoHistory::Shallow) => "shallow",
            Err(NoHistory::None) => "none",
        },
        campaigns: campaigns
            .into_iter()
            .map(|campaign| campaign_status(site, campaign, history, &ui, filter, prepared.today))
            .collect(),
    }
}

fn campaign_status(
    site: &Site,
    campaign: &Campaign,
    history: &Result<History, NoHistory>,
    ui: &crate::localize::UiFiles,
    filter: &Filter,
    today: crate::project::Date,
) -> CampaignStatus {
    let project = site.project;
    let source_language = &campaign.source_language;
    let chain = project.text_chain(source_language);
    let sources = source_pages(campaign);
    let languages = campaign
        .languages
        .iter()
        .filter(|code| *code != source_language)
        .filter(|code| filter.lang.as_ref().is_none_or(|f| f == *code))
        .filter_map(|code| project.language(code))
        .map(|language| {
            let pages: Vec<PageStatus> = sources
                .iter()
                .map(|source| page_status(site, campaign, source, &language.code, history, today))
                .collect();
            let mut counts = Counts::default();
            for page in &pages {
                *counts.of(page.status) += 1;
            }
            LanguageStatus {
                code: language.code.clone(),
                name: language.name.clone(),
                counts,
                pages,
                ui_strings: {
                    let (own_file, missing) = ui.own(&language.code);
                    UiStrings { own_file, missing }
                },
                notice: campaign.notice.as_ref().map(|notice| match notice {
                    crate::project::Localized::PerLanguage(map)
                        if map.get(&language.code).is_some_and(|t| !t.trim().is_empty()) =>
                    {
                        "translated"
                    }
                    // With no published page of its own yet, the language shows its fallback's
                    // pages and notice.
                    _ if !campaign.pages.iter().any(|p| p.lang == language.code && !p.draft) => "fallback",
                    _ => "missing",
                }),
            }
        })
        .collect();
    CampaignStatus {
        slug: campaign.slug.clone(),
        name: campaign.name.get(&chain).to_string(),
        source_language: source_language.clone(),
        outdated_policy: campaign.outdated,
        languages,
    }
}

/// The source pages of `campaign` in page order, the landing page first (translators start
/// there).
pub fn source_pages(campaign: &Campaign) -> Vec<&Page> {
    let mut sources: Vec<&Page> = campaign
        .pages
        .iter()
        .filter(|p| p.lang == campaign.source_language)
        .collect();
    sources
        .sort_by(|a, b| (!a.is_index(), a.order, &a.title, &a.slug).cmp(&(!b.is_index(), b.order, &b.title, &b.slug)));
    sources
}

impl Counts {
    pub fn of(&mut self, state: State) -> &mut usize {
        match state {
            State::UpToDate => &mut self.up_to_date,
            State::Outdated => &mut self.outdated,
            State::Missing => &mut self.missing,
            State::Draft => &mut self.draft,
            State::Unknown => &mut self.unknown,
        }
    }

    pub fn get(&self, state: State) -> usize {
        match state {
            State::UpToDate => self.up_to_date,
            State::Outdated => self.outdated,
            State::Missing => self.missing,
            State::Draft => self.draft,
            State::Unknown => self.unknown,
        }
    }
}

fn page_status(
    site: &Site,
    campaign: &Campaign,
    source: &Page,
    lang: &str,
    history: &Result<History, NoHistory>,
    today: crate::project::Date,
) -> PageStatus {
    let translation = campaign.page(lang, &source.slug);
    let content = Content::of(source);
    let status = match translation {
        None => State::Missing,
        Some(t) if t.draft => State::Draft,
        Some(t) => match t.translation {
            Some(TranslationState::UpToDate) => State::UpToDate,
            Some(TranslationState::Outdated) => State::Outdated,
            _ => State::Unknown,
        },
    };
    let shown = site
        .edition(lang)
        .and_then(|e| e.campaigns.iter().find(|c| c.campaign.slug == campaign.slug))
        .and_then(|c| c.pages.iter().find(|p| p.page.slug == source.slug));
    let readers_get = match shown {
        None => ReadersGet {
            language: None,
            how: "not_built",
        },
        Some(local) => ReadersGet {
            language: Some(local.page.lang.clone()),
            how: match (local.page.lang == lang, status) {
                (true, State::Outdated) => "translation_with_notice",
                (true, _) => "translation",
                (false, State::Outdated) => "source_with_notice",
                (false, _) => "fallback",
            },
        },
    };
    let changes = (status == State::Outdated).then(|| {
        let from = translation.and_then(|t| t.translated_from.clone()).unwrap_or_default();
        what_changed(history, source, &content, &from, today)
    });
    PageStatus {
        page: source.rel.clone(),
        title: source.title.clone(),
        source: crate::diag::display_path(&source.path),
        translation: translation.map(|t| crate::diag::display_path(&t.path)),
        status,
        source_hash: content.hash(),
        translated_from: translation.and_then(|t| t.translated_from.clone()),
        readers_get,
        changes,
    }
}

fn what_changed(
    history: &Result<History, NoHistory>,
    source: &Page,
    now: &Content,
    from: &str,
    today: crate::project::Date,
) -> Changes {
    let unknown = |history: &'static str| Changes {
        history,
        since: None,
        commit: None,
        message: None,
        summary: "the source changed; the history does not tell what or since when".to_string(),
        items: Vec::new(),
    };
    match origin(history, &crate::diag::display_path(&source.path), from) {
        Origin::Found { old, changed_by } => {
            let items = Content::of_text(&old.text)
                .map(|old| changes(&old, now))
                .unwrap_or_default();
            Changes {
                history: "git",
                since: Some(
                    changed_by
                        .as_ref()
                        .map_or(today, |v| crate::project::Date::from_unix(v.time))
                        .to_string(),
                ),
                commit: changed_by.as_ref().map(|v| v.commit.clone()),
                message: changed_by.as_ref().map(|v| v.message.clone()),
                summary: summary(&items),
                items,
            }
        }
        Origin::NotFound => unknown("not_found"),
        Origin::NoHistory(NoHistory::Shallow) => unknown("shallow"),
        Origin::NoHistory(NoHistory::None) => unknown("none"),
    }
}

/// Whether any page has one of `states`.
pub fn any(status: &Status, states: &BTreeSet<State>) -> bool {
    status
        .campaigns
        .iter()
        .flat_map(|c| &c.languages)
        .flat_map(|l| &l.pages)
        .any(|p| states.contains(&p.status))
}
