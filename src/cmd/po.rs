//! `altavoz po export` and `altavoz po import`.

use std::io::Write;
use std::process::ExitCode;

use altavoz::diag::display_path;
use altavoz::pipeline::{self, BuildOptions, Failure, Mode, Report};
use altavoz::translate::po::{self, Outcome, PoInput, Stop};

use super::{CONTENT_ERROR, USAGE_ERROR, fail, print_diagnostics};
use crate::cli::{PoExportArgs, PoImportArgs};

pub fn export(args: PoExportArgs) -> ExitCode {
    let root = args.common.root.clone();
    let mut options = BuildOptions::new(&root);
    options.mode = Mode::Check;
    let today = options.today;
    let result = pipeline::with_context(&options, &[], |context, report| {
        po::export(
            &root,
            context.site.project,
            &report.texts,
            &args.campaign,
            &args.lang,
            today,
        )
        .map_err(|e| Failure::Usage(e.to_string()))
    });
    let exported = match result {
        Ok((exported, _)) => exported,
        Err(failure) => return fail(failure),
    };
    match &args.output {
        None => {
            let _ = std::io::stdout().write_all(exported.text.as_bytes());
        }
        Some(file) => {
            if let Err(e) = altavoz::write::source_file(file, exported.text.as_bytes()) {
                eprintln!("error: {e}");
                return ExitCode::from(USAGE_ERROR);
            }
            if !args.common.quiet {
                let empty = exported.entries - exported.translated - exported.fuzzy;
                eprintln!(
                    "wrote {}: {} texts to translate into {} ({} translated, {} fuzzy to check, {} empty)",
                    display_path(file),
                    exported.entries,
                    args.lang,
                    exported.translated,
                    exported.fuzzy,
                    empty
                );
            }
        }
    }
    ExitCode::SUCCESS
}

pub fn import(args: PoImportArgs) -> ExitCode {
    let bytes = match std::fs::read(&args.file) {
        Ok(bytes) => bytes,
        Err(e) => {
            eprintln!("error: cannot read {}: {e}", args.file.display());
            return ExitCode::from(USAGE_ERROR);
        }
    };
    let root = args.common.root.clone();
    let mut options = BuildOptions::new(&root);
    options.mode = Mode::Check;
    let today = options.today;
    let input = PoInput {
        path: &args.file,
        bytes: &bytes,
        campaign: args.campaign.as_deref(),
        lang: args.lang.as_deref(),
    };
    let result = pipeline::with_context(&options, &[], |context, report| {
        Ok(po::import(&root, context.site.project, &report.texts, &input, today))
    });
    let po_text = String::from_utf8_lossy(&bytes).to_string();
    let shown = |diagnostics, mut texts: std::collections::BTreeMap<_, _>| {
        texts.insert(args.file.clone(), po_text.clone());
        Report {
            diagnostics,
            texts,
            ..Report::default()
        }
    };
    let imported = match result {
        Ok((Ok(imported), _)) => imported,
        Ok((Err(Stop::Usage(message)), _)) => return fail(Failure::Usage(message)),
        Ok((Err(Stop::Content { diagnostics, texts }), _)) => {
            let count = diagnostics.error_count();
            let plural = if count == 1 { "" } else { "s" };
            let in_pages = !texts.is_empty();
            print_diagnostics(&shown(diagnostics, texts));
            if in_pages {
                eprintln!(
                    "error: with the translations of {}, the pages above would have {count} problem{plural}; no page was written",
                    display_path(&args.file)
                );
            } else {
                eprintln!(
                    "error: {count} problem{plural} found in {}; no page was written",
                    display_path(&args.file)
                );
            }
            return ExitCode::from(CONTENT_ERROR);
        }
        Err(failure) => return fail(failure),
    };
    print_diagnostics(&shown(imported.warnings, Default::default()));
    if !args.common.quiet {
        for outcome in &imported.outcomes {
            match outcome {
                Outcome::Written { path, draft: false, .. } => eprintln!(
                    "translated {}: published, up to date with its source",
                    display_path(path)
                ),
                Outcome::Written {
                    path,
                    draft: true,
                    created: true,
                } => eprintln!(
                    "started {} as a draft (some texts are still empty or fuzzy): readers keep the fallback page",
                    display_path(path)
                ),
                Outcome::Written { path, .. } => {
                    eprintln!(
                        "updated the draft {} (some texts are still empty or fuzzy)",
                        display_path(path)
                    )
                }
                Outcome::Left { path, why } => eprintln!("left {} as it is: {why}", display_path(path)),
            }
        }
        if imported.outcomes.is_empty() {
            eprintln!(
                "nothing to import: {} has no new translations ({} page{} as they are)",
                display_path(&args.file),
                imported.unchanged,
                if imported.unchanged == 1 { "" } else { "s" }
            );
        }
    }
    ExitCode::SUCCESS
}
