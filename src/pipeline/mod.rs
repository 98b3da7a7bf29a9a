//! Sequences the stages: load → validate ([`Prepared`]) → localize → render → write.

mod prepare;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use rayon::prelude::*;

use crate::diag::Diagnostics;
use crate::localize::Selection;
use crate::messages::Message;
use crate::msg;
use crate::project::{Date, Project};
use crate::render::site::{SiteRenderer, Weighing};
use crate::render::{
    CancelToken, Context, FileMap, MemorySink, NoPrevious, NoProgress, Output, OutputFile, Plan, Previous, Progress,
    RenderError, Rendered, STACK_SIZE, Sink, SinkError,
};
use crate::{load, write};

pub use prepare::{Preparation, Prepared};

/// What a run does with what it makes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// `build`: replace the output folder.
    Write,
    /// `check`: everything but writing.
    Check,
    /// `serve`: files in memory, speed over size, every output linked.
    Preview,
}

#[derive(Clone)]
pub struct BuildOptions {
    pub root: PathBuf,
    /// Replaces `output` of altavoz.yaml.
    pub out: Option<PathBuf>,
    pub base_url: Option<String>,
    /// The outputs to make; empty: all.
    pub outputs: Vec<Output>,
    pub selection: Selection,
    pub mode: Mode,
    pub today: Date,
    /// Pages parsed by earlier builds of this process (`serve`).
    pub cache: Option<Arc<load::Cache>>,
    /// The previous build's files in memory (`serve`), reused where their inputs match.
    pub previous: Option<Arc<FileMap>>,
    /// Stops the renderers when a newer build supersedes this one (`serve`).
    pub cancel: CancelToken,
    /// Warnings fail the run, and nothing is written (`--deny-warnings`).
    pub deny_warnings: bool,
    /// Told of every document made (progress bars).
    pub progress: Arc<dyn Progress>,
    /// Also write the offline pack of each language (`--pack`).
    pub pack: bool,
}

impl BuildOptions {
    /// What the build asks of the project it prepares.
    pub fn preparation(&self) -> Preparation {
        Preparation {
            base_url: self.base_url.clone(),
            today: self.today,
            cache: self.cache.clone(),
            allowed: &[],
        }
    }

    /// A build of the project at `root` into its configured output, of every output and
    /// language, dated today.
    pub fn new(root: impl Into<PathBuf>) -> BuildOptions {
        BuildOptions {
            root: root.into(),
            out: None,
            base_url: None,
            outputs: Vec::new(),
            selection: Selection::default(),
            mode: Mode::Write,
            today: today(),
            cache: None,
            previous: None,
            cancel: CancelToken::never(),
            deny_warnings: false,
            progress: Arc::new(NoProgress),
            pack: false,
        }
    }
}

/// What a run found and did.
#[derive(Debug, Default)]
pub struct Report {
    /// Warnings (and, on failure, the errors).
    pub diagnostics: Diagnostics,
    /// The source texts read, so diagnostics can be shown with snippets.
    pub texts: Arc<BTreeMap<PathBuf, Arc<str>>>,
    /// Campaign pages built (landing pages included), over all languages.
    pub pages: usize,
    pub languages: usize,
    /// Files made (or reused) into the output.
    pub files: usize,
    pub out: Option<PathBuf>,
    /// What each renderer made, in the order of `--only`.
    pub rendered: Vec<(Output, Rendered)>,
}

impl Report {
    /// What renderers had to say ("cards: rendered 0, 126 unchanged"), sorted.
    pub fn notes(&self) -> Vec<Message> {
        let mut rendered: Vec<&(Output, Rendered)> = self.rendered.iter().collect();
        rendered.sort_by_key(|(output, _)| output.name());
        rendered.into_iter().filter_map(|(_, r)| r.summary.clone()).collect()
    }

    /// What each web page costs a reader, by page.
    pub fn weights(&self) -> impl Iterator<Item = &crate::render::site::budget::PageWeight> {
        self.rendered.iter().flat_map(|(_, r)| &r.weights)
    }

    /// A source file's text by its project-relative path, for diagnostics.
    pub fn source_text(&self, path: &Path) -> Option<String> {
        self.texts.get(path).map(ToString::to_string)
    }
}

#[derive(Debug, thiserror::Error)]
pub enum Failure {
    /// Wrong arguments or environment: exit code 2.
    #[error("{0}")]
    Usage(crate::messages::Message),
    /// Problems in the sources: exit code 1; the report lists them.
    #[error("{} problem(s) in the sources", .0.diagnostics.error_count())]
    Content(Box<Report>),
    /// A newer build superseded this one (`serve`).
    #[error("cancelled: the sources changed again")]
    Cancelled,
}

/// The files one step of a build made, for `serve` to show (empty unless previewing).
pub struct Step {
    pub files: FileMap,
    pub report: Report,
}

/// Runs the whole pipeline once.
pub fn build(options: &BuildOptions) -> Result<Report, Failure> {
    let outputs = if options.outputs.is_empty() {
        Output::ALL.to_vec()
    } else {
        options.outputs.clone()
    };
    // The offline pack holds the handouts: with `--pack`, the website comes last.
    if options.pack && options.mode == Mode::Write && outputs.contains(&Output::Site) {
        let others: Vec<Output> = outputs.iter().copied().filter(|o| *o != Output::Site).collect();
        return build_in_steps(options, &[&others, &[Output::Site]], &mut |_| {});
    }
    build_in_steps(options, &[&outputs], &mut |_| {})
}

/// Runs the pipeline once, rendering the outputs of `steps` one step after the other and
/// calling `after` when each step is done: `serve` shows the pages first, then makes the
/// handouts and cards. Loading, validating and localizing happen once.
pub fn build_in_steps(
    options: &BuildOptions,
    steps: &[&[Output]],
    after: &mut (dyn FnMut(Step) + Send),
) -> Result<Report, Failure> {
    // Typesetting recurses deeply (more so in debug builds): the build's worker threads get
    // room of their own (RAYON_NUM_THREADS still sets how many), and so do the global pool's,
    // where typst and krilla do their background work (unless something built it before).
    crate::render::priority::build_global_pool(options.mode == Mode::Preview);
    match rayon::ThreadPoolBuilder::new().stack_size(STACK_SIZE).build() {
        Ok(pool) => pool.install(|| run(options, steps, after)),
        Err(_) => run(options, steps, after),
    }
}

fn run(options: &BuildOptions, steps: &[&[Output]], after: &mut (dyn FnMut(Step) + Send)) -> Result<Report, Failure> {
    // A preview links every output even when a step renders only some: the rest follows.
    let linked: Vec<Output> = match options.mode {
        Mode::Preview => Output::ALL.to_vec(),
        _ => steps.iter().flat_map(|s| s.iter().copied()).collect(),
    };
    let prepared = Prepared::new(&options.root, &options.preparation())?;
    let ((), report) = with_prepared(&prepared, options, &linked, |context, report| {
        render_steps(context, options, steps, after, report)
    })?;
    discard(prepared);
    Ok(report)
}

/// Localizes and plans `prepared` for a build of `outputs`, and hands the render context to
/// `f`: everything a build does before rendering (for tests and benchmarks), and `build`
/// itself. The report has the diagnostics found so far; in `Mode::Write`, `out` is the checked
/// output folder.
fn with_prepared<R>(
    prepared: &Prepared,
    options: &BuildOptions,
    outputs: &[Output],
    f: impl FnOnce(&Context, &mut Report) -> Result<R, Failure>,
) -> Result<(R, Report), Failure> {
    let mut report = Report {
        texts: Arc::clone(&prepared.texts),
        ..Report::default()
    };
    let (site, diagnostics) = prepared.site(&options.selection)?;
    // `check` and `serve` write nothing, so the output folder does not matter to them.
    if options.mode == Mode::Write {
        let out = options.out.clone().unwrap_or_else(|| prepared.project.output.clone());
        report.out = Some(write::check_output(&prepared.root, &out).map_err(|e| Failure::Usage(e.message()))?);
    }
    report.pages = site
        .editions
        .iter()
        .flat_map(|e| &e.campaigns)
        .map(|c| c.pages.len())
        .sum();
    report.languages = site.editions.len();
    report.diagnostics = diagnostics;
    if options.deny_warnings && report.diagnostics.deny_warnings() {
        return Err(Failure::Content(Box::new(report)));
    }

    let plan = Plan::new(&site, &prepared.theme, outputs, options.today);
    let previous: Box<dyn Previous> = match (&options.previous, &report.out) {
        (Some(files), _) => Box::new(Arc::clone(files)),
        (None, Some(out)) => match write::OutputFolder::open(out) {
            Some(folder) => Box::new(folder),
            None => Box::new(NoPrevious),
        },
        (None, None) => Box::new(NoPrevious),
    };
    let context = Context {
        site: &site,
        theme: &prepared.theme,
        plan: &plan,
        outputs,
        today: options.today,
        preview: options.mode == Mode::Preview,
        background: false,
        previous: previous.as_ref(),
        cancel: options.cancel.clone(),
        progress: options.progress.as_ref(),
    };
    let result = f(&context, &mut report)?;
    drop(context);
    drop(previous);
    drop(plan);
    drop(site);
    Ok((result, report))
}

/// Prepares the project, localizes and plans it for a build of `outputs`, and hands the render
/// context to `f`: for tests and benchmarks that call a renderer or read a template's data.
pub fn with_context<R>(
    options: &BuildOptions,
    outputs: &[Output],
    f: impl FnOnce(&Context, &mut Report) -> Result<R, Failure>,
) -> Result<(R, Report), Failure> {
    let prepared = Prepared::new(&options.root, &options.preparation())?;
    with_prepared(&prepared, options, outputs, f)
}

/// Frees `value` on a thread of its own: freeing the sources and the checked project of a big
/// site is a tenth of its build, on one core, and a command that ends does not wait for it.
pub(crate) fn discard<T: Send + 'static>(value: T) {
    // Where no thread can be started, the value is dropped here, with the closure.
    let _ = std::thread::Builder::new()
        .name("altavoz-free".into())
        .spawn(move || drop(value));
}

/// Renders the outputs of each step in turn, all of one step in parallel, into the staging
/// folder (`Mode::Write`) or memory, and swaps the staging folder in at the end.
fn render_steps(
    context: &Context,
    options: &BuildOptions,
    steps: &[&[Output]],
    after: &mut (dyn FnMut(Step) + Send),
    report: &mut Report,
) -> Result<(), Failure> {
    let staging = match &report.out {
        Some(out) => Some(write::Staging::create(out).map_err(|e| Failure::Usage(e.message()))?),
        None => None,
    };
    for (i, step) in steps.iter().enumerate() {
        // A newer build supersedes this one: what is left of it is not begun.
        if context.cancel.is_cancelled() {
            return Err(Failure::Cancelled);
        }
        // A preview's later steps are made while the author works on: in the background.
        let context = &Context {
            background: options.mode == Mode::Preview && i > 0,
            ..context.clone()
        };
        let memory = match options.mode {
            Mode::Preview => MemorySink::keeping(),
            _ => MemorySink::counting(),
        };
        let sink = Counted {
            inner: staging.as_ref().map_or(&memory as &dyn Sink, |s| s as &dyn Sink),
            count: AtomicUsize::new(0),
        };
        // The offline packs hold the handouts made in an earlier step.
        let site = SiteRenderer {
            weighing: match options.mode {
                Mode::Preview => Weighing::Skip,
                Mode::Check => Weighing::Exact,
                Mode::Write => Weighing::OverBudget,
            },
            pack: match &staging {
                Some(staging) if options.pack => Some(staging as &dyn Previous),
                _ => None,
            },
        };
        let results: Vec<_> = step
            .par_iter()
            .map(|output| {
                let renderer: &dyn crate::render::Renderer = match output {
                    Output::Site => &site,
                    Output::Print => &crate::render::print::PrintRenderer,
                    Output::Cards => &crate::render::cards::CardsRenderer,
                };
                (*output, renderer.render(context, &sink))
            })
            .collect();
        for (output, result) in results {
            match result {
                Ok(rendered) => {
                    report.diagnostics.extend(rendered.warnings.clone());
                    report.rendered.push((output, rendered));
                }
                Err(RenderError::Problems(problems)) => report.diagnostics.extend(problems),
                Err(RenderError::Cancelled) => return Err(Failure::Cancelled),
                Err(RenderError::Sink(SinkError(message))) => {
                    return Err(Failure::Usage(message));
                }
            }
        }
        if report.diagnostics.has_errors() {
            return Err(Failure::Content(Box::new(std::mem::take(report))));
        }
        report.files += sink.count.load(Ordering::Relaxed);
        after(Step {
            files: memory.into_files(),
            report: Report {
                diagnostics: report.diagnostics.clone(),
                pages: report.pages,
                languages: report.languages,
                rendered: report.rendered.clone(),
                ..Report::default()
            },
        });
    }
    // Renderers warn too (a page over its budget): those fail a `--deny-warnings` build as well.
    if options.deny_warnings && report.diagnostics.deny_warnings() {
        return Err(Failure::Content(Box::new(std::mem::take(report))));
    }
    if let Some(staging) = staging {
        staging.commit().map_err(|e| Failure::Usage(e.message()))?;
    }
    Ok(())
}

/// A content failure with `diagnostics`, quoting `texts`.
fn content(diagnostics: Diagnostics, texts: Arc<BTreeMap<PathBuf, Arc<str>>>) -> Failure {
    Failure::Content(Box::new(Report {
        diagnostics,
        texts,
        ..Report::default()
    }))
}

/// Counts the files passed on to the sink.
struct Counted<'a> {
    inner: &'a dyn Sink,
    count: AtomicUsize,
}

impl Sink for Counted<'_> {
    fn put(&self, file: OutputFile) -> Result<(), SinkError> {
        self.count.fetch_add(1, Ordering::Relaxed);
        self.inner.put(file)
    }
}

/// `--campaign` and `--lang` must name something that exists.
fn check_selection(project: &Project, selection: &Selection) -> Result<(), Failure> {
    if let Some(name) = &selection.campaign
        && !project.campaigns.iter().any(|c| &c.slug == name)
    {
        let names: Vec<&str> = project.campaigns.iter().map(|c| c.slug.as_str()).collect();
        return Err(Failure::Usage(crate::diag::unknown_name(
            msg!("usage-no-campaign", name = name),
            name,
            &names,
        )));
    }
    if let Some(code) = &selection.lang
        && project.language(code).is_none()
    {
        let codes: Vec<&str> = project.languages.iter().map(|l| l.code.as_str()).collect();
        return Err(Failure::Usage(crate::diag::unknown_name(
            msg!("usage-no-language", code = code),
            code,
            &codes,
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
