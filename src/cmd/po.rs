//! `altavoz po export` and `altavoz po import`.

use std::io::Write;
use std::process::ExitCode;

use altavoz::diag::display_path;
use altavoz::pipeline::{Failure, Preparation, Prepared, Report};
use altavoz::translate::po::{self, Outcome, PoInput, Stop};

use altavoz::msg;

use super::{CONTENT_ERROR, Console, USAGE_ERROR};
use crate::cli::{PoExportArgs, PoImportArgs};

pub fn export(args: PoExportArgs) -> ExitCode {
    let ui = Console::new(&args.common);
    let result = Prepared::new(
        &args.common.root,
        &Preparation {
            allowed: &["notice-missing"],
            ..Preparation::default()
        },
    )
    .and_then(|prepared| po::export(&prepared, &args.campaign, &args.lang).map_err(|e| Failure::Usage(e.0)));
    let exported = match result {
        Ok(exported) => exported,
        Err(failure) => return ui.fail(failure),
    };
    match &args.output {
        None => {
            let _ = std::io::stdout().write_all(exported.text.as_bytes());
        }
        Some(file) => {
            if let Err(e) = altavoz::write::source_file(file, exported.text.as_bytes()) {
                ui.error(&e.message());
                return ExitCode::from(USAGE_ERROR);
            }
            ui.say(&msg!(
                "po-exported",
                path = display_path(file),
                count = exported.entries,
                lang = &args.lang,
                translated = exported.translated,
                fuzzy = exported.fuzzy,
                empty = exported.entries - exported.translated - exported.fuzzy
            ));
        }
    }
    ExitCode::SUCCESS
}

pub fn import(args: PoImportArgs) -> ExitCode {
    let ui = Console::new(&args.common);
    let bytes = match std::fs::read(&args.file) {
        Ok(bytes) => bytes,
        Err(e) => {
            ui.error(&msg!(
                "load-io",
                path = display_path(&args.file),
                reason = e.to_string()
            ));
            return ExitCode::from(USAGE_ERROR);
        }
    };
    let input = PoInput {
        path: &args.file,
        bytes: &bytes,
        campaign: args.campaign.as_deref(),
        lang: args.lang.as_deref(),
    };
    let result = Prepared::new(
        &args.common.root,
        &Preparation {
            allowed: &["notice-missing"],
            ..Preparation::default()
        },
    )
    .map(|prepared| po::import(&prepared, &input));
    let po_text = String::from_utf8_lossy(&bytes).to_string();
    let shown = |diagnostics, mut texts: std::collections::BTreeMap<_, _>| {
        texts.insert(args.file.clone(), po_text.as_str().into());
        Report {
            diagnostics,
            texts: texts.into(),
            ..Report::default()
        }
    };
    let imported = match result {
        Ok(Ok(imported)) => imported,
        Ok(Err(Stop::Usage(message))) => return ui.fail(Failure::Usage(message)),
        Ok(Err(Stop::Content { diagnostics, texts })) => {
            let count = diagnostics.error_count();
            let in_pages = !texts.is_empty();
            ui.print_diagnostics(&shown(diagnostics, texts));
            let file = display_path(&args.file);
            ui.error(&if in_pages {
                msg!("po-pages-would-break", file = file, count = count)
            } else {
                msg!("po-problems", file = file, count = count)
            });
            return ExitCode::from(CONTENT_ERROR);
        }
        Err(failure) => return ui.fail(failure),
    };
    ui.print_diagnostics(&shown(imported.warnings, Default::default()));
    for outcome in &imported.outcomes {
        ui.say(&match outcome {
            Outcome::Written { path, draft: false, .. } => msg!("po-published", path = display_path(path)),
            Outcome::Written {
                path,
                draft: true,
                created: true,
            } => msg!("po-started-draft", path = display_path(path)),
            Outcome::Written { path, .. } => msg!("po-updated-draft", path = display_path(path)),
            Outcome::Left { path, why } => msg!("po-left", path = display_path(path), reason = why.clone()),
        });
    }
    if imported.outcomes.is_empty() {
        ui.say(&msg!(
            "po-nothing",
            file = display_path(&args.file),
            count = imported.unchanged
        ));
    }
    ExitCode::SUCCESS
}
