//! altavoz turns community-authored campaign sources (Markdown + YAML) into a localized
//! website, printable handouts and social cards.
//!
//! A build is a pipeline of stages, each a module, sequenced by [`pipeline::build`]:
//!
//! 1. [`load`]: the project folder → typed sources (YAML and front matter parsed, nothing
//!    read from outside the project);
//! 2. [`validate`]: sources → a checked [`project::Project`], every problem collected as a
//!    [`diag::Diagnostic`] with file, line, column and a hint;
//! 3. [`localize`]: per language, which pages it gets (translations, fallback chains) and its
//!    UI strings;
//! 4. [`render`]: the localized site → files in memory, one [`render::Renderer`] per output
//!    (the website today; handouts and cards are peers);
//! 5. [`write`]: the files → the output folder, atomically through a staging folder.

pub mod diag;
pub mod load;
pub mod localize;
pub mod pipeline;
pub mod project;
pub mod render;
pub mod serve;
pub mod theme;
pub mod typeset;
pub mod validate;
pub mod write;
