//! Scale benchmark: `cargo bench --bench scale`.
//!
//! Generates projects of 510 to 10,000 pages and reports, for the real `altavoz` binary run as a
//! separate process (wall time, CPU time and peak memory from `/usr/bin/time`):
//!
//! - the website alone, cold (empty output) at 2,000 and 10,000 pages, and pages/s; the same
//!   pages built by Zola and Hugo when they are installed (`zola` and `hugo` on the PATH, or
//!   `ZOLA=` and `HUGO=` giving their paths), as ratios measured in the same run;
//! - the website alone at 10,000 pages with nothing changed;
//! - handouts: the print renderer timed on one-sheet handouts alone and on booklets alone (in
//!   this process, cold), PDFs per second of the whole build in process and of `--only print`;
//! - cards per second, three formats together and link previews (og) alone, and the largest og;
//! - full builds (site, print and cards) of 510, 5,000 and 10,000 pages: time, peak memory, and
//!   the no-change rebuild of 510 pages as a ratio of the cold build.
//!
//! Runs alternate between the tools, and each figure is the median of `ALTAVOZ_BENCH_RUNS`
//! runs (default 3). `ALTAVOZ_BENCH_QUICK=1` leaves out the full builds of 5,000 and 10,000
//! pages; `ALTAVOZ_BENCH_ONLY=website,print,cards,full` (any of them) measures those parts alone.
//! The machine is shared and noisy: compare ratios of one run, not numbers across days.
//! `ALTAVOZ_BENCH_CORPUS=<folder>` only writes the 1,020-, 2,000- and 10,000-page projects (altavoz, Zola,
//! Hugo) there, to profile a build by hand.

mod corpus;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use altavoz::pipeline::{self, BuildOptions, Mode, build};
use altavoz::render::print::PrintRenderer;
use altavoz::render::{Context, NoPrevious, Output, OutputFile, Plan, Renderer, Sink, SinkError};

/// One timed run of a command.
#[derive(Debug, Clone, Copy)]
struct Run {
    wall: f64,
    cpu: f64,
    rss_mb: f64,
}

/// Runs `program args` under `/usr/bin/time`; panics if it fails.
fn timed(program: &Path, args: &[&str]) -> Run {
    let report = tempfile::NamedTempFile::new().unwrap();
    let output = Command::new("/usr/bin/time")
        .args(["-f", "%e %U %S %M", "-o", report.path().to_str().unwrap()])
        .arg(program)
        .args(args)
        .env("SOURCE_DATE_EPOCH", "1795000000")
        .output()
        .expect("/usr/bin/time is needed (apt-get install time)");
    assert!(
        output.status.success(),
        "{} {args:?}: {}{}",
        program.display(),
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    let text = std::fs::read_to_string(report.path()).unwrap();
    let numbers: Vec<f64> = text
        .lines()
        .last()
        .unwrap()
        .split_whitespace()
        .map(|n| n.parse().unwrap())
        .collect();
    Run {
        wall: numbers[0],
        cpu: numbers[1] + numbers[2],
        rss_mb: numbers[3] / 1024.0,
    }
}

fn median(runs: &mut [Run]) -> Run {
    let pick = |values: &mut Vec<f64>| {
        values.sort_by(f64::total_cmp);
        values[values.len() / 2]
    };
    Run {
        wall: pick(&mut runs.iter().map(|r| r.wall).collect()),
        cpu: pick(&mut runs.iter().map(|r| r.cpu).collect()),
        rss_mb: pick(&mut runs.iter().map(|r| r.rss_mb).collect()),
    }
}

fn runs() -> usize {
    std::env::var("ALTAVOZ_BENCH_RUNS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(3)
}

/// A peer's program: `ENV=path`, else the name on the PATH.
fn peer(name: &str, env: &str) -> Option<PathBuf> {
    if let Some(path) = std::env::var_os(env) {
        return Some(PathBuf::from(path));
    }
    let found = Command::new("sh")
        .args(["-c", &format!("command -v {name}")])
        .output()
        .ok()?;
    let path = String::from_utf8(found.stdout).ok()?.trim().to_string();
    (!path.is_empty()).then(|| PathBuf::from(path))
}

fn altavoz() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_altavoz"))
}

fn line(name: &str, run: Run, extra: &str) {
    println!(
        "{name:<44} {:>7.2} s wall {:>7.2} s CPU {:>7.0} MiB   {extra}",
        run.wall, run.cpu, run.rss_mb
    );
}

/// The website alone, cold, by altavoz, Zola and Hugo, on `pages` pages. Returns altavoz's
/// pages per second.
fn website(work: &Path, pages: usize) -> f64 {
    let project = work.join(format!("altavoz-{pages}"));
    corpus::altavoz(&project, pages, 100);
    let zola = peer("zola", "ZOLA");
    let hugo = peer("hugo", "HUGO");
    if zola.is_some() {
        corpus::zola(&work.join(format!("zola-{pages}")), pages, 100);
    }
    if hugo.is_some() {
        corpus::hugo(&work.join(format!("hugo-{pages}")), pages, 100);
    }
    let (mut ours, mut theirs_z, mut theirs_h) = (Vec::new(), Vec::new(), Vec::new());
    for round in 0..runs() {
        let out = work.join(format!("out-{pages}-{round}"));
        ours.push(timed(
            &altavoz(),
            &[
                "build",
                "--quiet",
                "--only",
                "site",
                "--root",
                project.to_str().unwrap(),
                "--out",
                out.join("altavoz").to_str().unwrap(),
            ],
        ));
        if let Some(zola) = &zola {
            let site = work.join(format!("zola-{pages}"));
            theirs_z.push(timed(
                zola,
                &[
                    "--root",
                    site.to_str().unwrap(),
                    "build",
                    "--output-dir",
                    out.join("zola").to_str().unwrap(),
                ],
            ));
        }
        if let Some(hugo) = &hugo {
            let site = work.join(format!("hugo-{pages}"));
            theirs_h.push(timed(
                hugo,
                &[
                    "--quiet",
                    "--source",
                    site.to_str().unwrap(),
                    "--destination",
                    out.join("hugo").to_str().unwrap(),
                ],
            ));
        }
    }
    let ours = median(&mut ours);
    let rate = pages as f64 / ours.wall;
    line(
        &format!("website, {pages} pages, cold: altavoz"),
        ours,
        &format!("{rate:.0} pages/s"),
    );
    for (name, runs) in [("Zola", &mut theirs_z), ("Hugo", &mut theirs_h)] {
        if runs.is_empty() {
            println!(
                "website, {pages} pages, cold: {name} not installed (set {})",
                name.to_uppercase()
            );
            continue;
        }
        let theirs = median(runs);
        line(
            &format!("website, {pages} pages, cold: {name}"),
            theirs,
            &format!(
                "altavoz/{name}: wall {:.2}, CPU {:.2}, memory {:.2}",
                ours.wall / theirs.wall,
                ours.cpu / theirs.cpu,
                ours.rss_mb / theirs.rss_mb
            ),
        );
    }
    if pages >= 10_000 {
        let out = work.join(format!("out-{pages}-0/altavoz"));
        let mut again: Vec<Run> = (0..runs())
            .map(|_| {
                timed(
                    &altavoz(),
                    &[
                        "build",
                        "--quiet",
                        "--only",
                        "site",
                        "--root",
                        project.to_str().unwrap(),
                        "--out",
                        out.to_str().unwrap(),
                    ],
                )
            })
            .collect();
        let again = median(&mut again);
        line(
            &format!("website, {pages} pages, nothing changed"),
            again,
            &format!("ratio to cold {:.3}", again.wall / ours.wall),
        );
    }
    rate
}

/// Documents per second of one output, in this process, without writing.
fn in_process(root: &Path, output: Output, mode: Mode) -> (usize, f64) {
    let mut options = BuildOptions::new(root);
    options.outputs = vec![output];
    options.mode = mode;
    build(&options).unwrap();
    let mut seconds = Vec::new();
    let mut documents = 0;
    for _ in 0..runs() {
        typst::comemo::evict(0);
        let started = Instant::now();
        let report = build(&options).unwrap();
        seconds.push(started.elapsed().as_secs_f64());
        documents = report.rendered.iter().map(|(_, r)| r.made + r.reused).sum();
    }
    seconds.sort_by(f64::total_cmp);
    (documents, seconds[seconds.len() / 2])
}

/// A sink that counts the PDFs and lets every file go.
#[derive(Default)]
struct Counter(std::sync::atomic::AtomicUsize);

impl Sink for Counter {
    fn put(&self, file: OutputFile) -> Result<(), SinkError> {
        if file.path.ends_with(".pdf") {
            self.0.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        }
        Ok(())
    }
}

/// The print renderer timed on one-sheet handouts alone and on booklets alone, cold, in this
/// process (the sources loaded, checked and localized once, before the timing):
/// ((handouts, seconds), (booklets, seconds)).
fn print_apart(root: &Path) -> ((usize, f64), (usize, f64)) {
    let mut options = BuildOptions::new(root);
    options.mode = Mode::Check;
    let (apart, _) = pipeline::with_context(&options, &[Output::Print], |cx, _| {
        let time = |sheets: bool| {
            let mut plan = Plan::new(cx.site, cx.theme, &[Output::Print], cx.today);
            if sheets {
                plan.booklets.clear();
            } else {
                plan.pages.iter_mut().for_each(|p| p.handouts.clear());
            }
            let cx = Context {
                site: cx.site,
                theme: cx.theme,
                plan: &plan,
                outputs: cx.outputs,
                today: cx.today,
                preview: false,
                exact_weights: false,
                previous: &NoPrevious,
                digest: cx.digest,
                cancel: cx.cancel.clone(),
                progress: cx.progress,
                pack: false,
                built: &NoPrevious,
            };
            let mut seconds = Vec::new();
            let mut count = 0;
            for _ in 0..runs() {
                typst::comemo::evict(0);
                let sink = Counter::default();
                let started = Instant::now();
                PrintRenderer.render(&cx, &sink).unwrap();
                seconds.push(started.elapsed().as_secs_f64());
                count = sink.0.into_inner();
            }
            seconds.sort_by(f64::total_cmp);
            (count, seconds[seconds.len() / 2])
        };
        Ok((time(true), time(false)))
    })
    .unwrap_or_else(|_| panic!("the print bench project does not build"));
    apart
}

fn main() {
    if let Some(folder) = std::env::var_os("ALTAVOZ_BENCH_CORPUS") {
        for pages in [1_020, 2_000, 10_000] {
            let folder = Path::new(&folder);
            corpus::altavoz(&folder.join(format!("altavoz-{pages}")), pages, 100);
            corpus::zola(&folder.join(format!("zola-{pages}")), pages, 100);
            corpus::hugo(&folder.join(format!("hugo-{pages}")), pages, 100);
        }
        return;
    }
    let work = tempfile::tempdir().unwrap();
    let work = work.path();
    println!("threads: {}", rayon::current_num_threads());

    if part("website") {
        let small = website(work, 2_000);
        let large = website(work, 10_000);
        println!(
            "website throughput at 10,000 pages: {:.2} of the throughput at 2,000",
            large / small
        );
    }
    if part("print") || part("cards") {
        documents(work);
    }
    if part("full") {
        full(work);
    }
}

/// Whether this run measures `name` (`ALTAVOZ_BENCH_ONLY=print,cards` measures those alone).
fn part(name: &str) -> bool {
    std::env::var("ALTAVOZ_BENCH_ONLY").map_or(true, |only| only.split(',').any(|p| p.trim() == name))
}

/// Handouts and cards of 1,020 pages.
fn documents(work: &Path) {
    let documents = work.join("altavoz-1020");
    corpus::altavoz(&documents, 1_020, 100);
    if part("print") {
        print(work, &documents);
    }
    if part("cards") {
        cards(work, &documents);
    }
}

/// Handouts: the renderer on each kind alone, the whole build in process and as `--only print`.
fn print(work: &Path, documents: &Path) {
    // Every build that makes handouts makes the booklets too (one per campaign and paper size,
    // each of 100 pages): the renderer is timed on each kind alone, then the whole build.
    let ((sheets, sheet_seconds), (booklets, booklet_seconds)) = print_apart(documents);
    println!(
        "print renderer, one-sheet handouts alone: {sheets} in {sheet_seconds:.2} s = {:.0} handouts/s",
        sheets as f64 / sheet_seconds
    );
    println!(
        "print renderer, booklets alone: {booklets} of 100 pages each in {booklet_seconds:.2} s = {:.2} s a booklet",
        booklet_seconds / booklets as f64
    );
    let (all, seconds_all) = in_process(documents, Output::Print, Mode::Check);
    println!(
        "print, 1,020 pages (in process, with loading): {all} PDFs in {seconds_all:.2} s = {:.0} PDFs/s",
        all as f64 / seconds_all
    );
    let out = work.join("out-print");
    let mut print: Vec<Run> = (0..runs())
        .map(|round| {
            timed(
                &altavoz(),
                &[
                    "build",
                    "--quiet",
                    "--only",
                    "print",
                    "--root",
                    documents.to_str().unwrap(),
                    "--out",
                    out.join(round.to_string()).to_str().unwrap(),
                ],
            )
        })
        .collect();
    let print = median(&mut print);
    line(
        "--only print, 1,020 pages",
        print,
        &format!("{:.0} PDFs/s, booklets included", all as f64 / print.wall),
    );
}

/// Cards: the three formats, then link previews alone.
fn cards(work: &Path, documents: &Path) {
    let out = work.join("out-cards");
    let mut cards: Vec<Run> = (0..runs())
        .map(|round| {
            timed(
                &altavoz(),
                &[
                    "build",
                    "--quiet",
                    "--only",
                    "cards",
                    "--root",
                    documents.to_str().unwrap(),
                    "--out",
                    out.join(round.to_string()).to_str().unwrap(),
                ],
            )
        })
        .collect();
    let cards = median(&mut cards);
    let pngs: Vec<(String, u64)> = walkdir::WalkDir::new(out.join("0"))
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.path().extension().is_some_and(|x| x == "png"))
        .map(|e| (e.file_name().to_string_lossy().to_string(), e.metadata().unwrap().len()))
        .collect();
    let og: Vec<u64> = pngs
        .iter()
        .filter(|(n, _)| n.ends_with("-og.png"))
        .map(|(_, s)| *s)
        .collect();
    line(
        "--only cards, 1,020 pages",
        cards,
        &format!(
            "{:.0} cards/s ({} cards), largest og {} KB",
            pngs.len() as f64 / cards.wall,
            pngs.len(),
            og.iter().max().unwrap_or(&0) / 1024
        ),
    );
    // Link previews alone: a campaign setting limits the formats.
    let og_only = work.join("altavoz-1020-og");
    corpus::altavoz(&og_only, 1_020, 100);
    for entry in std::fs::read_dir(og_only.join("campaigns")).unwrap() {
        let config = entry.unwrap().path().join("campaign.yaml");
        let text = std::fs::read_to_string(&config).unwrap();
        std::fs::write(&config, format!("{text}cards: [og]\n")).unwrap();
    }
    let mut og_runs: Vec<Run> = (0..runs())
        .map(|round| {
            timed(
                &altavoz(),
                &[
                    "build",
                    "--quiet",
                    "--only",
                    "cards",
                    "--root",
                    og_only.to_str().unwrap(),
                    "--out",
                    work.join(format!("out-og-{round}")).to_str().unwrap(),
                ],
            )
        })
        .collect();
    let og_run = median(&mut og_runs);
    let og_cards = walkdir::WalkDir::new(work.join("out-og-0"))
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_string_lossy().ends_with("-og.png"))
        .count();
    line(
        "--only cards, og only, 1,020 pages",
        og_run,
        &format!("{:.0} cards/s ({og_cards} cards)", og_cards as f64 / og_run.wall),
    );
}

/// Full builds (site, print and cards), cold, and the no-change rebuild of 510 pages.
fn full(work: &Path) {
    let quick = std::env::var_os("ALTAVOZ_BENCH_QUICK").is_some();
    for pages in [510, 5_000, 10_000] {
        if quick && pages > 510 {
            continue;
        }
        let project = work.join(format!("altavoz-full-{pages}"));
        corpus::altavoz(&project, pages, 100);
        let out = work.join(format!("out-full-{pages}"));
        let args = |out: &Path| {
            vec![
                "build".to_string(),
                "--quiet".into(),
                "--root".into(),
                project.to_str().unwrap().into(),
                "--out".into(),
                out.to_str().unwrap().into(),
            ]
        };
        let cold_args = args(&out);
        let cold = timed(&altavoz(), &cold_args.iter().map(String::as_str).collect::<Vec<_>>());
        line(&format!("full build, {pages} pages, cold"), cold, "");
        if pages == 510 {
            let mut again: Vec<Run> = (0..runs())
                .map(|_| timed(&altavoz(), &cold_args.iter().map(String::as_str).collect::<Vec<_>>()))
                .collect();
            let again = median(&mut again);
            line(
                &format!("full build, {pages} pages, nothing changed"),
                again,
                &format!("ratio to cold {:.3}", again.wall / cold.wall),
            );
        }
        let _ = std::fs::remove_dir_all(&out);
    }
}
