//! A page's form: shown with the file's values and problems, checked while typing, saved in
//! place, and a new page of a kind created from the dashboard.
//!
//! Saving never loses text: only the edited file is written, atomically, and only what the
//! author changed in it; a file that changed on disk since the form was opened (another
//! editor, a `git pull`) is not written over: both versions are shown to merge. A refused or
//! failed save shows the form again with the author's text in it.

use std::hash::Hasher;
use std::path::Path;

use serde::Serialize;
use siphasher::sip::SipHasher13;

use super::check::{self, Checked, Problem};
use super::form::Form;
use super::page::{self, PageValues};
use super::paths::{self, EditPath, FileKind};
use super::respond::{self, query_value};
use super::{Editor, dashboard};
use crate::load::{CardFormat, PageKind};
use crate::msg;
use crate::project::Direction;
use crate::serve::Response;
use crate::url::{self, Paper};

/// The fields the page form shows problems next to; `file` is for the others.
const FIELDS: [&str; 15] = [
    "title",
    "summary",
    "kind",
    "myth",
    "fact",
    "body",
    "reviewed",
    "reviewed_by",
    "sources",
    "card",
    "order",
    "notes",
    "chat",
    "sms",
    "file",
];

/// A short fingerprint of a file's bytes: the form carries the one it was opened with, and a
/// save is refused when the file's is another.
pub fn fingerprint(bytes: &[u8]) -> String {
    let mut hasher = SipHasher13::new();
    hasher.write(bytes);
    format!("{:016x}", hasher.finish())
}

#[derive(Serialize)]
struct PageForm {
    path: String,
    campaign: String,
    lang: String,
    dir: Direction,
    base: String,
    values: PageValues,
    problems: Vec<Problem>,
    /// Problems by field, for the messages next to each field.
    by_field: std::collections::BTreeMap<String, Vec<Problem>>,
    errors: usize,
    warnings: usize,
    kinds: Vec<Choice>,
    formats: Vec<Format>,
    pictures: Vec<String>,
    /// Rows to show for sources: the page's and two empty ones.
    source_rows: Vec<page::SourceRow>,
    preview_href: String,
    handout_href: String,
    card_href: String,
    /// For a translation: its translation view.
    translate_href: Option<String>,
    /// Said at the top: saved, or why it was not.
    notice: Option<String>,
    summary_max: usize,
    chat_max: usize,
}

#[derive(Serialize)]
struct Choice {
    value: &'static str,
    words: String,
    selected: bool,
}

#[derive(Serialize)]
struct Format {
    value: &'static str,
    checked: bool,
}

/// The page file a form or link names; a refusal page otherwise.
fn page_path(editor: &Editor, form: &Form) -> Result<(EditPath, std::path::PathBuf), Response> {
    let refused = || editor.pages.refused(400, msg!("edit-path-refused"));
    let path = paths::parse(form.get("path").unwrap_or_default()).map_err(|_| refused())?;
    if !matches!(path.kind, FileKind::Page { .. }) {
        return Err(refused());
    }
    let disk = path.on_disk(&editor.root, false).map_err(|_| refused())?;
    Ok((path, disk))
}

/// The file's text and fingerprint, as it is on disk now.
fn read(disk: &Path) -> Option<(String, String)> {
    let bytes = std::fs::read(disk).ok()?;
    let base = fingerprint(&bytes);
    Some((String::from_utf8(bytes).ok()?, base))
}

pub fn show(editor: &Editor, query: &Form) -> Response {
    let (path, disk) = match page_path(editor, query) {
        Ok(found) => found,
        Err(refused) => return refused,
    };
    let Some((text, base)) = read(&disk) else {
        return editor.pages.refused(404, msg!("edit-not-found"));
    };
    let notice = query.get("saved").map(|_| editor.pages.say(&msg!("edit-saved")));
    match PageValues::of_text(&text) {
        Some(values) => form_page(editor, &path, base, values, &text, notice, 200),
        None => source_page(editor, &path, base, &text, notice, 200),
    }
}

/// The form of `path` with `values` (those of `text`, the page as it would be saved).
fn form_page(
    editor: &Editor,
    path: &EditPath,
    base: String,
    values: PageValues,
    text: &str,
    notice: Option<String>,
    status: u16,
) -> Response {
    let FileKind::Page { lang, page } = &path.kind else {
        return editor.pages.refused(400, msg!("edit-path-refused"));
    };
    let Checked {
        problems,
        formats,
        pictures,
        source_language,
    } = editor.check(&path.campaign, &path.rel, text);
    let slug = url::slug_of(page);
    let site = |p: String| format!("/{p}");
    // Every field the form shows a place for (a problem of another key is the file's).
    let mut by_field: std::collections::BTreeMap<String, Vec<Problem>> =
        FIELDS.iter().map(|f| (f.to_string(), Vec::new())).collect();
    for problem in &problems {
        let field = problem
            .field
            .as_deref()
            .filter(|f| FIELDS.contains(f))
            .unwrap_or("file");
        by_field.entry(field.to_string()).or_default().push(problem.clone());
    }
    let ticked: Vec<String> = values
        .card_formats
        .clone()
        .unwrap_or_else(|| formats.iter().map(|f| f.as_str().to_string()).collect());
    let mut source_rows = values.sources.clone();
    source_rows.extend([page::SourceRow::default(), page::SourceRow::default()]);
    let is_translation = source_language.is_some_and(|source| source != *lang);
    let form = PageForm {
        path: path.rel.clone(),
        campaign: path.campaign.clone(),
        lang: lang.clone(),
        dir: Direction::of(lang),
        base,
        errors: problems.iter().filter(|p| p.error).count(),
        warnings: problems.iter().filter(|p| !p.error).count(),
        kinds: PageKind::ALL
            .into_iter()
            .map(|kind| Choice {
                value: kind.as_str(),
                words: editor.pages.say(&dashboard::kind_words(kind)),
                selected: values.kind == kind.as_str(),
            })
            .collect(),
        formats: CardFormat::ALL
            .into_iter()
            .map(|f| Format {
                value: f.as_str(),
                checked: ticked.iter().any(|t| t == f.as_str()),
            })
            .collect(),
        pictures,
        source_rows,
        preview_href: site(url::page_dir(lang, &path.campaign, &slug)),
        handout_href: site(url::handout_path(lang, &path.campaign, &slug, Paper::A4)),
        card_href: site(url::card_path(lang, &path.campaign, &slug, "og")),
        translate_href: is_translation.then(|| format!("/_edit/translate?path={}", query_value(&path.rel))),
        notice,
        summary_max: crate::validate::MAX_SUMMARY_CHARS,
        chat_max: crate::validate::MAX_CHAT_CHARS,
        problems,
        by_field,
        values,
    };
    let title = format!("{} · {}", form.values.title, path.rel);
    editor
        .pages
        .page(status, "page.html", title, editor.secrets.csrf(), form)
}

#[derive(Serialize)]
struct SourceForm {
    path: String,
    base: String,
    text: String,
    dir: Direction,
    problems: Vec<Problem>,
    notice: Option<String>,
}

/// A file whose front matter cannot be read as fields: its text itself, to mend.
fn source_page(
    editor: &Editor,
    path: &EditPath,
    base: String,
    text: &str,
    notice: Option<String>,
    status: u16,
) -> Response {
    let problems = editor.check(&path.campaign, &path.rel, text).problems;
    let lang = match &path.kind {
        FileKind::Page { lang, .. } => lang.as_str(),
        _ => "",
    };
    let form = SourceForm {
        path: path.rel.clone(),
        base,
        text: text.to_string(),
        dir: Direction::of(lang),
        problems,
        notice,
    };
    editor
        .pages
        .page(status, "source.html", path.rel.clone(), editor.secrets.csrf(), form)
}

/// The page's text as the form would save it over the file's `text`.
fn text_of_form(editor: &Editor, form: &Form, text: &str, path: &EditPath) -> Option<String> {
    if let Some(source) = form.get("source") {
        return Some(source.replace("\r\n", "\n"));
    }
    let old = PageValues::of_text(text)?;
    let formats = check::card_formats(&editor.root, &path.campaign);
    let new = PageValues::of_form(form, &formats);
    page::apply(text, &old, &new)
}

/// Checks the form as it is, without saving: JSON for the editor's script, else the form again
/// with its problems.
pub fn check(editor: &Editor, form: &Form, json: bool) -> Response {
    let (path, disk) = match page_path(editor, form) {
        Ok(found) => found,
        Err(refused) => return refused,
    };
    let Some((text, base)) = read(&disk) else {
        return editor.pages.refused(404, msg!("edit-not-found"));
    };
    let text = text_of_form(editor, form, &text, &path).unwrap_or(text);
    if json {
        let checked = editor.check(&path.campaign, &path.rel, &text);
        return respond::json(200, &checked.problems);
    }
    let base = form.get("base").map_or(base, str::to_string);
    match PageValues::of_text(&text) {
        Some(values) => form_page(editor, &path, base, values, &text, None, 200),
        None => source_page(editor, &path, base, &text, None, 200),
    }
}

#[derive(Serialize)]
struct Conflict {
    path: String,
    /// The fingerprint of the file on disk now: saving "mine" over it is then a choice.
    base: String,
    mine: String,
    theirs: String,
    dir: Direction,
}

pub fn save(editor: &Editor, form: &Form) -> Response {
    let (path, disk) = match page_path(editor, form) {
        Ok(found) => found,
        Err(refused) => return refused,
    };
    let Some((text, base)) = read(&disk) else {
        return editor.pages.refused(404, msg!("edit-not-found"));
    };
    let Some(new_text) = text_of_form(editor, form, &text, &path) else {
        return editor.pages.refused(422, msg!("edit-not-saved"));
    };
    let lang = match &path.kind {
        FileKind::Page { lang, .. } => lang.clone(),
        _ => String::new(),
    };
    if form.get("base") != Some(base.as_str()) {
        let conflict = Conflict {
            path: path.rel.clone(),
            base,
            mine: new_text,
            theirs: text,
            dir: Direction::of(&lang),
        };
        let title = editor.pages.say(&msg!("edit-conflict-title"));
        return editor
            .pages
            .page(409, "conflict.html", title, editor.secrets.csrf(), conflict);
    }
    if new_text != text
        && let Err(error) = crate::write::source_file(&disk, new_text.as_bytes())
    {
        let notice = Some(editor.pages.say(&error.message()));
        return match PageValues::of_text(&new_text) {
            Some(values) => form_page(editor, &path, base, values, &new_text, notice, 500),
            None => source_page(editor, &path, base, &new_text, notice, 500),
        };
    }
    let answer = respond::see_other(&format!("/_edit/page?path={}&saved=1", query_value(&path.rel)));
    if new_text == text {
        answer
    } else {
        answer.wrote(&path.rel)
    }
}

/// A new page of a kind, from the dashboard: written as `altavoz new page` writes it, then
/// opened in its form.
pub fn create(editor: &Editor, form: &Form) -> Response {
    let (campaign, lang) = (form.text("campaign"), form.text("lang"));
    let name = form.text("name");
    let slug = if crate::validate::is_slug(&name) {
        name
    } else {
        crate::validate::suggest_slug(&name)
    };
    let rel = format!("campaigns/{campaign}/{lang}/{slug}.md");
    let Ok(path) = paths::parse(&rel) else {
        return editor.pages.refused(400, msg!("edit-path-refused"));
    };
    if path.on_disk(&editor.root, true).is_err() {
        return editor.pages.refused(400, msg!("edit-path-refused"));
    }
    let kind = PageKind::ALL
        .into_iter()
        .find(|k| Some(k.as_str()) == form.get("kind"))
        .unwrap_or_default();
    let spec = format!("{campaign}/{lang}/{slug}");
    match crate::starter::page(&editor.root, &spec, kind, editor.pages.lang(), editor.today()) {
        Ok(_) => respond::see_other(&format!("/_edit/page?path={}", query_value(&rel))),
        Err(message) => {
            let text = editor.pages.say(&message);
            editor.pages.page(
                422,
                "message.html",
                text.clone(),
                editor.secrets.csrf(),
                serde_json::json!({ "text": text, "back": true }),
            )
        }
    }
}
