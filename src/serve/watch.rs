//! Watching the sources: `altavoz.yaml`, `campaigns/`, `themes/` and `static/`. Changes are debounced by
//! `notify-debouncer-full` (an editor's save is often several events, and a save by rename
//! — write a temporary file, then rename it over the page — is seen as one change); editor
//! temporary and swap files are ignored.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, mpsc};
use std::time::{Duration, Instant};

use notify::{EventKind, RecommendedWatcher, RecursiveMode};
use notify_debouncer_full::{DebounceEventResult, DebouncedEvent, Debouncer, RecommendedCache, new_debouncer};

use super::{ServeOptions, State, rebuild};
use crate::load::{FileState, is_editor_leftover, is_ignored};
use crate::messages::Message;
use crate::msg;

/// How long to wait after a change for the rest of a save's events (a save by rename comes as
/// two events microseconds apart; a later straggler only causes one more quick rebuild), and
/// how often the debouncer looks: a change is seen 12 to 15 ms after its last event.
const SETTLE: Duration = Duration::from_millis(12);
const TICK: Duration = Duration::from_millis(3);

type Watcher = Debouncer<RecommendedWatcher, RecommendedCache>;

/// Starts watching; the returned watcher must be kept alive.
pub fn start(options: &ServeOptions, state: Arc<State>) -> Result<Arc<Mutex<Watcher>>, Message> {
    let quiet = options.quiet;
    let options = options.clone();
    let root = options
        .root
        .canonicalize()
        .map_err(|e| cannot_watch(&options.root, &e))?;
    // The changed files: heard of by the watcher, or written by the editor (`State::wrote`).
    let (tx, rx) = mpsc::channel::<Vec<PathBuf>>();
    if let Ok(mut kick) = state.kick.lock() {
        *kick = Some((tx.clone(), root.clone()));
    }
    let watched_root = root.clone();
    let told = Arc::clone(&state);
    let handler = move |result: DebounceEventResult| {
        let Ok(events) = result else { return };
        let changed = changed_sources(&told, &watched_root, &events, Instant::now());
        if !changed.is_empty() {
            let _ = tx.send(changed);
        }
    };
    let mut watcher = new_debouncer(SETTLE, Some(TICK), handler).map_err(|e| cannot_watch(&root, &e))?;
    // The project folder itself, not recursively (its output and other folders are not
    // sources): altavoz.yaml saved by rename, a new themes/ folder.
    watcher
        .watch(&root, RecursiveMode::NonRecursive)
        .map_err(|e| cannot_watch(&root, &e))?;
    let watcher = Arc::new(Mutex::new(watcher));
    let mut watched = Vec::new();
    watch_source_folders(&root, &watcher, &mut watched)?;
    let shared = Arc::clone(&watcher);
    std::thread::spawn(move || {
        while let Ok(first) = rx.recv() {
            // A file said to have changed is read again, whatever its times say (a network file
            // system may answer from a stale cache of them).
            for path in std::iter::once(first).chain(rx.try_iter()).flatten() {
                if let Ok(rel) = path.strip_prefix(&root) {
                    state.cache.read_again(rel);
                }
            }
            // campaigns/ or themes/ may have just been created.
            let _ = watch_source_folders(&root, &shared, &mut watched);
            // A build still running is out of date: it stops, and the new one starts at once,
            // without waiting for it (its handouts and cards could take a while).
            state.changed();
            let (options, state) = (options.clone(), Arc::clone(&state));
            std::thread::spawn(move || {
                let super::Rebuilt { message, failed } = rebuild(&options, &state);
                if !message.is_empty() && (!quiet || failed) {
                    eprintln!("{message}");
                }
            });
        }
    });
    Ok(watcher)
}

/// How long after the editor wrote a file the watcher's news of it may be that write: the
/// debouncer reports it within milliseconds. Later, the file's times are not trusted to tell
/// (a network file system may answer from a stale cache of them).
const OWN_WRITE: Duration = Duration::from_secs(2);

impl State {
    /// Whether the file at `path` is as the editor wrote it just before `now` (that change is
    /// being built).
    fn written_as_is(&self, path: &Path, now: Instant) -> bool {
        let Ok(mut written) = self.written.lock() else {
            return false;
        };
        let Some((id, at)) = written.get(path) else {
            return false;
        };
        if now.saturating_duration_since(*at) < OWN_WRITE && FileState::of(path).as_ref() == Some(id) {
            return true;
        }
        written.remove(path);
        false
    }
}

/// The sources `events` say changed. Reading files (as every build does) is not a change, nor
/// is the editor's own save, already being built, of a file that has not changed since.
fn changed_sources(state: &State, root: &Path, events: &[DebouncedEvent], now: Instant) -> Vec<PathBuf> {
    events
        .iter()
        .filter(|e| !matches!(e.event.kind, EventKind::Access(_)))
        .flat_map(|e| &e.event.paths)
        .filter(|p| is_source(root, p) && !state.written_as_is(p, now))
        .cloned()
        .collect()
}

fn cannot_watch(path: &Path, error: &dyn std::fmt::Display) -> Message {
    msg!("serve-cannot-watch", path = path, reason = error.to_string())
}

/// Watches campaigns/, themes/ and static/ recursively, once each, as soon as they exist.
fn watch_source_folders(root: &Path, watcher: &Mutex<Watcher>, watched: &mut Vec<PathBuf>) -> Result<(), Message> {
    for dir in ["campaigns", "themes", "static"] {
        let path = root.join(dir);
        if path.is_dir() && !watched.contains(&path) {
            if let Ok(mut watcher) = watcher.lock() {
                watcher
                    .watch(&path, RecursiveMode::Recursive)
                    .map_err(|e| cannot_watch(&path, &e))?;
            }
            watched.push(path);
        }
    }
    Ok(())
}

/// A change that can alter the site: altavoz.yaml, or a file under campaigns/ or themes/ that
/// is not an editor's temporary file, or under static/ (where hidden files count too).
fn is_source(root: &Path, path: &Path) -> bool {
    let Ok(rel) = path.strip_prefix(root) else { return false };
    let name = rel
        .file_name()
        .map(|n| n.to_string_lossy().to_string())
        .unwrap_or_default();
    if rel.starts_with("static") {
        return !is_editor_leftover(&name);
    }
    if is_ignored(&name)
        || rel
            .components()
            .any(|c| c.as_os_str().to_string_lossy().starts_with('.'))
    {
        return false;
    }
    let first: PathBuf = rel.components().take(1).collect();
    first == Path::new("altavoz.yaml") || first == Path::new("campaigns") || first == Path::new("themes")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_sources_count() {
        let root = Path::new("/p");
        assert!(is_source(root, Path::new("/p/altavoz.yaml")));
        assert!(is_source(root, Path::new("/p/campaigns/c/es/a.md")));
        assert!(is_source(root, Path::new("/p/themes/default/page.html")));
        assert!(is_source(root, Path::new("/p/static/.well-known/security.txt")));
        assert!(!is_source(root, Path::new("/p/static/CNAME~")));
        for ignored in [
            "/p/public/index.html",
            "/p/campaigns/c/es/.a.md.swp",
            "/p/campaigns/c/es/a.md~",
            "/p/campaigns/c/es/4913",
            "/p/campaigns/c/es/#a.md#",
            "/p/.git/x",
        ] {
            assert!(!is_source(root, Path::new(ignored)), "{ignored}");
        }
    }

    /// The editor builds its own save at once: the watcher, hearing of the same file a moment
    /// later, must not build it again (that build would stop the first, and the author would
    /// wait for both), but any other change of the file is built, and so is one heard of late.
    #[test]
    fn a_file_the_editor_wrote_is_not_built_again_when_the_watcher_hears_of_it() {
        use notify::event::{EventKind, ModifyKind};
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().canonicalize().unwrap();
        let rel = Path::new("campaigns/c/es/a.md");
        let page = root.join(rel);
        std::fs::create_dir_all(page.parent().unwrap()).unwrap();
        std::fs::write(&page, "uno").unwrap();
        let once = vec![page.clone()];
        let state = State::default();
        let (tx, rx) = mpsc::channel();
        *state.kick.lock().unwrap() = Some((tx, root.clone()));
        let heard = |now: Instant| {
            let event = notify::Event::new(EventKind::Modify(ModifyKind::Any)).add_path(page.clone());
            changed_sources(&state, &root, &[DebouncedEvent::new(event, now)], now)
        };
        assert_eq!(heard(Instant::now()), once, "a file the editor did not write");
        state.wrote(&[rel.to_path_buf()]);
        assert_eq!(rx.try_recv().unwrap(), once, "built at once");
        assert!(heard(Instant::now()).is_empty());
        assert!(heard(Instant::now()).is_empty(), "heard of twice, still the editor's");
        assert_eq!(heard(Instant::now() + OWN_WRITE), once, "heard of too late to tell");
        // Written over by another program, in place, with the same size.
        state.wrote(&[rel.to_path_buf()]);
        std::thread::sleep(Duration::from_millis(20));
        std::fs::write(&page, "dos").unwrap();
        assert_eq!(heard(Instant::now()), once);
        assert_eq!(heard(Instant::now()), once, "forgotten once changed");
        // Where a file's inode and status change time are known: the same size, by rename (as
        // editors save), even with the modification time put back.
        #[cfg(unix)]
        {
            state.wrote(&[rel.to_path_buf()]);
            let modified = std::fs::metadata(&page).unwrap().modified().unwrap();
            let other = root.join("campaigns/c/es/b.md");
            std::fs::write(&other, "tre").unwrap();
            std::fs::File::options()
                .write(true)
                .open(&other)
                .unwrap()
                .set_modified(modified)
                .unwrap();
            std::fs::rename(&other, &page).unwrap();
            assert_eq!(heard(Instant::now()), once);
        }
    }
}
