//! `altavoz build` and `altavoz check`.

use std::process::ExitCode;
use std::time::Instant;

use altavoz::localize::Selection;
use altavoz::pipeline::{self, BuildOptions, Mode};

use super::{fail, print_diagnostics};
use crate::cli::{BuildArgs, CommonArgs};

pub fn build(args: BuildArgs) -> ExitCode {
    let started = Instant::now();
    let mut options = BuildOptions::new(&args.common.root);
    // Paths on the command line are relative to where the command runs.
    options.out = args
        .out
        .map(|out| std::env::current_dir().map_or(out.clone(), |cwd| cwd.join(out)));
    options.base_url = args.base_url;
    options.outputs = args.only;
    options.selection = Selection {
        campaign: args.campaign,
        lang: args.lang,
        drafts: args.drafts,
    };
    match pipeline::build(&options) {
        Ok(report) => {
            print_diagnostics(&report);
            if !args.common.quiet {
                for note in report.notes() {
                    eprintln!("{note}");
                }
                let out = report.out.as_ref().map_or(String::new(), |o| o.display().to_string());
                eprintln!(
                    "built {} pages in {} language{} ({} files) into {out} in {:.2} s",
                    report.pages,
                    report.languages,
                    if report.languages == 1 { "" } else { "s" },
                    report.files,
                    started.elapsed().as_secs_f64()
                );
            }
            ExitCode::SUCCESS
        }
        Err(failure) => fail(failure),
    }
}

pub fn check(args: CommonArgs) -> ExitCode {
    let mut options = BuildOptions::new(&args.root);
    options.mode = Mode::Check;
    match pipeline::build(&options) {
        Ok(report) => {
            print_diagnostics(&report);
            if !args.quiet {
                let warnings = report.diagnostics.iter().count();
                eprintln!(
                    "no errors ({} page{} checked, {warnings} warning{})",
                    report.pages,
                    if report.pages == 1 { "" } else { "s" },
                    if warnings == 1 { "" } else { "s" }
                );
            }
            ExitCode::SUCCESS
        }
        Err(failure) => fail(failure),
    }
}
