//! Hostile-page benchmark: `cargo bench --bench hostile`.
//!
//! Builds a one-page project whose page is a pathological Markdown body with the real `altavoz`
//! binary (website, handouts and cards), and prints the wall time and the peak memory of each
//! build, which must stay under 2 s and 300 MB; the build either succeeds or fails with a
//! located error. Peak memory comes from GNU time (`/usr/bin/time`, Debian package `time`)
//! when it is installed. Machines here are shared and noisy: compare runs made one after the
//! other, not across days.

use std::fs;
use std::path::Path;
use std::process::Command;
use std::time::Instant;

/// Bodies: a name, the repeated unit, how many times.
const CASES: &[(&str, &str, usize)] = &[
    ("quotes `> ` x 100k", "> ", 100_000),
    ("emphasis `*a` x 100k", "*a", 100_000),
    ("brackets `[` x 200k", "[", 200_000),
    ("brackets and spaces `[ ` x 100k", "[ ", 100_000),
    ("lists `1. ` x 100k", "1. ", 100_000),
    ("html `<div>` x 100k", "<div>", 100_000),
    (
        "prose, 3,000 paragraphs (240 KB)",
        "Un coyote sabe hablar bonito, «seguro»: ¿y tú? [más](index.md).\n\n",
        3_000,
    ),
];

fn project(root: &Path, body: &str) {
    fs::create_dir_all(root.join("campaigns/c/es")).unwrap();
    fs::write(
        root.join("altavoz.yaml"),
        "title: \"T\"\nbase_url: \"https://example.org/\"\nlanguages:\n  - { code: es, name: \"Español\" }\n",
    )
    .unwrap();
    fs::write(root.join("campaigns/c/campaign.yaml"), "name: \"C\"\n").unwrap();
    fs::write(
        root.join("campaigns/c/es/index.md"),
        format!("---\ntitle: \"Inicio\"\nsummary: \"Resumen.\"\n---\n{body}\nfin\n"),
    )
    .unwrap();
}

fn main() {
    let binary = env!("CARGO_BIN_EXE_altavoz");
    let gnu_time = Path::new("/usr/bin/time").is_file();
    if !gnu_time {
        println!("(install GNU time, package `time`, to see peak memory)");
    }
    for (name, unit, times) in CASES {
        let dir = tempfile::tempdir().unwrap();
        project(dir.path(), &unit.repeat(*times));
        let root = dir.path().to_str().unwrap();
        let out = dir.path().join("public");
        let args = ["build", "--quiet", "--root", root, "--out", out.to_str().unwrap()];
        let started = Instant::now();
        let output = if gnu_time {
            Command::new("/usr/bin/time")
                .args(["-f", "peak %M KB"])
                .arg(binary)
                .args(args)
                .output()
        } else {
            Command::new(binary).args(args).output()
        }
        .unwrap();
        let seconds = started.elapsed().as_secs_f64();
        let stderr = String::from_utf8_lossy(&output.stderr);
        let peak = stderr
            .lines()
            .filter_map(|l| l.strip_prefix("peak ")?.strip_suffix(" KB")?.parse::<f64>().ok())
            .next_back()
            .map_or(String::new(), |kb| format!(", {:.0} MB peak", kb / 1024.0));
        let outcome = if output.status.code() == Some(0) {
            "built".to_string()
        } else {
            // The place is in the snippet's header, or in a note when the line is too long to show.
            let place = stderr
                .lines()
                .find_map(|l| l.split_once("┌─ ").or(l.split_once("= in ")).map(|(_, p)| p.trim()))
                .unwrap_or("");
            let message = stderr.lines().find(|l| l.starts_with("error:")).unwrap_or("");
            format!("refused at {place} ({message})")
        };
        println!("{name}: {seconds:.2} s{peak}: {outcome}");
    }
}
