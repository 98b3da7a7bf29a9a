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
