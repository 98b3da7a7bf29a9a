//! Parsed pages kept between builds of one `serve` or `edit` session: a save changes one page,
//! so the other pages are taken from here instead of being parsed again, and what later stages
//! read from them (see [`derive`]) is not read again.

use std::any::{Any, TypeId};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime};

use super::FrontMatter;

/// What the system says of a file: its size, modification time and, on Unix, its status change
/// time and inode (set by the system on every write, rename or copy, where the modification
/// time can be set to anything: `cp -p`, `touch -d`); elsewhere those are zero. A file whose
/// state is the same has not been written since, if its times can be trusted (see `Stamp`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FileState {
    len: u64,
    modified: SystemTime,
    changed: (i64, i64, u64),
}

impl FileState {
    pub fn of(path: &Path) -> Option<FileState> {
        let meta = std::fs::metadata(path).ok()?;
        #[cfg(unix)]
        let changed = {
            use std::os::unix::fs::MetadataExt;
            (meta.ctime(), meta.ctime_nsec(), meta.ino())
        };
        #[cfg(not(unix))]
        let changed = (0, 0, 0);
        Some(FileState {
            len: meta.len(),
            modified: meta.modified().ok()?,
            changed,
        })
    }
}

/// A file's state, and when it was asked: a page whose stamp is the same is not read again.
/// Only on Unix: elsewhere the standard library gives no status change time, and a file copied
/// over a page with the same size and its old modification time would go unseen.
#[derive(Clone, Copy, Debug)]
pub(super) struct Stamp {
    file: FileState,
    /// The later of its modification and status change times.
    last: SystemTime,
    /// Taken before the file was asked and read.
    seen: SystemTime,
}

/// A file changed twice within its file system's clock tick (two seconds on FAT) keeps its
/// times: a stamp counts only when the file had been left alone this long when it was read.
const SETTLED: Duration = Duration::from_secs(2);

impl Stamp {
    pub(super) fn of(path: &Path) -> Option<Stamp> {
        // Without a status change time there is no stamp: not even the file is asked.
        if cfg!(not(unix)) {
            return None;
        }
        let seen = SystemTime::now();
        let file = FileState::of(path)?;
        let (seconds, nanoseconds, _) = file.changed;
        let since_epoch = Duration::new(u64::try_from(seconds).ok()?, u32::try_from(nanoseconds).ok()?);
        let status_changed = SystemTime::UNIX_EPOCH.checked_add(since_epoch)?;
        Some(Stamp {
            file,
            last: status_changed.max(file.modified),
            seen,
        })
    }

    /// Whether `now` is the file as it was when this stamp was taken, and it had been left alone
    /// long enough then for any later change to show in its times.
    fn unchanged(&self, now: &Stamp) -> bool {
        self.file == now.file
            && self
                .last
                .checked_add(SETTLED)
                .is_some_and(|settled| settled <= self.seen)
    }
}

#[derive(Default)]
pub struct Cache {
    pages: Mutex<HashMap<PathBuf, Parsed>>,
    /// What later stages read from a page (its body's limits, links and key points, its
    /// translatable hash), by path and kind: kept while the text it was read from is the same.
    derived: Mutex<HashMap<(PathBuf, TypeId), Derived>>,
}

type Derived = (String, Arc<dyn Any + Send + Sync>);

struct Parsed {
    /// The text it was parsed from: any other text is parsed again.
    text: Arc<str>,
    page: (FrontMatter, super::Body, usize),
    /// The file's stamp when `text` was read from it.
    stamp: Option<Stamp>,
}

impl std::fmt::Debug for Cache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let pages = self.pages.lock().map_or(0, |p| p.len());
        write!(f, "Cache({pages} pages)")
    }
}

impl Cache {
    /// The parse of `text` at `path`, if it was kept (and the file's `stamp` now, to know it
    /// without reading it next time). The kept parse takes `text` as its own, so the page's
    /// text is held once, not once as read and once as kept.
    pub(super) fn page(
        &self,
        path: &Path,
        text: &Arc<str>,
        stamp: Option<Stamp>,
    ) -> Option<(FrontMatter, super::Body, usize)> {
        let mut pages = self.pages.lock().ok()?;
        let kept = pages.get_mut(path).filter(|p| p.text == *text)?;
        kept.stamp = stamp;
        kept.text = Arc::clone(text);
        kept.page.1 = super::Body::of(Arc::clone(text), kept.page.2);
        Some(kept.page.clone())
    }

    /// The text and parse of the page at `path`, without reading it: when the file's `stamp`
    /// is the one it had when it was read.
    pub(super) fn unchanged_page(
        &self,
        path: &Path,
        stamp: &Stamp,
    ) -> Option<(Arc<str>, (FrontMatter, super::Body, usize))> {
        let pages = self.pages.lock().ok()?;
        let kept = pages.get(path)?;
        kept.stamp
            .filter(|then| then.unchanged(stamp))
            .map(|_| (Arc::clone(&kept.text), kept.page.clone()))
    }

    /// What `make` reads from `text` (of the page at `path`): made once while the text stays
    /// the same.
    pub fn derived<T: Any + Send + Sync>(&self, path: &Path, text: &str, make: impl FnOnce() -> T) -> Arc<T> {
        let key = (path.to_path_buf(), TypeId::of::<T>());
        let kept = self.derived.lock().ok().and_then(|derived| {
            let (kept, value) = derived.get(&key)?;
            (kept == text).then(|| Arc::clone(value))
        });
        if let Some(value) = kept.and_then(|v| v.downcast::<T>().ok()) {
            return value;
        }
        let value = Arc::new(make());
        if let Ok(mut derived) = self.derived.lock() {
            derived.insert(
                key,
                (text.to_string(), Arc::clone(&value) as Arc<dyn Any + Send + Sync>),
            );
        }
        value
    }

    /// Forgets the stamp of the page at `path` (project-relative): it is read again next time.
    pub fn read_again(&self, path: &Path) {
        if let Ok(mut pages) = self.pages.lock()
            && let Some(kept) = pages.get_mut(path)
        {
            kept.stamp = None;
        }
    }

    pub(super) fn keep(
        &self,
        path: &Path,
        text: &Arc<str>,
        page: &(FrontMatter, super::Body, usize),
        stamp: Option<Stamp>,
    ) {
        if let Ok(mut pages) = self.pages.lock() {
            pages.insert(
                path.to_path_buf(),
                Parsed {
                    text: Arc::clone(text),
                    page: page.clone(),
                    stamp,
                },
            );
        }
    }
}

/// What `make` reads from `text` (of the page at `path`): kept in `cache` when there is one
/// (`serve`, `edit`), else made.
pub fn derive<T: Any + Send + Sync>(
    cache: Option<&Cache>,
    path: &Path,
    text: &str,
    make: impl FnOnce() -> T,
) -> Arc<T> {
    match cache {
        Some(cache) => cache.derived(path, text, make),
        None => Arc::new(make()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stamp(len: u64, modified: u64, changed: i64, seen: u64) -> Stamp {
        let at = |s: u64| SystemTime::UNIX_EPOCH + Duration::from_secs(s);
        Stamp {
            file: FileState {
                len,
                modified: at(modified),
                changed: (changed, 0, 7),
            },
            last: at(modified.max(changed as u64)),
            seen: at(seen),
        }
    }

    #[test]
    fn a_file_is_taken_as_unchanged_only_when_its_stamp_is_the_same_and_was_settled() {
        let then = stamp(10, 100, 100, 103);
        assert!(then.unchanged(&stamp(10, 100, 100, 200)));
        // Another size, modification time or status change (a copy with its old times kept).
        assert!(!then.unchanged(&stamp(11, 100, 100, 200)));
        assert!(!then.unchanged(&stamp(10, 101, 100, 200)));
        assert!(!then.unchanged(&stamp(10, 100, 150, 200)));
        // Read within a clock tick of its last change: a second change in that tick would keep
        // every time, so it is read again.
        assert!(!stamp(10, 100, 100, 101).unchanged(&stamp(10, 100, 100, 200)));
        assert!(!stamp(10, 100, 102, 103).unchanged(&stamp(10, 100, 102, 200)));
    }

    #[cfg(unix)]
    #[test]
    fn a_page_rewritten_with_the_same_size_and_modification_time_is_read_again() {
        let root = tempfile::tempdir().unwrap();
        let page = root.path().join("campaigns/c/es/a.md");
        std::fs::create_dir_all(page.parent().unwrap()).unwrap();
        std::fs::write(root.path().join("altavoz.yaml"), "title: T\n").unwrap();
        std::fs::write(root.path().join("campaigns/c/campaign.yaml"), "name: C\n").unwrap();
        std::fs::write(&page, "---\ntitle: Uno\nsummary: Uno.\n---\nTexto uno.\n").unwrap();
        let modified = std::fs::metadata(&page).unwrap().modified().unwrap();
        let cache = Cache::default();
        let body = || {
            let (sources, _) = crate::load::load_cached(root.path(), Some(&cache)).unwrap();
            sources.campaigns[0].pages[0].body.clone()
        };
        // Settled: read once more after two seconds, the page is then known by its stamp.
        std::thread::sleep(SETTLED + Duration::from_millis(100));
        assert_eq!(body(), "Texto uno.\n");
        assert_eq!(body(), "Texto uno.\n");
        let rel = Path::new("campaigns/c/es/a.md");
        assert!(cache.unchanged_page(rel, &Stamp::of(&page).unwrap()).is_some());
        // A file the watcher reports is read again, whatever its stamp says.
        cache.read_again(rel);
        assert!(cache.unchanged_page(rel, &Stamp::of(&page).unwrap()).is_none());
        // The same size, its modification time put back: its status change time tells.
        std::fs::write(&page, "---\ntitle: Dos\nsummary: Dos.\n---\nTexto dos.\n").unwrap();
        std::fs::File::options()
            .write(true)
            .open(&page)
            .unwrap()
            .set_modified(modified)
            .unwrap();
        assert_eq!(body(), "Texto dos.\n");
    }

    #[test]
    fn what_is_derived_from_a_body_is_made_again_only_when_the_body_changes() {
        let cache = Cache::default();
        let made = std::sync::atomic::AtomicUsize::new(0);
        let count = |body: &str| {
            made.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
            body.len()
        };
        let path = Path::new("campaigns/c/es/a.md");
        assert_eq!(*cache.derived(path, "uno", || count("uno")), 3);
        assert_eq!(*cache.derived(path, "uno", || count("uno")), 3);
        assert_eq!(made.load(std::sync::atomic::Ordering::SeqCst), 1);
        assert_eq!(*cache.derived(path, "cuatro", || count("cuatro")), 6);
        // Another page, or another kind of value, is kept apart.
        assert_eq!(
            *cache.derived(Path::new("campaigns/c/es/b.md"), "uno", || count("dos!")),
            4
        );
        assert_eq!(*cache.derived(path, "cuatro", || String::from("otro")), "otro");
        assert_eq!(made.load(std::sync::atomic::Ordering::SeqCst), 3);
    }
}
