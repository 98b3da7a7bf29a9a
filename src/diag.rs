//! Diagnostics: what is wrong with the sources, where, and how to fix it.
//!
//! Every stage collects problems into [`Diagnostics`] instead of stopping at the first one, so an
//! author sees all of them in one run. Nothing here prints: the CLI decides where reports go.

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

use codespan_reporting::diagnostic::{Diagnostic as Report, Label};
use codespan_reporting::files::SimpleFiles;
use codespan_reporting::term::{self, Config};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Error,
    Warning,
}

/// One problem in one source file. `line` and `col` are 1-based; `col` counts characters.
/// A diagnostic with `line == 0` concerns the whole file (or no file at all).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    /// Path relative to the project root, as the author sees it.
    pub path: PathBuf,
    pub line: usize,
    pub col: usize,
    pub message: String,
    pub hint: Option<String>,
    /// Another place in the same file that the problem involves (the first of two duplicate
    /// keys, say). Boxed: most diagnostics have none.
    pub also: Option<Box<Also>>,
}

/// A second place of a [`Diagnostic`]: its line, column and a word about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Also {
    pub line: usize,
    pub col: usize,
    pub label: String,
}

impl Diagnostic {
    pub fn error(path: impl Into<PathBuf>, line: usize, col: usize, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            path: path.into(),
            line,
            col,
            message: message.into(),
            hint: None,
            also: None,
        }
    }

    pub fn warning(path: impl Into<PathBuf>, line: usize, col: usize, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(path, line, col, message)
        }
    }

    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    /// Points at a second place of the same file, shown beside the first.
    pub fn with_also(mut self, line: usize, col: usize, label: impl Into<String>) -> Self {
        self.also = Some(Box::new(Also {
            line,
            col,
            label: label.into(),
        }));
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

impl fmt::Display for Diagnostic {
    /// The one-line form: `path:line:col: error: message (hint)`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let path = display_path(&self.path);
        if self.line > 0 {
            write!(f, "{path}:{}:{}: ", self.line, self.col)?;
        } else if !path.is_empty() {
            write!(f, "{path}: ")?;
        }
        let level = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(f, "{level}: {}", self.message)?;
        if let Some(hint) = &self.hint {
            write!(f, " (hint: {hint})")?;
        }
        Ok(())
    }
}

/// Every diagnostic of one run, in the order found.
#[derive(Debug, Default, Clone)]
pub struct Diagnostics {
    items: Vec<Diagnostic>,
}

impl Diagnostics {
    pub fn push(&mut self, diagnostic: Diagnostic) {
        self.items.push(diagnostic);
    }

    pub fn extend(&mut self, other: Diagnostics) {
        self.items.extend(other.items);
    }

    pub fn has_errors(&self) -> bool {
        self.items.iter().any(Diagnostic::is_error)
    }

    /// Errors as reported: the same problem found twice (say, by a handout and a booklet) once.
    pub fn error_count(&self) -> usize {
        self.sorted().into_iter().filter(|d| d.is_error()).count()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    pub fn iter(&self) -> impl Iterator<Item = &Diagnostic> {
        self.items.iter()
    }

    /// Sorted by file, then position, so reports are stable whatever order stages ran in.
    pub fn sorted(&self) -> Vec<&Diagnostic> {
        let mut all: Vec<&Diagnostic> = self.items.iter().collect();
        all.sort_by(|a, b| {
            (&a.path, a.line, a.col, a.severity, &a.message).cmp(&(&b.path, b.line, b.col, b.severity, &b.message))
        });
        all.dedup();
        all
    }
}

impl From<Diagnostic> for Diagnostics {
    fn from(diagnostic: Diagnostic) -> Self {
        Diagnostics {
            items: vec![diagnostic],
        }
    }
}

/// `a/b/c.md` with forward slashes on every platform, so messages and tests agree.
pub fn display_path(path: &Path) -> String {
    let parts: Vec<_> = path
        .components()
        .filter(|c| !matches!(c, std::path::Component::RootDir))
        .map(|c| c.as_os_str().to_string_lossy())
        .collect();
    let joined = parts.join("/");
    let prefixed = matches!(path.components().next(), Some(std::path::Component::Prefix(_)));
    if path.has_root() && !prefixed {
        format!("/{joined}")
    } else {
        joined
    }
}

/// Renders diagnostics with source snippets. `source_of` returns a file's text by its
/// project-relative path, when the file was read.
pub fn render(diagnostics: &Diagnostics, source_of: &dyn Fn(&Path) -> Option<String>) -> String {
    let mut files = SimpleFiles::new();
    let mut ids = BTreeMap::new();
    let config = Config::default();
    let mut out = String::new();
    for d in diagnostics.sorted() {
        let mut report = match d.severity {
            Severity::Error => Report::error(),
            Severity::Warning => Report::warning(),
        }
        .with_message(&d.message);
        let text = if d.line > 0 { source_of(&d.path) } else { None };
        // A very long line is not shown whole: the place and a piece of the line around it.
        let excerpt = text.as_deref().and_then(|text| long_line_excerpt(text, d.line, d.col));
        match text.filter(|_| excerpt.is_none()) {
            Some(text) => {
                let id = *ids
                    .entry(d.path.clone())
                    .or_insert_with(|| files.add(display_path(&d.path), text));
                let source = files.get(id).map(|f| f.source().as_str()).unwrap_or("");
                let mut labels = vec![Label::primary(id, byte_range(source, d.line, d.col))];
                if let Some(also) = &d.also {
                    labels
                        .push(Label::secondary(id, byte_range(source, also.line, also.col)).with_message(&also.label));
                }
                report = report.with_labels(labels);
            }
            None => {
                // No snippet to show: still name the place, so it can be found.
                let place = Diagnostic {
                    hint: None,
                    ..d.clone()
                };
                let place = place.to_string();
                let mut notes = Vec::new();
                if let Some((place, _)) = place.split_once(": error: ").or(place.split_once(": warning: ")) {
                    notes.push(format!("in {place}"));
                }
                notes.extend(excerpt.map(|e| format!("there the line reads: {e}")));
                if let Some(also) = &d.also {
                    notes.push(format!("{}: line {}, column {}", also.label, also.line, also.col));
                }
                report = report.with_notes(notes);
            }
        }
        if let Some(hint) = &d.hint {
            report = report.with_notes(vec![format!("help: {hint}")]);
        }
        match term::emit_into_string(&config, &files, &report) {
            Ok(text) => out.push_str(&text),
            Err(_) => {
                out.push_str(&d.to_string());
                out.push('\n');
            }
        }
    }
    out
}

/// Lines longer than this (in characters) are not shown whole: a paragraph written on one
/// line is shown, a page of 100,000 `>` is not.
const MAX_SHOWN: usize = 500;
/// How much of a long line is shown, from 40 characters before the place.
const EXCERPT: usize = 120;

/// [`EXCERPT`] characters of line `line` around column `col`, marked with `…` where cut, when
/// the line is longer than [`MAX_SHOWN`].
fn long_line_excerpt(text: &str, line: usize, col: usize) -> Option<String> {
    let content = text
        .split_inclusive('\n')
        .nth(line.checked_sub(1)?)?
        .trim_end_matches(['\n', '\r']);
    if content.len() <= MAX_SHOWN || content.chars().count() <= MAX_SHOWN {
        return None;
    }
    let chars: Vec<char> = content.chars().collect();
    let end = (col.saturating_sub(41) + EXCERPT).min(chars.len());
    let start = col.saturating_sub(41).min(end);
    let mut excerpt: String = if start > 0 { "…".into() } else { String::new() };
    excerpt.extend(&chars[start..end]);
    if end < chars.len() {
        excerpt.push('…');
    }
    Some(excerpt)
}

/// Byte range of the token starting at `line:col` (1-based, `col` in characters): up to the end
/// of the word, or one character.
fn byte_range(text: &str, line: usize, col: usize) -> std::ops::Range<usize> {
    let mut start = 0;
    for (i, l) in text.split_inclusive('\n').enumerate() {
        if i + 1 == line {
            let within: usize = l.chars().take(col.saturating_sub(1)).map(char::len_utf8).sum();
            start += within;
            let rest = &l[within..];
            let word: usize = rest
                .chars()
                .take_while(|c| !c.is_whitespace() && *c != ':')
                .map(char::len_utf8)
                .sum();
            let len = if word == 0 {
                rest.chars().next().map_or(0, |c| c.len_utf8())
            } else {
                word
            };
            let len = if rest[..len].ends_with('\n') { 0 } else { len };
            return start..start + len;
        }
        start += l.len();
    }
    text.len()..text.len()
}

/// The closest candidate to a misspelt word, if one is close enough to be a likely typo.
pub fn suggest<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    candidates
        .into_iter()
        .map(|c| (strsim::jaro_winkler(&word.to_lowercase(), &c.to_lowercase()), c))
        .filter(|(score, _)| *score >= 0.75)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, c)| c)
}

/// 1-based line and character column of a byte offset.
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[line_start..].chars().count() + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_col_counts_characters_not_bytes() {
        let text = "título: x\nñandú: y\n";
        let offset = text.find("y").unwrap();
        assert_eq!(line_col(text, offset), (2, 8));
        assert_eq!(line_col(text, 0), (1, 1));
    }

    #[test]
    fn byte_range_covers_the_word_at_a_position() {
        let text = "title: a\ntitel: b\n";
        let r = byte_range(text, 2, 1);
        assert_eq!(&text[r], "titel");
    }

    #[test]
    fn display_paths_use_forward_slashes_and_keep_the_root() {
        assert_eq!(display_path(Path::new("campaigns/c/es/a.md")), "campaigns/c/es/a.md");
        assert_eq!(display_path(Path::new("/tmp/x.po")), "/tmp/x.po");
    }

    #[test]
    fn suggest_finds_typos_only() {
        let keys = ["title", "summary", "kind", "reviewed", "reviewed_by"];
        assert_eq!(suggest("titel", keys), Some("title"));
        assert_eq!(suggest("sumary", keys), Some("summary"));
        assert_eq!(suggest("reviewd", keys), Some("reviewed"));
        assert_eq!(suggest("zzz", keys), None);
    }

    #[test]
    fn long_lines_are_shown_around_the_place_and_a_second_place_is_labelled() {
        let mut ds = Diagnostics::default();
        let line = format!("{}x{}", "> ".repeat(5000), "y".repeat(5000));
        ds.push(Diagnostic::error("a.md", 2, 10001, "here").with_also(1, 1, "first"));
        let out = render(&ds, &|_| Some(format!("title: a\n{line}\n")));
        assert!(out.contains("a.md:2:10001"), "{out}");
        assert!(out.lines().all(|l| l.chars().count() < 200), "{out}");
        assert!(out.contains("…> > >") && out.contains("xyyy"), "{out}");
        assert!(out.contains("first: line 1, column 1"), "{out}");
        // On short lines, both places are shown in the file.
        let mut ds = Diagnostics::default();
        ds.push(Diagnostic::error("a.md", 3, 1, "twice").with_also(2, 1, "first given here"));
        let out = render(&ds, &|_| Some("---\ntitle: a\ntitle: b\n---\n".to_string()));
        assert!(out.contains("a.md:3:1") && out.contains("first given here"), "{out}");
        assert!(out.contains("2 │ title: a") && out.contains("3 │ title: b"), "{out}");
    }

    #[test]
    fn render_names_path_line_and_column() {
        let mut ds = Diagnostics::default();
        ds.push(Diagnostic::error("c/es/a.md", 2, 1, "unknown key `titel`").with_hint("did you mean `title`?"));
        let out = render(&ds, &|_| Some("---\ntitel: x\n---\n".to_string()));
        assert!(out.contains("c/es/a.md:2:1"), "{out}");
        assert!(out.contains("did you mean `title`?"), "{out}");
    }
}
