//! Diagnostics put into words for people: each error with a snippet of its source, warnings
//! of one kind grouped into one block (a project of 100 old pages gets one warning, not 100).

use std::collections::BTreeMap;
use std::path::Path;

use codespan_reporting::diagnostic::{Diagnostic as Report, Label};
use codespan_reporting::files::SimpleFiles;
use codespan_reporting::term::{self, Config};

use super::{Diagnostic, Diagnostics, Severity, display_path};
use crate::messages::{Catalog, Lang, Message};
use crate::msg;

/// How to show diagnostics.
#[derive(Debug, Clone, Copy)]
pub struct RenderOptions {
    pub lang: Lang,
    /// List every warning of a group, not only the first few.
    pub verbose: bool,
}

impl Default for RenderOptions {
    fn default() -> Self {
        RenderOptions {
            lang: Lang::En,
            verbose: false,
        }
    }
}

/// A group lists this many places, then says how many more there are.
pub const GROUP_SHOWN: usize = 5;

/// Renders diagnostics with source snippets, in `options.lang`. `source_of` returns a file's
/// text by its project-relative path, when the file was read. Warnings that share a message id
/// come as one group, after the errors and single warnings, in order of their first place.
pub fn render(
    diagnostics: &Diagnostics,
    source_of: &dyn Fn(&Path) -> Option<String>,
    options: &RenderOptions,
) -> String {
    let catalog = Catalog::get(options.lang);
    let mut renderer = Printer {
        files: SimpleFiles::new(),
        ids: BTreeMap::new(),
        catalog,
        out: String::new(),
    };
    let sorted = diagnostics.sorted();
    let mut kinds: BTreeMap<&str, Vec<&Diagnostic>> = BTreeMap::new();
    for d in &sorted {
        if d.severity == Severity::Warning {
            kinds.entry(d.message.id).or_default().push(d);
        }
    }
    let mut groups: Vec<&Vec<&Diagnostic>> = Vec::new();
    for d in sorted {
        let group = kinds
            .get(d.message.id)
            .filter(|g| g.len() > 1 && d.severity == Severity::Warning);
        match group {
            None => renderer.single(d, source_of),
            Some(group) if std::ptr::eq(group[0], d) => groups.push(group),
            Some(_) => {}
        }
    }
    for group in groups {
        renderer.group(group, options.verbose);
    }
    renderer.out
}

struct Printer {
    files: SimpleFiles<String, String>,
    ids: BTreeMap<std::path::PathBuf, usize>,
    catalog: &'static Catalog,
    out: String,
}

impl Printer {
    fn single(&mut self, d: &Diagnostic, source_of: &dyn Fn(&Path) -> Option<String>) {
        let mut report = header(d.severity).with_message(self.catalog.text(&d.message));
        let text = if d.line > 0 { source_of(&d.path) } else { None };
        // A very long line is not shown whole: the place and a piece of the line around it.
        let excerpt = text.as_deref().and_then(|text| long_line_excerpt(text, d.line, d.col));
        let mut notes = Vec::new();
        match text.filter(|_| excerpt.is_none()) {
            Some(text) => {
                let (files, path) = (&mut self.files, &d.path);
                let id = *self
                    .ids
                    .entry(path.clone())
                    .or_insert_with(|| files.add(display_path(path), text));
                let source = self.files.get(id).map(|f| f.source().as_str()).unwrap_or("");
                let mut labels = vec![Label::primary(id, byte_range(source, d.line, d.col))];
                if let Some(also) = &d.also {
                    labels.push(
                        Label::secondary(id, byte_range(source, also.line, also.col))
                            .with_message(self.catalog.text(&also.label)),
                    );
                }
                report = report.with_labels(labels);
            }
            // No snippet to show: still name the place, so it can be found.
            None => {
                if !d.place().is_empty() {
                    notes.push(self.catalog.text(&msg!("note-in", place = d.place())));
                }
                if let Some(excerpt) = excerpt {
                    notes.push(self.catalog.text(&msg!("note-line-reads", text = excerpt)));
                }
                if let Some(also) = &d.also {
                    notes.push(self.catalog.text(&msg!(
                        "note-also-at",
                        label = self.catalog.text(&also.label),
                        line = also.line,
                        col = also.col
                    )));
                }
            }
        }
        if let Some(hint) = &d.hint {
            notes.push(self.help(hint));
        }
        if let Some(note) = &d.note {
            notes.push(self.catalog.text(note));
        }
        self.emit(report.with_notes(notes), d);
    }

    /// One block for warnings of one kind: how many, where (folded after [`GROUP_SHOWN`]
    /// unless `verbose`), and the first one's hint.
    fn group(&mut self, group: &[&Diagnostic], verbose: bool) {
        let first = group[0];
        let many = format!("{}-many", first.message.id);
        // The group message takes the first one's arguments, and how many there are.
        let mut args = first.message.args.clone();
        args.push(("count", group.len().into()));
        let title = self
            .catalog
            .format_id(&many, &args)
            .unwrap_or_else(|| self.catalog.text(&msg!("warning-group", count = group.len())));
        let shown = if verbose {
            group.len()
        } else {
            group.len().min(GROUP_SHOWN)
        };
        let mut notes: Vec<String> = group[..shown]
            .iter()
            .map(|d| format!("{}: {}", d.place(), self.catalog.text(&d.message)))
            .collect();
        if shown < group.len() {
            notes.push(
                self.catalog
                    .text(&msg!("warning-group-more", count = group.len() - shown)),
            );
        }
        // A hint that names one file has a form for many (`…-hint-many`), when the catalog has one.
        if let Some(hint) = &first.hint {
            let many = self.catalog.format_id(&format!("{}-many", hint.id), &hint.args);
            notes.push(match many {
                Some(text) => format!("{}: {text}", self.catalog.text(&msg!("help-label"))),
                None => self.help(hint),
            });
        }
        self.emit(header(Severity::Warning).with_message(title).with_notes(notes), first);
    }

    fn help(&self, hint: &Message) -> String {
        format!(
            "{}: {}",
            self.catalog.text(&msg!("help-label")),
            self.catalog.text(hint)
        )
    }

    fn emit(&mut self, report: Report<usize>, d: &Diagnostic) {
        match term::emit_into_string(&Config::default(), &self.files, &report) {
            Ok(text) => {
                // codespan writes the severity in English: put it in the author's language.
                let (english, word) = match d.severity {
                    Severity::Error => ("error: ", msg!("severity-error")),
                    Severity::Warning => ("warning: ", msg!("severity-warning")),
                };
                match text.strip_prefix(english) {
                    Some(rest) => {
                        self.out.push_str(&self.catalog.text(&word));
                        self.out.push_str(": ");
                        self.out.push_str(rest);
                    }
                    None => self.out.push_str(&text),
                }
            }
            Err(_) => {
                self.out.push_str(&d.text(self.catalog.lang));
                self.out.push('\n');
            }
        }
    }
}

fn header(severity: Severity) -> Report<usize> {
    match severity {
        Severity::Error => Report::error(),
        Severity::Warning => Report::warning(),
    }
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
                rest.chars().next().map_or(0, char::len_utf8)
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lines_are_shown_around_the_place_and_a_second_place_is_labelled() {
        let mut ds = Diagnostics::default();
        let line = format!("{}x{}", "> ".repeat(5000), "y".repeat(5000));
        let (here, first) = (
            crate::msg!("yaml-duplicate-key", key = "y"),
            crate::msg!("yaml-duplicate-key-first"),
        );
        ds.push(Diagnostic::error("a.md", 2, 10001, here.clone()).with_also(1, 1, first.clone()));
        let out = render(&ds, &|_| Some(format!("title: a\n{line}\n")), &RenderOptions::default());
        assert!(out.contains("a.md:2:10001"), "{out}");
        assert!(out.lines().all(|l| l.chars().count() < 200), "{out}");
        assert!(out.contains("…> > >") && out.contains("xyyy"), "{out}");
        assert!(out.contains("first given here: line 1, column 1"), "{out}");
        // On short lines, both places are shown in the file.
        let mut ds = Diagnostics::default();
        ds.push(Diagnostic::error("a.md", 3, 1, here).with_also(2, 1, first));
        let out = render(
            &ds,
            &|_| Some("---\ntitle: a\ntitle: b\n---\n".to_string()),
            &RenderOptions::default(),
        );
        assert!(out.contains("a.md:3:1") && out.contains("first given here"), "{out}");
        assert!(out.contains("2 │ title: a") && out.contains("3 │ title: b"), "{out}");
    }

    #[test]
    fn byte_range_covers_the_word_at_a_position() {
        let text = "title: a\ntitel: b\n";
        let r = byte_range(text, 2, 1);
        assert_eq!(&text[r], "titel");
    }

    #[test]
    fn render_names_path_line_and_column() {
        let mut ds = Diagnostics::default();
        ds.push(
            Diagnostic::error("c/es/a.md", 2, 1, msg!("yaml-unknown-key", key = "titel"))
                .with_hint(msg!("did-you-mean", name = "title")),
        );
        let source = |_: &Path| Some("---\ntitel: x\n---\n".to_string());
        let out = render(&ds, &source, &RenderOptions::default());
        assert!(out.contains("c/es/a.md:2:1"), "{out}");
        assert!(out.contains("did you mean `title`?"), "{out}");
        let es = render(
            &ds,
            &source,
            &RenderOptions {
                lang: Lang::Es,
                verbose: false,
            },
        );
        assert!(es.contains("¿quisiste decir `title`?"), "{es}");
    }

    #[test]
    fn warnings_of_one_kind_come_as_one_group_folded_after_five() {
        let mut ds = Diagnostics::default();
        for i in 0..8 {
            ds.push(Diagnostic::warning(
                format!("c/es/p{i}.md"),
                0,
                0,
                msg!("review-stale", date = "2025-01-01", days = 365),
            ));
        }
        ds.push(Diagnostic::warning("c/es/x.md", 0, 0, msg!("review-missing")));
        let out = render(&ds, &|_| None, &RenderOptions::default());
        assert_eq!(out.matches("warning:").count(), 2, "{out}");
        assert!(
            out.contains("8 pages were last reviewed more than 365 days ago"),
            "{out}"
        );
        assert!(out.contains("c/es/p4.md") && !out.contains("c/es/p5.md"), "{out}");
        assert!(out.contains("3 more"), "{out}");
        let all = render(
            &ds,
            &|_| None,
            &RenderOptions {
                lang: Lang::En,
                verbose: true,
            },
        );
        assert!(all.contains("c/es/p7.md"), "{all}");
    }
}
