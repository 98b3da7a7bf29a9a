//! `altavoz po export`: the entries of a campaign's pages for one language. Each translatable
//! field and body block of a source page is an entry; its `msgstr` is the existing translation
//! where the translation lines up with the version of the source it was made from, marked
//! fuzzy (with that version's text as `#| msgid`) where the source changed since.
//!
//! Import computes the same entries to tell what a PO file changes: a page whose entries are
//! as export writes them is left alone.

use std::collections::BTreeMap;
use std::path::PathBuf;

use super::splice::field_spans;
use super::writer::{Catalog, Message};
use crate::diag::display_path;
use crate::load::history::{History, NoHistory};
use crate::project::{Campaign, Date, Localized, Page, Project};
use crate::translatable::{Block, BlockKind, Content, Origin, Pair, align, origin, what};
use crate::translate::start::Refused;
use crate::translate::status::source_pages;

/// The `msgctxt` of the campaign's notice.
pub const NOTICE_CONTEXT: &str = "campaign.yaml#notice";

/// Card headlines are set in large letters: longer ones shrink until they are hard to read.
pub const MAX_HEADLINE_CHARS: usize = 80;

/// The entries of one source page.
#[derive(Debug)]
pub struct PageMessages<'p> {
    pub source: &'p Page,
    pub translation: Option<&'p Page>,
    /// The source's content as it is now.
    pub content: Content,
    pub messages: Vec<Message>,
}

/// What export and import need to know about the campaign and language.
pub struct Scope<'p> {
    pub project: &'p Project,
    pub campaign: &'p Campaign,
    pub lang: String,
}

impl<'p> Scope<'p> {
    /// The campaign `campaign` and the language `lang` it is translated into.
    pub fn new(project: &'p Project, campaign: &str, lang: &str) -> Result<Scope<'p>, Refused> {
        let Some(found) = project.campaigns.iter().find(|c| c.slug == campaign) else {
            let names: Vec<&str> = project.campaigns.iter().map(|c| c.slug.as_str()).collect();
            return Err(Refused(crate::diag::unknown_name(
                crate::msg!("usage-no-campaign", name = campaign),
                campaign,
                &names,
            )));
        };
        if lang == found.source_language {
            return Err(Refused(crate::msg!(
                "translate-into-source",
                lang = lang,
                campaign = campaign
            )));
        }
        if !found.languages.iter().any(|l| l == lang) {
            let others: Vec<&str> = found
                .languages
                .iter()
                .filter(|l| **l != found.source_language)
                .map(String::as_str)
                .collect();
            return Err(Refused(crate::msg!(
                "po-not-published",
                campaign = campaign,
                lang = lang,
                others = others.join(", ")
            )));
        }
        Ok(Scope {
            project,
            campaign: found,
            lang: lang.to_string(),
        })
    }

    /// The language's name, for people.
    pub fn language_name(&self, code: &str) -> String {
        self.project
            .language(code)
            .map_or_else(|| code.to_string(), |l| l.name.clone())
    }

    /// The entry of the campaign's notice (`notice:` in campaign.yaml), when it has one: its
    /// text in the source language, and this language's.
    pub fn notice(&self) -> Option<Message> {
        let campaign = self.campaign;
        let (id, text) = match campaign.notice.as_ref()? {
            Localized::Text(text) => (text.clone(), String::new()),
            Localized::PerLanguage(map) => (
                map.get(&campaign.source_language)?.clone(),
                map.get(&self.lang).cloned().unwrap_or_default(),
            ),
        };
        Some(Message {
            notes: vec![
                "The campaign's notice: on every page, handout, booklet, story card and chat message of the \
                 campaign, in every language. Keep it short and plain."
                    .into(),
            ],
            reference: format!(
                "campaigns/{}/campaign.yaml:{}",
                campaign.slug,
                campaign.notice_line.max(1)
            ),
            fuzzy: false,
            max_length: None,
            previous: None,
            context: NOTICE_CONTEXT.into(),
            id,
            text,
        })
    }

    /// The entries of every source page, in page order; `history` has the earlier versions of
    /// the sources of outdated translations.
    pub fn pages(
        &self,
        history: &Result<History, NoHistory>,
        texts: &BTreeMap<PathBuf, std::sync::Arc<str>>,
    ) -> Vec<PageMessages<'p>> {
        source_pages(self.campaign)
            .into_iter()
            .map(|source| self.page(source, history, texts.get(&source.path).map_or("", |t| &**t)))
            .collect()
    }

    /// The entries of the source page `source`, whose file holds `text`.
    fn page(&self, source: &'p Page, history: &Result<History, NoHistory>, text: &str) -> PageMessages<'p> {
        let content = Content::of(source);
        let translation = self.campaign.page(&self.lang, &source.slug);
        let made_from = made_from(source, translation, &content, history);
        let translated = translation.map(Content::of);
        let draft = translation.is_some_and(|t| t.draft);
        let name = self.language_name(&self.lang);
        let mut messages = Vec::new();
        let spans = field_spans(text);
        let path = display_path(&source.path);
        let title = format!("Page “{}” ({})", source.title, source.rel);

        // Fields, by name.
        for (field, value) in &content.fields {
            let mine = translated.as_ref().and_then(|t| field_of(t, field));
            let was = made_from.as_ref().map_or(Some(value.as_str()), |m| field_of(m, field));
            let line = spans.iter().find(|s| s.name == *field).map_or(1, |s| s.line);
            let mut message = Message {
                notes: vec![format!("{title}: {}.", field_words(field))],
                reference: format!("{path}:{line}"),
                fuzzy: false,
                max_length: None,
                previous: None,
                context: format!("{}#{field}", source.rel),
                id: value.clone(),
                text: String::new(),
            };
            match *field {
                "summary" => message.notes.push(format!(
                    "At most {} characters: it is the description in search results and link previews.",
                    crate::validate::MAX_SUMMARY_CHARS
                )),
                "sms" => message.notes.push(format!(
                    "One text message: at most {} characters, or {} once a character is not in the GSM \
                     alphabet (such as «ó» or an emoji).",
                    crate::sms::GSM_LIMIT,
                    crate::sms::UCS2_LIMIT
                )),
                "chat" => message.notes.push(format!(
                    "At most {} characters: the notice, a contact and the link are added to it.",
                    crate::validate::MAX_CHAT_CHARS
                )),
                "card.headline" => {
                    message.notes.push(format!(
                        "Shown in large letters on the social cards: at most {MAX_HEADLINE_CHARS} characters."
                    ));
                    message.max_length = Some(MAX_HEADLINE_CHARS);
                }
                _ => {}
            }
            if let (Some(mine), Some(was)) = (mine, was)
                && !(draft && mine == was)
            {
                suggest(&mut message, mine, was, made_from.is_some());
            }
            messages.push(message);
        }

        // Body blocks, through the blocks of the version the translation was made from.
        let old = made_from.as_ref().unwrap_or(&content);
        let lines_up = translated
            .as_ref()
            .is_some_and(|t| shape(&t.blocks) == shape(&old.blocks));
        let pairs: Vec<Option<(usize, bool)>> = if made_from.is_some() {
            let mut pairs = vec![None; content.blocks.len()];
            for pair in align(&old.blocks, &content.blocks) {
                match pair {
                    Pair::Same { old, new } => pairs[new] = Some((old, false)),
                    Pair::Changed { old, new } => pairs[new] = Some((old, true)),
                    Pair::Added { .. } | Pair::Removed { .. } => {}
                }
            }
            pairs
        } else {
            (0..content.blocks.len()).map(|i| Some((i, false))).collect()
        };
        // A translation of another structure: its blocks paired with the source's by kind, in
        // order, so what was translated is offered (as fuzzy) rather than lost.
        let by_kind = match &translated {
            Some(t) if !lines_up => pair_by_kind(&t.blocks, &content.blocks),
            _ => Vec::new(),
        };
        let mut heading: Option<&str> = None;
        let mut first_block = true;
        for (n, block) in content.blocks.iter().enumerate() {
            if !block.kind.translated() {
                continue;
            }
            let line = source.body_line + source.body[..block.range.start].matches('\n').count();
            let mut where_ = format!("{title}: {}", block_words(block));
            if let Some(heading) = heading.filter(|_| block.kind != BlockKind::Heading) {
                where_.push_str(&format!(", under “{heading}”"));
            }
            let mut message = Message {
                notes: vec![format!("{where_}.")],
                reference: format!("{path}:{line}"),
                fuzzy: false,
                max_length: None,
                previous: None,
                context: format!("{}#{}", source.rel, block.id),
                id: block.text.clone(),
                text: String::new(),
            };
            message.notes.extend(markup_notes(block));
            match (&translated, pairs[n]) {
                (Some(t), Some((o, _))) if lines_up => {
                    let (mine, was) = (&t.blocks[o].text, &old.blocks[o].text);
                    if !(draft && mine == was) {
                        suggest(&mut message, mine, was, made_from.is_some());
                    }
                }
                (Some(_), None) if lines_up => message.notes.push("New in the source: not translated yet.".into()),
                (Some(t), _) => {
                    if first_block {
                        message.notes.push(format!(
                            "The {name} page has a different structure ({} blocks; the source has {}): each \
                             of its texts is offered, as fuzzy, beside the source block of the same kind at the \
                             same place. Importing this file rewrites the page in the source's structure.",
                            t.blocks.len(),
                            content.blocks.len()
                        ));
                    }
                    if let Some(mine) = by_kind[n].map(|m| &t.blocks[m].text)
                        && !(draft && *mine == block.text)
                    {
                        message.text = mine.clone();
                        message.fuzzy = true;
                        message.notes.push(
                            "Taken from the block of the same kind in the translation, which has another \
                             structure: check that it translates this text, then clear “fuzzy” (“Needs work” \
                             in Poedit)."
                                .into(),
                        );
                    }
                }
                _ => {}
            }
            first_block = false;
            if block.kind == BlockKind::Heading {
                heading = Some(&block.text);
            }
            messages.push(message);
        }
        PageMessages {
            source,
            translation,
            content,
            messages,
        }
    }
}

/// The version of the source the translation was made from: the source now, or the version of
/// the history with the recorded hash; `None` when that is not known.
fn made_from(
    source: &Page,
    translation: Option<&Page>,
    now: &Content,
    history: &Result<History, NoHistory>,
) -> Option<Content> {
    let from = translation?.translated_from.as_deref()?;
    if from == now.hash() {
        return Some(now.clone());
    }
    match origin(history, &display_path(&source.path), from) {
        Origin::Found { old, .. } => Content::of_text(&old.text),
        Origin::NotFound | Origin::NoHistory(_) => None,
    }
}

/// Fills `message` with the translation `mine` of the source text `was`: fuzzy when the source
/// changed since (`was` is then the previous source text), or when it is not known what the
/// translation was made from.
fn suggest(message: &mut Message, mine: &str, was: &str, known: bool) {
    message.text = mine.to_string();
    if !known {
        message.fuzzy = true;
        message.notes.push(
            "The page does not record which version of the source it was translated from: check this \
             translation against the source text, then clear “fuzzy” (“Needs work” in Poedit)."
                .into(),
        );
    } else if was != message.id {
        message.fuzzy = true;
        message.previous = Some(was.to_string());
        message.notes.push(
            "The source changed since this was translated: compare the previous source text with the new \
             one, update the translation, then clear “fuzzy” (“Needs work” in Poedit)."
                .into(),
        );
    }
}

fn field_of<'c>(content: &'c Content, name: &str) -> Option<&'c str> {
    content.fields.iter().find(|(n, _)| *n == name).map(|(_, v)| v.as_str())
}

/// For each block of `to`, the block of `from` paired with it: the longest sequence of blocks of
/// the same kind in both, in order (blocks that are not translated are left out).
fn pair_by_kind(from: &[Block], to: &[Block]) -> Vec<Option<usize>> {
    let kinds = |blocks: &[Block]| -> Vec<(usize, BlockKind)> {
        blocks
            .iter()
            .enumerate()
            .filter(|(_, b)| b.kind.translated())
            .map(|(i, b)| (i, b.kind))
            .collect()
    };
    let (a, b) = (kinds(from), kinds(to));
    // Longest common subsequence of the kinds, filled from the end.
    let mut longest = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for i in (0..a.len()).rev() {
        for j in (0..b.len()).rev() {
            longest[i][j] = if a[i].1 == b[j].1 {
                longest[i + 1][j + 1] + 1
            } else {
                longest[i + 1][j].max(longest[i][j + 1])
            };
        }
    }
    let mut pairs = vec![None; to.len()];
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        if a[i].1 == b[j].1 {
            pairs[b[j].0] = Some(a[i].0);
            i += 1;
            j += 1;
        } else if longest[i + 1][j] >= longest[i][j + 1] {
            i += 1;
        } else {
            j += 1;
        }
    }
    pairs
}

fn shape(blocks: &[Block]) -> Vec<(&str, BlockKind)> {
    blocks.iter().map(|b| (b.id.as_str(), b.kind)).collect()
}

/// "paragraph 3", "list item 2.1", "table 1, header row, column 2".
fn block_words(block: &Block) -> String {
    let cell = block.id.strip_prefix('t').and_then(|rest| {
        let mut parts = rest.split('.');
        let table = parts.next()?;
        let row: usize = parts.next()?.strip_prefix('r')?.parse().ok()?;
        let column: usize = parts.next()?.strip_prefix('c')?.parse().ok()?;
        let row = if row == 0 {
            "header row".to_string()
        } else {
            format!("row {row}")
        };
        Some(format!("table {table}, {row}, column {}", column + 1))
    });
    match (block.kind, cell) {
        (BlockKind::TableCell, Some(words)) => words,
        _ => what(&block.id, Some(block.kind)),
    }
}

fn field_words(field: &str) -> &'static str {
    match field {
        "title" => "title",
        "summary" => "summary",
        "myth" => "myth (the false belief the page answers)",
        "fact" => "fact (the verified answer to the myth)",
        "notes" => "facilitator notes (printed beside the workshop slides, for trainers)",
        "chat" => "chat message (pasted into WhatsApp groups)",
        "sms" => "text message (SMS)",
        _ => "card headline",
    }
}

/// What to keep as it is in a text with Markdown marks, said only when the text has them.
fn markup_notes(block: &Block) -> Vec<String> {
    let text = &block.text;
    let mut notes = Vec::new();
    if block.kind == BlockKind::Html {
        notes.push("Keep the HTML tags (<…>) as they are; translate the words between them.".into());
    } else if text.contains('<') {
        notes.push("Keep the tags in < > as they are.".into());
    }
    if text.contains("](") {
        notes.push("Keep the address in ( ) as it is; translate the words in [ ].".into());
    }
    if text.contains("[^") {
        notes.push("Keep the [^…] marks: they point to a footnote.".into());
    }
    if text.contains('*') || text.contains("__") {
        notes.push("Keep the * marks around the words they make bold or italic.".into());
    }
    if text.contains('`') {
        notes.push("Keep the text between ` marks exactly as it is.".into());
    }
    match block.kind {
        BlockKind::Heading | BlockKind::TableCell | BlockKind::ImageAlt => {
            notes.push("Write it on one line.".into());
        }
        _ if text.contains('\n') => {
            notes.push(
                "Each line break starts a new line on the page: keep it where it belongs in your language.".into(),
            );
        }
        _ => {}
    }
    notes
}

/// The PO file of `pages` for the campaign and language of `scope`, dated `today`.
pub fn catalog(scope: &Scope, pages: &[PageMessages], today: Date) -> Catalog {
    let campaign = &scope.campaign.slug;
    let (from, into) = (&scope.campaign.source_language, &scope.lang);
    let date = format!("{today} 00:00+0000");
    let header = [
        ("Project-Id-Version", format!("altavoz {campaign}")),
        ("POT-Creation-Date", date.clone()),
        ("PO-Revision-Date", date),
        ("Last-Translator", String::new()),
        ("Language-Team", String::new()),
        ("Language", into.replace('-', "_")),
        ("MIME-Version", "1.0".into()),
        ("Content-Type", "text/plain; charset=UTF-8".into()),
        ("Content-Transfer-Encoding", "8bit".into()),
        ("Plural-Forms", plural_forms(into).into()),
        ("X-Generator", format!("altavoz {}", env!("CARGO_PKG_VERSION"))),
        ("X-Altavoz-Campaign", campaign.clone()),
        ("X-Altavoz-Source-Language", from.clone()),
    ];
    Catalog {
        intro: vec![
            format!(
                "altavoz: campaign “{campaign}”, from {} ({from}) into {} ({into}).",
                scope.language_name(from),
                scope.language_name(into)
            ),
            format!("Made by `altavoz po export {campaign} {into}`. Translate the msgstr texts; keep msgctxt."),
            "Texts are Markdown: keep **, _, `code` and the addresses in [words](address).".into(),
            "An entry marked fuzzy (“Needs work” in Poedit) is not published until you check it and clear the mark."
                .into(),
            "Bring the translations into the pages with `altavoz po import <this file>`.".into(),
        ],
        header: header.into_iter().map(|(k, v)| (k.to_string(), v)).collect(),
        messages: scope
            .notice()
            .into_iter()
            .chain(pages.iter().flat_map(|p| p.messages.iter().cloned()))
            .collect(),
    }
}

/// gettext's plural formula of a language. altavoz has no plural entries, but tools want a
/// real formula (the template's `nplurals=INTEGER` is an error in `msgfmt`).
fn plural_forms(lang: &str) -> &'static str {
    let primary = lang.split(['-', '_']).next().unwrap_or("").to_ascii_lowercase();
    match primary.as_str() {
        "en" | "es" | "de" | "it" | "nl" | "pt" | "ca" | "gl" | "sv" | "da" | "no" | "nb" | "fi" => {
            "nplurals=2; plural=(n != 1);"
        }
        "fr" => "nplurals=2; plural=(n > 1);",
        "ar" => "nplurals=6; plural=(n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : n%100>=11 ? 4 : 5);",
        _ => "nplurals=1; plural=0;",
    }
}
