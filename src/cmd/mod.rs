//! One module per command: arguments in, exit code out. No content logic lives here.

pub mod build;
pub mod po;
pub mod serve;
pub mod status;
pub mod translate;

use std::io::Write;
use std::process::ExitCode;

use altavoz::diag;
use altavoz::pipeline::{Failure, Report};

pub const CONTENT_ERROR: u8 = 1;
pub const USAGE_ERROR: u8 = 2;

/// Prints a failure to stderr and picks its exit code.
pub fn fail(failure: Failure) -> ExitCode {
    match failure {
        Failure::Usage(message) => {
            eprintln!("error: {message}");
            ExitCode::from(USAGE_ERROR)
        }
        Failure::Content(report) => {
            print_diagnostics(&report);
            let count = report.diagnostics.error_count();
            eprintln!(
                "error: {count} problem{} found; nothing was written (the previous output is unchanged)",
                if count == 1 { "" } else { "s" }
            );
            ExitCode::from(CONTENT_ERROR)
        }
        // Only a preview is ever superseded.
        Failure::Cancelled => ExitCode::from(USAGE_ERROR),
    }
}

pub fn print_diagnostics(report: &Report) {
    if report.diagnostics.is_empty() {
        return;
    }
    let text = diag::render(&report.diagnostics, &|path| report.source_text(path));
    let _ = std::io::stderr().write_all(text.as_bytes());
}
