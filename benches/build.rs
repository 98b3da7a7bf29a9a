//! Build-speed benchmark: `cargo bench --bench build`.
//!
//! Reports pages per second for the website and handouts (PDF) per second for print, on the
//! demo campaigns and on a generated project of 500 pages, in this process (no disk writes),
//! and photos per second: each decoded once and made into its web copies, as a build does.
//! Machines here are shared and noisy: compare runs made one after the other, not across days.

use std::fs;
use std::path::Path;
use std::time::Instant;

use altavoz::pipeline::{BuildOptions, Mode, build};
use altavoz::render::Output;

fn options(root: &Path, only: Output) -> BuildOptions {
    let mut options = BuildOptions::new(root);
    options.outputs = vec![only];
    options.mode = Mode::Check;
    options
}

/// A project of `pages` Spanish pages, in campaigns of 100 (each with its landing page).
fn generate(root: &Path, pages: usize) {
    for c in 0..pages.div_ceil(100) {
        generate_campaign(root, c, 100.min(pages - c * 100));
    }
}

fn generate_campaign(root: &Path, number: usize, pages: usize) {
    let campaign = root.join(format!("campaigns/bench-{number:02}"));
    fs::create_dir_all(campaign.join("es")).unwrap();
    fs::write(
        root.join("altavoz.yaml"),
        "title: \"Bench\"\nbase_url: \"https://example.org/\"\nlanguages:\n  - { code: es, name: \"Español\" }\n",
    )
    .unwrap();
    fs::write(
        campaign.join("campaign.yaml"),
        "name: \"Bench\"\ncontacts:\n  - label: \"Línea (EJEMPLO)\"\n    phone: \"+502 5555 0100\"\n",
    )
    .unwrap();
    fs::write(
        campaign.join("es/index.md"),
        "---\ntitle: \"Inicio\"\nsummary: \"Resumen.\"\n---\nTexto.\n",
    )
    .unwrap();
    for i in 0..pages {
        let kind = ["page", "tip", "myth"][i % 3];
        let myth = if kind == "myth" {
            "myth: \"Con un coyote el viaje es seguro.\"\nfact: \"Muchas personas son abandonadas.\"\n"
        } else {
            ""
        };
        fs::write(
            campaign.join(format!("es/pagina-{i:04}.md")),
            format!(
                "---\ntitle: \"¿Página {i}? Señales de fraude\"\nsummary: \"Lo que los coyotes no te cuentan, parte {i}.\"\nkind: {kind}\n{myth}order: {i}\nreviewed: 2026-10-01\nreviewed_by: \"Equipo\"\n---\n\
                 ## Lo que te prometen\n\nUn coyote sabe hablar bonito. Te dice que conoce el camino y que vas a llegar **sin problemas**.\n\n\
                 - No pagues por adelantado.\n- Habla con tu familia.\n- Revisa las [señales](index.md).\n\n| A | B |\n|---|---|\n| 1 | 2 |\n"
            ),
        )
        .unwrap();
    }
}

fn measure(name: &str, root: &Path, only: Output, unit: &str) {
    // One warm-up run: fonts, templates and caches, as in a real build after the first document.
    let report = build(&options(root, only)).unwrap_or_else(|e| panic!("{name}: {e}"));
    let documents: usize = report.rendered.iter().map(|(_, r)| r.made + r.reused).sum();
    // A build is one process: typst starts with an empty memo cache, so each timed run does too
    // (a warm cache would lay out the same cards again for almost nothing).
    let runs = 3;
    let mut seconds = 0.0;
    for _ in 0..runs {
        typst::comemo::evict(0);
        let started = Instant::now();
        build(&options(root, only)).unwrap();
        seconds += started.elapsed().as_secs_f64() / runs as f64;
    }
    println!(
        "{name:<28} {:<6} {documents:>5} {unit:<9} {seconds:>7.3} s   {:>8.1} {unit}/s",
        only.name(),
        documents as f64 / seconds
    );
}

fn main() {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let generated = tempfile::tempdir().unwrap();
    generate(generated.path(), 500);
    println!("threads: {}", rayon::current_num_threads());
    measure("demo campaigns", repo, Output::Site, "pages");
    measure("generated, 500 pages", generated.path(), Output::Site, "pages");
    measure("demo campaigns", repo, Output::Print, "PDFs");
    measure("generated, 500 pages", generated.path(), Output::Print, "PDFs");
    measure("demo campaigns", repo, Output::Cards, "cards");
    measure("generated, 500 pages", generated.path(), Output::Cards, "cards");
    let demo_photos: Vec<Vec<u8>> = walk_photos(&repo.join("campaigns"));
    pictures("demo campaigns", &demo_photos);
    // Twenty photos of the demo's size: the demo's trail photo, each a different file.
    let many: Vec<Vec<u8>> = (0..20u8)
        .map(|i| {
            let mut bytes = demo_photos[0].clone();
            bytes.extend([i]); // after the JPEG's end: a different file, the same pixels
            bytes
        })
        .collect();
    pictures("generated, 20 photos", &many);
    rebuild_ratio("demo campaigns", repo);
    rebuild_ratio("generated, 500 pages", generated.path());
}

/// A full build into an empty folder, then the same build again: unchanged handouts and cards
/// are reused, so the second costs a fraction of the first.
fn rebuild_ratio(name: &str, root: &Path) {
    let out = tempfile::tempdir().unwrap();
    let mut options = BuildOptions::new(root);
    options.out = Some(out.path().join("site"));
    let started = Instant::now();
    build(&options).unwrap();
    let first = started.elapsed().as_secs_f64();
    let started = Instant::now();
    let report = build(&options).unwrap();
    let second = started.elapsed().as_secs_f64();
    println!(
        "{name:<28} no-change rebuild: {second:.3} s after {first:.3} s (ratio {:.3}; {})",
        second / first,
        report
            .notes()
            .iter()
            .map(|n| n.english())
            .collect::<Vec<_>>()
            .join("; ")
    );
}

/// Every photo (JPEG, PNG, WebP) under `dir`, in name order.
fn walk_photos(dir: &Path) -> Vec<Vec<u8>> {
    let mut paths: Vec<_> = walk(dir);
    paths.sort();
    paths
        .into_iter()
        .map(|p| fs::read(p).unwrap())
        .filter(|b| altavoz::imaging::Kind::of("", b).is_raster())
        .collect()
}

fn walk(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut found = Vec::new();
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            found.extend(walk(&path));
        } else {
            found.push(path);
        }
    }
    found
}

/// Photos per second: each decoded once, turned upright and made into its web copies (360, 720
/// and 1080 px wide, WebP and JPEG), photos in parallel, as the website's build does.
fn pictures(name: &str, photos: &[Vec<u8>]) {
    use altavoz::imaging::{self, Variant};
    use altavoz::render::plan::images::{WEB_FORMATS, widths};
    use rayon::prelude::*;
    let jobs: Vec<(&Vec<u8>, Vec<Variant>)> = photos
        .iter()
        .map(|bytes| {
            let probe = imaging::probe(bytes).unwrap();
            let variants = WEB_FORMATS
                .iter()
                .flat_map(|format| {
                    widths(probe.width).into_iter().map(move |width| Variant {
                        width: imaging::scaled_size(probe.width, probe.height, width).0,
                        format: *format,
                    })
                })
                .collect();
            (bytes, variants)
        })
        .collect();
    let run = || {
        jobs.par_iter()
            .map(|(bytes, variants)| imaging::process(bytes, variants).unwrap().len())
            .sum::<usize>()
    };
    let files = run();
    let runs = 3;
    let started = Instant::now();
    for _ in 0..runs {
        run();
    }
    let seconds = started.elapsed().as_secs_f64() / runs as f64;
    println!(
        "{name:<28} {:<6} {:>5} {:<9} {seconds:>7.3} s   {:>8.1} images/s ({files} files)",
        "images",
        photos.len(),
        "photos",
        photos.len() as f64 / seconds
    );
}
