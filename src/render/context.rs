//! The one value every renderer gets (as mdBook's `RenderContext`): the localized site, the
//! theme, the plan of output paths, what this build makes, the date, the previous build's files
//! and a way to tell that the build was superseded.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use super::{Output, Plan, Previous};
use crate::localize::Site;
use crate::project::Date;
use crate::theme::Theme;

#[derive(Clone)]
pub struct Context<'a, 'p> {
    pub site: &'a Site<'p>,
    pub theme: &'a Theme,
    /// Every document of the build and where it goes, computed once.
    pub plan: &'a Plan<'a, 'p>,
    /// The outputs pages link to: those this build makes (a preview links them all, and makes
    /// the rest right after the pages).
    pub outputs: &'a [Output],
    /// "Today" (`SOURCE_DATE_EPOCH` or the clock), for documents that show a date.
    pub today: Date,
    /// A live preview: speed over size (faster PNG compression, no page weights).
    pub preview: bool,
    /// Made while the author works on (a preview's handouts and cards, after its pages): the
    /// renderer's threads yield the processor to what the author waits for.
    pub background: bool,
    /// The previous build's files, reused where their inputs match.
    pub previous: &'a dyn Previous,
    pub cancel: CancelToken,
    /// Told of every document made, for progress bars.
    pub progress: &'a dyn super::Progress,
}

/// The build was superseded by a newer one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cancelled;

/// Set when a newer build has made this one pointless (`serve`): slow renderers stop early.
#[derive(Debug, Clone, Default)]
pub struct CancelToken {
    /// A counter of source changes, and its value when this build started.
    watched: Option<(Arc<AtomicU64>, u64)>,
}

impl CancelToken {
    /// A build that is never superseded.
    pub fn never() -> Self {
        CancelToken::default()
    }

    /// Cancelled as soon as `counter` moves on from its value now.
    pub fn watching(counter: Arc<AtomicU64>) -> Self {
        let start = counter.load(Ordering::SeqCst);
        CancelToken {
            watched: Some((counter, start)),
        }
    }

    pub fn is_cancelled(&self) -> bool {
        self.watched
            .as_ref()
            .is_some_and(|(counter, start)| counter.load(Ordering::SeqCst) != *start)
    }

    /// `Err(Cancelled)` once the build is superseded.
    pub fn check(&self) -> Result<(), Cancelled> {
        if self.is_cancelled() { Err(Cancelled) } else { Ok(()) }
    }
}
