//! The new text of one page: the translated texts written into the existing translation, where
//! its blocks line up with the source's, or into a copy of the source; each text checked on its
//! own (it must not change the page's layout), then the whole page read back.

use std::collections::BTreeMap;
use std::path::PathBuf;

use super::export::{MAX_HEADLINE_CHARS, PageMessages, Scope};
use super::import::Findings;
use super::reader::Entry;
use super::splice::{self, Unfit};
use crate::load::front_matter;
use crate::messages::Message;
use crate::msg;
use crate::translatable::{Block, BlockKind, Content, blocks, what_words};
use crate::translate::start::{draft_note, edit_front_matter};

/// The translation's file of `page` (it may not exist yet).
pub(super) fn target(scope: &Scope, page: &PageMessages) -> PathBuf {
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

/// The page's new text: the translated texts written into the existing translation (where it
/// lines up with the source) or into a copy of the source, and the front matter marked.
pub(super) fn compose(
    scope: &Scope,
    texts: &BTreeMap<PathBuf, std::sync::Arc<str>>,
    page: &PageMessages,
    translated: &[(&str, String, &Entry)],
    complete: bool,
    findings: &mut Findings,
) -> Option<String> {
    // The checks of the whole page speak only when no text of it was refused on its own.
    let refused_before = findings.errors.error_count();
    let source_text = texts.get(&page.source.path)?;
    let existing = page.translation.and_then(|t| texts.get(&t.path).map(|text| (t, text)));
    let shape = |blocks: &[Block]| blocks.iter().map(|b| (b.id.clone(), b.kind)).collect::<Vec<_>>();
    let names = |c: &Content| c.fields.iter().map(|(n, _)| *n).collect::<Vec<_>>();
    let mine = page.translation.map(Content::of);
    let front_from = match (&existing, &mine) {
        (Some((_, text)), Some(c)) if names(c) == names(&page.content) => &**text,
        _ => &**source_text,
    };
    let body_from = match (&existing, &mine) {
        (Some((_, text)), Some(c)) if shape(&c.blocks) == shape(&page.content.blocks) => &**text,
        _ => &**source_text,
    };
    let front_split = front_matter::split(front_from).ok()?;
    let body = front_matter::split(body_from).ok()?.body;

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
                findings.error(
                    entry,
                    msg!("po-one-line", kind = what_kind(block.kind)),
                    msg!("po-one-line-hint"),
                );
                continue;
            }
        };
        let alone = splice::apply(body, &[(block, markdown.clone())]);
        let after = blocks(&alone);
        if shape(&after) != shape(&base) || after.iter().find(|b| b.id == *id).is_none_or(|b| b.text != *text) {
            findings.error(
                entry,
                msg!(
                    "po-changes-layout",
                    what = what_words(id, Some(block.kind)),
                    title = &page.source.title
                ),
                layout_hint(text),
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
        && findings.errors.error_count() == refused_before
        && let Some((_, _, entry)) = expected.first()
    {
        findings.error(
            entry,
            msg!("po-together-layout", title = &page.source.title),
            msg!("po-together-layout-hint"),
        );
    }

    // The front matter: each translated value, checked, written as a quoted string.
    let mut values: Vec<(&str, &str)> = Vec::new();
    for (id, text, entry) in translated {
        let Some(field) = crate::translatable::FIELDS.iter().find(|f| **f == *id) else {
            continue;
        };
        let length = text.chars().count();
        // Facilitator notes and chat messages are written on several lines.
        if text.contains('\n') && !matches!(*field, "notes" | "chat") {
            findings.error(
                entry,
                msg!("po-one-line", kind = what_kind_field(field)),
                msg!("po-one-line-hint"),
            );
        } else if *field == "summary" && length > crate::validate::MAX_SUMMARY_CHARS {
            findings.error(
                entry,
                msg!(
                    "po-summary-long",
                    length = length,
                    max = crate::validate::MAX_SUMMARY_CHARS
                ),
                msg!("po-summary-long-hint"),
            );
        } else if *field == "card.headline" && length > MAX_HEADLINE_CHARS {
            findings.error(
                entry,
                msg!("po-headline-long", length = length, max = MAX_HEADLINE_CHARS),
                msg!("po-headline-long-hint"),
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
            findings.error(
                entry,
                msg!("po-front-matter", title = &page.source.title),
                msg!("po-front-matter-hint"),
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
        && findings.errors.error_count() == refused_before
        && let Some((_, _, entry)) = translated.first()
    {
        findings.error(
            entry,
            msg!("po-read-back", title = &page.source.title),
            msg!("po-read-back-hint"),
        );
    }
    Some(text)
}

/// What kind of one-line text a block is, as the catalogs' `po-one-line` names it.
fn what_kind(kind: BlockKind) -> &'static str {
    match kind {
        BlockKind::TableCell => "table-cell",
        BlockKind::ImageAlt => "image-alt",
        _ => "heading",
    }
}

/// The same for a front matter field (`title`, `summary`, `myth`, `fact`, `card.headline`).
fn what_kind_field(field: &str) -> &'static str {
    match field {
        "title" => "title",
        "summary" => "summary",
        "myth" => "myth",
        "fact" => "fact",
        "sms" => "sms",
        _ => "headline",
    }
}

/// How to keep a text from starting a new block, from what it holds.
fn layout_hint(text: &str) -> Message {
    let starts_list = |line: &str| {
        let digits = line.chars().take_while(char::is_ascii_digit).count();
        (digits > 0 && (line[digits..].starts_with(". ") || line[digits..].starts_with(") ")))
            || ["- ", "* ", "+ "].iter().any(|m| line.starts_with(m))
    };
    for line in text.split('\n') {
        if starts_list(line) {
            let digits = line.chars().take_while(char::is_ascii_digit).count();
            return if digits > 0 {
                msg!(
                    "po-hint-numbered",
                    start = &line[..digits + 1],
                    escaped = format!("{}\\{}", &line[..digits], &line[digits..digits + 1])
                )
            } else {
                msg!("po-hint-list", mark = &line[..1])
            };
        }
        if line.starts_with('#') || line.starts_with('>') {
            return msg!("po-hint-heading", mark = &line[..1]);
        }
    }
    if text.contains("\n\n") {
        return msg!("po-hint-paragraph");
    }
    msg!("po-hint-marks")
}
