//! The translation workflow: where translations stand (`altavoz status`), starting and
//! finishing translations (`altavoz translate`), and gettext PO files for translation tools
//! (`altavoz po`). Built on the localized site and on `translatable` (what of a page is
//! translated, its hash, what changed).

pub mod dashboard;
pub mod po;
pub mod start;
pub mod status;
pub mod text;

pub use dashboard::dashboard;
pub use status::{Filter, State, Status, status};
