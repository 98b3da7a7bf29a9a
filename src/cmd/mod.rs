//! One module per command: arguments in, exit code out. No content logic lives here.

pub mod build;
pub mod new;
pub mod po;
pub mod progress;
pub mod serve;
pub mod status;
pub mod translate;

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use altavoz::diag::{self, RenderOptions};
use altavoz::messages::{Catalog, Lang, Message};
use altavoz::msg;
use altavoz::pipeline::{Failure, Report};

use crate::cli::CommonArgs;

pub const CONTENT_ERROR: u8 = 1;
pub const USAGE_ERROR: u8 = 2;

/// How a command talks to the author: in which language, how much.
#[derive(Debug, Clone, Copy)]
pub struct Console {
    pub lang: Lang,
    pub quiet: bool,
    pub verbose: bool,
    /// The command writes files (`build`, `po import`…): a failure says nothing was written.
    pub writes: bool,
}

impl Console {
    /// `--messages`, else `messages:` of the project's altavoz.yaml, else the system locale.
    pub fn new(common: &CommonArgs) -> Console {
        Console {
            lang: language(common.messages.as_deref(), &common.root),
            quiet: common.quiet,
            verbose: common.verbose,
            writes: true,
        }
    }

    pub fn text(&self, message: &Message) -> String {
        Catalog::get(self.lang).text(message)
    }

    /// A line on stderr, unless `--quiet`.
    pub fn say(&self, message: &Message) {
        if !self.quiet {
            eprintln!("{}", self.text(message));
        }
    }

    /// An error line on stderr, even with `--quiet`.
    pub fn error(&self, message: &Message) {
        eprintln!("{}: {}", self.text(&msg!("severity-error")), self.text(message));
    }

    /// Prints a failure to stderr and picks its exit code.
    pub fn fail(&self, failure: Failure) -> ExitCode {
        match failure {
            Failure::Usage(message) => {
                self.error(&message);
                ExitCode::from(USAGE_ERROR)
            }
            Failure::Content(report) => {
                self.print_diagnostics(&report);
                let count = report.diagnostics.error_count();
                self.error(&if self.writes {
                    msg!("problems-found", count = count)
                } else {
                    msg!("problems-found-checked", count = count)
                });
                ExitCode::from(CONTENT_ERROR)
            }
            // Only a preview is ever superseded.
            Failure::Cancelled => ExitCode::from(USAGE_ERROR),
        }
    }

    pub fn print_diagnostics(&self, report: &Report) {
        if report.diagnostics.is_empty() {
            return;
        }
        let options = RenderOptions {
            lang: self.lang,
            verbose: self.verbose,
        };
        let text = diag::render(&report.diagnostics, &|path| report.source_text(path), &options);
        let _ = std::io::stderr().write_all(text.as_bytes());
    }
}

/// The language of messages for a project at `root`.
pub fn language(flag: Option<&str>, root: &Path) -> Lang {
    let config = altavoz::load::messages_setting(root);
    Lang::choose(flag, config.as_deref())
}
