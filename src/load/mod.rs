//! Stage 1, **load**: read the project folder into typed sources.
//!
//! Reads `altavoz.yaml`, every `campaigns/<campaign>/campaign.yaml`, every page under a language
//! folder, the campaign assets and the project's theme overrides. YAML and front matter are
//! parsed here (syntax, keys and types); what the values mean is checked by `validate`.
//! No file outside the project folder is read, even through a symbolic link.

mod body;
mod cache;
pub mod front_matter;
pub mod history;
pub mod source;
mod walk;
pub mod yaml;

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::diag::{Diagnostic, Diagnostics};
use crate::messages::Message;
use crate::msg;
pub use body::Body;
/// File contents shared without copying: assets, theme files, output files.
pub use bytes::Bytes as Blob;
pub use cache::{Cache, FileState, derive};
pub use source::*;
use walk::sorted_entries;
pub use walk::{is_editor_leftover, is_ignored};

/// Pages larger than this are refused: campaign pages are short, and a huge file is a mistake.
pub const MAX_PAGE_BYTES: u64 = 1024 * 1024;
/// Assets larger than this are refused: readers pay for every byte on prepaid data.
pub const MAX_ASSET_BYTES: u64 = 20 * 1024 * 1024;

/// Everything read from a project folder.
#[derive(Debug, Default)]
pub struct Sources {
    pub root: PathBuf,
    /// Every text file read, by project-relative path, so diagnostics can quote it (shared with
    /// the build's report, not copied).
    pub texts: Arc<BTreeMap<PathBuf, Arc<str>>>,
    pub project: Option<ProjectConfig>,
    pub campaigns: Vec<CampaignSource>,
    /// Files of `themes/<theme>/…` by theme name, then theme-relative path (`/`-separated).
    pub themes: BTreeMap<String, BTreeMap<String, Blob>>,
    /// Files of the project's `static/` folder, hidden ones included (`.well-known/`), by
    /// `static/`-relative path: copied into the output as they are.
    pub static_files: BTreeMap<String, Blob>,
}

#[derive(Debug)]
pub struct CampaignSource {
    /// The folder name; the campaign's URL segment.
    pub slug: String,
    /// `campaigns/<slug>`, relative to the project root.
    pub dir: PathBuf,
    pub config: Option<CampaignConfig>,
    pub pages: Vec<PageSource>,
    /// Language folder name → its path, as found on disk (validated later).
    pub language_folders: BTreeMap<String, PathBuf>,
    /// Pages that exist but could not be parsed: (language folder, page path).
    pub broken_pages: BTreeSet<(String, String)>,
    /// `assets/`-relative path (`/`-separated) → bytes.
    pub assets: BTreeMap<String, Blob>,
}

#[derive(Debug)]
pub struct PageSource {
    pub lang: String,
    /// Path within the language folder, `/`-separated: `index.md`, `tips/wifi.md`.
    pub rel: String,
    /// Project-relative path of the file.
    pub path: PathBuf,
    pub front: FrontMatter,
    pub body: Body,
    /// Line of the file on which the body starts, to turn body offsets into file positions.
    pub body_line: usize,
    /// Whether the front matter was read without a mistake (a page with mistakes is still
    /// checked, with placeholders for what could not be read).
    pub clean: bool,
}

impl PageSource {
    /// The page `rel` of the language folder `lang`, at `path`, read as `text` and parsed into
    /// its front matter, body and the body's offset in `text`.
    fn of(
        lang: &str,
        rel: String,
        path: &Path,
        text: &str,
        (front, body, body_offset): (FrontMatter, Body, usize),
        clean: bool,
    ) -> PageSource {
        PageSource {
            clean,
            lang: lang.to_string(),
            rel,
            path: path.to_path_buf(),
            front,
            body,
            body_line: text[..body_offset].matches('\n').count() + 1,
        }
    }
}

/// Problems that stop a run before content can be judged: exit code 2.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("{0} is not a folder")]
    NoRoot(String),
    #[error("no altavoz.yaml in {0}")]
    NotAProject(String),
    #[error("cannot read {path}: {source}")]
    Io { path: String, source: std::io::Error },
}

impl LoadError {
    /// What went wrong, for the author.
    pub fn message(&self) -> Message {
        match self {
            LoadError::NoRoot(path) => msg!("load-no-root", path = path),
            LoadError::NotAProject(path) => msg!("load-not-a-project", path = path),
            LoadError::Io { path, source } => msg!("load-io", path = path, reason = source.to_string()),
        }
    }
}

/// `messages:` of the project's altavoz.yaml, read on its own, so that even a project whose
/// settings have mistakes gets its messages in the language it asks for.
pub fn messages_setting(root: &Path) -> Option<String> {
    let text = fs::read_to_string(root.join("altavoz.yaml")).ok()?;
    text.lines().find_map(|line| {
        let value = line.strip_prefix("messages:")?;
        let value = value.split(" #").next().unwrap_or("").trim().trim_matches(['"', '\'']);
        (!value.is_empty()).then(|| value.to_string())
    })
}

/// Reads the project at `root`. Content problems are returned as diagnostics beside the sources.
pub fn load(root: &Path) -> Result<(Sources, Diagnostics), LoadError> {
    load_cached(root, None)
}

/// [`load`], taking pages whose text did not change from `cache` instead of parsing them again
/// (`serve` reloads the whole project on every save).
pub fn load_cached(root: &Path, cache: Option<&Cache>) -> Result<(Sources, Diagnostics), LoadError> {
    load_with(
        root,
        &Options {
            cache,
            ..Options::default()
        },
    )
}

/// How to read a project: for the editor, one campaign alone, with one file's text as it is in
/// a form rather than on disk.
#[derive(Default, Clone, Copy)]
pub struct Options<'a> {
    /// Pages parsed before (see [`load_cached`]).
    pub cache: Option<&'a Cache>,
    /// Only this campaign's folder is read.
    pub campaign: Option<&'a str>,
    /// This project file (project-relative) is read with this text.
    pub overlay: Option<(&'a Path, &'a str)>,
}

/// [`load`] with `options`.
pub fn load_with(root: &Path, options: &Options) -> Result<(Sources, Diagnostics), LoadError> {
    let cache = options.cache;
    if !root.is_dir() {
        return Err(LoadError::NoRoot(root.display().to_string()));
    }
    let canonical_root = fs::canonicalize(root).map_err(|source| LoadError::Io {
        path: root.display().to_string(),
        source,
    })?;
    let mut reader = Reader {
        cache,
        overlay: options.overlay,
        root: canonical_root.clone(),
        diagnostics: Diagnostics::default(),
        sources: Sources {
            root: canonical_root,
            ..Sources::default()
        },
    };
    reader.read_project()?;
    reader.read_campaigns(options.campaign)?;
    reader.read_themes()?;
    reader.read_static()?;
    Ok((reader.sources, reader.diagnostics))
}

struct Reader<'c> {
    cache: Option<&'c Cache>,
    overlay: Option<(&'c Path, &'c str)>,
    root: PathBuf,
    sources: Sources,
    diagnostics: Diagnostics,
}

impl Sources {
    /// Keeps the text of the file at `path` for messages that quote it.
    pub fn add_text(&mut self, path: PathBuf, text: impl Into<Arc<str>>) {
        Arc::make_mut(&mut self.texts).insert(path, text.into());
    }
}

impl Reader<'_> {
    fn read_project(&mut self) -> Result<(), LoadError> {
        let path = PathBuf::from("altavoz.yaml");
        if !self.root.join(&path).is_file() {
            return Err(LoadError::NotAProject(self.root.display().to_string()));
        }
        let Some(text) = self.read_text(&path, u64::MAX, false)? else {
            return Ok(());
        };
        self.sources.project = self.parse_yaml(&text, &path);
        self.sources.add_text(path, text);
        Ok(())
    }

    /// Campaigns are read and parsed in parallel, each by a reader of its own, then gathered in
    /// order: the same sources and diagnostics as one by one (10,000 pages took 0.2 s alone).
    fn read_campaigns(&mut self, only: Option<&str>) -> Result<(), LoadError> {
        use rayon::prelude::*;
        let mut names = self.folders_in("campaigns")?;
        names.retain(|name| only.is_none_or(|only| only == name));
        let read: Vec<Result<_, LoadError>> = names
            .par_iter()
            .map(|name| {
                let mut reader = Reader {
                    cache: self.cache,
                    overlay: self.overlay,
                    root: self.root.clone(),
                    sources: Sources::default(),
                    diagnostics: Diagnostics::default(),
                };
                let campaign = reader.read_campaign(name)?;
                Ok((campaign, reader.sources.texts, reader.diagnostics))
            })
            .collect();
        let mut texts = Vec::new();
        for result in read {
            let (campaign, campaign_texts, diagnostics) = result?;
            self.sources.campaigns.push(campaign);
            texts.push(campaign_texts);
            self.diagnostics.extend(diagnostics);
        }
        // Merged once: the campaigns' texts come as sorted runs, which collecting sorts in
        // about one pass (inserting one by one compares paths component by component, and
        // appending campaign by campaign rebuilds the whole map each time).
        let mut texts: BTreeMap<PathBuf, Arc<str>> = texts.into_iter().flat_map(Arc::unwrap_or_clone).collect();
        Arc::make_mut(&mut self.sources.texts).append(&mut texts);
        Ok(())
    }

    fn read_campaign(&mut self, slug: &str) -> Result<CampaignSource, LoadError> {
        let dir = PathBuf::from("campaigns").join(slug);
        let mut campaign = CampaignSource {
            slug: slug.to_string(),
            dir: dir.clone(),
            config: None,
            pages: Vec::new(),
            language_folders: BTreeMap::new(),
            broken_pages: BTreeSet::new(),
            assets: BTreeMap::new(),
        };
        let config_path = dir.join("campaign.yaml");
        if self.root.join(&config_path).is_file() {
            if let Some(text) = self.read_text(&config_path, u64::MAX, false)? {
                campaign.config = self.parse_yaml(&text, &config_path);
                self.sources.add_text(config_path, text);
            }
        } else {
            self.diagnostics.push(
                Diagnostic::error(&dir, 0, 0, msg!("campaign-no-config", name = slug))
                    .with_hint(msg!("campaign-no-config-hint")),
            );
        }
        for entry in sorted_entries(&self.root.join(&dir))? {
            let name = entry.file_name().to_string_lossy().to_string();
            let rel = dir.join(&name);
            if is_ignored(&name) || name == "campaign.yaml" {
                continue;
            }
            if !entry.path().is_dir() {
                self.diagnostics.push(
                    Diagnostic::warning(&rel, 0, 0, msg!("ignored-in-campaign"))
                        .with_hint(msg!("ignored-in-campaign-hint")),
                );
            } else if name == "assets" {
                for walk::Walked {
                    path,
                    rel: asset_rel,
                    direct,
                } in self.walk_files(&rel)?
                {
                    if let Some(bytes) = self.read_bytes(&path, MAX_ASSET_BYTES, direct)? {
                        campaign.assets.insert(asset_rel, Blob::from(bytes));
                    }
                }
            } else {
                campaign.language_folders.insert(name.clone(), rel.clone());
                self.read_pages(&mut campaign, &name, &rel)?;
            }
        }
        Ok(campaign)
    }

    fn read_pages(&mut self, campaign: &mut CampaignSource, lang: &str, dir: &Path) -> Result<(), LoadError> {
        for walk::Walked { path, rel, direct } in self.walk_files(dir)? {
            if !rel.ends_with(".md") {
                self.diagnostics.push(
                    Diagnostic::warning(&path, 0, 0, msg!("ignored-in-language"))
                        .with_hint(msg!("ignored-in-language-hint")),
                );
                continue;
            }
            // A page the preview read before, whose file has not changed since, is not read
            // again (a third of a preview's rebuild was reading every page).
            let overlaid = self.overlay.is_some_and(|(overlaid, _)| overlaid == path);
            let stamp = match self.cache {
                Some(_) if direct && !overlaid => cache::Stamp::of(&self.root.join(&path)),
                _ => None,
            };
            if let (Some(cache), Some(stamp)) = (self.cache, &stamp)
                && let Some((text, parsed)) = cache.unchanged_page(&path, stamp)
            {
                campaign
                    .pages
                    .push(PageSource::of(lang, rel, &path, &text, parsed, true));
                self.sources.add_text(path, text);
                continue;
            }
            let Some(text) = self.read_text(&path, MAX_PAGE_BYTES, direct)? else {
                campaign.broken_pages.insert((lang.to_string(), rel));
                continue;
            };
            // A file with nothing in it is no page: web editors (Decap CMS) leave one in every
            // language a new page has no translation in yet.
            if text.trim().is_empty() {
                continue;
            }
            // Shared by the page's body and the messages that quote the file.
            let text: Arc<str> = text.into();
            match self.parse_page(&path, &text, stamp) {
                Some((parsed, clean)) => campaign
                    .pages
                    .push(PageSource::of(lang, rel, &path, &text, parsed, clean)),
                None => {
                    campaign.broken_pages.insert((lang.to_string(), rel));
                }
            }
            self.sources.add_text(path, text);
        }
        Ok(())
    }

    fn parse_page(
        &mut self,
        path: &Path,
        text: &Arc<str>,
        stamp: Option<cache::Stamp>,
    ) -> Option<((FrontMatter, Body, usize), bool)> {
        if let Some(page) = self.cache.and_then(|c| c.page(path, text, stamp)) {
            return Some((page, true));
        }
        let (page, clean) = self.parse_page_text(path, text)?;
        // Only clean pages are kept: a page with mistakes is read again, and its mistakes
        // reported again, until it is fixed.
        if let Some(cache) = self.cache.filter(|_| clean) {
            cache.keep(path, text, &page, stamp);
        }
        Some((page, clean))
    }

    /// The page's front matter, body and body offset (even when the front matter has mistakes,
    /// so its links are still checked), and whether it had none.
    fn parse_page_text(&mut self, path: &Path, text: &Arc<str>) -> Option<((FrontMatter, Body, usize), bool)> {
        let split = match front_matter::split(text) {
            Ok(split) => split,
            Err(front_matter::SplitError::Missing) => {
                self.diagnostics.push(
                    Diagnostic::error(path, 1, 1, msg!("page-no-front-matter"))
                        .with_hint(msg!("page-no-front-matter-hint")),
                );
                return None;
            }
            Err(front_matter::SplitError::Unclosed) => {
                self.diagnostics.push(
                    Diagnostic::error(path, 1, 1, msg!("page-front-matter-unclosed"))
                        .with_hint(msg!("page-front-matter-unclosed-hint")),
                );
                return None;
            }
        };
        let (front, problems) = yaml::read::<FrontMatter>(split.yaml, path, split.yaml_line);
        let clean = problems.is_empty();
        for problem in problems {
            self.diagnostics.push(problem);
        }
        // Front matter that is not even YAML: the body is still checked, with placeholders.
        let front = front.or_else(yaml::placeholder::<FrontMatter>)?;
        Some((
            (front, Body::of(Arc::clone(text), split.body_offset), split.body_offset),
            clean,
        ))
    }

    fn read_themes(&mut self) -> Result<(), LoadError> {
        for name in self.folders_in("themes")? {
            let mut files = BTreeMap::new();
            for walk::Walked { path, rel, direct } in self.walk_files(&PathBuf::from("themes").join(&name))? {
                if let Some(bytes) = self.read_bytes(&path, MAX_ASSET_BYTES, direct)? {
                    // Templates and UI strings are quoted in messages about them.
                    let quoted = [".html", ".typ", ".yaml"].iter().any(|ext| rel.ends_with(ext));
                    if let Some(text) = quoted.then(|| std::str::from_utf8(&bytes).ok()).flatten() {
                        self.sources.add_text(path.clone(), text);
                    }
                    files.insert(rel, Blob::from(bytes));
                }
            }
            self.sources.themes.insert(name, files);
        }
        Ok(())
    }

    fn read_static(&mut self) -> Result<(), LoadError> {
        let dir = PathBuf::from("static");
        if !self.root.join(&dir).is_dir() {
            return Ok(());
        }
        for walk::Walked { path, rel, direct } in self.walk(&dir, is_editor_leftover)? {
            if let Some(bytes) = self.read_bytes(&path, MAX_ASSET_BYTES, direct)? {
                self.sources.static_files.insert(rel, Blob::from(bytes));
            }
        }
        Ok(())
    }

    /// The settings in `text`, with every mistake reported; `None` only when the YAML itself
    /// cannot be read.
    fn parse_yaml<T: serde::de::DeserializeOwned>(&mut self, text: &str, path: &Path) -> Option<T> {
        let (value, problems) = yaml::read::<T>(text, path, 1);
        for problem in problems {
            self.diagnostics.push(problem);
        }
        value
    }
}
