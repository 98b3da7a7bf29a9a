//! Progress of a build on the terminal: one bar per output (web pages, handouts, cards),
//! drawn on stderr by `indicatif` once the build has taken about a second (a quick build stays
//! quiet). When stderr is not a terminal (a log, CI), one plain line per finished output
//! instead; nothing at all with `--quiet`.

use std::collections::BTreeMap;
use std::io::IsTerminal;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use altavoz::msg;
use altavoz::render::{Output, Progress};
use indicatif::{MultiProgress, ProgressBar, ProgressDrawTarget, ProgressStyle};

use super::Console;

/// Builds quicker than this show no progress; `ALTAVOZ_PROGRESS_AFTER` (milliseconds) sets
/// another delay, e.g. 0 for a bar on every build of a screen recording or a test.
const QUIET_FOR: Duration = Duration::from_secs(1);

fn quiet_for() -> Duration {
    std::env::var("ALTAVOZ_PROGRESS_AFTER")
        .ok()
        .and_then(|ms| ms.trim().parse().ok())
        .map_or(QUIET_FOR, Duration::from_millis)
}

pub struct Bars {
    ui: Console,
    started: Instant,
    quiet_for: Duration,
    mode: Shown,
    bars: Mutex<BTreeMap<Output, (ProgressBar, usize)>>,
    multi: MultiProgress,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Shown {
    Off,
    Terminal,
    Lines,
}

impl Bars {
    pub fn new(ui: Console) -> Bars {
        let terminal = std::io::stderr().is_terminal() && std::env::var("TERM").is_ok_and(|t| t != "dumb");
        let mode = match (ui.quiet, terminal) {
            (true, _) => Shown::Off,
            (false, true) => Shown::Terminal,
            (false, false) => Shown::Lines,
        };
        Bars {
            ui,
            started: Instant::now(),
            quiet_for: quiet_for(),
            mode,
            bars: Mutex::new(BTreeMap::new()),
            // Hidden until the build has taken a while.
            multi: MultiProgress::with_draw_target(ProgressDrawTarget::hidden()),
        }
    }

    /// Removes the bars before the report is printed.
    pub fn clear(&self) {
        if self.mode == Shown::Terminal {
            let _ = self.multi.clear();
        }
    }

    fn name(&self, output: Output) -> String {
        self.ui.text(&match output {
            Output::Site => msg!("progress-site"),
            Output::Print => msg!("progress-print"),
            Output::Cards => msg!("progress-cards"),
        })
    }

    /// Shows the bars once the build has been running for [`QUIET_FOR`].
    fn reveal(&self) {
        if self.multi.is_hidden() && self.started.elapsed() >= self.quiet_for {
            self.multi.set_draw_target(ProgressDrawTarget::stderr_with_hz(10));
        }
    }
}

impl Progress for Bars {
    fn start(&self, output: Output, total: usize) {
        if self.mode == Shown::Off {
            return;
        }
        let style = ProgressStyle::with_template("{prefix:>14} [{bar:30}] {pos}/{len}")
            .unwrap_or_else(|_| ProgressStyle::default_bar())
            .progress_chars("=> ");
        let bar = self.multi.add(
            ProgressBar::new(total as u64)
                .with_style(style)
                .with_prefix(self.name(output)),
        );
        if let Ok(mut bars) = self.bars.lock() {
            bars.insert(output, (bar, total));
        }
        self.reveal();
    }

    fn advance(&self, output: Output) {
        if self.mode != Shown::Terminal {
            return;
        }
        if let Some((bar, _)) = self
            .bars
            .lock()
            .ok()
            .and_then(|b| b.get(&output).map(|(bar, n)| (bar.clone(), *n)))
        {
            bar.inc(1);
        }
        self.reveal();
    }

    fn finish(&self, output: Output) {
        let Some((bar, total)) = self.bars.lock().ok().and_then(|b| b.get(&output).cloned()) else {
            return;
        };
        match self.mode {
            Shown::Terminal => bar.finish(),
            Shown::Lines if self.started.elapsed() >= QUIET_FOR => {
                let seconds = format!("{:.1}", self.started.elapsed().as_secs_f64());
                self.multi.suspend(|| {
                    eprintln!(
                        "{}",
                        self.ui.text(&msg!(
                            "progress-done",
                            what = self.name(output),
                            count = total,
                            seconds = seconds
                        ))
                    );
                });
            }
            _ => {}
        }
    }
}
