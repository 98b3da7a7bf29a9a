//! UI strings (`themes/<theme>/i18n/<lang>.yaml`): each language's own file, then its fallback
//! chain, then the default language. A string that none of them has is an error, so a built
//! page never shows an empty label; one borrowed from another language is a warning, and
//! templates get its language (`t_lang`) to mark it with `lang`.

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use crate::diag::{Diagnostic, Diagnostics};
use crate::load::yaml;
use crate::project::{Date, Project};
use crate::theme::Theme;

/// The keys altavoz itself reads (templates may read more: every key any language file has).
pub const REQUIRED: &[&str] = &[
    "card_og",
    "card_square",
    "card_story",
    "cards_intro",
    "cards_title",
    "choose_campaign",
    "contacts_title",
    "date_format",
    "fact_label",
    "fallback_notice",
    "home_description",
    "kind_contacts",
    "kind_faq",
    "kind_myth",
    "kind_page",
    "kind_story",
    "kind_tip",
    "month_1",
    "month_2",
    "month_3",
    "month_4",
    "month_5",
    "month_6",
    "month_7",
    "month_8",
    "month_9",
    "month_10",
    "month_11",
    "month_12",
    "myth_label",
    "not_found_text",
    "not_found_title",
    "not_reviewed",
    "outdated_notice",
    "outdated_notice_undated",
    "outdated_original",
    "pack_download",
    "poster_a3",
    "poster_tabloid",
    "print_a4",
    "print_contents",
    "print_letter",
    "print_scan",
    "reviewed_on",
    "reviewed_on_by",
    "share_text",
    "slides_16_9",
    "slides_answer",
    "slides_notes",
    "slides_notes_a4",
    "slides_notes_letter",
    "slides_points_more",
    "slides_scan",
    "slides_slide",
    "slides_title",
    "sources",
    "table_label",
    "tip_number",
];

/// One language's UI strings, complete: every key of every language file and every key of
/// `REQUIRED` (checked when loading).
#[derive(Debug, Clone, Default)]
pub struct Ui {
    pub strings: BTreeMap<String, String>,
    /// The language most strings are written in: the first of the chain with a file of its own.
    pub lang: String,
    /// Strings written in another language than `lang`: key → that language.
    pub borrowed: BTreeMap<String, String>,
}

impl Ui {
    /// The string `key`; loading made sure every key altavoz reads exists.
    pub fn get(&self, key: &str) -> &str {
        self.strings.get(key).map_or("", String::as_str)
    }

    /// A string with `{name}` placeholders filled in, in one pass: a value (a page's title) that
    /// holds `{…}` itself is kept as written; a placeholder with no value stays as it is.
    pub fn format(&self, key: &str, values: &[(&str, &str)]) -> String {
        let template = self.get(key);
        let mut text = String::with_capacity(template.len() + values.iter().map(|(_, v)| v.len()).sum::<usize>());
        let mut rest = template;
        while let Some(open) = rest.find('{') {
            text.push_str(&rest[..open]);
            let after = &rest[open + 1..];
            let filled = after
                .find('}')
                .and_then(|close| Some((close, values.iter().find(|(name, _)| *name == &after[..close])?.1)));
            match filled {
                Some((close, value)) => {
                    text.push_str(value);
                    rest = &after[close + 1..];
                }
                None => {
                    text.push('{');
                    rest = after;
                }
            }
        }
        text.push_str(rest);
        text
    }

    /// `{day} de {month} de {year}`, with the month's name in this language.
    pub fn date(&self, date: Date) -> String {
        let month = self.get(&format!("month_{}", date.month())).to_string();
        self.format(
            "date_format",
            &[
                ("day", &date.day().to_string()),
                ("month", &month),
                ("year", &date.year().to_string()),
            ],
        )
    }
}

/// The theme's files of UI strings, by language code (a file with no string is no file: a
/// language file started by `altavoz translate` holds only comments until translated).
fn read_files(theme: &Theme, diagnostics: &mut Diagnostics) -> BTreeMap<String, BTreeMap<String, String>> {
    let mut files = BTreeMap::new();
    for (rel, bytes) in theme.files_under("i18n") {
        let Some(code) = rel.strip_suffix(".yaml") else {
            continue;
        };
        let path = PathBuf::from(theme.display_path(&format!("i18n/{rel}")));
        let text = String::from_utf8_lossy(bytes);
        if text
            .lines()
            .all(|l| l.trim().is_empty() || l.trim_start().starts_with('#'))
        {
            continue;
        }
        match yaml::parse::<BTreeMap<String, String>>(&text, &path, 1) {
            Ok(map) => {
                files.insert(code.to_string(), map);
            }
            Err(d) => diagnostics.push(d),
        }
    }
    files
}

/// Every key a theme's UI strings have: what any language file defines, and what altavoz reads.
fn all_keys(files: &BTreeMap<String, BTreeMap<String, String>>) -> BTreeSet<&str> {
    files
        .values()
        .flat_map(|m| m.keys().map(String::as_str))
        .chain(REQUIRED.iter().copied())
        .collect()
}

/// The theme's UI string files, to tell what each language's own file lacks.
pub struct UiFiles {
    theme: Theme,
    files: BTreeMap<String, BTreeMap<String, String>>,
}

pub fn ui_files(theme: &Theme) -> UiFiles {
    UiFiles {
        theme: theme.clone(),
        files: read_files(theme, &mut Diagnostics::default()),
    }
}

impl UiFiles {
    /// The language's own file (as shown in messages), and the keys it lacks.
    pub fn own(&self, code: &str) -> (Option<String>, Vec<String>) {
        let keys = all_keys(&self.files);
        match self.files.get(code) {
            Some(own) => (
                Some(self.theme.display_path(&format!("i18n/{code}.yaml"))),
                keys.into_iter()
                    .filter(|k| !own.contains_key(*k))
                    .map(str::to_string)
                    .collect(),
            ),
            None => (None, keys.into_iter().map(str::to_string).collect()),
        }
    }
}

/// The UI strings of every project language, in project order.
pub fn load(project: &Project, theme: &Theme, diagnostics: &mut Diagnostics) -> Vec<Ui> {
    let files = read_files(theme, diagnostics);
    let keys = all_keys(&files);
    project
        .languages
        .iter()
        .map(|language| {
            let code = &language.code;
            let chain = project.text_chain(code);
            let lang = chain
                .iter()
                .find(|c| files.contains_key(*c))
                .cloned()
                .unwrap_or_else(|| code.clone());
            let own_file = theme.display_path(&format!("i18n/{code}.yaml"));
            let mut strings = BTreeMap::new();
            let mut borrowed = BTreeMap::new();
            for key in &keys {
                let found = chain
                    .iter()
                    .find_map(|c| files.get(c).and_then(|f| f.get(*key)).map(|text| (c, text)));
                match found {
                    Some((from, text)) => {
                        strings.insert(key.to_string(), text.clone());
                        if *from != lang {
                            borrowed.insert(key.to_string(), from.clone());
                        }
                    }
                    None => diagnostics.push(
                        Diagnostic::error(
                            &own_file,
                            0,
                            0,
                            crate::msg!("ui-string-missing", key = *key, lang = &language.code),
                        )
                        .with_hint(crate::msg!(
                            "ui-string-missing-hint",
                            key = *key,
                            theme = &theme.name,
                            lang = &language.code
                        )),
                    ),
                }
            }
            // A language with a `fallback:` and no file of its own borrows by choice (K'iche' shows
            // the Spanish labels): `altavoz status` lists it, a build does not warn every time.
            let chosen = language.fallback.is_some() && !files.contains_key(code);
            if !chosen {
                warn_borrowed(theme, code, &lang, files.contains_key(code), &borrowed, diagnostics);
            }
            Ui {
                strings,
                lang,
                borrowed,
            }
        })
        .collect()
}

/// Pages show strings of another language: a warning naming the keys and the languages (one
/// per language, whose own file is what to fix).
fn warn_borrowed(
    theme: &Theme,
    code: &str,
    lang: &str,
    has_file: bool,
    borrowed: &BTreeMap<String, String>,
    diagnostics: &mut Diagnostics,
) {
    let path = PathBuf::from(theme.display_path(&format!("i18n/{code}.yaml")));
    let file = format!("themes/{}/i18n/{code}.yaml", theme.name);
    if !has_file {
        diagnostics.push(
            Diagnostic::warning(
                // The file to write.
                &file,
                0,
                0,
                crate::msg!("ui-strings-none", lang = code, from = lang),
            )
            .with_hint(crate::msg!(
                "ui-strings-none-hint",
                lang = code,
                from = lang,
                file = &file
            )),
        );
    }
    let mut by_language: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for (key, from) in borrowed {
        by_language.entry(from).or_default().push(key);
    }
    for (from, keys) in by_language {
        let keys = keys.iter().map(|k| format!("`{k}`")).collect::<Vec<_>>().join(", ");
        diagnostics.push(
            Diagnostic::warning(
                &path,
                0,
                0,
                crate::msg!("ui-strings-borrowed", lang = code, from = from, keys = keys),
            )
            .with_hint(crate::msg!("ui-strings-borrowed-hint", file = &file)),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::Ui;

    fn ui(key: &str, text: &str) -> Ui {
        Ui {
            strings: [(key.to_string(), text.to_string())].into(),
            ..Ui::default()
        }
    }

    #[test]
    fn placeholders_are_filled_once_and_a_value_with_braces_is_kept_as_written() {
        let share = ui("share_text", "{title}: {summary} {url}");
        let text = share.format(
            "share_text",
            &[
                ("title", "Pasos {summary}"),
                ("summary", "Lee {antes}"),
                ("url", "https://e.org/"),
            ],
        );
        assert_eq!(text, "Pasos {summary}: Lee {antes} https://e.org/");
        let unknown = ui("k", "{a} {b} { c");
        assert_eq!(unknown.format("k", &[("a", "1")]), "1 {b} { c");
    }
}
