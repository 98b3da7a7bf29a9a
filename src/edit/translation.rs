//! The translation view: the source on one side and the translation on the other, block by
//! block (the entries `po export` writes), an outdated block shown with the source's old and
//! new text; saved through `po import`, so the translation keeps the source's structure and a
//! finished one records what it was translated from (as `translate --done` does). A missing
//! translation is started as `altavoz translate` starts it.

use serde::Serialize;

use super::Editor;
use super::form::Form;
use super::paths::{self, FileKind};
use super::respond::{self, query_value};
use crate::msg;
use crate::pipeline::{Preparation, Prepared};
use crate::project::Direction;
use crate::serve::Response;
use crate::translate::dashboard::word_diff;
use crate::translate::po::{self, Entry, Outcome, PoInput, Stop};

#[derive(Serialize)]
struct View {
    path: String,
    campaign: String,
    lang: String,
    lang_name: String,
    dir: Direction,
    source_lang: String,
    source_dir: Direction,
    source_path: String,
    rows: Vec<Row>,
    /// Why the last save was refused, by context; or what it did.
    notice: Option<String>,
}

#[derive(Serialize)]
struct Row {
    context: String,
    /// "Paragraph 3", "Title", in the editor's language.
    what: String,
    source: String,
    /// The source's old and new text with the words that changed marked (`<del>`, `<ins>`).
    changed: Option<Changed>,
    text: String,
    fuzzy: bool,
    max_length: Option<usize>,
    multiline: bool,
    problems: Vec<String>,
}

#[derive(Serialize)]
struct Changed {
    old: String,
    new: String,
}

/// The translation file a form or link names, with its campaign, language and page.
/// A translation the editor opens: its file (project-relative), campaign, language and page.
struct Target {
    rel: String,
    campaign: String,
    lang: String,
    page: String,
}

fn target(form: &Form) -> Option<Target> {
    let path = paths::parse(form.get("path")?).ok()?;
    match path.kind {
        FileKind::Page { lang, page } => Some(Target {
            rel: path.rel,
            campaign: path.campaign,
            lang,
            page,
        }),
        _ => None,
    }
}

/// The translation the request names, and the project prepared; else the page that says why not.
fn open(editor: &Editor, form: &Form) -> Result<(Target, Prepared), Response> {
    let Some(target) = target(form) else {
        return Err(editor.pages.refused(400, msg!("edit-path-refused")));
    };
    Ok((target, prepare(editor)?))
}

fn prepare(editor: &Editor) -> Result<Prepared, Response> {
    let preparation = Preparation {
        today: editor.today(),
        ..Preparation::default()
    };
    Prepared::new(&editor.root, &preparation).map_err(|_| editor.pages.refused(422, msg!("edit-project-broken")))
}

pub fn show(editor: &Editor, query: &Form) -> Response {
    let (
        Target {
            rel,
            campaign,
            lang,
            page,
        },
        prepared,
    ) = match open(editor, query) {
        Ok(opened) => opened,
        Err(refused) => return refused,
    };
    let entries = match po::page_entries(&prepared, &campaign, &lang, &page) {
        Ok(entries) => entries,
        Err(refused) => return editor.pages.refused(422, refused.0),
    };
    let edits: Vec<po::Edit> = Vec::new();
    let notice = query.get("saved").map(|_| editor.pages.say(&msg!("edit-saved")));
    view(
        editor,
        &prepared,
        (&rel, &campaign, &lang),
        &entries,
        &edits,
        &[],
        notice,
        200,
    )
}

#[allow(clippy::too_many_arguments)]
fn view(
    editor: &Editor,
    prepared: &Prepared,
    (rel, campaign, lang): (&str, &str, &str),
    entries: &[Entry],
    edits: &[po::Edit],
    problems: &[(String, String)],
    notice: Option<String>,
    status: u16,
) -> Response {
    let project = &prepared.project;
    let source_lang = project
        .campaigns
        .iter()
        .find(|c| c.slug == campaign)
        .map_or_else(String::new, |c| c.source_language.clone());
    let page = rel.split_once(&format!("/{lang}/")).map_or("", |(_, p)| p);
    let rows = entries
        .iter()
        .map(|entry| {
            let edited = edits.iter().find(|edit| edit.context == entry.context);
            let kind = crate::translatable::BlockKind::of_id(&entry.id);
            Row {
                context: entry.context.clone(),
                what: editor.pages.say(&match (kind, entry.id.as_str()) {
                    (None, "title") => msg!("edit-field-title"),
                    (None, "summary") => msg!("edit-field-summary"),
                    (None, "myth") => msg!("edit-field-myth"),
                    (None, "fact") => msg!("edit-field-fact"),
                    (None, "card.headline") => msg!("edit-field-headline"),
                    (None, "notes") => msg!("edit-field-notes"),
                    (None, "chat") => msg!("edit-field-chat"),
                    (None, "sms") => msg!("edit-field-sms"),
                    _ => crate::translatable::what_words(&entry.id, kind),
                }),
                source: entry.source.clone(),
                changed: entry.previous.as_ref().map(|old| {
                    let (old, new) = word_diff(old, &entry.source);
                    Changed { old, new }
                }),
                text: edited.map_or_else(|| entry.text.clone(), |edit| edit.text.clone()),
                fuzzy: edited.map_or(entry.fuzzy, |edit| edit.fuzzy),
                max_length: entry.max_length,
                multiline: entry.source.len() > 80 || entry.source.contains('\n'),
                problems: problems
                    .iter()
                    .filter(|(context, _)| *context == entry.context)
                    .map(|(_, text)| text.clone())
                    .collect(),
            }
        })
        .collect();
    let data = View {
        path: rel.to_string(),
        campaign: campaign.to_string(),
        lang: lang.to_string(),
        lang_name: project
            .language(lang)
            .map_or_else(|| lang.to_string(), |l| l.name.clone()),
        dir: Direction::of(lang),
        source_dir: Direction::of(&source_lang),
        source_path: format!("campaigns/{campaign}/{source_lang}/{page}"),
        source_lang,
        rows,
        notice,
    };
    let title = editor.pages.say(&msg!("edit-translate-title", path = rel));
    editor
        .pages
        .page(status, "translate.html", title, editor.secrets.csrf(), data)
}

/// Saves the translation view through `po import`: what changed is written into the page,
/// the rest stays; with every entry translated and none marked "check it", the page is
/// published and records its source.
pub fn save(editor: &Editor, form: &Form) -> Response {
    let (
        Target {
            rel,
            campaign,
            lang,
            page,
        },
        prepared,
    ) = match open(editor, form) {
        Ok(opened) => opened,
        Err(refused) => return refused,
    };
    let contexts = form.all("context");
    let texts = form.all("text");
    let edits: Vec<po::Edit> = contexts
        .iter()
        .zip(texts.iter().chain(std::iter::repeat(&"")))
        .map(|(context, text)| po::Edit {
            context: context.to_string(),
            text: text.replace("\r\n", "\n"),
            fuzzy: form.all("fuzzy").contains(context),
        })
        .collect();
    let (po_text, lines) = match po::page_po(&prepared, &campaign, &lang, &page, &edits) {
        Ok(made) => made,
        Err(refused) => return editor.pages.refused(422, refused.0),
    };
    let file = std::path::PathBuf::from(format!("{rel}.po"));
    let input = PoInput {
        path: &file,
        bytes: po_text.as_bytes(),
        campaign: Some(&campaign),
        lang: Some(&lang),
    };
    let refused_at = |diagnostics: &crate::diag::Diagnostics| -> Vec<(String, String)> {
        diagnostics
            .sorted()
            .into_iter()
            .map(|d| {
                // The entry whose msgstr is on or above the line.
                let context = lines
                    .iter()
                    .rev()
                    .find(|(_, line)| *line <= d.line)
                    .map_or_else(String::new, |(c, _)| c.clone());
                (context, editor.pages.say(&d.message))
            })
            .collect()
    };
    match po::import(&prepared, &input) {
        Ok(imported) => {
            let answer = respond::see_other(&format!("/_edit/translate?path={}&saved=1", query_value(&rel)));
            // The page, and campaign.yaml when its translated notice changed.
            imported.outcomes.iter().fold(answer, |answer, outcome| match outcome {
                Outcome::Written { path, .. } => answer.wrote(path),
                Outcome::Left { .. } => answer,
            })
        }
        Err(Stop::Content { diagnostics, .. }) => {
            let entries = po::page_entries(&prepared, &campaign, &lang, &page).unwrap_or_default();
            let problems = refused_at(&diagnostics);
            let notice = Some(editor.pages.say(&msg!("edit-not-saved")));
            view(
                editor,
                &prepared,
                (&rel, &campaign, &lang),
                &entries,
                &edits,
                &problems,
                notice,
                422,
            )
        }
        Err(Stop::Usage(message)) => editor.pages.refused(422, message),
    }
}

/// Starts a missing translation as `altavoz translate` does (a draft with the source's text),
/// then opens it in the translation view.
pub fn start(editor: &Editor, form: &Form) -> Response {
    let (
        Target {
            rel,
            campaign,
            lang,
            page,
        },
        prepared,
    ) = match open(editor, form) {
        Ok(opened) => opened,
        Err(refused) => return refused,
    };
    let Some(found) = prepared.project.campaigns.iter().find(|c| c.slug == campaign) else {
        return editor.pages.refused(400, msg!("edit-path-refused"));
    };
    let pages = [page.trim_end_matches(".md").to_string()];
    match crate::translate::start::start(&editor.root, &prepared.project, &prepared.theme, found, &lang, &pages) {
        Ok(_) => respond::see_other(&format!("/_edit/translate?path={}", query_value(&rel))),
        Err(refused) => editor.pages.refused(422, refused.0),
    }
}

/// Records that a translation is finished, as `altavoz translate --done` does.
pub fn done(editor: &Editor, form: &Form) -> Response {
    let (Target { rel, .. }, prepared) = match open(editor, form) {
        Ok(opened) => opened,
        Err(refused) => return refused,
    };
    match crate::translate::start::done(&editor.root, &prepared.project, &[std::path::PathBuf::from(&rel)]) {
        Ok(_) => respond::see_other(&format!("/_edit/?done=finished&path={}", query_value(&rel))),
        Err(refused) => editor.pages.refused(422, refused.0),
    }
}
