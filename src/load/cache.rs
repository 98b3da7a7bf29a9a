//! Parsed pages kept between builds of one `serve` session: a save changes one page, so the
//! other pages are taken from here instead of being parsed again.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use super::FrontMatter;

#[derive(Default)]
pub struct Cache {
    pages: Mutex<HashMap<PathBuf, Parsed>>,
}

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
