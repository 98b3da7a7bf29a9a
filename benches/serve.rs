//! Live-preview latency: `cargo bench --bench serve`.
//!
//! Starts the real `altavoz serve`, saves a page body (write + rename, as editors do) and times
//! until the reload event arrives; then the same for a template change. On the demo and on a
//! realistic 2,000-page project (`corpus.rs`), by this binary and, when `ALTAVOZ_BASELINE`
//! names it, by the previous release, one after the other: compare the ratios.

mod corpus;

use std::io::{BufRead, BufReader, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn save(path: &Path, text: &str) {
    let temporary = path.with_file_name(".bench.tmp");
    std::fs::write(&temporary, text).unwrap();
    std::fs::rename(&temporary, path).unwrap();
}

fn wait_reload(reader: &mut BufReader<TcpStream>) {
    loop {
        let mut line = String::new();
        reader.read_line(&mut line).unwrap();
        if line.trim_end() == "event: reload" {
            return;
        }
    }
}

/// What one preview took: the first build, the median save → reload, the template change.
#[derive(Clone, Copy)]
struct Latency {
    first: f64,
    save_ms: f64,
    template_ms: f64,
}

/// Serves `root` with `binary`, saves `page_path` seven times with `text(round)` and reports the
/// time from each save to the reload event; then the cost of a template change.
fn run(binary: &Path, name: &str, root: &Path, page_path: &Path, text: &dyn Fn(usize) -> String) -> Latency {
    let mut child = Command::new(binary)
        .args(["serve", "--quiet", "--port", "0", "--root", root.to_str().unwrap()])
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let started = Instant::now();
    let mut lines = BufReader::new(child.stderr.take().unwrap()).lines();
    let port: u16 = loop {
        let line = lines.next().unwrap().unwrap();
        if let Some(rest) = line.strip_prefix("serving http://127.0.0.1:") {
            break rest.split('/').next().unwrap().parse().unwrap();
        }
    };
    let first = started.elapsed();
    let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
    write!(
        stream,
        "GET /__altavoz/events HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n"
    )
    .unwrap();
    let mut reader = BufReader::new(stream);
    let mut times = Vec::new();
    for round in 0..7 {
        std::thread::sleep(Duration::from_millis(200));
        let saved = Instant::now();
        save(page_path, &text(round));
        wait_reload(&mut reader);
        times.push(saved.elapsed().as_secs_f64() * 1000.0);
    }
    times.sort_by(f64::total_cmp);
    // A template change: the project overrides the theme's page template.
    let template = root.join("themes/default/page.html");
    std::fs::create_dir_all(template.parent().unwrap()).unwrap();
    std::thread::sleep(Duration::from_millis(200));
    let builtin =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("themes/default/page.html")).unwrap();
    // Creating the folder rebuilds once; wait for that before timing the template itself.
    wait_reload(&mut reader);
    std::thread::sleep(Duration::from_millis(200));
    let saved = Instant::now();
    save(&template, &format!("{builtin}\n{{# changed #}}\n"));
    wait_reload(&mut reader);
    let template_ms = saved.elapsed().as_secs_f64() * 1000.0;
    std::fs::remove_dir_all(root.join("themes")).unwrap();
    println!(
        "{name:<24} first build {:>6.2} s   save→reload median {:>7.1} ms (min {:.1}, max {:.1})   template change {:>7.1} ms",
        first.as_secs_f64(),
        times[times.len() / 2],
        times[0],
        times[times.len() - 1],
        template_ms
    );
    let _ = child.kill();
    let _ = child.wait();
    Latency {
        first: first.as_secs_f64(),
        save_ms: times[times.len() / 2],
        template_ms,
    }
}

/// Runs `name` with this binary and the previous release's, and prints the ratios.
fn compare(name: &str, root: &Path, page_path: &Path, text: &dyn Fn(usize) -> String) {
    let ours = run(Path::new(env!("CARGO_BIN_EXE_altavoz")), name, root, page_path, text);
    let Some(old) = std::env::var_os("ALTAVOZ_BASELINE").map(PathBuf::from) else {
        println!("{name:<24} no previous release to compare (set ALTAVOZ_BASELINE)");
        return;
    };
    let theirs = run(&old, &format!("{name} (previous)"), root, page_path, text);
    println!(
        "{name:<24} new/previous: first build {:.2}, save→reload {:.2}, template change {:.2}",
        ours.first / theirs.first,
        ours.save_ms / theirs.save_ms,
        ours.template_ms / theirs.template_ms
    );
}

fn main() {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let demo = tempfile::tempdir().unwrap();
    std::fs::copy(repo.join("altavoz.yaml"), demo.path().join("altavoz.yaml")).unwrap();
    copy(&repo.join("campaigns"), &demo.path().join("campaigns"));
    let demo_page = demo.path().join("campaigns/think-twice/es/coyote-seguro.md");
    let original = std::fs::read_to_string(&demo_page).unwrap();
    compare("demo campaigns", demo.path(), &demo_page, &|round| {
        format!("{original}\nUna línea más {round}.\n")
    });
    let big = tempfile::tempdir().unwrap();
    corpus::Corpus::new().altavoz(big.path(), 2000, 100);
    let big_page = big.path().join("campaigns/bench-001/es/pagina-00142.md");
    let text = std::fs::read_to_string(&big_page).unwrap();
    compare("generated, 2000 pages", big.path(), &big_page, &|round| {
        format!("{text}\nUn párrafo cambiado {round}.\n")
    });
}

fn copy(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}
