//! `altavoz po import`: the translations of a PO file written back into the Markdown pages.
//!
//! A page is written only when its entries differ from what `po export` writes now, so a file
//! imported without edits changes nothing. An entry counts as translated when its `msgstr` is
//! not empty, it is not fuzzy, and its `msgid` is the source text as it is now. A page whose
//! entries are all translated is published (`translated_from` set to the source's hash, no
//! `draft`); a missing or draft translation with some entries left is written as a draft, so
//! readers keep the fallback; a published translation is never turned back into a draft or
//! mixed with source text: it is left as it is, and the import says why.
//!
//! Texts go in by replacing byte ranges (`splice`). Every page is read again afterwards and
//! the whole project checked as `altavoz check` would; on any problem nothing is written.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use super::export::{MAX_HEADLINE_CHARS, PageMessages, Scope};
use super::reader::{Entry, read};
use super::splice::{self, Unfit};
use crate::diag::{Diagnostic, Diagnostics, display_path};
use crate::load::{self, FrontMatter, PageSource, front_matter, yaml};
use crate::project::{Date, Project};
use crate::translatable::{Block, BlockKind, Content, blocks, what};
use crate::translate::start::{draft_note, edit_front_matter};

/// What import did with one page.
#[derive(Debug, PartialEq, Eq)]
pub enum Outcome {
    /// The translation was written (project-relative path); `draft` if it is still a draft.
    Written { path: PathBuf, draft: bool, created: bool },
    /// A published translation left as it was, and why.
    Left { path: PathBuf, why: String },
}

/// Why an import stopped before writing anything.
#[derive(Debug)]
pub enum Stop {
    /// Wrong arguments or a file that is not for this project (exit code 2).
    Usage(String),
    /// Problems in the PO file, or in the pages it would make (exit code 1). `texts` holds the
    /// text of each page as it would have been written, to show the problems in it.
    Content {
        diagnostics: Diagnostics,
        texts: BTreeMap<PathBuf, String>,
    },
}

/// What an import found and did.
#[derive(Debug, Default)]
pub struct Imported {
    pub outcomes: Vec<Outcome>,
    /// Entries left out (warnings, at the PO file's lines).
    pub warnings: Diagnostics,
    /// Pages the file holds that it would not change.
    pub unchanged: usize,
}

/// What the PO file says, and where it is.
pub struct PoInput<'a> {
    /// The path shown in messages.
    pub path: &'a Path,
    pub bytes: &'a [u8],
    /// Replace the header's `X-Altavoz-Campaign` and `Language`.
    pub campaign: Option<&'a str>,
    pub lang: Option<&'a str>,
}

/// Imports `po` into the project at `root` (`texts`: its source files, as loaded).
pub fn import(
    root: &Path,
    project: &Project,
    texts: &BTreeMap<PathBuf, String>,
    po: &PoInput,
    today: Date,
) -> Result<Imported, Stop> {
    let error = |line: usize, col: usize, message: String, hint: &str| {
        let mut diagnostics = Diagnostics::default();
        diagnostics.push(Diagnostic::error(po.path, line, col, message).with_hint(hint));
        Stop::Content {
            diagnostics,
            texts: BTreeMap::new(),
        }
    };
    let file = read(po.bytes).map_err(|e| error(e.line, e.col, e.message, &e.hint))?;
    let campaign = po.campaign.or(file.header("X-Altavoz-Campaign")).ok_or_else(|| {
        Stop::Usage(format!(
            "{} does not say which campaign it is for (its header has no X-Altavoz-Campaign line): add --campaign NAME",
            display_path(po.path)
        ))
    })?;
    let lang = match po.lang {
        Some(lang) => lang.to_string(),
        None => {
            let code = file.header("Language").filter(|l| !l.is_empty()).ok_or_else(|| {
                Stop::Usage(format!(
                    "{} does not say which language it is in (its header has no Language line): add --lang CODE",
                    display_path(po.path)
                ))
            })?;
            let code = code.replace('_', "-");
            project
                .languages
                .iter()
                .find(|l| l.code.eq_ignore_ascii_case(&code))
                .map_or(code, |l| l.code.clone())
        }
    };
    let scope = Scope::new(project, campaign, &lang).map_err(|e| Stop::Usage(e.0))?;
    let pages = scope.pages(root, texts);

    let mut diagnostics = Diagnostics::default();
    let mut imported = Imported::default();
    // Entries by page, each once.
    let mut by_page: BTreeMap<&str, Vec<&Entry>> = BTreeMap::new();
    let mut seen = BTreeSet::new();
    for entry in &file.entries {
        let Some((page, _)) = entry.context.as_deref().and_then(|c| c.split_once('#')) else {
            imported.warnings.push(
                Diagnostic::warning(
                    po.path,
                    entry.line,
                    entry.col,
                    "this entry has no msgctxt naming its page: left out",
                )
                .with_hint("entries altavoz writes have a msgctxt like `page.md#p1`; keep it"),
            );
            continue;
        };
        if !seen.insert(entry.context.clone()) {
            diagnostics.push(
                Diagnostic::error(po.path, entry.line, entry.col, "this entry is in the file twice")
                    .with_hint("keep one of the two entries with this msgctxt"),
            );
            continue;
        }
        if !pages.iter().any(|p| p.source.rel == page) {
            imported.warnings.push(Diagnostic::warning(
                po.path,
                entry.line,
                entry.col,
                format!("campaign `{campaign}` has no page `{page}` any more: this entry is left out"),
            ));
            continue;
        }
        by_page.entry(page).or_default().push(entry);
    }

    let mut written: Vec<(PathBuf, String, &PageMessages)> = Vec::new();
    for page in &pages {
        let Some(entries) = by_page.get(page.source.rel.as_str()) else {
            continue;
        };
        match plan(
            &scope,
            texts,
            page,
            entries,
            po.path,
            &mut diagnostics,
            &mut imported.warnings,
        ) {
            Plan::Unchanged => imported.unchanged += 1,
            Plan::Left(why) => imported.outcomes.push(Outcome::Left {
                path: target(&scope, page),
                why,
            }),
            Plan::Write(text, draft) => {
                let path = target(&scope, page);
                imported.outcomes.push(Outcome::Written {
                    path: path.clone(),
                    draft,
                    created: page.translation.is_none(),
                });
                written.push((path, text, page));
            }
        }
    }
    if diagnostics.has_errors() {
        return Err(Stop::Content {
            diagnostics,
            texts: BTreeMap::new(),
        });
    }
    let problems = check_project(root, today, &scope, &written);
    if problems.has_errors() {
        return Err(Stop::Content {
            diagnostics: problems,
            texts: written.into_iter().map(|(path, text, _)| (path, text)).collect(),
        });
    }
    for (path, text, _) in &written {
        crate::write::source_file(&root.join(path), text.as_bytes()).map_err(|e| Stop::Usage(e.to_string()))?;
    }
    Ok(imported)
}

/// The translation's file of `page` (it may not exist yet).
fn target(scope: &Scope, page: &PageMessages) -> PathBuf {
    page.translation.map_or_else(
        || {
            PathBuf::from("campaigns")
                .join(&scope.campaign.slug)
                .join(&scope.lang)
                .join(&page.source.rel)
        },
        |t| t.path.clone(),
    )
}

enum Plan {
    Unchanged,
    Left(String),
    /// The page's new text, and whether it is a draft.
    Write(String, bool),
}

/// What to do with one page: its entries in the PO file against what export writes now.
#[allow(clippy::too_many_arguments)]
fn plan(
    scope: &Scope,
    texts: &BTreeMap<PathBuf, String>,
    page: &PageMessages,
    entries: &[&Entry],
    po_path: &Path,
    errors: &mut Diagnostics,
    warnings: &mut Diagnostics,
) -> Plan {
    let found = |context: &str| entries.iter().find(|e| e.context.as_deref() == Some(context)).copied();
    let as_exported = entries.len() == page.messages.len()
        && page
            .messages
            .iter()
            .all(|m| found(&m.context).is_some_and(|e| e.id == m.id && e.text == m.text && e.fuzzy == m.fuzzy));
    if as_exported {
        return Plan::Unchanged;
    }
    // The translated entries: (block id or field name, text).
    let mut translated: Vec<(&str, String, &Entry)> = Vec::new();
    for message in &page.messages {
        let Some(entry) = found(&message.context) else { continue };
        let text = splice::normalize(&entry.text);
        if entry.fuzzy || text.is_empty() {
            continue;
        }
        if entry.id != message.id {
            warnings.push(
                Diagnostic::warning(
                    po_path,
                    entry.line,
                    entry.col,
                    "the source text of this entry changed since the file was made: its translation is left out",
                )
                .with_hint("export a new PO file; your translations come back as fuzzy entries to check"),
            );
            continue;
        }
        let id = message.context.split_once('#').map_or("", |(_, id)| id);
        translated.push((id, text, entry));
    }
    for entry in entries {
        if !page
            .messages
            .iter()
            .any(|m| Some(m.context.as_str()) == entry.context.as_deref())
        {
            warnings.push(Diagnostic::warning(
                po_path,
                entry.line,
                entry.col,
                "this part of the page is not in the source any more: its translation is left out",
            ));
        }
    }
    let complete = translated.len() == page.messages.len();
    let published = page.translation.is_some_and(|t| !t.draft);
    if published && !complete {
        let left = page.messages.len() - translated.len();
        return Plan::Left(format!(
            "{left} of its {} texts are empty, fuzzy or out of date, and the published page is not mixed with \
             untranslated text: finish them (and clear “fuzzy”), then import again",
            page.messages.len()
        ));
    }
    if translated.is_empty() {
        return Plan::Unchanged;
    }
    let errors_before = errors.iter().filter(|d| d.is_error()).count();
    let text = compose(scope, texts, page, &translated, complete, po_path, errors);
    if errors.iter().filter(|d| d.is_error()).count() > errors_before {
        return Plan::Unchanged;
    }
    let Some(text) = text else { return Plan::Unchanged };
    let existing = page.translation.and_then(|t| texts.get(&t.path));
    if existing == Some(&text) {
        return Plan::Unchanged;
    }
    Plan::Write(text, !complete)
}

/// The page's new text: the translated texts written into the existing translation (where it
/// lines up with the source) or into a copy of the source, and the front matter marked.
#[allow(clippy::too_many_arguments)]
fn compose(
    scope: &Scope,
    texts: &BTreeMap<PathBuf, String>,
    page: &PageMessages,
    translated: &[(&str, String, &Entry)],
    complete: bool,
    po_path: &Path,
    errors: &mut Diagnostics,
) -> Option<String> {
    // The checks of the whole page speak only when no text of it was refused on its own.
    let refused_before = errors.error_count();
    let source_text = texts.get(&page.source.path)?;
    let existing = page.translation.and_then(|t| texts.get(&t.path).map(|text| (t, text)));
    let shape = |blocks: &[Block]| blocks.iter().map(|b| (b.id.clone(), b.kind)).collect::<Vec<_>>();
    let names = |c: &Content| c.fields.iter().map(|(n, _)| *n).collect::<Vec<_>>();
    let mine = page.translation.map(Content::of);
    let front_from = match (&existing, &mine) {
        (Some((_, text)), Some(c)) if names(c) == names(&page.content) => text.as_str(),
        _ => source_text.as_str(),
    };
    let body_from = match (&existing, &mine) {
        (Some((_, text)), Some(c)) if shape(&c.blocks) == shape(&page.content.blocks) => text.as_str(),
        _ => source_text.as_str(),
    };
    let front_split = front_matter::split(front_from).ok()?;
    let body = front_matter::split(body_from).ok()?.body;
    let error = |errors: &mut Diagnostics, entry: &Entry, message: String, hint: &str| {
        errors.push(Diagnostic::error(po_path, entry.line, entry.col, message).with_hint(hint));
    };

    // The body: each block whose text changes, checked on its own, then all together.
    let base = blocks(body);
    let mut edits: Vec<(&Block, String)> = Vec::new();
    let mut expected: Vec<(&str, &str, &Entry)> = Vec::new();
    for (id, text, entry) in translated {
        let Some(block) = base.iter().find(|b| b.id == *id) else {
            continue;
        };
        if block.text == *text {
            expected.push((id, text, entry));
            continue;
        }
        let markdown = match splice::render(body, block, text) {
            Ok(markdown) => markdown,
            Err(Unfit::OneLine) => {
                error(
                    errors,
                    entry,
                    format!(
                        "a {} is one line, but this text has a line break",
                        what_kind(block.kind)
                    ),
                    "remove the line break (\\n) from the msgstr",
                );
                continue;
            }
        };
        let alone = splice::apply(body, &[(block, markdown.clone())]);
        let after = blocks(&alone);
        if shape(&after) != shape(&base) || after.iter().find(|b| b.id == *id).is_none_or(|b| b.text != *text) {
            error(
                errors,
                entry,
                format!(
                    "this text would change the layout of the page, not only its words ({} of “{}”)",
                    what(id, Some(block.kind)),
                    page.source.title
                ),
                &layout_hint(text),
            );
            continue;
        }
        expected.push((id, text, entry));
        edits.push((block, markdown));
    }
    let new_body = splice::apply(body, &edits);
    let after = blocks(&new_body);
    let all_fit = shape(&after) == shape(&base)
        && expected
            .iter()
            .all(|(id, text, _)| after.iter().find(|b| b.id == *id).is_some_and(|b| b.text == *text));
    if !all_fit
        && errors.error_count() == refused_before
        && let Some((_, _, entry)) = expected.first()
    {
        error(
            errors,
            entry,
            format!(
                "together, the texts of “{}” would change the layout of the page",
                page.source.title
            ),
            "look for a line in a msgstr that starts with -, #, > or a number and a dot, and write it another way",
        );
    }

    // The front matter: each translated value, checked, written as a quoted string.
    let mut values: Vec<(&str, &str)> = Vec::new();
    for (id, text, entry) in translated {
        let Some(field) = crate::translatable::FIELDS.iter().find(|f| **f == *id) else {
            continue;
        };
        let length = text.chars().count();
        if text.contains('\n') {
            error(
                errors,
                entry,
                format!("the {field} is one line, but this text has a line break"),
                "remove the line break (\\n) from the msgstr",
            );
        } else if *field == "summary" && length > crate::validate::MAX_SUMMARY_CHARS {
            error(
                errors,
                entry,
                format!(
                    "this summary has {length} characters; at most {} are allowed",
                    crate::validate::MAX_SUMMARY_CHARS
                ),
                "shorten it: link previews and cards cut long summaries",
            );
        } else if *field == "card.headline" && length > MAX_HEADLINE_CHARS {
            error(
                errors,
                entry,
                format!("this card headline has {length} characters; at most {MAX_HEADLINE_CHARS} are allowed"),
                "shorten it: it is set in large letters on the social cards",
            );
        } else {
            values.push((field, text));
        }
    }
    let front_text = &front_from[..front_split.body_offset];
    let current = Content::of_text(front_text).map(|c| c.fields).unwrap_or_default();
    values.retain(|(name, value)| current.iter().find(|(n, _)| n == name).is_none_or(|(_, v)| v != value));
    let Some(front_text) = splice::set_fields(front_text, &values) else {
        if let Some((_, _, entry)) = translated.first() {
            error(
                errors,
                entry,
                format!("the front matter of “{}” cannot be written", page.source.title),
                "write each of title, summary, myth, fact and headline on one line, as key: \"value\"",
            );
        }
        return None;
    };

    // translated_from and draft: done, or still a draft.
    let hash = page.content.hash();
    let target = target(scope, page);
    let text = format!("{front_text}{new_body}");
    let text = if complete {
        edit_front_matter(&text, &[], &[("translated_from", Some(hash)), ("draft", None)])
    } else {
        let language = scope.project.language(&scope.lang)?;
        let note = draft_note(language, scope.campaign, page.source, &target);
        let from = match page.translation {
            None => Some(hash),
            Some(t) => t.translated_from.clone(),
        };
        let mut set = vec![("draft", Some("true".to_string()))];
        if let Some(from) = from {
            set.insert(0, ("translated_from", Some(from)));
        }
        edit_front_matter(&text, &note, &set)
    }?;

    // Read back: every translated text where it belongs.
    let content = Content::of_text(&text);
    let read_back = content.as_ref().is_some_and(|c| {
        translated.iter().all(|(id, text, _)| {
            c.fields.iter().any(|(n, v)| n == id && v == text)
                || c.blocks.iter().any(|b| b.id == *id && b.text == *text)
        })
    });
    if !read_back
        && errors.error_count() == refused_before
        && let Some((_, _, entry)) = translated.first()
    {
        error(
            errors,
            entry,
            format!(
                "the texts of “{}” cannot be written into the page as they are",
                page.source.title
            ),
            "check the msgstr texts of this page for marks such as \" or : at odd places",
        );
    }
    Some(text)
}

fn what_kind(kind: BlockKind) -> &'static str {
    match kind {
        BlockKind::TableCell => "table cell",
        BlockKind::ImageAlt => "image description",
        _ => "heading",
    }
}

/// How to keep a text from starting a new block, from what it holds.
fn layout_hint(text: &str) -> String {
    let starts_list = |line: &str| {
        let digits = line.chars().take_while(char::is_ascii_digit).count();
        (digits > 0 && (line[digits..].starts_with(". ") || line[digits..].starts_with(") ")))
            || ["- ", "* ", "+ "].iter().any(|m| line.starts_with(m))
    };
    for line in text.split('\n') {
        if starts_list(line) {
            let digits = line.chars().take_while(char::is_ascii_digit).count();
            return if digits > 0 {
                format!(
                    "a line that starts with a number and a dot (`{}`) starts a numbered list: write `{}\\{}` instead",
                    &line[..digits + 1],
                    &line[..digits],
                    &line[digits..digits + 1]
                )
            } else {
                format!(
                    "a line that starts with `{}` starts a list: write `\\{}` instead",
                    &line[..1],
                    &line[..1]
                )
            };
        }
        if line.starts_with('#') || line.starts_with('>') {
            return format!(
                "a line that starts with `{}` starts a heading or a quote: write `\\{}` instead",
                &line[..1],
                &line[..1]
            );
        }
    }
    if text.contains("\n\n") {
        return "an empty line starts a new paragraph: remove it (one line break, \\n, is a new line)".into();
    }
    "keep the marks of the source text (such as [ ], **, `) in pairs, and do not start a line with -, #, > or a number and a dot".into()
}

/// Problems `altavoz check` would find in the project with the new pages: nothing may be
/// written that stops the next build.
fn check_project(root: &Path, today: Date, scope: &Scope, written: &[(PathBuf, String, &PageMessages)]) -> Diagnostics {
    let mut problems = Diagnostics::default();
    if written.is_empty() {
        return problems;
    }
    let Ok((mut sources, _)) = load::load(root) else {
        return problems;
    };
    for (path, text, page) in written {
        let Ok(split) = front_matter::split(text) else { continue };
        let front: FrontMatter = match yaml::parse(split.yaml, path, split.yaml_line) {
            Ok(front) => front,
            Err(d) => {
                problems.push(d);
                continue;
            }
        };
        let new = PageSource {
            lang: scope.lang.clone(),
            rel: page.source.rel.clone(),
            path: path.clone(),
            front,
            body: split.body.to_string(),
            body_line: text[..split.body_offset].matches('\n').count() + 1,
        };
        if let Some(campaign) = sources.campaigns.iter_mut().find(|c| c.slug == scope.campaign.slug) {
            campaign.pages.retain(|p| p.path != *path);
            campaign.pages.push(new);
        }
        sources.texts.insert(path.clone(), text.clone());
    }
    let settings = crate::validate::Settings { base_url: None, today };
    let mut found = Diagnostics::default();
    crate::validate::validate(&sources, &settings, &mut found);
    for d in found
        .iter()
        .filter(|d| d.is_error() && written.iter().any(|(p, _, _)| *p == d.path))
    {
        problems.push(d.clone());
    }
    problems
}
