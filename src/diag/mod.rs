//! Diagnostics: what is wrong with the sources, where, and how to fix it.
//!
//! Every stage collects problems into [`Diagnostics`] instead of stopping at the first one, so an
//! author sees all of them in one run. Nothing here prints: the CLI decides where reports go.

mod report;

use std::fmt;
use std::path::PathBuf;

pub use report::{RenderOptions, render};

use crate::messages::{Catalog, Lang, Message};
use crate::msg;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    Error,
    Warning,
}

/// One problem in one source file. `line` and `col` are 1-based; `col` counts characters.
/// A diagnostic with `line == 0` concerns the whole file (or no file at all). The message and
/// hint are catalog messages, put into words in the author's language where they are shown.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Diagnostic {
    pub severity: Severity,
    /// Path relative to the project root, as the author sees it.
    pub path: PathBuf,
    pub line: usize,
    pub col: usize,
    pub message: Message,
    pub hint: Option<Box<Message>>,
    /// What a tool underneath said (the YAML parser's words), after ours, never instead.
    pub note: Option<Box<Message>>,
    /// Another place in the same file that the problem involves (the first of two duplicate
    /// keys, say). Boxed: most diagnostics have none.
    pub also: Option<Box<Also>>,
}

/// A second place of a [`Diagnostic`]: its line, column and a word about it.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Also {
    pub line: usize,
    pub col: usize,
    pub label: Message,
}

impl Diagnostic {
    pub fn error(path: impl Into<PathBuf>, line: usize, col: usize, message: impl Into<Message>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            path: path.into(),
            line,
            col,
            message: message.into(),
            hint: None,
            note: None,
            also: None,
        }
    }

    pub fn warning(path: impl Into<PathBuf>, line: usize, col: usize, message: impl Into<Message>) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(path, line, col, message)
        }
    }

    pub fn with_hint(mut self, hint: impl Into<Message>) -> Self {
        self.hint = Some(Box::new(hint.into()));
        self
    }

    pub fn with_note(mut self, note: impl Into<Message>) -> Self {
        self.note = Some(Box::new(note.into()));
        self
    }

    /// Points at a second place of the same file, shown beside the first.
    pub fn with_also(mut self, line: usize, col: usize, label: impl Into<Message>) -> Self {
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

    /// The one-line form in `lang`: `path:line:col: error: message (hint: …)`.
    pub fn text(&self, lang: Lang) -> String {
        let catalog = Catalog::get(lang);
        let mut out = self.place();
        if !out.is_empty() {
            out.push_str(": ");
        }
        let level = match self.severity {
            Severity::Error => msg!("severity-error"),
            Severity::Warning => msg!("severity-warning"),
        };
        out.push_str(&format!("{}: {}", catalog.text(&level), catalog.text(&self.message)));
        if let Some(hint) = &self.hint {
            out.push_str(&format!(
                " ({}: {})",
                catalog.text(&msg!("help-label")),
                catalog.text(hint)
            ));
        }
        out
    }

    /// `path:line:col`, `path`, or nothing.
    pub fn place(&self) -> String {
        let path = display_path(&self.path);
        if self.line > 0 {
            format!("{path}:{}:{}", self.line, self.col)
        } else {
            path
        }
    }
}

impl fmt::Display for Diagnostic {
    /// The one-line form in English.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text(Lang::En))
    }
}

/// The message id of a diagnostic that only follows from another one: never reported.
pub const FOLLOWS: &str = "follows";

/// Every diagnostic of one run, in the order found.
#[derive(Debug, Default, Clone)]
pub struct Diagnostics {
    items: Vec<Diagnostic>,
}

impl Diagnostics {
    /// Adds a diagnostic; one that only follows from a mistake already reported (a check of a
    /// value that was missing or wrong) is dropped.
    pub fn push(&mut self, diagnostic: Diagnostic) {
        if diagnostic.message.id == FOLLOWS {
            return;
        }
        self.items.push(diagnostic);
    }

    pub fn extend(&mut self, other: Diagnostics) {
        self.items.extend(other.items);
    }

    /// Makes every warning an error (`--deny-warnings`); returns whether there was any.
    pub fn deny_warnings(&mut self) -> bool {
        let mut any = false;
        for item in &mut self.items {
            if item.severity == Severity::Warning {
                item.severity = Severity::Error;
                any = true;
            }
        }
        any
    }

    /// Makes the errors whose message is `id` warnings: for a command that reports them itself
    /// (`status` lists the languages a campaign's notice is missing in).
    pub fn allow(&mut self, id: &str) {
        for item in &mut self.items {
            if item.message.id == id {
                item.severity = Severity::Warning;
            }
        }
    }

    /// Warnings as reported (each once).
    pub fn warning_count(&self) -> usize {
        self.sorted().into_iter().filter(|d| !d.is_error()).count()
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

pub use crate::messages::display_path;

/// "no campaign `x`": did you mean `y`? / the names there are.
pub fn unknown_name(what: Message, given: &str, names: &[&str]) -> Message {
    match suggest(given, names.iter().copied()) {
        Some(best) => crate::msg!("usage-unknown-suggest", what = what, name = best),
        None => crate::msg!("usage-unknown-list", what = what, names = names.join(", ")),
    }
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
    use std::path::Path;

    #[test]
    fn line_col_counts_characters_not_bytes() {
        let text = "título: x\nñandú: y\n";
        let offset = text.find("y").unwrap();
        assert_eq!(line_col(text, offset), (2, 8));
        assert_eq!(line_col(text, 0), (1, 1));
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
}
