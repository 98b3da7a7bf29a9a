//! `altavoz serve`.

use std::process::ExitCode;

use altavoz::serve::{ServeOptions, serve as run};

use super::USAGE_ERROR;
use crate::cli::ServeArgs;

pub fn serve(args: ServeArgs) -> ExitCode {
    let options = ServeOptions {
        root: args.common.root,
        bind: args.bind,
        port: args.port,
        open: args.open,
        quiet: args.common.quiet,
    };
    match run(options) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::from(USAGE_ERROR)
        }
    }
}
