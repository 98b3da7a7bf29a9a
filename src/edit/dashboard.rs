//! The editor's first page: every campaign, and for each page its state in every language (the
//! data of `altavoz status`), how many problems its file has, and what can be done next: edit
//! it, start or go on with its translation, mark a translation done; a new page of a kind.
//! A project that does not load shows its problems, each with a link to mend the file.

use std::collections::BTreeMap;

use serde::Serialize;

use super::Editor;
use super::form::Form;
use super::respond::query_value;
use crate::diag::{Diagnostics, display_path};
use crate::load::PageKind;
use crate::localize::Selection;
use crate::msg;
use crate::pipeline::{Failure, Preparation, Prepared};
use crate::serve::Response;
use crate::translate::State;
use crate::translate::text::state_words;

#[derive(Serialize)]
struct Dashboard {
    project: String,
    /// What was just done, to say so at the top.
    done: Option<String>,
    campaigns: Vec<CampaignRow>,
    /// Problems of files, when the project does not load (no campaign can be listed then).
    broken: Vec<Broken>,
    kinds: Vec<Choice>,
}

#[derive(Serialize)]
struct Choice {
    value: &'static str,
    words: String,
}

#[derive(Serialize)]
struct CampaignRow {
    slug: String,
    name: String,
    settings_href: String,
    source_language: String,
    languages: Vec<Choice2>,
    pages: Vec<PageRow>,
}

#[derive(Serialize)]
struct Choice2 {
    code: String,
    name: String,
}

#[derive(Serialize)]
struct PageRow {
    title: String,
    file: String,
    edit_href: String,
    /// Problems in its file (errors and warnings).
    problems: usize,
    draft: bool,
    languages: Vec<Cell>,
}

/// A page in one language it is translated into.
#[derive(Serialize)]
struct Cell {
    code: String,
    name: String,
    state: &'static str,
    words: String,
    /// "paragraph 3 changed", for an outdated translation.
    changed: Option<String>,
    /// The translation view (`None`: nothing to translate yet; start it first).
    translate_href: Option<String>,
    /// The project path of the translation to start or to mark done.
    path: String,
    can_start: bool,
    can_finish: bool,
    problems: usize,
}

#[derive(Serialize)]
struct Broken {
    place: String,
    message: String,
    edit_href: Option<String>,
}

pub fn show(editor: &Editor, query: &Form) -> Response {
    let pages = &editor.pages;
    let kinds = PageKind::ALL
        .into_iter()
        .map(|kind| Choice {
            value: kind.as_str(),
            words: pages.say(&kind_words(kind)),
        })
        .collect();
    let done = query.get("done").map(|what| match what {
        "created" => pages.say(&msg!("edit-done-created", path = query.text("path"))),
        "started" => pages.say(&msg!("edit-done-started", path = query.text("path"))),
        "finished" => pages.say(&msg!("edit-done-finished", path = query.text("path"))),
        _ => pages.say(&msg!("edit-done-saved", path = query.text("path"))),
    });
    let preparation = Preparation {
        today: editor.today(),
        ..Preparation::default()
    };
    let prepared = Prepared::new(&editor.root, &preparation);
    let dashboard = match &prepared {
        Ok(prepared) => match prepared.site(&Selection::default()) {
            Ok((site, diagnostics)) => {
                let status = crate::translate::status(prepared, &site, &crate::translate::Filter::default());
                let problems = count(&diagnostics);
                Dashboard {
                    project: project_title(prepared),
                    done,
                    campaigns: campaigns(editor, prepared, &status, &problems),
                    broken: Vec::new(),
                    kinds,
                }
            }
            Err(failure) => broken(editor, failure_diagnostics(&failure), done, kinds),
        },
        Err(failure) => broken(editor, failure_diagnostics(failure), done, kinds),
    };
    let title = pages.say(&msg!("edit-dashboard-title"));
    pages.page(200, "dashboard.html", title, editor.secrets.csrf(), dashboard)
}

fn failure_diagnostics(failure: &Failure) -> Diagnostics {
    match failure {
        Failure::Content(report) => report.diagnostics.clone(),
        _ => Diagnostics::default(),
    }
}

fn broken(editor: &Editor, diagnostics: Diagnostics, done: Option<String>, kinds: Vec<Choice>) -> Dashboard {
    let broken = diagnostics
        .sorted()
        .into_iter()
        .filter(|d| d.is_error())
        .map(|d| {
            let path = display_path(&d.path);
            Broken {
                place: if d.line > 0 {
                    format!("{path}:{}:{}", d.line, d.col)
                } else {
                    path.clone()
                },
                message: editor.pages.say(&d.message),
                edit_href: super::paths::parse(&path).ok().map(|p| edit_href(&p.rel)),
            }
        })
        .collect();
    Dashboard {
        project: String::new(),
        done,
        campaigns: Vec::new(),
        broken,
        kinds,
    }
}

/// The problems of each file, by project path.
fn count(diagnostics: &Diagnostics) -> BTreeMap<String, usize> {
    let mut counts = BTreeMap::new();
    for d in diagnostics.sorted() {
        *counts.entry(display_path(&d.path)).or_insert(0) += 1;
    }
    counts
}

fn project_title(prepared: &Prepared) -> String {
    let project = &prepared.project;
    project
        .title
        .get(&project.text_chain(&project.default_language().code))
        .to_string()
}

/// The link to a file's form (a translation opens beside its source).
pub fn edit_href(rel: &str) -> String {
    format!("/_edit/page?path={}", query_value(rel))
}

fn campaigns(
    editor: &Editor,
    prepared: &Prepared,
    status: &crate::translate::Status,
    problems: &BTreeMap<String, usize>,
) -> Vec<CampaignRow> {
    let project = &prepared.project;
    let words = |state: State| editor.pages.say(&state_words(state));
    project
        .campaigns
        .iter()
        .map(|campaign| {
            let chain = project.text_chain(&campaign.source_language);
            let found = status.campaigns.iter().find(|c| c.slug == campaign.slug);
            let sources = crate::translate::status::source_pages(campaign);
            let pages = sources
                .iter()
                .map(|source| {
                    let file = display_path(&source.path);
                    let languages = found
                        .map(|c| c.languages.as_slice())
                        .unwrap_or_default()
                        .iter()
                        .filter_map(|language| {
                            let page = language.pages.iter().find(|p| p.page == source.rel)?;
                            let path = page.translation.clone().unwrap_or_else(|| {
                                format!("campaigns/{}/{}/{}", campaign.slug, language.code, source.rel)
                            });
                            Some(Cell {
                                code: language.code.clone(),
                                name: language.name.clone(),
                                state: page.status.name(),
                                words: words(page.status),
                                changed: page.changes.as_ref().map(|c| c.summary.clone()),
                                translate_href: page
                                    .translation
                                    .as_ref()
                                    .map(|t| format!("/_edit/translate?path={}", query_value(t))),
                                can_start: page.status == State::Missing,
                                can_finish: matches!(page.status, State::Draft | State::Outdated | State::Unknown),
                                problems: problems.get(&path).copied().unwrap_or(0),
                                path,
                            })
                        })
                        .collect();
                    PageRow {
                        title: source.title.clone(),
                        problems: problems.get(&file).copied().unwrap_or(0),
                        edit_href: edit_href(&file),
                        draft: source.draft,
                        file,
                        languages,
                    }
                })
                .collect();
            CampaignRow {
                slug: campaign.slug.clone(),
                name: campaign.name.get(&chain).to_string(),
                settings_href: format!("/_edit/campaign?campaign={}", query_value(&campaign.slug)),
                source_language: campaign.source_language.clone(),
                languages: campaign
                    .languages
                    .iter()
                    .filter_map(|code| project.language(code))
                    .map(|l| Choice2 {
                        code: l.code.clone(),
                        name: l.name.clone(),
                    })
                    .collect(),
                pages,
            }
        })
        .collect()
}

/// A kind's name, for people.
pub fn kind_words(kind: PageKind) -> crate::messages::Message {
    match kind {
        PageKind::Page => msg!("edit-kind-page"),
        PageKind::Tip => msg!("edit-kind-tip"),
        PageKind::Myth => msg!("edit-kind-myth"),
        PageKind::Story => msg!("edit-kind-story"),
        PageKind::Faq => msg!("edit-kind-faq"),
        PageKind::Contacts => msg!("edit-kind-contacts"),
    }
}
