//! The one value every renderer gets (as mdBook's `RenderContext`): the localized site, the
//! theme, the plan of output paths, what this build makes, the date, the previous build's files
//! and a way to tell that the build was superseded.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use super::{Output, Plan, Previous};
use crate::load::digest::Digest;
use crate::localize::Site;
use crate::project::Date;
use crate::theme::Theme;

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
    /// A live preview: speed over size (faster PNG compression).
    pub preview: bool,
    /// Every page's weight exact (`check` prints them), not only those over a budget.
    pub exact_weights: bool,
    /// The previous build's files, reused where their inputs match.
    pub previous: &'a dyn Previous,
    /// Hashes of the sources, so the website re-renders only the pages a change touches.
    pub digest: &'a Digest,
    pub cancel: CancelToken,
    /// Told of every document made, for progress bars.
    pub progress: &'a dyn super::Progress,
    /// Also make the offline pack of each language (`build --pack`).
    pub pack: bool,
    /// The files this build has made so far (in earlier steps): the pack takes the handouts
    /// from here.
    pub built: &'a dyn Previous,
}

impl<'a, 'p> Context<'a, 'p> {
    /// This context, with `built` giving the files made so far.
    pub fn with_built<'b>(&'b self, built: &'b dyn Previous) -> Context<'b, 'p>
    where
        'a: 'b,
    {
        Context {
            site: self.site,
            theme: self.theme,
            plan: self.plan,
            outputs: self.outputs,
            today: self.today,
            preview: self.preview,
            exact_weights: self.exact_weights,
            previous: self.previous,
            digest: self.digest,
            cancel: self.cancel.clone(),
            progress: self.progress,
            pack: self.pack,
            built,
        }
    }
}

impl Context<'_, '_> {
    /// Whether pages of this build may link to files of `output`.
    pub fn links_to(&self, output: Output) -> bool {
        self.outputs.contains(&output)
    }
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
