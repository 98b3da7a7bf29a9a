//! Output files, where renderers put them ([`Sink`]) and where they find the previous build's
//! ([`Previous`]): the staging folder and the old output folder in `build` (implemented by the
//! write stage), memory in `serve`.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Mutex;

use crate::load::Blob;

/// One file of the output, by its `/`-separated path inside the output folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutputFile {
    pub path: String,
    pub contents: Contents,
}

/// What an output file holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Contents {
    Bytes(Blob),
    /// The previous build's file on disk, reused as it is: the write stage links it into the
    /// new output instead of reading and writing its bytes.
    OnDisk(PathBuf),
}

impl OutputFile {
    pub fn new(path: impl Into<String>, bytes: impl Into<Blob>) -> Self {
        OutputFile {
            path: path.into(),
            contents: Contents::Bytes(bytes.into()),
        }
    }

    /// The file's bytes, read from disk if it is the previous build's file.
    pub fn bytes(&self) -> std::io::Result<Blob> {
        match &self.contents {
            Contents::Bytes(bytes) => Ok(bytes.clone()),
            Contents::OnDisk(path) => std::fs::read(path).map(Blob::from),
        }
    }
}

/// Output files kept in memory (`serve`), shared without copying.
pub type FileMap = BTreeMap<String, Blob>;

/// A sink could not take a file.
#[derive(Debug, Clone, thiserror::Error)]
#[error("{0}")]
pub struct SinkError(pub crate::messages::Message);

/// Where renderers hand their files, one at a time, from any thread.
pub trait Sink: Sync {
    fn put(&self, file: OutputFile) -> Result<(), SinkError>;
}

/// Keeps every file in memory (`serve`, tests), or only counts them (`check`).
#[derive(Debug, Default)]
pub struct MemorySink {
    files: Mutex<FileMap>,
    keep: bool,
    count: Mutex<usize>,
}

impl MemorySink {
    /// A sink that keeps the files.
    pub fn keeping() -> Self {
        MemorySink {
            keep: true,
            ..MemorySink::default()
        }
    }

    /// A sink that only counts the files.
    pub fn counting() -> Self {
        MemorySink::default()
    }

    pub fn into_files(self) -> FileMap {
        self.files
            .into_inner()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    pub fn count(&self) -> usize {
        *self.count.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

impl Sink for MemorySink {
    fn put(&self, file: OutputFile) -> Result<(), SinkError> {
        *self.count.lock().unwrap_or_else(std::sync::PoisonError::into_inner) += 1;
        if self.keep {
            let bytes = file
                .bytes()
                .map_err(|e| SinkError(crate::msg!("load-io", path = &file.path, reason = e.to_string())))?;
            self.files
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner)
                .insert(file.path, bytes);
        }
        Ok(())
    }
}

/// The files of the previous build, so unchanged documents are reused instead of made again.
pub trait Previous: Sync {
    fn read(&self, path: &str) -> Option<Blob>;

    /// The file `path` to reuse as it is, if it still starts with `magic` (a damaged file is
    /// made again). Where the file is on disk, only its first bytes are read.
    fn reuse(&self, path: &str, magic: &[u8]) -> Option<OutputFile> {
        let bytes = self.read(path).filter(|bytes| bytes.starts_with(magic))?;
        Some(OutputFile::new(path, bytes))
    }
}

/// No previous build.
pub struct NoPrevious;

impl Previous for NoPrevious {
    fn read(&self, _: &str) -> Option<Blob> {
        None
    }
}

impl Previous for std::sync::Arc<FileMap> {
    fn read(&self, path: &str) -> Option<Blob> {
        self.get(path).cloned()
    }
}
