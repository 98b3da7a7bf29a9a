//! `altavoz translate`: starting translations (a copy of the source page to translate, marked
//! as a draft made from the source as it is now) and recording that they are done (the mark
//! brought up to date, the draft flag removed), so nobody edits a hash by hand.

use std::path::{Path, PathBuf};

use crate::diag::display_path;
use crate::messages::Message;
use crate::msg;
use crate::project::{Campaign, Page, Project};
use crate::theme::Theme;
use crate::translatable::Content;

/// Lines this module writes into front matter start with this, so it can find them again.
const NOTE: &str = "# altavoz:";

/// What `translate` did to one file.
#[derive(Debug, PartialEq, Eq)]
pub enum Outcome {
    /// A new file (project-relative path).
    Created(PathBuf),
    /// A file brought up to date with its source.
    Done(PathBuf),
    /// Nothing done, and why.
    Skipped(PathBuf, Message),
}

/// A problem that stops `translate` (exit code 2: wrong arguments).
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct Refused(pub Message);

/// Starts the translations into `lang` of the pages `pages` of `campaign` (all of them when
/// empty) that do not exist yet; and the UI strings of `lang`, when the theme has none.
pub fn start(
    root: &Path,
    project: &Project,
    theme: &Theme,
    campaign: &Campaign,
    lang: &str,
    pages: &[String],
) -> Result<Vec<Outcome>, Refused> {
    let language = project
        .language(lang)
        .ok_or_else(|| Refused(msg!("usage-no-language", code = lang)))?;
    if lang == campaign.source_language {
        return Err(Refused(msg!(
            "translate-into-source",
            lang = lang,
            campaign = &campaign.slug
        )));
    }
    let sources: Vec<&Page> = campaign
        .pages
        .iter()
        .filter(|p| p.lang == campaign.source_language)
        .collect();
    let chosen: Vec<&Page> = if pages.is_empty() {
        sources
    } else {
        pages
            .iter()
            .map(|name| {
                let wanted = name.trim_end_matches(".md");
                sources
                    .iter()
                    .find(|p| p.rel.trim_end_matches(".md") == wanted || p.slug == wanted)
                    .copied()
                    .ok_or_else(|| {
                        Refused(msg!(
                            "translate-no-page",
                            campaign = &campaign.slug,
                            name = name,
                            lang = &campaign.source_language
                        ))
                    })
            })
            .collect::<Result<_, _>>()?
    };
    let mut outcomes = Vec::new();
    for source in chosen {
        let target = PathBuf::from("campaigns")
            .join(&campaign.slug)
            .join(lang)
            .join(&source.rel);
        if root.join(&target).exists() {
            outcomes.push(Outcome::Skipped(target, msg!("translate-skip-exists")));
            continue;
        }
        let text = std::fs::read_to_string(root.join(&source.path))
            .map_err(|e| Refused(msg!("load-io", path = &source.path, reason = e.to_string())))?;
        let hash = Content::of(source).hash();
        let note = draft_note(language, campaign, source, &target);
        let text = edit_front_matter(
            &text,
            &note,
            &[("translated_from", Some(hash)), ("draft", Some("true".into()))],
        )
        .ok_or_else(|| Refused(msg!("translate-no-front-matter", path = &source.path)))?;
        crate::write::source_file(&root.join(&target), text.as_bytes()).map_err(|e| Refused(e.message()))?;
        outcomes.push(Outcome::Created(target));
    }
    if let Some(file) = start_ui_strings(root, theme, &campaign.source_language, language)? {
        outcomes.push(Outcome::Created(file));
    }
    Ok(outcomes)
}

/// The project's `themes/<theme>/i18n/<lang>.yaml`, started from the source language's strings,
/// each commented out until translated, when the theme has no strings in `lang`.
fn start_ui_strings(
    root: &Path,
    theme: &Theme,
    source_language: &str,
    language: &crate::project::Language,
) -> Result<Option<PathBuf>, Refused> {
    let lang = &language.code;
    let files = crate::localize::ui_files(theme);
    if files.own(lang).0.is_some() {
        return Ok(None);
    }
    let path = PathBuf::from("themes")
        .join(&theme.name)
        .join("i18n")
        .join(format!("{lang}.yaml"));
    if root.join(&path).exists() {
        return Ok(None);
    }
    let Some(source) = theme.file(&format!("i18n/{source_language}.yaml")) else {
        return Ok(None);
    };
    let mut text = format!(
        "# The words of the theme in {} ({lang}), started from `{source_language}` by `altavoz translate`.\n\
         # Each line below is still in `{source_language}`: translate the text in quotes, then remove the `# `\n\
         # in front of the line. Until then, readers see the `{source_language}` words.\n",
        language.name
    );
    for line in String::from_utf8_lossy(source).lines() {
        if line.trim().is_empty() || line.trim_start().starts_with('#') {
            continue;
        }
        text.push_str(&format!("# {line}\n"));
    }
    crate::write::source_file(&root.join(&path), text.as_bytes()).map_err(|e| Refused(e.message()))?;
    Ok(Some(path))
}

/// Records that the translations at `paths` (project-relative) are done: `translated_from` set
/// to their source's current hash, `draft` and the notes of `translate` removed.
pub fn done(root: &Path, project: &Project, paths: &[PathBuf]) -> Result<Vec<Outcome>, Refused> {
    let mut outcomes = Vec::new();
    for path in paths {
        let (campaign, page) = find(project, path)?;
        if page.lang == campaign.source_language {
            outcomes.push(Outcome::Skipped(
                page.path.clone(),
                msg!(
                    "translate-skip-source",
                    campaign = &campaign.slug,
                    lang = &campaign.source_language
                ),
            ));
            continue;
        }
        let Some(source) = campaign.page(&campaign.source_language, &page.slug) else {
            outcomes.push(Outcome::Skipped(
                page.path.clone(),
                msg!(
                    "translate-skip-no-source",
                    lang = &campaign.source_language,
                    page = &page.rel
                ),
            ));
            continue;
        };
        let hash = Content::of(source).hash();
        let text = std::fs::read_to_string(root.join(&page.path))
            .map_err(|e| Refused(msg!("load-io", path = path, reason = e.to_string())))?;
        let edited = edit_front_matter(&text, &[], &[("translated_from", Some(hash)), ("draft", None)])
            .ok_or_else(|| Refused(msg!("translate-no-front-matter", path = path)))?;
        if edited == text {
            outcomes.push(Outcome::Skipped(page.path.clone(), msg!("translate-skip-done")));
            continue;
        }
        crate::write::source_file(&root.join(&page.path), edited.as_bytes()).map_err(|e| Refused(e.message()))?;
        outcomes.push(Outcome::Done(page.path.clone()));
    }
    Ok(outcomes)
}

/// The lines that tell a translator what to do with the draft translation `target` of `source`.
pub fn draft_note(
    language: &crate::project::Language,
    campaign: &Campaign,
    source: &Page,
    target: &Path,
) -> Vec<String> {
    vec![
        format!(
            "This page is a translation into {} ({}) of {}/{}, still to be done.",
            language.name, language.code, campaign.source_language, source.rel
        ),
        "Translate the values of title, summary, myth, fact and card headline, and the text".into(),
        "after the second ---. Keep the keys before the `:`, the addresses in ( ) and the marks".into(),
        "such as ** and #. When it is done, run:".into(),
        format!("altavoz translate --done {}", display_path(target)),
    ]
}

/// The campaign and page of the project file `path`.
fn find<'p>(project: &'p Project, path: &Path) -> Result<(&'p Campaign, &'p Page), Refused> {
    project
        .campaigns
        .iter()
        .find_map(|c| c.pages.iter().find(|p| p.path == path).map(|p| (c, p)))
        .ok_or_else(|| Refused(msg!("translate-not-a-page", path = path)))
}

/// `text` with its front matter edited: the notes of this module replaced by `note` (none if
/// empty), and each `(key, value)` set (`None`: removed). Other lines, the body, the line
/// endings and a byte order mark stay as they are. `None` if the text has no front matter.
pub fn edit_front_matter(text: &str, note: &[String], set: &[(&str, Option<String>)]) -> Option<String> {
    let split = crate::load::front_matter::split(text).ok()?;
    let eol = if text.contains("\r\n") { "\r\n" } else { "\n" };
    let yaml_start = split.yaml.as_ptr().addr() - text.as_ptr().addr();
    let mut lines: Vec<String> = split
        .yaml
        .lines()
        .filter(|l| !l.starts_with(NOTE))
        .filter(|l| !set.iter().any(|(key, _)| is_key_line(l, key)))
        .map(|l| l.trim_end_matches('\r').to_string())
        .collect();
    let mut head: Vec<String> = note.iter().map(|n| format!("{NOTE} {n}")).collect();
    head.append(&mut lines);
    for (key, value) in set {
        if let Some(value) = value {
            head.push(format!("{key}: {value}"));
        }
    }
    let mut yaml = head.join(eol);
    yaml.push_str(eol);
    Some(format!(
        "{}{yaml}{}",
        &text[..yaml_start],
        &text[yaml_start + split.yaml.len()..]
    ))
}

/// A top-level `key:` line.
fn is_key_line(line: &str, key: &str) -> bool {
    line.strip_prefix(key)
        .is_some_and(|rest| rest.trim_start().starts_with(':'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn front_matter_edits_keep_everything_else() {
        let text = "---\ntitle: \"T\"\ndraft: true\nsummary: \"S\"\n---\nBody\n---\nmore\n";
        let done = edit_front_matter(
            text,
            &[],
            &[("translated_from", Some("0c6ad5e9".into())), ("draft", None)],
        )
        .unwrap();
        assert_eq!(
            done,
            "---\ntitle: \"T\"\nsummary: \"S\"\ntranslated_from: 0c6ad5e9\n---\nBody\n---\nmore\n"
        );
        let started = edit_front_matter(&done, &["Translate it.".into()], &[("draft", Some("true".into()))]).unwrap();
        assert_eq!(
            started,
            "---\n# altavoz: Translate it.\ntitle: \"T\"\nsummary: \"S\"\ntranslated_from: 0c6ad5e9\ndraft: true\n---\nBody\n---\nmore\n"
        );
        let again = edit_front_matter(&started, &[], &[("draft", None)]).unwrap();
        assert_eq!(again, done, "the notes go with the draft flag");
    }

    #[test]
    fn windows_line_endings_and_a_byte_order_mark_stay() {
        let text = "\u{feff}---\r\ntitle: \"T\"\r\n---\r\nBody\r\n";
        let edited = edit_front_matter(text, &[], &[("translated_from", Some("0c6ad5e9".into()))]).unwrap();
        assert_eq!(
            edited,
            "\u{feff}---\r\ntitle: \"T\"\r\ntranslated_from: 0c6ad5e9\r\n---\r\nBody\r\n"
        );
    }
}
