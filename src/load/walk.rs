//! The project folder as the loader sees it: files found in sorted order, hidden files and
//! editors' leftovers skipped, nothing read from outside the project even through a symbolic
//! link, sizes bounded, text that must be UTF-8.

use std::fs;
use std::path::{Path, PathBuf};

use walkdir::WalkDir;

use super::{LoadError, Reader};
use crate::diag::Diagnostic;
use crate::msg;

/// A file found under a folder of the project.
pub(super) struct Walked {
    /// Project-relative.
    pub path: PathBuf,
    /// Relative to the folder walked, `/`-separated.
    pub rel: String,
    /// Reached without a symbolic link.
    pub direct: bool,
}

impl Reader<'_> {
    /// The names of the folders in the project folder `dir` (none if it does not exist), sorted,
    /// hidden ones left out.
    pub(super) fn folders_in(&self, dir: &str) -> Result<Vec<String>, LoadError> {
        let dir = self.root.join(dir);
        if !dir.is_dir() {
            return Ok(Vec::new());
        }
        Ok(sorted_entries(&dir)?
            .into_iter()
            .map(|entry| (entry.file_name().to_string_lossy().to_string(), entry.path().is_dir()))
            .filter(|(name, is_dir)| *is_dir && !is_ignored(name))
            .map(|(name, _)| name)
            .collect())
    }

    /// Files under the project-relative folder `dir`, sorted. Hidden and editor backup files are
    /// skipped.
    pub(super) fn walk_files(&mut self, dir: &Path) -> Result<Vec<Walked>, LoadError> {
        self.walk(dir, is_ignored)
    }

    /// [`Self::walk_files`], skipping the files and folders whose name `skip` says.
    pub(super) fn walk(&mut self, dir: &Path, skip: fn(&str) -> bool) -> Result<Vec<Walked>, LoadError> {
        let mut files = Vec::new();
        let start = self.root.join(dir);
        // Links are followed, so only files reached through one need their real place checked.
        let start_direct = fs::canonicalize(&start).is_ok_and(|real| real == start);
        let mut linked_dirs: Vec<PathBuf> = Vec::new();
        let walker = WalkDir::new(&start)
            .follow_links(true)
            .sort_by_file_name()
            .into_iter()
            .filter_entry(move |e| e.depth() == 0 || !skip(&e.file_name().to_string_lossy()));
        for entry in walker {
            let entry = match entry {
                Ok(entry) => entry,
                Err(err) => {
                    let path = err
                        .path()
                        .map(|p| self.relative(p))
                        .unwrap_or_else(|| dir.to_path_buf());
                    self.diagnostics.push(Diagnostic::error(
                        path,
                        0,
                        0,
                        msg!("cannot-read", reason = err.to_string()),
                    ));
                    continue;
                }
            };
            if entry.path_is_symlink() && entry.file_type().is_dir() {
                linked_dirs.push(entry.path().to_path_buf());
            }
            if !entry.file_type().is_file() {
                continue;
            }
            let direct =
                start_direct && !entry.path_is_symlink() && !linked_dirs.iter().any(|d| entry.path().starts_with(d));
            let path = self.relative(entry.path());
            let rel = path
                .strip_prefix(dir)
                .unwrap_or(&path)
                .components()
                .map(|c| c.as_os_str().to_string_lossy())
                .collect::<Vec<_>>()
                .join("/");
            files.push(Walked { path, rel, direct });
        }
        Ok(files)
    }

    pub(super) fn relative(&self, path: &Path) -> PathBuf {
        path.strip_prefix(&self.root).unwrap_or(path).to_path_buf()
    }

    /// Reads a project file's bytes, refusing files that resolve outside the project. A file
    /// the walk reached without a link (`direct`) is inside; others are checked.
    pub(super) fn read_bytes(&mut self, path: &Path, max: u64, direct: bool) -> Result<Option<Vec<u8>>, LoadError> {
        let full = self.root.join(path);
        let io = |source| LoadError::Io {
            path: path.display().to_string(),
            source,
        };
        let real = if direct {
            full
        } else {
            fs::canonicalize(&full).map_err(io)?
        };
        if !real.starts_with(&self.root) {
            self.diagnostics.push(
                Diagnostic::error(path, 0, 0, msg!("link-outside-project"))
                    .with_hint(msg!("link-outside-project-hint")),
            );
            return Ok(None);
        }
        let mut file = fs::File::open(&real).map_err(io)?;
        let mut size = file.metadata().map_err(io)?.len();
        let mut bytes = Vec::new();
        if size <= max {
            bytes.reserve_exact(size as usize);
            // Through `take`, which does not ask the file its size and position again (two
            // system calls a file), and stops at the limit a file that grew since.
            std::io::Read::read_to_end(&mut std::io::Read::take(&mut file, max.saturating_add(1)), &mut bytes)
                .map_err(io)?;
            if bytes.len() as u64 > max {
                // It grew while being read: the message gives its size now.
                size = file.metadata().map_err(io)?.len().max(bytes.len() as u64);
            }
        }
        if size > max {
            self.diagnostics.push(
                Diagnostic::error(path, 0, 0, msg!("file-too-large", size = size / 1024, max = max / 1024))
                    .with_hint(msg!("file-too-large-hint")),
            );
            return Ok(None);
        }
        Ok(Some(bytes))
    }

    pub(super) fn read_text(&mut self, path: &Path, max: u64, direct: bool) -> Result<Option<String>, LoadError> {
        if let Some((overlaid, text)) = self.overlay
            && overlaid == path
        {
            return Ok(Some(text.to_string()));
        }
        let Some(bytes) = self.read_bytes(path, max, direct)? else {
            return Ok(None);
        };
        match String::from_utf8(bytes) {
            Ok(text) => Ok(Some(as_written_on_linux(text))),
            Err(err) => {
                let offset = err.utf8_error().valid_up_to();
                let bytes = err.as_bytes();
                let valid = String::from_utf8_lossy(&bytes[..offset]).to_string();
                let (line, col) = crate::diag::line_col(&valid, offset);
                let diagnostic = match windows_1252(bytes, offset) {
                    Some(letter) => Diagnostic::error(
                        path,
                        line,
                        col,
                        msg!(
                            "not-utf8-windows",
                            byte = format!("0x{:02X}", bytes[offset]),
                            letter = letter.to_string()
                        ),
                    )
                    .with_hint(msg!("not-utf8-windows-hint")),
                    None => Diagnostic::error(path, line, col, msg!("not-utf8")).with_hint(msg!("not-utf8-hint")),
                };
                self.diagnostics.push(diagnostic);
                Ok(None)
            }
        }
    }
}

/// The text as it is read on every system: without a byte order mark (Notepad writes one) and
/// with `\n` line ends where Windows editors write `\r\n`. The lines and columns stay the same,
/// so a file saved on Windows builds exactly as the same file saved elsewhere.
fn as_written_on_linux(text: String) -> String {
    let text = match text.strip_prefix('\u{feff}') {
        Some(rest) => rest.to_string(),
        None => text,
    };
    if text.contains("\r\n") {
        text.replace("\r\n", "\n")
    } else {
        text
    }
}

/// The letter the byte at `offset` is in Windows-1252 (what Notepad and Word on a
/// Spanish-language Windows call "ANSI"), when the text reads as that encoding: the byte is one
/// of its letters or marks, and the bytes around it are ASCII or more of them.
fn windows_1252(bytes: &[u8], offset: usize) -> Option<char> {
    // 0x80–0x9F in Windows-1252; the rest of 0xA0–0xFF is Latin-1.
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž', '\u{8f}', '\u{90}', '‘',
        '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}', 'ž', 'Ÿ',
    ];
    let decode = |b: u8| match b {
        0x80..=0x9f => HIGH[usize::from(b - 0x80)],
        _ => char::from(b),
    };
    let letter = decode(*bytes.get(offset)?);
    let readable = |c: char| c.is_alphabetic() || "¿¡«»€“”‘’–—…".contains(c);
    // A UTF-8 file would have this byte inside a sequence; Windows-1252 has it between ASCII.
    let next_is_ascii = bytes
        .get(offset + 1)
        .is_none_or(|b| b.is_ascii() || readable(decode(*b)));
    (readable(letter) && next_is_ascii).then_some(letter)
}

pub(super) fn sorted_entries(dir: &Path) -> Result<Vec<fs::DirEntry>, LoadError> {
    let io = |source| LoadError::Io {
        path: dir.display().to_string(),
        source,
    };
    let mut entries = fs::read_dir(dir)
        .map_err(io)?
        .collect::<Result<Vec<_>, _>>()
        .map_err(io)?;
    entries.sort_by_key(std::fs::DirEntry::file_name);
    Ok(entries)
}

/// Hidden files and the temporary files editors leave beside the ones being edited.
pub fn is_ignored(name: &str) -> bool {
    name.starts_with('.') || is_editor_leftover(name)
}

/// The temporary files editors leave beside the ones being edited (and a system's folder
/// notes), which are never part of a site.
pub fn is_editor_leftover(name: &str) -> bool {
    name.ends_with('~')
        || (name.starts_with('#') && name.ends_with('#'))
        || name.ends_with(".swp")
        || name.ends_with(".swx")
        || name.ends_with(".tmp")
        || name == "4913"
        || name == ".DS_Store"
        || name == "Thumbs.db"
}
