//! `altavoz build` and `altavoz check`.

use std::process::ExitCode;
use std::sync::Arc;
use std::time::Instant;

use altavoz::localize::Selection;
use altavoz::msg;
use altavoz::pipeline::{self, BuildOptions, Mode};

use super::Console;
use super::progress::Bars;
use crate::cli::{BuildArgs, CheckArgs};

/// Runs the pipeline with progress bars on the terminal; on success, prints its diagnostics.
fn run(ui: Console, mut options: BuildOptions) -> Result<pipeline::Report, pipeline::Failure> {
    let bars = Arc::new(Bars::new(ui));
    options.progress = bars.clone();
    let result = pipeline::build(&options);
    bars.clear();
    if let Ok(report) = &result {
        ui.print_diagnostics(report);
    }
    result
}

pub fn build(args: BuildArgs) -> ExitCode {
    let started = Instant::now();
    let ui = Console::new(&args.common);
    let mut options = BuildOptions::new(&args.common.root);
    // Paths on the command line are relative to where the command runs.
    options.out = args
        .out
        .map(|out| std::env::current_dir().map_or(out.clone(), |cwd| cwd.join(out)));
    options.base_url = args.base_url;
    options.outputs = args.only;
    options.pack = args.pack;
    options.deny_warnings = args.deny_warnings;
    options.selection = Selection {
        campaign: args.campaign,
        lang: args.lang,
        drafts: args.drafts,
    };
    match run(ui, options) {
        Ok(report) => {
            for note in report.notes() {
                ui.say(&note);
            }
            let out = report.out.as_ref().map_or(String::new(), |o| o.display().to_string());
            ui.say(&msg!(
                "build-done",
                pages = report.pages,
                languages = report.languages,
                files = report.files,
                out = out,
                seconds = format!("{:.2}", started.elapsed().as_secs_f64())
            ));
            ExitCode::SUCCESS
        }
        Err(failure) => ui.fail(failure),
    }
}

pub fn check(args: CheckArgs) -> ExitCode {
    let ui = Console {
        writes: false,
        ..Console::new(&args.common)
    };
    let mut options = BuildOptions::new(&args.common.root);
    options.mode = Mode::Check;
    options.deny_warnings = args.deny_warnings;
    match run(ui, options) {
        Ok(report) => {
            print_weights(&ui, &report);
            ui.say(&msg!(
                "check-done",
                pages = report.pages,
                warnings = report.diagnostics.warning_count()
            ));
            ExitCode::SUCCESS
        }
        Err(failure) => ui.fail(failure),
    }
}

/// Each page's weight, for `check`: the first response and all a phone 360 px wide loads.
fn print_weights(ui: &Console, report: &pipeline::Report) {
    use altavoz::render::site::budget::{FIRST_RESPONSE, kb};
    let weights: Vec<_> = report.weights().collect();
    if weights.is_empty() {
        return;
    }
    ui.say(&msg!("weights-title", limit = FIRST_RESPONSE));
    for w in weights {
        ui.say(&msg!(
            "weights-row",
            page = format!("  {:<58}", w.page),
            first = format!("{:>6}", w.first_response),
            total = format!("{:>9}", kb(w.total)),
            heaviest = &w.heaviest.0,
            size = kb(w.heaviest.1)
        ));
        if w.on_demand > 0 {
            ui.say(&msg!("weights-on-demand", page = &w.page, size = kb(w.on_demand)));
        }
    }
}
