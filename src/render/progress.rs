//! How far a build is, for whoever shows it (the command line draws progress bars). The
//! renderers report each document as it reaches the sink.

use super::Output;

/// Told about a build's work as it goes, from any thread.
pub trait Progress: Send + Sync {
    /// `output` starts making `total` documents.
    fn start(&self, output: Output, total: usize);
    /// One more document of `output` is done (made or reused).
    fn advance(&self, output: Output);
    /// `output` is done.
    fn finish(&self, output: Output);
}

/// Nobody is watching.
pub struct NoProgress;

impl Progress for NoProgress {
    fn start(&self, _: Output, _: usize) {}
    fn advance(&self, _: Output) {}
    fn finish(&self, _: Output) {}
}
