//! `altavoz translate`.

use std::path::PathBuf;
use std::process::ExitCode;

use altavoz::diag::display_path;
use altavoz::pipeline::{Failure, Preparation, Prepared};
use altavoz::translate::start::{self, Outcome};

use altavoz::msg;

use super::{Console, USAGE_ERROR};
use crate::cli::TranslateArgs;

pub fn translate(args: TranslateArgs) -> ExitCode {
    let ui = Console::new(&args.common);
    let root = args.common.root.clone();
    let done = args.done;
    let arguments = args.args;
    let result = Prepared::new(
        &root,
        &Preparation {
            allowed: &["notice-missing"],
            ..Preparation::default()
        },
    )
    .and_then(|prepared| {
        let project = &prepared.project;
        let outcome = if done {
            let paths: Vec<PathBuf> = arguments.iter().map(|p| project_path(&root, p)).collect();
            start::done(&root, project, &paths)
        } else {
            let [campaign, lang, pages @ ..] = arguments.as_slice() else {
                return Err(Failure::Usage(msg!("translate-usage")));
            };
            let Some(campaign) = project.campaigns.iter().find(|c| &c.slug == campaign) else {
                let names: Vec<&str> = project.campaigns.iter().map(|c| c.slug.as_str()).collect();
                return Err(Failure::Usage(altavoz::diag::unknown_name(
                    msg!("usage-no-campaign", name = campaign),
                    campaign,
                    &names,
                )));
            };
            start::start(&root, project, &prepared.theme, campaign, lang, pages)
        };
        outcome.map_err(|e| Failure::Usage(e.0))
    });
    let outcomes = match result {
        Ok(done) => done,
        Err(failure) => return ui.fail(failure),
    };
    for outcome in &outcomes {
        ui.say(&match outcome {
            Outcome::Created(path) => msg!("translate-started", path = display_path(path)),
            Outcome::Done(path) => msg!("translate-done", path = display_path(path)),
            Outcome::Skipped(path, why) => msg!("translate-left", path = display_path(path), reason = why.clone()),
        });
    }
    if outcomes.iter().any(|o| matches!(o, Outcome::Created(_))) && !done {
        ui.say(&msg!("translate-drafts"));
    }
    if outcomes.is_empty() {
        ui.error(&msg!("translate-nothing"));
        return ExitCode::from(USAGE_ERROR);
    }
    ExitCode::SUCCESS
}

/// A path given on the command line, as a path inside the project: relative to the project
/// folder, or to the current folder when it leads into the project.
fn project_path(root: &std::path::Path, given: &str) -> PathBuf {
    let given = PathBuf::from(given);
    let absolute = std::env::current_dir().map(|cwd| cwd.join(&given)).ok();
    let root = std::fs::canonicalize(root).ok();
    match (absolute.and_then(|a| std::fs::canonicalize(a).ok()), root) {
        (Some(absolute), Some(root)) => absolute.strip_prefix(&root).map(PathBuf::from).unwrap_or(given),
        _ => given,
    }
}
