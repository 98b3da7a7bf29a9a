//! `altavoz serve`.

use std::process::ExitCode;

use altavoz::serve::{ServeOptions, serve as run};

use super::{USAGE_ERROR, Ui};
use crate::cli::ServeArgs;

pub fn serve(args: ServeArgs) -> ExitCode {
    let ui = Ui::new(&args.common);
    let options = ServeOptions {
        root: args.common.root,
        bind: args.bind,
        port: args.port,
        open: args.open,
        quiet: args.common.quiet,
        drafts: args.drafts,
        messages: ui.lang,
    };
    match run(options) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            ui.error(&message);
            ExitCode::from(USAGE_ERROR)
        }
    }
}
