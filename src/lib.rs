//! altavoz turns community-authored campaign sources (Markdown + YAML) into a localized
//! website, printable handouts and social cards.
//!
//! A build is a pipeline of stages, each a module, sequenced by [`pipeline::build`]:
//!
//! 1. [`load`]: the project folder → typed sources (YAML and front matter parsed, nothing
//!    read from outside the project);
//! 2. [`validate`]: sources → a checked [`project::Project`], every problem collected as a
//!    [`diag::Diagnostic`] with file, line, column and a hint, every link resolved;
//! 3. [`localize`]: per language, which pages it gets (translations, fallback chains), its UI
//!    strings, and one [`localize::PageView`] of each page that every output shows;
//! 4. [`render`]: the localized site → output files, one [`render::Renderer`] per output
//!    (website, handouts, cards: peers, each handed the same [`render::Context`]);
//! 5. [`mod@write`]: the files → the output folder, atomically through a staging folder.
//!
//! Beside the stages: [`diag`] (diagnostics), [`markdown`], [`links`], [`url`], [`html`] and
//! [`color`] (helpers any stage may use), [`imaging`] and [`audio`] (an author's photos and
//! voice notes, published without their metadata), [`theme`] (the built-in theme and the
//! project's overrides), [`typeset`] (the only module that talks to typst), [`serve`] (the
//! live preview, which runs the same pipeline) and [`edit`] (the browser editor on the
//! preview's server).

pub mod audio;
pub mod color;
pub mod diag;
pub mod edit;
pub mod html;
pub mod imaging;
pub mod links;
pub mod load;
pub mod localize;
pub mod markdown;
pub mod messages;
pub mod pipeline;
pub mod project;
pub mod render;
pub mod serve;
pub mod sms;
pub mod starter;
pub mod theme;
pub mod translatable;
pub mod translate;
pub mod typeset;
pub mod url;
pub mod validate;
pub mod write;
