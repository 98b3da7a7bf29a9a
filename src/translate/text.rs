//! The translation status for people: one line per campaign and language with counts, then
//! only the pages that need someone, each with what changed and the command that helps.

use std::fmt::Write;

use super::status::{State, Status};
use crate::translatable::ChangeKind;

/// Colours for a terminal (none when printing to a file or with `NO_COLOR`).
#[derive(Debug, Clone, Copy)]
pub struct Style {
    pub color: bool,
}

impl Style {
    fn paint(self, code: &str, text: &str) -> String {
        if self.color {
            format!("\u{1b}[{code}m{text}\u{1b}[0m")
        } else {
            text.to_string()
        }
    }

    fn state(self, state: State) -> String {
        let code = match state {
            State::UpToDate => "32",
            State::Outdated => "33",
            State::Missing => "31",
            State::Draft => "36",
            State::Unknown => "35",
        };
        self.paint(code, state.words())
    }
}

/// Text longer than this is cut, in the report of what changed.
const QUOTE: usize = 160;

fn quote(text: &str) -> String {
    let one_line = text.replace('\n', " ");
    if one_line.chars().count() > QUOTE {
        format!("{}…", one_line.chars().take(QUOTE).collect::<String>())
    } else {
        one_line
    }
}

pub fn render(status: &Status, style: Style) -> String {
    let mut out = String::new();
    for campaign in &status.campaigns {
        if campaign.languages.is_empty() {
            let _ = writeln!(out, "{}: no language to translate into", campaign.slug);
        }
        for language in &campaign.languages {
            let counts: Vec<String> = State::ALL
                .iter()
                .filter(|s| language.counts.get(**s) > 0)
                .map(|s| format!("{} {}", language.counts.get(*s), style.state(*s)))
                .collect();
            let _ = writeln!(
                out,
                "{}  {} → {} ({})   {}",
                style.paint("1", &campaign.slug),
                campaign.source_language,
                language.code,
                language.name,
                counts.join(" · ")
            );
            for page in language.pages.iter().filter(|p| p.status != State::UpToDate) {
                let _ = writeln!(out, "  {:<9} {}  “{}”", style.state(page.status), page.page, page.title);
                let target = page
                    .translation
                    .clone()
                    .unwrap_or_else(|| format!("campaigns/{}/{}/{}", campaign.slug, language.code, page.page));
                match page.status {
                    State::Outdated => {
                        if let Some(changes) = &page.changes {
                            let since = match (&changes.since, &changes.commit, &changes.message) {
                                (Some(since), Some(commit), Some(message)) => {
                                    format!("since {since} ({commit} “{message}”)")
                                }
                                (Some(since), _, _) => format!("since {since} (not committed yet)"),
                                _ => "since a time the history does not tell".to_string(),
                            };
                            let _ = writeln!(out, "            {}: {since}", changes.summary);
                            for item in &changes.items {
                                let change = match item.change {
                                    ChangeKind::Changed => "changed",
                                    ChangeKind::Added => "added",
                                    ChangeKind::Removed => "removed",
                                };
                                let _ = writeln!(out, "            {} {change}:", item.what);
                                if let Some(old) = &item.old {
                                    let _ = writeln!(out, "              was: {}", quote(old));
                                }
                                if let Some(new) = &item.new {
                                    let _ = writeln!(out, "              now: {}", quote(new));
                                }
                            }
                        }
                        let _ = writeln!(
                            out,
                            "            update {target}, then: altavoz translate --done {target}"
                        );
                    }
                    State::Missing | State::Draft => {
                        let readers = match &page.readers_get.language {
                            Some(lang) => format!("readers get the {lang} page"),
                            None => "readers get nothing: the page is not built".to_string(),
                        };
                        let next = if page.status == State::Missing {
                            format!("altavoz translate {} {} {}", campaign.slug, language.code, page.page)
                        } else {
                            format!("when it is done: altavoz translate --done {target}")
                        };
                        let _ = writeln!(out, "            {readers}; {next}");
                    }
                    State::Unknown => {
                        let _ = writeln!(
                            out,
                            "            compare it with {}; when it says the same: altavoz translate --done {target}",
                            page.source
                        );
                    }
                    State::UpToDate => {}
                }
            }
            let ui = &language.ui_strings;
            match (&ui.own_file, ui.missing.len()) {
                (None, _) => {
                    let _ = writeln!(
                        out,
                        "  UI strings: none of its own yet (the theme's words are borrowed); `altavoz translate {} {}` starts them",
                        campaign.slug, language.code
                    );
                }
                (Some(file), n) if n > 0 => {
                    let _ = writeln!(out, "  UI strings: {file} lacks {n}: {}", ui.missing.join(", "));
                }
                _ => {}
            }
        }
    }
    if status.history == "none" {
        let _ = writeln!(
            out,
            "(this project is not a git repository: what changed in a source is not known, only that it changed)"
        );
    }
    out
}
