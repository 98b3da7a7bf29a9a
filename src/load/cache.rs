//! Parsed pages kept between builds of one `serve` or `edit` session: a save changes one page,
//! so the other pages are taken from here instead of being parsed again, and what later stages
//! read from them (see [`derive`]) is not read again.

use std::any::{Any, TypeId};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use super::FrontMatter;

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
    text: String,
    page: (FrontMatter, String, usize),
}

impl std::fmt::Debug for Cache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let pages = self.pages.lock().map_or(0, |p| p.len());
        write!(f, "Cache({pages} pages)")
    }
}

impl Cache {
    /// The parse of `text` at `path`, if it was kept.
    pub(super) fn page(&self, path: &Path, text: &str) -> Option<(FrontMatter, String, usize)> {
        let pages = self.pages.lock().ok()?;
        pages.get(path).filter(|p| p.text == text).map(|p| p.page.clone())
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

    pub(super) fn keep(&self, path: &Path, text: &str, page: &(FrontMatter, String, usize)) {
        if let Ok(mut pages) = self.pages.lock() {
            pages.insert(
                path.to_path_buf(),
                Parsed {
                    text: text.to_string(),
                    page: page.clone(),
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
