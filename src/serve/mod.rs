//! `altavoz serve`: the live preview. Builds with the same pipeline as `build` (in memory,
//! never into the output folder), serves the result over HTTP on 127.0.0.1, watches the sources
//! and, after each rebuild, tells open pages to reload (Server-Sent Events). A broken source
//! keeps the last good site on screen with the error over it. Only requests for the preview's
//! own address, from its own pages, are answered (`guard`): it shows drafts.

mod guard;
mod http;
mod watch;

pub use http::{Extension, Request, Response, content_type, plain};

use std::net::{Ipv4Addr, Ipv6Addr, SocketAddr, TcpListener, TcpStream};
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, RwLock, mpsc};
use std::time::{Duration, Instant};

use crate::messages::{Catalog, Message};
use crate::msg;
use crate::pipeline::{self, BuildOptions, Failure, Mode};
use crate::render::{CancelToken, FileMap, Output};

#[derive(Debug, Clone)]
pub struct ServeOptions {
    pub root: PathBuf,
    pub bind: String,
    pub port: u16,
    pub open: bool,
    pub quiet: bool,
    /// Build pages marked `draft: true` too (`--drafts`, as in `build`).
    pub drafts: bool,
    /// The language of messages, in the terminal and over the pages.
    pub messages: crate::messages::Lang,
}

/// What the server shows: the last good build, and the current error if the sources are broken.
#[derive(Default)]
pub struct State {
    files: RwLock<Arc<FileMap>>,
    /// What each part made last: [pages, handouts and cards]; `files` is the two together.
    parts: Mutex<[Arc<FileMap>; 2]>,
    error: RwLock<Option<String>>,
    version: AtomicU64,
    /// Counts source changes; a build still running when it moves on stops early.
    changes: Arc<AtomicU64>,
    listeners: Mutex<Vec<mpsc::Sender<Event>>>,
    /// Pages parsed by earlier builds.
    cache: Arc<crate::load::Cache>,
    /// When the sources last changed (see [`wait_for_a_pause`]).
    changed_at: Mutex<Option<Instant>>,
    /// Tells the watcher of files the editor wrote, to rebuild at once (see [`State::wrote`]),
    /// with the project folder as the watcher names it.
    kick: Mutex<Option<(mpsc::Sender<Vec<PathBuf>>, PathBuf)>>,
    /// What each file the editor wrote was like just after, and when: when the watcher hears of
    /// it soon after, unchanged since, that change is being built.
    written: Mutex<std::collections::HashMap<PathBuf, (crate::load::FileState, Instant)>>,
}

/// What open pages are told.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Event {
    Reload,
    Error(String),
}

impl State {
    /// Called for every change of the sources, before its rebuild: builds still running stop.
    pub fn changed(&self) {
        if let Ok(mut at) = self.changed_at.lock() {
            *at = Some(Instant::now());
        }
        self.changes.fetch_add(1, Ordering::SeqCst);
    }

    /// Called when the editor wrote the source files at `paths` (project-relative): they are
    /// built at once, where the watcher would hear of them only after its debounce delay.
    pub fn wrote(&self, paths: &[PathBuf]) {
        if paths.is_empty() {
            return;
        }
        let Some((kick, root)) = self.kick.lock().ok().and_then(|k| k.clone()) else {
            return;
        };
        // Named as the watcher names them: under the project folder it watches, through any
        // symbolic link below it.
        let paths: Vec<PathBuf> = paths.iter().map(|p| root.join(p)).collect();
        if let Ok(mut written) = self.written.lock() {
            for path in &paths {
                match crate::load::FileState::of(path) {
                    Some(id) => written.insert(path.clone(), (id, Instant::now())),
                    None => written.remove(path),
                };
            }
        }
        let _ = kick.send(paths);
    }

    fn broadcast(&self, event: Event) {
        if let Ok(mut listeners) = self.listeners.lock() {
            listeners.retain(|l| l.send(event.clone()).is_ok());
        }
    }

    fn subscribe(&self) -> mpsc::Receiver<Event> {
        let (tx, rx) = mpsc::channel();
        if let Some(error) = self.error.read().ok().and_then(|e| e.clone()) {
            let _ = tx.send(Event::Error(error));
        }
        if let Ok(mut listeners) = self.listeners.lock() {
            listeners.push(tx);
        }
        rx
    }

    pub fn files(&self) -> Arc<FileMap> {
        self.files.read().map(|f| Arc::clone(&f)).unwrap_or_default()
    }

    pub fn error(&self) -> Option<String> {
        self.error.read().ok().and_then(|e| e.clone())
    }
}

/// What a rebuild says: what to print, and whether it failed (printed even with `--quiet`).
pub struct Rebuilt {
    pub message: String,
    pub failed: bool,
}

/// Builds the site into `state` in two steps of one pipeline run: the pages first (fast),
/// then handouts and cards (reused where unchanged). Pages reload as soon as the first step is
/// done; on failure the last good files stay and pages are told the error.
pub fn rebuild(options: &ServeOptions, state: &State) -> Rebuilt {
    let started = Instant::now();
    let lang = options.messages;
    let serve = options;
    let mut options = BuildOptions::new(&serve.root);
    options.mode = Mode::Preview;
    options.selection.drafts = serve.drafts;
    options.previous = Some(state.files());
    options.cancel = CancelToken::watching(Arc::clone(&state.changes));
    let generation = state.changes.load(Ordering::SeqCst);
    options.cache = Some(Arc::clone(&state.cache));
    let steps: [&[Output]; 2] = [&[Output::Site], &[Output::Print, Output::Cards]];
    let mut pages_step: Option<(usize, u128)> = None;
    // The first build makes everything at once: there is nothing to show before it.
    let first = state.files().is_empty();
    let mut waited = Duration::ZERO;
    let result = pipeline::build_in_steps(&options, &steps, &mut |step| {
        if pages_step.is_none() {
            if publish(state, generation, Part::Pages, step.files) {
                state.broadcast(Event::Reload);
            }
            pages_step = Some((step.report.pages, started.elapsed().as_millis()));
            if !first {
                let waiting = Instant::now();
                wait_for_a_pause(state, generation);
                waited = waiting.elapsed();
            }
        } else {
            publish(state, generation, Part::Documents, step.files);
        }
    });
    let text = match (result, pages_step) {
        (Ok(report), Some((pages, site_ms))) => {
            let catalog = Catalog::get(lang);
            // The time they took, not the pause they waited for.
            let all_ms = started.elapsed().saturating_sub(waited).as_millis() as u64;
            let mut message = catalog.text(&msg!(
                "serve-rebuilt",
                pages = pages,
                site_ms = site_ms as u64,
                all_ms = all_ms
            ));
            for note in report.notes() {
                message.push_str("; ");
                message.push_str(&catalog.text(&note));
            }
            message
        }
        // A newer save is waiting: its build will make these files.
        (Err(Failure::Cancelled), Some((pages, site_ms))) => {
            Catalog::get(lang).text(&msg!("serve-rebuilt-pages", pages = pages, site_ms = site_ms as u64))
        }
        // Superseded before it showed anything: the newer build reports.
        (Err(Failure::Cancelled), None) => String::new(),
        (Ok(_), None) => String::new(),
        (Err(failure), _) => {
            return Rebuilt {
                message: fail(state, generation, failure, lang),
                failed: true,
            };
        }
    };
    Rebuilt {
        message: text,
        failed: false,
    }
}

/// How long the sources must be left alone before a rebuild makes its handouts and cards: longer
/// than the delay of editors that save as the author types (VS Code's is one second), so a
/// campaign's booklets are not typeset again at every pause in a sentence, only to be dropped
/// at the next save, while the author waits for the next page.
const PAUSE: Duration = Duration::from_millis(1500);

/// Returns once the sources have been left alone for [`PAUSE`] since their last change (the
/// pages of a big project may have taken that long already), or at once when they changed
/// again after build `generation` started (the build then stops).
fn wait_for_a_pause(state: &State, generation: u64) {
    let last_change = state.changed_at.lock().ok().and_then(|at| *at);
    let Some(last_change) = last_change else { return };
    while last_change.elapsed() < PAUSE && state.changes.load(Ordering::SeqCst) == generation {
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// The two parts of the site a rebuild makes one after the other.
#[derive(Clone, Copy)]
enum Part {
    Pages = 0,
    Documents = 1,
}

/// Replaces what `part` of the last build made with `files`, keeping the other part's, unless
/// the sources changed since the build started (a newer build is making newer files).
fn publish(state: &State, generation: u64, part: Part, files: FileMap) -> bool {
    if let Ok(mut parts) = state.parts.lock() {
        if state.changes.load(Ordering::SeqCst) != generation {
            return false;
        }
        parts[part as usize] = Arc::new(files);
        let mut all: FileMap = (*parts[Part::Documents as usize]).clone();
        all.extend(parts[Part::Pages as usize].iter().map(|(p, b)| (p.clone(), b.clone())));
        if let Ok(mut current) = state.files.write() {
            *current = Arc::new(all);
        }
    }
    if let Ok(mut error) = state.error.write() {
        *error = None;
    }
    state.version.fetch_add(1, Ordering::SeqCst);
    true
}

fn fail(state: &State, generation: u64, failure: Failure, lang: crate::messages::Lang) -> String {
    if state.changes.load(Ordering::SeqCst) != generation {
        return String::new();
    }
    let text = match &failure {
        Failure::Usage(message) => {
            let catalog = Catalog::get(lang);
            format!("{}: {}\n", catalog.text(&msg!("severity-error")), catalog.text(message))
        }
        Failure::Content(report) => crate::diag::render(
            &report.diagnostics,
            &|p| report.source_text(p),
            &crate::diag::RenderOptions { lang, verbose: false },
        ),
        Failure::Cancelled => return String::new(),
    };
    if let Ok(mut error) = state.error.write() {
        *error = Some(text.clone());
    }
    state.broadcast(Event::Error(text.clone()));
    format!("{text}{}", Catalog::get(lang).text(&msg!("serve-last-good")))
}

/// Runs the preview until Ctrl-C.
pub fn serve(options: ServeOptions) -> Result<(), Message> {
    run(options, None)
}

/// Runs the preview, with `extension` answering under its own path (the editor), until Ctrl-C.
pub fn run(options: ServeOptions, extension: Option<Arc<dyn Extension>>) -> Result<(), Message> {
    let catalog = Catalog::get(options.messages);
    // Handouts and cards are typeset in the background, after the pages (see `render::priority`).
    crate::render::priority::build_global_pool(true);
    let state = Arc::new(State::default());
    // Watching starts before the first build: a save while it runs (minutes for a big
    // project), or just after the address is printed, is never missed. Such a save stops the
    // first build, and the watcher's build takes over.
    let _watcher = watch::start(&options, Arc::clone(&state))?;
    let Rebuilt { message: first, failed } = rebuild(&options, &state);
    let cannot_listen = |e: std::io::Error| {
        msg!(
            "serve-cannot-listen",
            address = format!("{}:{}", options.bind, options.port),
            reason = e.to_string()
        )
    };
    let listener = TcpListener::bind((options.bind.as_str(), options.port)).map_err(cannot_listen)?;
    let address = listener.local_addr().map_err(cannot_listen)?;
    let allowed = Arc::new(guard::Allowed::new(&options.bind, address.port()));
    let url = format!("http://{address}/");
    if !options.quiet || failed {
        eprintln!("{first}");
    }
    if !address.ip().is_loopback() {
        eprintln!("{}", catalog.text(&msg!("serve-network-warning", bind = &options.bind)));
    }
    // The address line is printed even with --quiet: tools and tests read it.
    eprintln!("{}", catalog.text(&msg!("serve-serving", url = &url)));
    let opened = match extension.as_ref().and_then(|e| e.address(url.trim_end_matches('/'))) {
        Some(address) => {
            eprintln!("{}", catalog.text(&msg!("edit-serving", url = &address)));
            address
        }
        None => url.clone(),
    };
    let stop = Arc::new(AtomicBool::new(false));
    {
        let stop = Arc::clone(&stop);
        // Wakes the waiting `accept` with a connection of its own.
        let wake = if address.ip().is_unspecified() {
            SocketAddr::new(
                if address.is_ipv4() {
                    Ipv4Addr::LOCALHOST.into()
                } else {
                    Ipv6Addr::LOCALHOST.into()
                },
                address.port(),
            )
        } else {
            address
        };
        ctrlc::set_handler(move || {
            stop.store(true, Ordering::SeqCst);
            let _ = TcpStream::connect(wake);
        })
        .map_err(|e| msg!("serve-no-ctrl-c", reason = e.to_string()))?;
    }
    if options.open {
        open_browser(&opened, catalog);
    }
    for stream in listener.incoming() {
        if stop.load(Ordering::SeqCst) {
            break;
        }
        let Ok(stream) = stream else { continue };
        let (state, allowed, extension) = (Arc::clone(&state), Arc::clone(&allowed), extension.clone());
        std::thread::spawn(move || http::handle(stream, &state, &allowed, extension.as_deref()));
    }
    eprintln!("{}", catalog.text(&msg!("serve-stopped")));
    Ok(())
}

fn open_browser(url: &str, catalog: &Catalog) {
    let command = if cfg!(target_os = "macos") {
        "open"
    } else if cfg!(windows) {
        "explorer"
    } else {
        "xdg-open"
    };
    if std::process::Command::new(command).arg(url).spawn().is_err() {
        eprintln!("{}", catalog.text(&msg!("serve-open-yourself", url = url)));
    }
}
