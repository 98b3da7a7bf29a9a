//! `altavoz new <dir>` and `altavoz new page <campaign>/<lang>/<name>`.

use std::path::Path;
use std::process::ExitCode;

use altavoz::load::PageKind;
use altavoz::messages::Lang;
use altavoz::msg;
use altavoz::pipeline::today;
use altavoz::starter;

use super::{USAGE_ERROR, Ui, language};
use crate::cli::{NewArgs, NewPage};

pub fn new(args: NewArgs) -> ExitCode {
    match args.page {
        Some(NewPage::Page(page)) => {
            let ui = Ui::new(&page.common);
            let kind = PageKind::ALL
                .into_iter()
                .find(|k| k.as_str() == page.kind)
                .unwrap_or_default();
            match starter::page(&page.common.root, &page.path, kind, ui.lang, today()) {
                Ok(path) => {
                    ui.say(&msg!("new-page-done", path = &path));
                    ExitCode::SUCCESS
                }
                Err(message) => {
                    ui.error(&message);
                    ExitCode::from(USAGE_ERROR)
                }
            }
        }
        None => {
            let lang = match &args.messages {
                Some(flag) => Lang::choose(Some(flag), None),
                None => language(None, Path::new("")),
            };
            let ui = Ui {
                lang,
                quiet: false,
                verbose: false,
            };
            let Some(dir) = args.dir else {
                ui.error(&msg!("new-usage"));
                return ExitCode::from(USAGE_ERROR);
            };
            match starter::project(&dir, lang, today()) {
                Ok(files) => {
                    ui.say(&msg!("new-done", path = &dir, count = files.len()));
                    ExitCode::SUCCESS
                }
                Err(message) => {
                    ui.error(&message);
                    ExitCode::from(USAGE_ERROR)
                }
            }
        }
    }
}
