//! The translation status for people: one line per campaign and language with counts, then
//! only the pages that need someone, each with what changed and the command that helps, in the
//! language of messages (`--messages`).

use super::status::{State, Status};
use crate::messages::{Catalog, Message};
use crate::msg;
use crate::translatable::{ChangeKind, what_words};

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

    fn state(self, state: State, words: &Catalog) -> String {
        let code = match state {
            State::UpToDate => "32",
            State::Outdated => "33",
            State::Missing => "31",
            State::Draft => "36",
            State::Unknown => "35",
        };
        self.paint(code, &words.text(&state_words(state)))
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

/// A state in words (`status-state`), for the text report and the status page.
pub fn state_words(state: State) -> Message {
    msg!("status-state", state = state.name())
}

/// The report of `status`, its words from the catalog `words`.
pub fn render(status: &Status, style: Style, words: &Catalog) -> String {
    let mut out = String::new();
    let mut line = |text: String| {
        out.push_str(&text);
        out.push('\n');
    };
    let say = |message: Message| words.text(&message);
    for campaign in &status.campaigns {
        if campaign.languages.is_empty() {
            line(say(msg!("status-no-language", campaign = &campaign.slug)));
        }
        for language in &campaign.languages {
            let counts: Vec<String> = State::ALL
                .iter()
                .filter(|s| language.counts.get(**s) > 0)
                .map(|s| format!("{} {}", language.counts.get(*s), style.state(*s, words)))
                .collect();
            line(format!(
                "{}  {} → {} ({})   {}",
                style.paint("1", &campaign.slug),
                campaign.source_language,
                language.code,
                language.name,
                counts.join(" · ")
            ));
            for page in language.pages.iter().filter(|p| p.status != State::UpToDate) {
                let state = style.state(page.status, words);
                // Padded by what is seen, not by the colour codes around it.
                let pad = 14usize.saturating_sub(words.text(&state_words(page.status)).chars().count());
                line(format!("  {state}{} {}  “{}”", " ".repeat(pad), page.page, page.title));
                let target = page
                    .translation
                    .clone()
                    .unwrap_or_else(|| format!("campaigns/{}/{}/{}", campaign.slug, language.code, page.page));
                let indent = " ".repeat(17);
                match page.status {
                    State::Outdated => {
                        if let Some(changes) = &page.changes {
                            let since = match (&changes.since, &changes.commit, &changes.message) {
                                (Some(since), Some(commit), Some(message)) => {
                                    msg!("status-since-commit", since = since, commit = commit, message = message)
                                }
                                (Some(since), _, _) => msg!("status-since-uncommitted", since = since),
                                _ => msg!("status-since-unknown"),
                            };
                            let summary = if changes.items.is_empty() {
                                msg!("status-changed-unknown")
                            } else {
                                msg!("status-changes", count = changes.items.len(), since = since)
                            };
                            line(format!("{indent}{}", say(summary)));
                            for item in &changes.items {
                                let change = match item.change {
                                    ChangeKind::Changed => "changed",
                                    ChangeKind::Added => "added",
                                    ChangeKind::Removed => "removed",
                                };
                                let what = what_words(&item.id, item.kind);
                                line(format!(
                                    "{indent}{}",
                                    say(msg!("status-item", what = what, change = change))
                                ));
                                if let Some(old) = &item.old {
                                    line(format!("{indent}  {}", say(msg!("status-was", text = quote(old)))));
                                }
                                if let Some(new) = &item.new {
                                    line(format!("{indent}  {}", say(msg!("status-now", text = quote(new)))));
                                }
                            }
                        }
                        line(format!("{indent}{}", say(msg!("status-update", target = &target))));
                    }
                    State::Missing | State::Draft => {
                        let readers = match &page.readers_get.language {
                            Some(lang) => msg!("status-readers-get", lang = lang),
                            None => msg!("status-readers-nothing"),
                        };
                        let next = if page.status == State::Missing {
                            msg!(
                                "status-next-start",
                                campaign = &campaign.slug,
                                lang = &language.code,
                                page = &page.page
                            )
                        } else {
                            msg!("status-next-done", target = &target)
                        };
                        line(format!("{indent}{}; {}", say(readers), say(next)));
                    }
                    State::Unknown => {
                        line(format!(
                            "{indent}{}",
                            say(msg!("status-compare", source = &page.source, target = &target))
                        ));
                    }
                    State::UpToDate => {}
                }
            }
            if language.notice == Some("missing") {
                line(format!(
                    "  {}",
                    say(msg!(
                        "status-notice-missing",
                        campaign = &campaign.slug,
                        lang = &language.code
                    ))
                ));
            }
            let ui = &language.ui_strings;
            match (&ui.own_file, ui.missing.len()) {
                (None, _) => line(format!(
                    "  {}",
                    say(msg!("status-ui-none", campaign = &campaign.slug, lang = &language.code))
                )),
                (Some(file), n) if n > 0 => line(format!(
                    "  {}",
                    say(msg!(
                        "status-ui-lacks",
                        file = file,
                        count = n,
                        keys = ui.missing.join(", ")
                    ))
                )),
                _ => {}
            }
        }
    }
    if status.history == "none" {
        line(say(msg!("status-no-history")));
    }
    out
}
