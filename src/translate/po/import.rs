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

use super::compose::{compose, target};
use super::export::{NOTICE_CONTEXT, PageMessages, Scope};
use super::reader::{Entry, read};
use super::splice;
use crate::diag::{Diagnostic, Diagnostics};
use crate::load::{self, FrontMatter, PageSource, front_matter, yaml};
use crate::messages::Message;
use crate::msg;
use crate::pipeline::Prepared;
use crate::project::Date;

/// What import did with one page.
#[derive(Debug, PartialEq, Eq)]
pub enum Outcome {
    /// The translation was written (project-relative path); `draft` if it is still a draft.
    Written { path: PathBuf, draft: bool, created: bool },
    /// A published translation left as it was, and why.
    Left { path: PathBuf, why: Message },
}

/// Why an import stopped before writing anything.
#[derive(Debug)]
pub enum Stop {
    /// Wrong arguments or a file that is not for this project (exit code 2).
    Usage(Message),
    /// Problems in the PO file, or in the pages it would make (exit code 1). `texts` holds the
    /// text of each page as it would have been written, to show the problems in it.
    Content {
        diagnostics: Diagnostics,
        texts: BTreeMap<PathBuf, std::sync::Arc<str>>,
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

/// Problems found at the PO file's lines: errors stop the import, warnings leave an entry out.
pub(super) struct Findings<'a> {
    pub path: &'a Path,
    pub errors: Diagnostics,
    pub warnings: Diagnostics,
}

impl Findings<'_> {
    pub fn error(&mut self, entry: &Entry, message: Message, hint: Message) {
        let d = Diagnostic::error(self.path, entry.line, entry.col, message);
        self.errors.push(d.with_hint(hint));
    }

    pub fn warning(&mut self, entry: &Entry, message: Message, hint: Option<Message>) {
        let d = Diagnostic::warning(self.path, entry.line, entry.col, message);
        self.warnings.push(match hint {
            Some(hint) => d.with_hint(hint),
            None => d,
        });
    }
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

/// Imports `po` into the prepared project.
pub fn import(prepared: &Prepared, po: &PoInput) -> Result<Imported, Stop> {
    let (root, project, texts, today) = (
        prepared.root.as_path(),
        &prepared.project,
        prepared.texts.as_ref(),
        prepared.today,
    );
    let error = |line: usize, col: usize, message: Message, hint: Message| {
        let mut diagnostics = Diagnostics::default();
        diagnostics.push(Diagnostic::error(po.path, line, col, message).with_hint(hint));
        Stop::Content {
            diagnostics,
            texts: BTreeMap::new(),
        }
    };
    let file = read(po.bytes).map_err(|e| error(e.line, e.col, e.message, e.hint))?;
    let campaign = po
        .campaign
        .or(file.header("X-Altavoz-Campaign"))
        .ok_or_else(|| Stop::Usage(msg!("po-no-campaign", file = po.path)))?;
    let lang = match po.lang {
        Some(lang) => lang.to_string(),
        None => {
            let code = file
                .header("Language")
                .filter(|l| !l.is_empty())
                .ok_or_else(|| Stop::Usage(msg!("po-no-language", file = po.path)))?;
            let code = code.replace('_', "-");
            project
                .languages
                .iter()
                .find(|l| l.code.eq_ignore_ascii_case(&code))
                .map_or(code, |l| l.code.clone())
        }
    };
    let scope = Scope::new(project, campaign, &lang).map_err(|e| Stop::Usage(e.0))?;
    let pages = scope.pages(prepared.history(), texts);

    let mut findings = Findings {
        path: po.path,
        errors: Diagnostics::default(),
        warnings: Diagnostics::default(),
    };
    let mut imported = Imported::default();
    // Entries by page, each once.
    let mut by_page: BTreeMap<&str, Vec<&Entry>> = BTreeMap::new();
    let mut seen = BTreeSet::new();
    let mut notice = None;
    for entry in &file.entries {
        if entry.context.as_deref() == Some(NOTICE_CONTEXT) {
            notice = Some(entry);
            continue;
        }
        let Some((page, _)) = entry.context.as_deref().and_then(|c| c.split_once('#')) else {
            findings.warning(entry, msg!("po-no-msgctxt"), Some(msg!("po-no-msgctxt-hint")));
            continue;
        };
        if !seen.insert(entry.context.clone()) {
            findings.error(entry, msg!("po-twice"), msg!("po-twice-hint"));
            continue;
        }
        if !pages.iter().any(|p| p.source.rel == page) {
            let message = msg!("po-page-gone", campaign = campaign, page = page);
            findings.warning(entry, message, None);
            continue;
        }
        by_page.entry(page).or_default().push(entry);
    }

    let mut written: Vec<(PathBuf, String, &PageMessages)> = Vec::new();
    for page in &pages {
        let Some(entries) = by_page.get(page.source.rel.as_str()) else {
            continue;
        };
        match plan(&scope, texts, page, entries, &mut findings) {
            PagePlan::Unchanged => imported.unchanged += 1,
            PagePlan::Left(why) => imported.outcomes.push(Outcome::Left {
                path: target(&scope, page),
                why,
            }),
            PagePlan::Write(text, draft) => {
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
    // The campaign's notice goes into campaign.yaml, beside the other languages'.
    let mut notice_file = None;
    if let Some(entry) = notice {
        match notice_text(&scope, texts, entry, &mut findings) {
            Some(Ok((path, text))) => {
                imported.outcomes.push(Outcome::Written {
                    path: path.clone(),
                    draft: false,
                    created: false,
                });
                notice_file = Some((path, text));
            }
            Some(Err(problem)) => findings.errors.push(problem),
            None => {}
        }
    }
    imported.warnings = findings.warnings;
    if findings.errors.has_errors() {
        return Err(Stop::Content {
            diagnostics: findings.errors,
            texts: BTreeMap::new(),
        });
    }
    let problems = check_project(root, today, &scope, &written, notice_file.as_ref());
    if problems.has_errors() {
        return Err(Stop::Content {
            diagnostics: problems,
            texts: written.into_iter().map(|(path, text, _)| (path, text.into())).collect(),
        });
    }
    for (path, text) in written
        .iter()
        .map(|(path, text, _)| (path, text))
        .chain(notice_file.iter().map(|(p, t)| (p, t)))
    {
        crate::write::source_text(&root.join(path), text).map_err(|e| Stop::Usage(e.message()))?;
    }
    Ok(imported)
}

/// campaign.yaml with the notice of the PO `entry` in the import's language: `None` when the
/// entry changes nothing or is left out (fuzzy, empty, or made from another source text).
fn notice_text(
    scope: &Scope,
    texts: &BTreeMap<PathBuf, std::sync::Arc<str>>,
    entry: &Entry,
    findings: &mut Findings,
) -> Option<Result<(PathBuf, String), Diagnostic>> {
    let exported = scope.notice()?;
    let text = splice::normalize(&entry.text).replace('\n', " ");
    if entry.fuzzy || text.is_empty() || text == exported.text {
        return None;
    }
    if entry.id != exported.id {
        findings.warning(entry, msg!("po-source-changed"), Some(msg!("po-source-changed-hint")));
        return None;
    }
    let path = PathBuf::from("campaigns")
        .join(&scope.campaign.slug)
        .join("campaign.yaml");
    let old = texts.get(&path)?;
    let mut by_language: Vec<(String, String)> = match scope.campaign.notice.as_ref()? {
        crate::project::Localized::PerLanguage(map) => map.iter().map(|(k, v)| (k.clone(), v.clone())).collect(),
        crate::project::Localized::Text(_) => Vec::new(),
    };
    by_language.retain(|(code, _)| *code != scope.lang);
    by_language.push((scope.lang.clone(), text));
    // In the project's language order, as the editor writes it.
    let order = |code: &str| scope.project.languages.iter().position(|l| l.code == code);
    by_language.sort_by_key(|(code, _)| order(code));
    let flow = by_language
        .iter()
        .map(|(code, text)| format!("{code}: {}", yaml::quote(text)))
        .collect::<Vec<_>>()
        .join(", ");
    let new = yaml::edit::edit_yaml(
        old,
        &[("notice", Some(yaml::edit::Value::Plain(format!("{{ {flow} }}"))))],
    )?;
    // What is written must read back.
    Some(yaml::parse::<crate::load::CampaignConfig>(&new, &path, 1).map(|_| (path, new)))
}

enum PagePlan {
    Unchanged,
    Left(Message),
    /// The page's new text, and whether it is a draft.
    Write(String, bool),
}

/// What to do with one page: its entries in the PO file against what export writes now.
fn plan(
    scope: &Scope,
    texts: &BTreeMap<PathBuf, std::sync::Arc<str>>,
    page: &PageMessages,
    entries: &[&Entry],
    findings: &mut Findings,
) -> PagePlan {
    let found = |context: &str| entries.iter().find(|e| e.context.as_deref() == Some(context)).copied();
    let as_exported = entries.len() == page.messages.len()
        && page
            .messages
            .iter()
            .all(|m| found(&m.context).is_some_and(|e| e.id == m.id && e.text == m.text && e.fuzzy == m.fuzzy));
    if as_exported {
        return PagePlan::Unchanged;
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
            findings.warning(entry, msg!("po-source-changed"), Some(msg!("po-source-changed-hint")));
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
            findings.warning(entry, msg!("po-part-gone"), None);
        }
    }
    let complete = translated.len() == page.messages.len();
    let published = page.translation.is_some_and(|t| !t.draft);
    if published && !complete {
        let left = page.messages.len() - translated.len();
        return PagePlan::Left(msg!("po-left-unfinished", left = left, count = page.messages.len()));
    }
    if translated.is_empty() {
        return PagePlan::Unchanged;
    }
    let refused_before = findings.errors.error_count();
    let text = compose(scope, texts, page, &translated, complete, findings);
    if findings.errors.error_count() > refused_before {
        return PagePlan::Unchanged;
    }
    let Some(text) = text else { return PagePlan::Unchanged };
    let existing = page.translation.and_then(|t| texts.get(&t.path));
    if existing.is_some_and(|t| **t == *text) {
        return PagePlan::Unchanged;
    }
    PagePlan::Write(text, !complete)
}

/// Problems `altavoz check` would find in the project with the new pages: nothing may be
/// written that stops the next build.
fn check_project(
    root: &Path,
    today: Date,
    scope: &Scope,
    written: &[(PathBuf, String, &PageMessages)],
    notice: Option<&(PathBuf, String)>,
) -> Diagnostics {
    let mut problems = Diagnostics::default();
    if written.is_empty() && notice.is_none() {
        return problems;
    }
    let Ok((mut sources, _)) = load::load(root) else {
        return problems;
    };
    // campaign.yaml with the notice as it would be written.
    if let Some((path, text)) = notice
        && let Some(campaign) = sources.campaigns.iter_mut().find(|c| c.slug == scope.campaign.slug)
    {
        campaign.config = yaml::parse(text, path, 1).ok();
        sources.add_text(path.clone(), text.clone());
    }
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
            body: split.body.into(),
            body_line: text[..split.body_offset].matches('\n').count() + 1,
            clean: true,
        };
        if let Some(campaign) = sources.campaigns.iter_mut().find(|c| c.slug == scope.campaign.slug) {
            campaign.pages.retain(|p| p.path != *path);
            campaign.pages.push(new);
        }
        sources.add_text(path.clone(), text.clone());
    }
    let settings = crate::validate::Settings {
        base_url: None,
        today,
        cache: None,
    };
    let mut found = Diagnostics::default();
    crate::validate::validate(&sources, &settings, &mut found);
    // The problems of what is written, and a notice a newly published language now lacks.
    let campaign_file = PathBuf::from("campaigns")
        .join(&scope.campaign.slug)
        .join("campaign.yaml");
    for d in found.iter().filter(|d| {
        d.is_error()
            && (written.iter().any(|(p, _, _)| *p == d.path)
                || (d.path == campaign_file && d.message.id == "notice-missing"))
    }) {
        problems.push(d.clone());
    }
    problems
}
