//! Cards are slow to make (a PNG encode is most of it), so a build reuses the cards of the
//! previous build whose inputs are unchanged. The previous output keeps a manifest of the
//! hash of every card's inputs; the output folder itself is the cache.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use super::Card;
use crate::render::OutputFile;

pub const MANIFEST: &str = ".altavoz-cards.json";

pub struct Previous {
    dir: Option<PathBuf>,
    hashes: BTreeMap<String, String>,
}

impl Previous {
    /// The manifest of the previous build; an unreadable one just means nothing is reused.
    pub fn load(dir: Option<&Path>) -> Previous {
        let hashes = dir
            .and_then(|d| std::fs::read(d.join(MANIFEST)).ok())
            .and_then(|bytes| serde_json::from_slice(&bytes).ok())
            .unwrap_or_default();
        Previous {
            dir: dir.map(Path::to_path_buf),
            hashes,
        }
    }

    /// The previous build's bytes of `path`, if made from the same inputs.
    pub fn get(&self, path: &str, hash: &str) -> Option<Vec<u8>> {
        if self.hashes.get(path).map(String::as_str) != Some(hash) {
            return None;
        }
        let bytes = std::fs::read(self.dir.as_ref()?.join(path)).ok()?;
        // Only a real PNG counts: a damaged file is made again.
        bytes.starts_with(b"\x89PNG\r\n\x1a\n").then_some(bytes)
    }
}

/// The manifest for the next build.
pub fn manifest(cards: &[Card]) -> OutputFile {
    let hashes: BTreeMap<&str, &str> = cards
        .iter()
        .map(|c| (c.path.as_str(), c.hash.as_str()))
        .collect();
    OutputFile::new(
        MANIFEST,
        serde_json::to_vec_pretty(&hashes).unwrap_or_default(),
    )
}
