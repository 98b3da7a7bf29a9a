//! Typesetting is the slow part of a build, so PDFs and PNGs made from the same inputs as last
//! time are reused: each renderer writes a manifest of the hash of every file's inputs, and the
//! next build takes unchanged files from the previous output (on disk for `build`, in memory
//! for `serve`).

use std::collections::BTreeMap;
use std::hash::Hasher;
use std::path::PathBuf;
use std::sync::Arc;

use siphasher::sip::SipHasher13;

use super::OutputFile;
use crate::diag::{Diagnostic, Diagnostics};
use crate::localize::Site;
use crate::theme::Theme;
use crate::typeset::Document;

pub struct Reuse {
    dir: Option<PathBuf>,
    memory: Option<Arc<super::FileMap>>,
    hashes: BTreeMap<String, String>,
}

impl Reuse {
    /// The previous build's manifest `name`; an unreadable one just means nothing is reused.
    pub fn load(site: &Site, name: &str) -> Reuse {
        let mut reuse = Reuse {
            dir: site.previous_output.clone(),
            memory: site.previous_files.clone(),
            hashes: BTreeMap::new(),
        };
        reuse.hashes = reuse
            .read(name)
            .and_then(|bytes| serde_json::from_slice(&bytes).ok())
            .unwrap_or_default();
        reuse
    }

    fn read(&self, path: &str) -> Option<Vec<u8>> {
        match (&self.memory, &self.dir) {
            (Some(files), _) => files.get(path).map(|bytes| bytes.to_vec()),
            (None, Some(dir)) => std::fs::read(dir.join(path)).ok(),
            (None, None) => None,
        }
    }

    /// The previous bytes of `path` if they were made from inputs with this `hash` and still
    /// start with `magic` (a damaged file is made again).
    pub fn get(&self, path: &str, hash: &str, magic: &[u8]) -> Option<Vec<u8>> {
        if self.hashes.get(path).map(String::as_str) != Some(hash) {
            return None;
        }
        self.read(path).filter(|bytes| bytes.starts_with(magic))
    }
}

/// A file a renderer made or reused, with the hash of its inputs (`None`: not known, so not
/// listed for reuse) and whether it was made anew.
pub struct Made {
    pub file: OutputFile,
    pub hash: Option<String>,
    pub fresh: bool,
}

/// A renderer's files with its manifest `name` added, and how many were made anew and how many
/// reused; or every problem its jobs had.
pub fn finish(
    results: Vec<Result<Made, Diagnostic>>,
    name: &str,
) -> Result<(Vec<OutputFile>, usize, usize), Diagnostics> {
    let mut files = Vec::new();
    let mut hashes = Vec::new();
    let mut diagnostics = Diagnostics::default();
    let mut made = 0;
    for result in results {
        match result {
            Ok(Made { file, hash, fresh }) => {
                made += usize::from(fresh);
                if let Some(hash) = hash {
                    hashes.push((file.path.clone(), hash));
                }
                files.push(file);
            }
            Err(d) => diagnostics.push(d),
        }
    }
    if diagnostics.has_errors() {
        return Err(diagnostics);
    }
    let reused = files.len() - made;
    files.push(manifest(name, hashes.iter().map(|(p, h)| (p.as_str(), h.as_str()))));
    Ok((files, made, reused))
}

/// The manifest for the next build: output path → hash of its inputs.
pub fn manifest<'a>(name: &str, entries: impl Iterator<Item = (&'a str, &'a str)>) -> OutputFile {
    let hashes: BTreeMap<&str, &str> = entries.collect();
    OutputFile::new(name, serde_json::to_vec_pretty(&hashes).unwrap_or_default())
}

/// Everything of the theme some output depends on (`dirs`, e.g. `print` and `fonts`), and this
/// program's version.
pub fn fingerprint(theme: &Theme, dirs: &[&str]) -> u64 {
    let mut hasher = SipHasher13::new();
    hasher.write(env!("CARGO_PKG_VERSION").as_bytes());
    for dir in dirs {
        for (path, bytes) in theme.files_under(dir) {
            hasher.write(dir.as_bytes());
            hasher.write(path.as_bytes());
            hasher.write(bytes);
        }
    }
    hasher.finish()
}

/// 16 hex digits over a document's every input.
pub fn hash_document(fingerprint: u64, document: &Document, extra: &str) -> String {
    let mut hasher = SipHasher13::new();
    hasher.write_u64(fingerprint);
    hasher.write(extra.as_bytes());
    hasher.write(document.main.as_bytes());
    hasher.write(document.today.to_string().as_bytes());
    for (path, bytes) in &document.files {
        hasher.write(path.as_bytes());
        hasher.write_u64(bytes.len() as u64);
        hasher.write(bytes);
    }
    format!("{:016x}", hasher.finish())
}
