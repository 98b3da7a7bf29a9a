//! Scale benchmark: `cargo bench --bench scale`.
//!
//! Generates realistic projects (`corpus.rs`: varied 300–800-word pages in Spanish, English,
//! French and Arabic, photos, myths, cards over photos) and times the real `altavoz` binary as
//! a separate process (wall time, CPU time and peak memory from `/usr/bin/time`), every figure
//! beside a peer measured in the same run, runs alternating:
//!
//! - the website alone, cold, at 2,000 and 10,000 pages, against Zola and Hugo (`zola` and
//!   `hugo` on the PATH, or `ZOLA=`/`HUGO=`) and the previous release (`ALTAVOZ_BASELINE=` the
//!   path of its binary, kept outside `target/`); the 10,000 pages again with nothing changed;
//! - print: `--only print` (handouts, booklets, posters, workshop slides and notes), CPU per
//!   PDF against typst's own compile of a plain A4 handout of the same text (Python's `typst`
//!   package, `pip install typst`), and the print renderer on each kind alone (in this process):
//!   what a booklet, a poster and a deck cost in one-sheet handouts;
//! - cards: `--only cards`, cards per second, against the previous release;
//! - full builds (site, print and cards), cold, and the no-change rebuild as a ratio of cold.
//!
//! Each figure is the median of `ALTAVOZ_BENCH_RUNS` runs (default 3). `ALTAVOZ_BENCH_QUICK=1`
//! leaves out the 10,000-page full build; `ALTAVOZ_BENCH_ONLY=website,print,cards,full` (any of
//! them) measures those parts alone; `ALTAVOZ_BIN=` measures another binary than this build's
//! (the `dist` profile's, which people download). Machines differ about 3× in speed and are noisy: only the
//! ratios of one run mean anything. `ALTAVOZ_BENCH_CORPUS=<folder>` only writes the 1,000-,
//! 2,000- and 10,000-page projects (altavoz, Zola, Hugo) there, to profile a build by hand.

mod corpus;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use altavoz::pipeline::{self, BuildOptions, Mode};
use altavoz::render::print::PrintRenderer;
use altavoz::render::{Context, NoPrevious, Output, OutputFile, Plan, Renderer, Sink, SinkError};
use corpus::Corpus;

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

/// The binary measured: this build's, or `ALTAVOZ_BIN` (such as the `dist` profile's, which
/// is the one people download).
fn altavoz() -> PathBuf {
    std::env::var_os("ALTAVOZ_BIN").map_or_else(|| PathBuf::from(env!("CARGO_BIN_EXE_altavoz")), PathBuf::from)
}

/// The previous release's binary (`ALTAVOZ_BASELINE`), to measure against in the same run.
fn baseline() -> Option<PathBuf> {
    std::env::var_os("ALTAVOZ_BASELINE").map(PathBuf::from)
}

/// `ours` against `theirs` as the three ratios.
fn ratios(ours: Run, theirs: Run) -> String {
    format!(
        "wall {:.2}, CPU {:.2}, memory {:.2}",
        ours.wall / theirs.wall,
        ours.cpu / theirs.cpu,
        ours.rss_mb / theirs.rss_mb
    )
}

/// `altavoz build --quiet <args>` by this binary and, alternating, the baseline's: the median
/// of each.
fn both(args: &dyn Fn(usize, &str) -> Vec<String>) -> (Run, Option<Run>) {
    let (mut ours, mut theirs) = (Vec::new(), Vec::new());
    for round in 0..runs() {
        let mine = args(round, "new");
        ours.push(timed(&altavoz(), &mine.iter().map(String::as_str).collect::<Vec<_>>()));
        if let Some(old) = baseline() {
            let theirs_args = args(round, "old");
            theirs.push(timed(&old, &theirs_args.iter().map(String::as_str).collect::<Vec<_>>()));
        }
    }
    (median(&mut ours), (!theirs.is_empty()).then(|| median(&mut theirs)))
}

/// Prints `ours` and, when measured, the baseline's run with the ratios.
fn with_baseline(name: &str, ours: Run, theirs: Option<Run>, extra: &str) {
    line(name, ours, extra);
    match theirs {
        Some(theirs) => line(
            &format!("{name}: previous release"),
            theirs,
            &format!("new/previous: {}", ratios(ours, theirs)),
        ),
        None => println!("{name}: no previous release to compare (set ALTAVOZ_BASELINE)"),
    }
}

fn line(name: &str, run: Run, extra: &str) {
    println!(
        "{name:<44} {:>7.2} s wall {:>7.2} s CPU {:>7.0} MiB   {extra}",
        run.wall, run.cpu, run.rss_mb
    );
}

/// The website alone, cold, by altavoz, its previous release, Zola and Hugo, on `pages` pages.
/// Returns altavoz's pages per second.
fn website(corpus: &Corpus, work: &Path, pages: usize) -> f64 {
    let project = work.join(format!("altavoz-{pages}"));
    corpus.altavoz(&project, pages, 100);
    let zola = peer("zola", "ZOLA");
    let hugo = peer("hugo", "HUGO");
    if zola.is_some() {
        corpus.zola(&work.join(format!("zola-{pages}")), pages, 100);
    }
    if hugo.is_some() {
        corpus.hugo(&work.join(format!("hugo-{pages}")), pages, 100);
    }
    let site_args = |out: &Path| {
        vec![
            "build".to_string(),
            "--quiet".into(),
            "--only".into(),
            "site".into(),
            "--root".into(),
            project.to_str().unwrap().into(),
            "--out".into(),
            out.to_str().unwrap().into(),
        ]
    };
    let (mut ours, mut old, mut theirs_z, mut theirs_h) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    for round in 0..runs() {
        let out = work.join(format!("out-{pages}-{round}"));
        let args = site_args(&out.join("altavoz"));
        ours.push(timed(&altavoz(), &args.iter().map(String::as_str).collect::<Vec<_>>()));
        if let Some(baseline) = baseline() {
            let args = site_args(&out.join("baseline"));
            old.push(timed(&baseline, &args.iter().map(String::as_str).collect::<Vec<_>>()));
        }
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
    line(&format!("website, {pages} pages, cold: altavoz"), ours, "");
    for (name, runs) in [
        ("previous release", &mut old),
        ("Zola", &mut theirs_z),
        ("Hugo", &mut theirs_h),
    ] {
        if runs.is_empty() {
            println!("website, {pages} pages, cold: {name} not measured (set ALTAVOZ_BASELINE, ZOLA, HUGO)");
            continue;
        }
        let theirs = median(runs);
        line(
            &format!("website, {pages} pages, cold: {name}"),
            theirs,
            &format!("altavoz/{name}: {}", ratios(ours, theirs)),
        );
    }
    if pages >= 10_000 {
        let again = |binary: &Path, folder: &str| {
            let out = work.join(format!("out-{pages}-0/{folder}"));
            let args = site_args(&out);
            let mut runs: Vec<Run> = (0..runs())
                .map(|_| timed(binary, &args.iter().map(String::as_str).collect::<Vec<_>>()))
                .collect();
            median(&mut runs)
        };
        let unchanged = again(&altavoz(), "altavoz");
        line(
            &format!("website, {pages} pages, nothing changed"),
            unchanged,
            &format!("ratio to cold {:.3}", unchanged.wall / ours.wall),
        );
    }
    rate
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

/// The kinds of PDF the print renderer makes, each timed alone.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Handouts,
    Booklets,
    Posters,
    Decks,
}

/// The print renderer timed on each kind of PDF alone, cold, in this process (the sources
/// loaded, checked and localized once, before the timing): (kind, PDFs, seconds).
fn print_apart(root: &Path) -> Vec<(Kind, usize, f64)> {
    let mut options = BuildOptions::new(root);
    options.mode = Mode::Check;
    let (apart, _) = pipeline::with_context(&options, &[Output::Print], |cx, _| {
        let time = |kind: Kind| {
            let mut plan = Plan::new(cx.site, cx.theme, &[Output::Print], cx.today);
            if kind != Kind::Booklets {
                plan.booklets.clear();
            }
            if kind != Kind::Decks {
                plan.decks.clear();
            }
            for page in &mut plan.pages {
                if kind != Kind::Handouts {
                    page.handouts.clear();
                }
                if kind != Kind::Posters {
                    page.posters.clear();
                }
            }
            let cx = Context {
                site: cx.site,
                theme: cx.theme,
                plan: &plan,
                outputs: cx.outputs,
                today: cx.today,
                preview: false,
                background: false,
                previous: &NoPrevious,
                cancel: cx.cancel.clone(),
                progress: cx.progress,
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
            (kind, count, seconds[seconds.len() / 2])
        };
        Ok([Kind::Handouts, Kind::Booklets, Kind::Posters, Kind::Decks]
            .map(time)
            .to_vec())
    })
    .unwrap_or_else(|_| panic!("the print bench project does not build"));
    apart
}

fn main() {
    let corpus = Corpus::new();
    if let Some(folder) = std::env::var_os("ALTAVOZ_BENCH_CORPUS") {
        for pages in [1_000, 2_000, 10_000] {
            let folder = Path::new(&folder);
            corpus.altavoz(&folder.join(format!("altavoz-{pages}")), pages, 100);
            corpus.zola(&folder.join(format!("zola-{pages}")), pages, 100);
            corpus.hugo(&folder.join(format!("hugo-{pages}")), pages, 100);
        }
        return;
    }
    let work = tempfile::tempdir().unwrap();
    let work = work.path();
    println!("threads: {}", rayon::current_num_threads());

    if part("website") {
        let small = website(&corpus, work, 2_000);
        let large = website(&corpus, work, 10_000);
        println!(
            "website throughput at 10,000 pages: {:.2} of the throughput at 2,000",
            large / small
        );
    }
    if part("print") || part("cards") {
        documents(&corpus, work);
    }
    if part("full") {
        full(&corpus, work);
    }
}

/// Whether this run measures `name` (`ALTAVOZ_BENCH_ONLY=print,cards` measures those alone).
fn part(name: &str) -> bool {
    std::env::var("ALTAVOZ_BENCH_ONLY").map_or(true, |only| only.split(',').any(|p| p.trim() == name))
}

/// Handouts and cards of 1,000 pages (250 pages in four languages).
fn documents(corpus: &Corpus, work: &Path) {
    let documents = work.join("altavoz-1000");
    corpus.altavoz(&documents, 1_000, 100);
    if part("print") {
        print(corpus, work, &documents);
    }
    if part("cards") {
        cards(work, &documents);
    }
}

/// Handouts: `--only print` against the previous release and against typst's own compile of
/// the same pages; then the renderer on each kind of PDF alone.
fn print(corpus: &Corpus, work: &Path, documents: &Path) {
    let out = work.join("out-print");
    let (ours, old) = both(&|round, who| {
        vec![
            "build".into(),
            "--quiet".into(),
            "--only".into(),
            "print".into(),
            "--root".into(),
            documents.to_str().unwrap().into(),
            "--out".into(),
            out.join(format!("{who}-{round}")).to_str().unwrap().into(),
        ]
    });
    let pdfs = walkdir::WalkDir::new(out.join("new-0"))
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.path().extension().is_some_and(|x| x == "pdf"))
        .count();
    let per_pdf = ours.cpu / pdfs as f64;
    with_baseline(
        "--only print, 1,000 pages",
        ours,
        old,
        &format!(
            "{pdfs} PDFs (handouts, booklets, posters, slides and notes), {:.1} ms CPU a PDF",
            per_pdf * 1000.0
        ),
    );
    match typst_alone(corpus, work, 200) {
        Some(typst) => println!(
            "typst alone, a plain A4 handout of the same text: {:.1} ms CPU; altavoz's CPU a PDF / typst's: {:.2}",
            typst * 1000.0,
            per_pdf / typst
        ),
        None => println!("typst alone: not measured (pip install typst)"),
    }
    let apart = print_apart(documents);
    let each = |kind: Kind| {
        let (_, count, seconds) = apart.iter().find(|(k, ..)| *k == kind).copied().unwrap();
        (count, seconds, seconds / count.max(1) as f64)
    };
    let (sheets, sheet_seconds, sheet) = each(Kind::Handouts);
    let (booklets, booklet_seconds, booklet) = each(Kind::Booklets);
    let (posters, poster_seconds, poster) = each(Kind::Posters);
    let (decks, deck_seconds, deck) = each(Kind::Decks);
    println!(
        "print renderer, each kind alone: {sheets} one-sheet handouts in {sheet_seconds:.2} s; {booklets} booklets in \
         {booklet_seconds:.2} s (a booklet costs {:.1} handouts); {posters} posters in {poster_seconds:.2} s (a \
         poster costs {:.2} handouts); {decks} PDFs of slides and notes in {deck_seconds:.2} s ({:.1} handouts each)",
        booklet / sheet,
        poster / sheet,
        deck / sheet
    );
}

/// CPU seconds typst itself takes to compile a plain A4 handout of a corpus page (title,
/// summary, body), over `count` pages in every language, with Python's `typst` package.
fn typst_alone(corpus: &Corpus, work: &Path, count: usize) -> Option<f64> {
    let python = std::env::var("ALTAVOZ_BENCH_PYTHON").unwrap_or_else(|_| "python3".into());
    let ready = Command::new(&python).args(["-c", "import typst"]).output().ok()?;
    if !ready.status.success() {
        return None;
    }
    let dir = work.join("typst-alone");
    let files = corpus.typst_handouts(&dir, count, 100);
    let fonts = Path::new(env!("CARGO_MANIFEST_DIR")).join("themes/default/fonts");
    let script = "import sys, time, typst\n\
                  fonts, files = sys.argv[1], sys.argv[2:]\n\
                  typst.compile(files[0], font_paths=[fonts], ignore_system_fonts=True)\n\
                  start = time.process_time()\n\
                  for f in files: typst.compile(f, font_paths=[fonts], ignore_system_fonts=True)\n\
                  print((time.process_time() - start) / len(files))\n";
    let mut samples = Vec::new();
    for _ in 0..runs() {
        let output = Command::new(&python)
            .args(["-c", script, fonts.to_str().unwrap()])
            .args(&files)
            .output()
            .ok()?;
        assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
        samples.push(String::from_utf8_lossy(&output.stdout).trim().parse::<f64>().ok()?);
    }
    samples.sort_by(f64::total_cmp);
    Some(samples[samples.len() / 2])
}

/// Cards: the three formats, against the previous release.
fn cards(work: &Path, documents: &Path) {
    let out = work.join("out-cards");
    let (ours, old) = both(&|round, who| {
        vec![
            "build".into(),
            "--quiet".into(),
            "--only".into(),
            "cards".into(),
            "--root".into(),
            documents.to_str().unwrap().into(),
            "--out".into(),
            out.join(format!("{who}-{round}")).to_str().unwrap().into(),
        ]
    });
    let pngs: Vec<(String, u64)> = walkdir::WalkDir::new(out.join("new-0"))
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.path().extension().is_some_and(|x| x == "png"))
        .map(|e| (e.file_name().to_string_lossy().to_string(), e.metadata().unwrap().len()))
        .collect();
    let largest_og = pngs
        .iter()
        .filter(|(n, _)| n.ends_with("-og.png"))
        .map(|(_, s)| *s)
        .max();
    with_baseline(
        "--only cards, 1,000 pages",
        ours,
        old,
        &format!(
            "{} cards, largest og {} KB; cards/s new/previous = previous wall / new wall",
            pngs.len(),
            largest_og.unwrap_or(0) / 1024
        ),
    );
}

/// Full builds (site, print and cards), cold, then again with nothing changed, against the
/// previous release.
fn full(corpus: &Corpus, work: &Path) {
    let quick = std::env::var_os("ALTAVOZ_BENCH_QUICK").is_some();
    for pages in [2_000, 10_000] {
        if quick && pages > 2_000 {
            continue;
        }
        let project = work.join(format!("altavoz-full-{pages}"));
        corpus.altavoz(&project, pages, 100);
        let out = work.join(format!("out-full-{pages}"));
        let args = |who: &str| {
            vec![
                "build".to_string(),
                "--quiet".into(),
                "--root".into(),
                project.to_str().unwrap().into(),
                "--out".into(),
                out.join(who).to_str().unwrap().into(),
            ]
        };
        let run = |binary: &Path, who: &str| {
            let args = args(who);
            timed(binary, &args.iter().map(String::as_str).collect::<Vec<_>>())
        };
        let cold = run(&altavoz(), "new");
        let old_cold = baseline().map(|old| run(&old, "old"));
        with_baseline(&format!("full build, {pages} pages, cold"), cold, old_cold, "");
        let (again, old_again) = both(&|_, who| args(who));
        with_baseline(
            &format!("full build, {pages} pages, nothing changed"),
            again,
            old_again,
            &format!("ratio to cold {:.4}", again.wall / cold.wall),
        );
        let _ = std::fs::remove_dir_all(&out);
    }
}
