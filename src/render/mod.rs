//! Stage 4, **render**: the localized site → output files. Each output (the website, the
//! handouts, the cards) is a [`Renderer`]; they are peers: each gets the same [`Context`], none
//! imports another, and each hands every finished file to a [`Sink`] as soon as it is made, so
//! a build never holds all its documents at once. None of them touches the disk: the previous
//! build's files come through [`Previous`], and the sink decides where files go.

pub mod cards;
mod context;
#[cfg(test)]
mod linear_tests;
mod output;
pub mod plan;
pub mod print;
mod progress;
pub mod reuse;
pub mod site;

pub use context::{CancelToken, Cancelled, Context};
pub use output::{Contents, FileMap, MemorySink, NoPrevious, OutputFile, Previous, Sink, SinkError};
pub use plan::Plan;
pub use progress::{NoProgress, Progress};

use crate::diag::Diagnostics;

/// An output format, as named by `--only`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Output {
    /// The website.
    Site,
    /// Printable handouts and booklets (PDF).
    Print,
    /// Social cards (PNG).
    Cards,
}

impl Output {
    pub const ALL: [Output; 3] = [Output::Site, Output::Print, Output::Cards];

    pub fn name(self) -> &'static str {
        match self {
            Output::Site => "site",
            Output::Print => "print",
            Output::Cards => "cards",
        }
    }

    /// The renderer that makes this output.
    pub fn renderer(self) -> &'static dyn Renderer {
        match self {
            Output::Site => &site::SiteRenderer,
            Output::Print => &print::PrintRenderer,
            Output::Cards => &cards::CardsRenderer,
        }
    }
}

/// What a renderer made, besides the files it gave the sink.
#[derive(Debug, Default, Clone)]
pub struct Rendered {
    /// One line for people: "cards: rendered 3, 123 unchanged".
    pub summary: Option<crate::messages::Message>,
    /// How many documents (pages, PDFs, cards) it made anew and how many it reused.
    pub made: usize,
    pub reused: usize,
    /// Problems that do not stop the build (a page over its budget).
    pub warnings: Diagnostics,
    /// What each web page costs a reader (not measured in a preview).
    pub weights: Vec<site::budget::PageWeight>,
}

/// Why a renderer did not finish.
#[derive(Debug)]
pub enum RenderError {
    /// Problems in the sources or the theme.
    Problems(Diagnostics),
    /// A newer build made this one pointless (`serve`).
    Cancelled,
    /// The sink could not take a file (a full disk, say).
    Sink(SinkError),
}

impl From<Diagnostics> for RenderError {
    fn from(diagnostics: Diagnostics) -> Self {
        RenderError::Problems(diagnostics)
    }
}

impl From<Cancelled> for RenderError {
    fn from(_: Cancelled) -> Self {
        RenderError::Cancelled
    }
}

impl From<SinkError> for RenderError {
    fn from(error: SinkError) -> Self {
        RenderError::Sink(error)
    }
}

/// An output format. Renderers are peers: each gets the same context.
pub trait Renderer: Sync {
    fn output(&self) -> Output;
    /// Makes every file of this output and hands each to `sink`.
    fn render(&self, context: &Context, sink: &dyn Sink) -> Result<Rendered, RenderError>;
}
