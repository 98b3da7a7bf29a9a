//! Stage 4, **render**: the localized site → output files. Each output (the website, the
//! handouts, the cards) is a [`Renderer`]; they are peers: each gets the same [`Context`], none
//! imports another, and each hands every finished file to a [`Sink`] as soon as it is made, so
//! a build never holds all its documents at once. None of them touches the disk: the previous
//! build's files come through [`Previous`], and the sink decides where files go.

pub mod cards;
mod context;
pub mod facts;
#[cfg(test)]
mod linear_tests;
mod output;
pub mod plan;
pub mod print;
pub mod priority;
mod progress;
pub mod reuse;
pub mod site;

pub use context::{CancelToken, Cancelled, Context};
pub use output::{Contents, FileMap, MemorySink, NoPrevious, OutputFile, Previous, Sink, SinkError};
pub use plan::Plan;
pub use progress::{NoProgress, Progress};

use crate::diag::Diagnostics;

/// The stack of the build's threads: typesetting recurses deeply.
pub const STACK_SIZE: usize = 64 * 1024 * 1024;

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
    pub weights: Vec<PageWeight>,
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

/// What one page costs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PageWeight {
    /// Output path of the page (`es/think-twice/index.html`).
    pub page: String,
    /// HTML and stylesheets, compressed (an upper bound when weighed for [`site::budget::Precision::Budget`]
    /// and within the budgets).
    pub first_response: u64,
    /// Everything loaded at 360 px wide (the same).
    pub total: u64,
    /// The heaviest file loaded, and its size.
    pub heaviest: (String, u64),
    /// Requests to other websites, and scripts.
    pub foreign: Vec<String>,
    pub scripts: usize,
    /// What loads only when the reader asks for it (a voice note with `preload="none"`), apart
    /// from `total`.
    pub on_demand: u64,
}
