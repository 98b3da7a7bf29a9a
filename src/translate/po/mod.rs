//! gettext PO files for translation tools (Poedit, Weblate, Crowdin): `altavoz po export`
//! writes one entry per translatable field and body block of a campaign's pages, with the
//! existing translation as `msgstr`; `altavoz po import` writes the translations back into the
//! Markdown pages, by replacing byte ranges of a page, so everything else stays as it was.
//!
//! The reader and writer are our own (about 300 lines, tested against GNU `msgfmt`/`msgcat` and
//! Python's polib): the Rust `polib` crate cannot write `#|` previous texts, drops header fields
//! it does not know (`X-Altavoz-Campaign`), keeps no line numbers, misses `#,fuzzy` written
//! without a space, and panics on some malformed lines (see the guide's crates table).

mod compose;
mod export;
mod import;
mod reader;
mod splice;
mod writer;

pub use export::{MAX_HEADLINE_CHARS, Scope};
pub use import::{Imported, Outcome, PoInput, Stop, import};

use crate::pipeline::Prepared;
use crate::translate::start::Refused;

/// A PO file made by [`export`], and what it holds.
#[derive(Debug)]
pub struct Exported {
    pub text: String,
    pub entries: usize,
    /// Entries with a translation that is not fuzzy.
    pub translated: usize,
    pub fuzzy: usize,
}

/// The PO file of campaign `campaign` for the language `lang`: every page of the prepared
/// project, dated as it is.
pub fn export(prepared: &Prepared, campaign: &str, lang: &str) -> Result<Exported, Refused> {
    let scope = Scope::new(&prepared.project, campaign, lang)?;
    let pages = scope.pages(prepared.history(), &prepared.texts);
    let catalog = export::catalog(&scope, &pages, prepared.today);
    Ok(Exported {
        text: writer::write(&catalog),
        entries: catalog.messages.len(),
        translated: catalog
            .messages
            .iter()
            .filter(|m| !m.fuzzy && !m.text.is_empty())
            .count(),
        fuzzy: catalog.messages.iter().filter(|m| m.fuzzy).count(),
    })
}

/// One entry of a page, as the editor's translation view shows it.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Entry {
    /// `coyote-seguro.md#p3`: the page and the block (or field).
    pub context: String,
    /// The block's id (`p3`) or the field's name (`title`).
    pub id: String,
    /// The source text now.
    pub source: String,
    /// The source text the translation was made from, when it changed since.
    pub previous: Option<String>,
    /// The translation (empty: none yet).
    pub text: String,
    pub fuzzy: bool,
    pub max_length: Option<usize>,
}

/// The entries of the page `page` (its file in the language folder) of campaign `campaign` for
/// the language `lang`: what `po export` writes for it.
pub fn page_entries(prepared: &Prepared, campaign: &str, lang: &str, page: &str) -> Result<Vec<Entry>, Refused> {
    let scope = Scope::new(&prepared.project, campaign, lang)?;
    let pages = scope.pages(prepared.history(), &prepared.texts);
    Ok(pages
        .iter()
        .filter(|p| p.source.rel == page)
        .flat_map(|p| &p.messages)
        .map(|m| Entry {
            id: m.context.split_once('#').map_or("", |(_, id)| id).to_string(),
            context: m.context.clone(),
            source: m.id.clone(),
            previous: m.previous.clone(),
            text: m.text.clone(),
            fuzzy: m.fuzzy,
            max_length: m.max_length,
        })
        .collect())
}

/// A translator's text for one entry (by its `msgctxt`), and whether it is still to check.
#[derive(Debug, Clone)]
pub struct Edit {
    pub context: String,
    pub text: String,
    pub fuzzy: bool,
}

/// The PO file of the page `page` with `edits` (context, translation, fuzzy) in place of what
/// `po export` writes: what the editor's translation view imports. Returns the text and, for
/// each entry by context, the line of its `msgstr`.
pub fn page_po(
    prepared: &Prepared,
    campaign: &str,
    lang: &str,
    page: &str,
    edits: &[Edit],
) -> Result<(String, Vec<(String, usize)>), Refused> {
    let scope = Scope::new(&prepared.project, campaign, lang)?;
    let mut pages = scope.pages(prepared.history(), &prepared.texts);
    pages.retain(|p| p.source.rel == page);
    for message in pages.iter_mut().flat_map(|p| &mut p.messages) {
        if let Some(Edit { text, fuzzy, .. }) = edits.iter().find(|edit| edit.context == message.context) {
            message.text = text.clone();
            message.fuzzy = *fuzzy;
        }
    }
    let text = writer::write(&export::catalog(&scope, &pages, prepared.today));
    let mut lines = Vec::new();
    let mut context = None;
    for (number, line) in text.lines().enumerate() {
        if let Some(quoted) = line.strip_prefix("msgctxt ") {
            context = Some(quoted.trim_matches('"').to_string());
        } else if line.starts_with("msgstr")
            && let Some(context) = context.take()
        {
            lines.push((context, number + 1));
        }
    }
    Ok((text, lines))
}
