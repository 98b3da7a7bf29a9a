//! Sequences the stages: load → validate → localize → render → write.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::diag::Diagnostics;
use crate::localize::{self, Selection};
use crate::project::Date;
use crate::render::{self, OutputFile};
use crate::theme::Theme;
use crate::{load, validate, write};

#[derive(Debug, Clone)]
pub struct BuildOptions {
    pub root: PathBuf,
    /// Replaces `output` of altavoz.yaml.
    pub out: Option<PathBuf>,
    pub base_url: Option<String>,
    /// Renderer names to run (`site`, …); empty: all.
    pub only: Vec<String>,
    pub selection: Selection,
    /// `false` for `altavoz check` and `serve`: everything but writing.
    pub write: bool,
    /// Files of the previous build kept in memory (`serve`), reused where their inputs match.
    pub previous: Option<std::sync::Arc<render::FileMap>>,
    /// A live preview: speed over size.
    pub preview: bool,
    /// Stops the slow renderers when the counter moves on from the value given (`serve`).
    pub cancel: Option<(std::sync::Arc<std::sync::atomic::AtomicU64>, u64)>,
    pub today: Date,
    /// Pages parsed by earlier builds of this process (`serve`).
    pub cache: Option<std::sync::Arc<load::Cache>>,
}

/// What a run found and did.
#[derive(Debug, Default)]
pub struct Report {
    /// Warnings (and, on failure, the errors).
    pub diagnostics: Diagnostics,
    /// The source texts read, so diagnostics can be shown with snippets.
    pub texts: BTreeMap<PathBuf, String>,
    /// Campaign pages built (landing pages included), over all languages.
    pub pages: usize,
    pub languages: usize,
    pub files: Vec<OutputFile>,
    pub out: Option<PathBuf>,
    /// What renderers had to say (e.g. "rendered 0 cards, 96 unchanged").
    pub notes: Vec<String>,
}

#[derive(Debug, thiserror::Error)]
pub enum Failure {
    /// Wrong arguments or environment: exit code 2.
    #[error("{0}")]
    Usage(String),
    /// Problems in the sources: exit code 1; the report lists them.
    #[error("{} problem(s) in the sources", .0.diagnostics.error_count())]
    Content(Box<Report>),
}

pub fn build(options: &BuildOptions) -> Result<Report, Failure> {
    // Typesetting recurses deeply (more so in debug builds): the build's worker threads get
    // room of their own (RAYON_NUM_THREADS still sets how many).
    match rayon::ThreadPoolBuilder::new().stack_size(64 * 1024 * 1024).build() {
        Ok(pool) => pool.install(|| run(options)),
        Err(_) => run(options),
    }
}

fn run(options: &BuildOptions) -> Result<Report, Failure> {
    if let Some(url) = &options.base_url
        && validate::normalize_base_url(url).is_none()
    {
        return Err(Failure::Usage(format!(
            "--base-url `{url}` is not an absolute web address (write it like https://example.org/)"
        )));
    }
    let (sources, mut diagnostics) =
        load::load_cached(&options.root, options.cache.as_deref()).map_err(|e| Failure::Usage(e.to_string()))?;
    let mut report = Report {
        texts: sources.texts.clone(),
        ..Report::default()
    };
    let settings = validate::Settings {
        base_url: options.base_url.clone(),
        today: options.today,
    };
    let project = validate::validate(&sources, &settings, &mut diagnostics);
    let fail = |diagnostics: Diagnostics, mut report: Report| {
        report.diagnostics = diagnostics;
        Failure::Content(Box::new(report))
    };
    let Some(project) = project.filter(|_| !diagnostics.has_errors()) else {
        return Err(fail(diagnostics, report));
    };
    check_selection(&project, &options.selection)?;
    let out = match &options.out {
        Some(out) => out.clone(),
        None => project.output.clone(),
    };
    // `check` writes nothing, so the output folder does not matter to it.
    let out = if options.write {
        write::check_output(&sources.root, &out).map_err(|e| Failure::Usage(e.to_string()))?
    } else {
        out
    };

    let theme = Theme::load(&project.theme, &sources.themes);
    let mut site = localize::localize(&project, &theme, &options.selection, &mut diagnostics);
    if diagnostics.has_errors() {
        return Err(fail(diagnostics, report));
    }
    let renderers: Vec<_> = render::renderers()
        .into_iter()
        .filter(|r| options.only.is_empty() || options.only.iter().any(|o| o == r.name()))
        .collect();
    // A preview links every output even when it renders only some now: the rest follows.
    site.outputs = if options.preview {
        render::renderers().iter().map(|r| r.name()).collect()
    } else {
        renderers.iter().map(|r| r.name()).collect()
    };
    site.today = options.today;
    site.digest = sources.digest();
    site.previous_output = Some(out.clone()).filter(|o| options.write && o.join(write::MARKER).is_file());
    site.previous_files = options.previous.clone();
    site.preview = options.preview;
    site.cancel = options.cancel.clone();
    let results: Vec<_> = renderers.par_iter().map(|r| r.render(&site, &theme)).collect();
    let mut files = Vec::new();
    for result in results {
        match result {
            Ok(mut rendered) => files.append(&mut rendered),
            Err(errors) => diagnostics.extend(errors),
        }
    }
    if diagnostics.has_errors() {
        return Err(fail(diagnostics, report));
    }
    files.sort_by(|a, b| a.path.cmp(&b.path));
    report.pages = site
        .editions
        .iter()
        .flat_map(|e| &e.campaigns)
        .map(|c| c.pages.len())
        .sum();
    report.languages = site.editions.len();
    if options.write {
        write::write(&out, &files).map_err(|e| Failure::Usage(e.to_string()))?;
        report.out = Some(out);
    }
    report.files = files;
    report.diagnostics = diagnostics;
    report.notes = std::mem::take(&mut *site.notes.lock().unwrap_or_else(|e| e.into_inner()));
    // Renderers run in parallel: their notes come in any order.
    report.notes.sort();
    Ok(report)
}

/// `--campaign` and `--lang` must name something that exists.
fn check_selection(project: &crate::project::Project, selection: &Selection) -> Result<(), Failure> {
    if let Some(name) = &selection.campaign
        && !project.campaigns.iter().any(|c| &c.slug == name)
    {
        let names: Vec<&str> = project.campaigns.iter().map(|c| c.slug.as_str()).collect();
        return Err(Failure::Usage(format!(
            "--campaign: no campaign `{name}` (campaigns: {})",
            names.join(", ")
        )));
    }
    if let Some(code) = &selection.lang
        && project.language(code).is_none()
    {
        let codes: Vec<&str> = project.languages.iter().map(|l| l.code.as_str()).collect();
        return Err(Failure::Usage(format!(
            "--lang: `{code}` is not a project language ({})",
            codes.join(", ")
        )));
    }
    Ok(())
}

/// "Today" for review dates: `SOURCE_DATE_EPOCH` when set (reproducible builds), else the clock.
pub fn today() -> Date {
    let seconds = std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.trim().parse::<i64>().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_secs() as i64)
        });
    Date::from_unix(seconds)
}

/// A source file's text by its project-relative path, for diagnostics.
pub fn source_text(report: &Report, path: &Path) -> Option<String> {
    report.texts.get(path).cloned()
}
