//! Stage 5, **write**: the only module that touches the output folder.
//!
//! Files are written into a staging folder beside the output, which replaces the output only
//! when everything was written. A failed build leaves the previous output as it was. Folders
//! that altavoz did not create are never overwritten.

use std::fs;
use std::io::{self, Read, Write};
use std::path::{Component, Path, PathBuf};

use crate::load::Blob;
use crate::messages::Message;
use crate::msg;
use crate::render::{Contents, OutputFile, Previous, Sink, SinkError};

/// Written into every output folder, so a later build knows the folder is altavoz's to replace.
pub const MARKER: &str = ".altavoz-output";

#[derive(Debug, thiserror::Error)]
pub enum WriteError {
    #[error("refusing to write to {path}: {reason}")]
    Refused { path: String, reason: Message },
    #[error("cannot write {path}: {source}")]
    Io { path: String, source: io::Error },
}

impl WriteError {
    /// The error in words, for the author's language.
    pub fn message(&self) -> Message {
        match self {
            WriteError::Refused { path, reason } => msg!("write-refused", path = path, reason = reason.clone()),
            WriteError::Io { path, source } => msg!("write-io", path = path, reason = source.to_string()),
        }
    }
}

fn io_error(path: &Path) -> impl FnOnce(io::Error) -> WriteError + '_ {
    move |source| WriteError::Io {
        path: path.display().to_string(),
        source,
    }
}

/// Checks that `out` (relative to the project `root`, or absolute) may be replaced by a build,
/// and returns its real absolute path. Nothing is written. Both paths are resolved first
/// (symbolic links included), so a linked path to the sources is recognized as one.
pub fn check_output(root: &Path, out: &Path) -> Result<PathBuf, WriteError> {
    let root = fs::canonicalize(root).map_err(io_error(root))?;
    let given = if out.is_absolute() {
        out.to_path_buf()
    } else {
        root.join(out)
    };
    let out = resolve(&given).map_err(io_error(&given))?;
    let refuse = |reason: Message| WriteError::Refused {
        path: given.display().to_string(),
        reason,
    };
    if root.starts_with(&out) {
        return Err(refuse(msg!("write-refused-project")));
    }
    for source in ["campaigns", "themes", "altavoz.yaml"] {
        if out.starts_with(root.join(source)) {
            return Err(refuse(msg!("write-refused-sources", source = source)));
        }
    }
    if out.exists() {
        if !out.is_dir() {
            return Err(refuse(msg!("write-refused-file")));
        }
        let empty = fs::read_dir(&out).map_err(io_error(&out))?.next().is_none();
        if !empty && !out.join(MARKER).is_file() {
            return Err(refuse(msg!("write-refused-not-ours")));
        }
    }
    Ok(out)
}

/// The real path of `path`, which may not exist yet: its longest existing ancestor resolved
/// (links followed), then the rest with `.` and `..` applied.
fn resolve(path: &Path) -> io::Result<PathBuf> {
    let path = normalize(path);
    let mut existing = path.as_path();
    let mut rest = Vec::new();
    while !existing.exists() {
        match (existing.parent(), existing.file_name()) {
            (Some(parent), Some(name)) => {
                rest.push(name.to_os_string());
                existing = parent;
            }
            _ => break,
        }
    }
    let mut real = fs::canonicalize(existing)?;
    real.extend(rest.iter().rev());
    Ok(real)
}

/// The previous build in the output folder, read on demand for reuse.
pub struct OutputFolder(PathBuf);

impl OutputFolder {
    /// The folder `out` if an earlier build made it, else `None`.
    pub fn open(out: &Path) -> Option<OutputFolder> {
        out.join(MARKER).is_file().then(|| OutputFolder(out.to_path_buf()))
    }
}

impl Previous for OutputFolder {
    fn read(&self, path: &str) -> Option<Blob> {
        read_inside(&self.0, path)
    }

    /// The file itself, to be linked, not its bytes: only its first bytes are read.
    fn reuse(&self, path: &str, magic: &[u8]) -> Option<OutputFile> {
        let file = inside(&self.0, path)?;
        let mut start = vec![0; magic.len()];
        fs::File::open(&file).and_then(|mut f| f.read_exact(&mut start)).ok()?;
        (start == magic).then(|| OutputFile {
            path: path.to_string(),
            contents: Contents::OnDisk(file),
        })
    }
}

/// The file `path` inside `dir`, if `path` stays inside it.
fn read_inside(dir: &Path, path: &str) -> Option<Blob> {
    fs::read(inside(dir, path)?).ok().map(Blob::from)
}

/// The file `path` inside `dir`, if `path` stays inside it and names a file, not a symbolic
/// link: altavoz writes none, and one put there could lead out of the folder (and, linked,
/// into the next output).
fn inside(dir: &Path, path: &str) -> Option<PathBuf> {
    let rel = Path::new(path);
    if !rel.components().all(|c| matches!(c, Component::Normal(_))) {
        return None;
    }
    let file = dir.join(rel);
    fs::symlink_metadata(&file).ok()?.is_file().then_some(file)
}

/// A new output folder, filled file by file while the build runs, in a staging folder beside
/// the output. [`Staging::commit`] swaps it in; dropped without a commit, it is removed and the
/// previous output stays as it was.
pub struct Staging {
    out: PathBuf,
    dir: PathBuf,
    old: PathBuf,
    committed: bool,
}

impl Staging {
    /// Starts replacing the folder `out` (checked with [`check_output`]).
    pub fn create(out: &Path) -> Result<Staging, WriteError> {
        let parent = out.parent().unwrap_or(Path::new("."));
        let name = out
            .file_name()
            .map_or("output".into(), |n| n.to_string_lossy().to_string());
        fs::create_dir_all(parent).map_err(io_error(parent))?;
        let staging = Staging {
            out: out.to_path_buf(),
            dir: parent.join(format!(".{name}.altavoz-staging")),
            old: parent.join(format!(".{name}.altavoz-old")),
            committed: false,
        };
        for leftover in [&staging.dir, &staging.old] {
            if leftover.exists() {
                fs::remove_dir_all(leftover).map_err(io_error(leftover))?;
            }
        }
        fs::create_dir_all(&staging.dir).map_err(io_error(&staging.dir))?;
        Ok(staging)
    }

    /// Puts one file into the staging folder: its bytes, or a hard link to the previous
    /// build's file (a copy where the file system cannot link).
    pub fn add(&self, file: &OutputFile) -> Result<(), WriteError> {
        let rel = Path::new(&file.path);
        // Output paths come from page names; this is the last line of defence against `..`.
        if !rel.components().all(|c| matches!(c, Component::Normal(_))) {
            return Err(WriteError::Refused {
                path: file.path.clone(),
                reason: msg!("write-refused-escapes"),
            });
        }
        let path = self.dir.join(rel);
        if let Some(dir) = path.parent() {
            fs::create_dir_all(dir).map_err(io_error(dir))?;
        }
        let made = match &file.contents {
            Contents::Bytes(bytes) => new_file(&path, |to| to.write_all(bytes)),
            Contents::OnDisk(from) => link(from, &path),
        };
        made.map_err(io_error(&path))
    }

    /// Marks the staging folder as altavoz's and puts it in place of the output.
    pub fn commit(mut self) -> Result<(), WriteError> {
        let marker = self.dir.join(MARKER);
        fs::write(&marker, "This folder is built by altavoz; each build replaces it.\n").map_err(io_error(&marker))?;
        let (out, staging, old) = (&self.out, &self.dir, &self.old);
        if out.exists() {
            fs::rename(out, old).map_err(io_error(out))?;
            if let Err(e) = fs::rename(staging, out) {
                let _ = fs::rename(old, out);
                return Err(io_error(out)(e));
            }
            self.committed = true;
            fs::remove_dir_all(old).map_err(io_error(old))?;
        } else {
            fs::rename(staging, out).map_err(io_error(out))?;
            self.committed = true;
        }
        Ok(())
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        if !self.committed {
            let _ = fs::remove_dir_all(&self.dir);
        }
    }
}

/// The files this build has written so far.
impl Previous for Staging {
    fn read(&self, path: &str) -> Option<Blob> {
        read_inside(&self.dir, path)
    }
}

impl Sink for Staging {
    fn put(&self, file: OutputFile) -> Result<(), SinkError> {
        self.add(&file).map_err(|e| SinkError(e.message()))
    }
}

/// Links `from` at `to`, or copies it where the file system cannot link (another device, or
/// one without links).
fn link(from: &Path, to: &Path) -> io::Result<()> {
    replacing(to, |to| match fs::hard_link(from, to) {
        Err(e) if e.kind() != io::ErrorKind::AlreadyExists => {
            new_file(to, |file| io::copy(&mut fs::File::open(from)?, file).map(drop))
        }
        linked => linked,
    })
}

/// Makes the file `path` with `fill`, always as a new file: a file of the staging folder may be
/// a link to the previous output's (and to any copy of it made by linking), and writing into
/// it would change those too, even when this build fails.
fn new_file(path: &Path, fill: impl Fn(&mut fs::File) -> io::Result<()>) -> io::Result<()> {
    replacing(path, |path| {
        let mut file = fs::OpenOptions::new().write(true).create_new(true).open(path)?;
        fill(&mut file)
    })
}

/// `make(path)`, after removing (unlinking, not truncating) a file already there.
fn replacing(path: &Path, make: impl Fn(&Path) -> io::Result<()>) -> io::Result<()> {
    match make(path) {
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {
            fs::remove_file(path)?;
            make(path)
        }
        made => made,
    }
}

/// Replaces the folder `out` (checked with [`check_output`]) with exactly `files`.
pub fn write(out: &Path, files: &[OutputFile]) -> Result<(), WriteError> {
    let staging = Staging::create(out)?;
    for file in files {
        staging.add(file)?;
    }
    staging.commit()
}

/// Writes the text of a project's source file (a page written back from a PO file or by the
/// editor), keeping how the file on disk is written: a text read with `\n` line ends goes back
/// with `\r\n` into a file that has them, and with its byte order mark.
pub fn source_text(path: &Path, text: &str) -> Result<(), WriteError> {
    let mut existing = [0u8; 4096];
    let read = fs::File::open(path)
        .and_then(|mut file| std::io::Read::read(&mut file, &mut existing))
        .unwrap_or(0);
    let existing = &existing[..read];
    let bom = "\u{feff}";
    let mut text = std::borrow::Cow::Borrowed(text);
    if existing.windows(2).any(|w| w == b"\r\n") && !text.contains('\r') {
        text = text.replace('\n', "\r\n").into();
    }
    if existing.starts_with(bom.as_bytes()) && !text.starts_with(bom) {
        text = format!("{bom}{text}").into();
    }
    source_file(path, text.as_bytes())
}

/// Writes a file of the project's sources (a translation started or finished by `altavoz
/// translate`, a page written back from a PO file) whole or not at all: into a temporary file
/// beside it, then renamed over it, so an editor or a build never sees half a page.
pub fn source_file(path: &Path, bytes: &[u8]) -> Result<(), WriteError> {
    let dir = path.parent().unwrap_or(Path::new("."));
    fs::create_dir_all(dir).map_err(io_error(dir))?;
    let name = path
        .file_name()
        .map_or("file".into(), |n| n.to_string_lossy().to_string());
    let temporary = dir.join(format!(".{name}.altavoz-new"));
    fs::write(&temporary, bytes).map_err(io_error(&temporary))?;
    fs::rename(&temporary, path).map_err(|e| {
        let _ = fs::remove_file(&temporary);
        io_error(path)(e)
    })
}

/// Resolves `.` and `..` without touching the file system (the folder may not exist yet).
fn normalize(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for component in path.components() {
        match component {
            Component::ParentDir => {
                out.pop();
            }
            Component::CurDir => {}
            other => out.push(other),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_the_project_and_its_sources() {
        let root = tempfile::tempdir().unwrap();
        let root = fs::canonicalize(root.path()).unwrap();
        fs::create_dir_all(root.join("campaigns/c")).unwrap();
        for bad in [".", "..", "campaigns", "campaigns/c/out", "themes/x"] {
            assert!(
                matches!(check_output(&root, Path::new(bad)), Err(WriteError::Refused { .. })),
                "{bad}"
            );
        }
        fs::create_dir_all(root.join("notes")).unwrap();
        fs::write(root.join("notes/todo.txt"), "x").unwrap();
        assert!(check_output(&root, Path::new("notes")).is_err());
        assert!(check_output(&root, Path::new("public")).is_ok());
    }

    #[test]
    fn write_replaces_the_output_and_leaves_no_staging() {
        let root = tempfile::tempdir().unwrap();
        let out = root.path().join("public");
        write(
            &out,
            &[OutputFile::new("a/index.html", "1"), OutputFile::new("old.txt", "x")],
        )
        .unwrap();
        write(&out, &[OutputFile::new("a/index.html", "2")]).unwrap();
        assert_eq!(fs::read_to_string(out.join("a/index.html")).unwrap(), "2");
        assert!(!out.join("old.txt").exists());
        assert!(check_output(root.path(), Path::new("public")).is_ok());
        let names: Vec<_> = fs::read_dir(root.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, vec![std::ffi::OsString::from("public")]);
    }

    /// A previous output with `a.pdf`, and the file to reuse from it.
    fn previous_with_a_pdf(root: &Path) -> (PathBuf, OutputFile) {
        let out = root.join("public");
        write(&out, &[OutputFile::new("a.pdf", "%PDF old")]).unwrap();
        let reused = OutputFolder::open(&out).unwrap().reuse("a.pdf", b"%PDF").unwrap();
        assert!(matches!(reused.contents, Contents::OnDisk(_)));
        (out, reused)
    }

    #[test]
    fn a_file_put_again_over_a_linked_one_leaves_the_previous_output_as_it_was() {
        let root = tempfile::tempdir().unwrap();
        let (out, reused) = previous_with_a_pdf(root.path());
        let staging = Staging::create(&out).unwrap();
        staging.add(&reused).unwrap();
        staging.add(&OutputFile::new("a.pdf", "%PDF new")).unwrap();
        assert_eq!(staging.read("a.pdf").unwrap(), "%PDF new");
        assert_eq!(fs::read_to_string(out.join("a.pdf")).unwrap(), "%PDF old");
        staging.add(&reused).unwrap();
        drop(staging);
        assert_eq!(fs::read_to_string(out.join("a.pdf")).unwrap(), "%PDF old");
    }

    #[test]
    fn a_reused_file_outlives_the_output_it_was_linked_from() {
        let root = tempfile::tempdir().unwrap();
        let (out, reused) = previous_with_a_pdf(root.path());
        assert!(OutputFolder::open(&out).unwrap().reuse("a.pdf", b"%PNG").is_none());
        let staging = Staging::create(&out).unwrap();
        staging.add(&reused).unwrap();
        staging.commit().unwrap();
        assert_eq!(fs::read_to_string(out.join("a.pdf")).unwrap(), "%PDF old");
        assert!(!root.path().join(".public.altavoz-old").exists());
    }

    #[test]
    fn paths_that_escape_are_refused() {
        let root = tempfile::tempdir().unwrap();
        let out = root.path().join("public");
        assert!(write(&out, &[OutputFile::new("../evil.html", "x")]).is_err());
        assert!(!root.path().join("evil.html").exists());
        assert!(!out.exists());
    }
}
