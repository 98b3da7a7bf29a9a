//! `altavoz serve` and `altavoz edit`.

use std::process::ExitCode;

use altavoz::serve::{ServeOptions, serve as run};

use super::{Console, USAGE_ERROR};
use crate::cli::ServeArgs;

pub fn serve(args: ServeArgs) -> ExitCode {
    let (ui, options) = options(args);
    finish(ui, run(options))
}

pub fn edit(args: ServeArgs) -> ExitCode {
    let (ui, options) = options(args);
    finish(ui, altavoz::edit::edit(options))
}

fn options(args: ServeArgs) -> (Console, ServeOptions) {
    let ui = Console::new(&args.common);
    let options = ServeOptions {
        root: args.common.root,
        bind: args.bind,
        port: args.port,
        open: args.open,
        quiet: args.common.quiet,
        drafts: args.drafts,
        messages: ui.lang,
    };
    (ui, options)
}

fn finish(ui: Console, result: Result<(), altavoz::messages::Message>) -> ExitCode {
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            ui.error(&message);
            ExitCode::from(USAGE_ERROR)
        }
    }
}
