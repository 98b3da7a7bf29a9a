//! `altavoz new <dir>` and `altavoz new page <campaign>/<lang>/<name>`.

use std::path::Path;
use std::process::ExitCode;

use altavoz::load::PageKind;
use altavoz::messages::Lang;
use altavoz::msg;
use altavoz::pipeline::today;
use altavoz::starter;
use altavoz::starter::cms::{Backend, Cms};
use altavoz::starter::hosts::Host;

use super::{Console, USAGE_ERROR, language};
use crate::cli::{CmsArgs, NewArgs, NewPage};

pub fn new(args: NewArgs) -> ExitCode {
    match args.page {
        Some(NewPage::Page(page)) => {
            let ui = Console::new(&page.common);
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
            let ui = Console {
                lang,
                quiet: false,
                verbose: false,
                writes: true,
            };
            let Some(dir) = args.dir else {
                ui.error(&msg!("new-usage"));
                return ExitCode::from(USAGE_ERROR);
            };
            let host = args.host.as_deref().and_then(Host::parse);
            let written = starter::project(&dir, lang, today()).and_then(|mut files| {
                if let Some(host) = host {
                    files.extend(starter::hosts::write(&dir, host, lang, today())?);
                }
                if let Some(cms) = args.cms.as_deref().and_then(Cms::parse) {
                    let backend = Backend {
                        forge: host.map_or("github", Host::forge),
                        repo: None,
                        branch: "main".into(),
                    };
                    files.extend(starter::cms::write(&dir, cms, &backend, lang)?);
                }
                Ok(files)
            });
            match written {
                Ok(files) => {
                    ui.say(&msg!("new-done", path = &dir, count = files.len()));
                    if host.is_some() {
                        ui.say(&msg!("new-host-next", path = &dir.join("PUBLISHING.md")));
                    }
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

/// `altavoz cms`: the web editor's configuration written again from the project.
pub fn cms(args: CmsArgs) -> ExitCode {
    let ui = Console::new(&args.common);
    let cms = args
        .cms
        .as_deref()
        .and_then(Cms::parse)
        .or_else(|| starter::cms::existing(&args.common.root))
        .unwrap_or(Cms::Decap);
    let backend = Backend {
        forge: if args.forge == "gitlab" { "gitlab" } else { "github" },
        repo: args.repo,
        branch: args.branch,
    };
    match starter::cms::write(&args.common.root, cms, &backend, ui.lang) {
        Ok(files) => {
            for file in files {
                ui.say(&msg!("cms-written", path = &file));
            }
            ExitCode::SUCCESS
        }
        Err(message) => {
            ui.error(&message);
            ExitCode::from(USAGE_ERROR)
        }
    }
}
