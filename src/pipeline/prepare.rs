//! A prepared project: loaded, checked, with its theme, its date and (read when first asked)
//! its git history. Every command starts from one: `build`, `check` and `serve` localize and
//! render it, `status`, `translate` and `po` read it, and the editor keeps one per save.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

use crate::diag::{Diagnostic, Diagnostics, display_path};
use crate::load::history::{Depth, History, NoHistory};
use crate::localize::{self, Selection, Site};
use crate::msg;
use crate::project::{Date, Project, TranslationState};
use crate::theme::Theme;
use crate::translatable::{Origin, origin};
use crate::{load, validate};

use super::Failure;

/// What a command asks of the project it prepares (by default: nothing replaced, dated today).
#[derive(Clone)]
pub struct Preparation {
    /// Replaces `base_url` of altavoz.yaml (`--base-url`).
    pub base_url: Option<String>,
    /// "Today": review dates, documents that show a date.
    pub today: Date,
    /// Pages parsed before by this process (`serve`, `edit`), reused when their text is the same.
    pub cache: Option<Arc<load::Cache>>,
    /// Errors (by message id) that this command reports itself, as warnings: `status` lists a
    /// campaign's missing notice rather than stopping at it.
    pub allowed: &'static [&'static str],
}

impl Default for Preparation {
    fn default() -> Self {
        Preparation {
            base_url: None,
            today: super::today(),
            cache: None,
            allowed: &[],
        }
    }
}

/// A project loaded and checked, with what every command needs of it.
pub struct Prepared {
    /// The project folder, as given.
    pub root: PathBuf,
    pub project: Project,
    pub theme: Theme,
    pub today: Date,
    /// Every source text read, by project-relative path, for messages that quote them.
    pub texts: Arc<BTreeMap<PathBuf, Arc<str>>>,
    /// What loading and checking found (warnings: errors stop the preparation).
    pub diagnostics: Diagnostics,
    history: OnceLock<Result<History, NoHistory>>,
}

impl Prepared {
    /// Loads and checks the project at `root`. Content errors come back as a failure with every
    /// problem found.
    pub fn new(root: &Path, preparation: &Preparation) -> Result<Prepared, Failure> {
        if let Some(url) = &preparation.base_url
            && validate::normalize_base_url(url).is_none()
        {
            return Err(Failure::Usage(msg!("usage-base-url", url = url)));
        }
        validate::prepare_phone_numbers();
        let (sources, mut diagnostics) =
            load::load_cached(root, preparation.cache.as_deref()).map_err(|e| Failure::Usage(e.message()))?;
        let settings = validate::Settings {
            base_url: preparation.base_url.clone(),
            today: preparation.today,
            cache: preparation.cache.as_deref(),
        };
        let project = validate::validate(&sources, &settings, &mut diagnostics);
        for id in preparation.allowed {
            diagnostics.allow(id);
        }
        let texts = Arc::clone(&sources.texts);
        let Some(project) = project.filter(|_| !diagnostics.has_errors()) else {
            return Err(super::content(diagnostics, texts));
        };
        let theme = Theme::load(&project.theme, &sources.themes);
        super::discard(sources);
        // What tells outdated translations apart is missing from a clone of part of the history.
        let translated = project
            .campaigns
            .iter()
            .flat_map(|c| &c.pages)
            .any(|p| p.translated_from.is_some());
        let cut_short = match translated.then(|| load::history::depth(root)) {
            Some(Depth::Shallow) => Some((msg!("history-shallow"), msg!("history-shallow-hint"))),
            Some(Depth::Partial) => Some((msg!("history-partial"), msg!("history-partial-hint"))),
            _ => None,
        };
        if let Some((message, hint)) = cut_short {
            diagnostics.push(Diagnostic::warning("altavoz.yaml", 0, 0, message).with_hint(hint));
        }
        Ok(Prepared::made(root, project, theme, preparation, texts, diagnostics))
    }

    fn made(
        root: &Path,
        project: Project,
        theme: Theme,
        preparation: &Preparation,
        texts: Arc<BTreeMap<PathBuf, Arc<str>>>,
        diagnostics: Diagnostics,
    ) -> Prepared {
        Prepared {
            root: root.to_path_buf(),
            project,
            theme,
            today: preparation.today,
            texts,
            diagnostics,
            history: OnceLock::new(),
        }
    }

    /// The project's git history of every source page with an outdated translation, read once,
    /// when first asked (`Err` tells whether there is no history or a shallow one).
    pub fn history(&self) -> &Result<History, NoHistory> {
        self.history.get_or_init(|| {
            let mut sources: Vec<String> = self
                .project
                .campaigns
                .iter()
                .flat_map(|campaign| {
                    campaign
                        .pages
                        .iter()
                        .filter(|p| p.translation == Some(TranslationState::Outdated))
                        .filter_map(|p| campaign.page(&campaign.source_language, &p.slug))
                        .map(|source| display_path(&source.path))
                })
                .collect();
            sources.sort();
            sources.dedup();
            History::read(&self.root, &sources)
        })
    }

    /// The project localized for the languages and campaigns of `selection`, with the
    /// diagnostics found so far: a campaign or language the project does not have is a usage
    /// error, an error localizing (an outdated translation a campaign refuses) a content failure.
    pub fn site(&self, selection: &Selection) -> Result<(Site<'_>, Diagnostics), Failure> {
        super::check_selection(&self.project, selection)?;
        let mut diagnostics = self.diagnostics.clone();
        let site = localize::localize(
            &self.project,
            &self.theme,
            selection,
            &self.outdated_since(),
            &mut diagnostics,
        );
        if diagnostics.has_errors() {
            return Err(super::content(diagnostics, Arc::clone(&self.texts)));
        }
        Ok((site, diagnostics))
    }

    /// For each outdated translation, the day its source page changed, from the history; today
    /// if the change is not committed yet, `None` where the history does not tell.
    fn outdated_since(&self) -> BTreeMap<PathBuf, Option<Date>> {
        let mut since = BTreeMap::new();
        for campaign in &self.project.campaigns {
            for page in &campaign.pages {
                if page.translation != Some(TranslationState::Outdated) {
                    continue;
                }
                let Some(source) = campaign.page(&campaign.source_language, &page.slug) else {
                    continue;
                };
                let from = page.translated_from.as_deref().unwrap_or_default();
                let date = match origin(self.history(), &display_path(&source.path), from) {
                    Origin::Found { changed_by, .. } => {
                        Some(changed_by.map_or(self.today, |v| Date::from_unix(v.time)))
                    }
                    _ => None,
                };
                since.insert(page.path.clone(), date);
            }
        }
        since
    }
}
