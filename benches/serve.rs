//! Live-preview latency: `cargo bench --bench serve`.
//!
//! Starts the real `altavoz serve`, saves a page body (write + rename, as editors do) and times
//! until the reload event arrives; then the same for a template change. On the demo and on a
//! realistic 2,000-page project (`corpus.rs`), by this binary and, when `ALTAVOZ_BASELINE`
//! names it, by the previous release, one after the other: compare the ratios.
//!
//! Then the editor (`altavoz edit`) on the 2,000-page project: from an edit of the form to its
//! checks (the request the editor's script sends while the author types), from a save to the
//! preview reloaded, and its peak memory against `serve`'s on the same project and saves.

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
    // Read the rest of its messages: a full pipe would stop the preview at its next warning.
    std::thread::spawn(move || lines.for_each(drop));
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

/// The peak memory of a process so far, in MiB (Linux).
fn peak_mib(pid: u32) -> f64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches(" kB").trim().parse::<f64>().ok())
        .map_or(0.0, |kb| kb / 1024.0)
}

/// One HTTP request to the editor: (status, headers, body), and how long it took.
fn http(port: u16, head: &str, body: &[u8]) -> (u16, String, String, f64) {
    let started = Instant::now();
    let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
    stream.write_all(head.as_bytes()).unwrap();
    stream.write_all(body).unwrap();
    let mut answer = Vec::new();
    std::io::Read::read_to_end(&mut stream, &mut answer).unwrap();
    let ms = started.elapsed().as_secs_f64() * 1000.0;
    let text = String::from_utf8_lossy(&answer).to_string();
    let (headers, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
    let status = headers.split(' ').nth(1).and_then(|s| s.parse().ok()).unwrap_or(0);
    (status, headers.to_string(), body.to_string(), ms)
}

/// The editor's page form of `rel` as a browser would send it: every field the form holds.
fn form_of(html: &str) -> Vec<(String, String)> {
    let start = html.find("action=\"/_edit/save\"").unwrap();
    let form = &html[start..start + html[start..].find("</form>").unwrap()];
    let unescape = |s: &str| {
        s.replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&#39;", "'")
            .replace("&amp;", "&")
    };
    let attr = |tag: &str, name: &str| {
        let key = format!(" {name}=\"");
        tag.find(&key)
            .map(|at| unescape(&tag[at + key.len()..][..tag[at + key.len()..].find('"').unwrap()]))
    };
    let mut fields = Vec::new();
    for tag in form.split('<').skip(1) {
        let end = tag.find('>').unwrap_or(tag.len());
        let (head, rest) = (&tag[..end], &tag[(end + 1).min(tag.len())..]);
        if let Some(input) = head.strip_prefix("input") {
            let (Some(name), kind) = (attr(input, "name"), attr(input, "type").unwrap_or_default()) else {
                continue;
            };
            if kind != "checkbox" || input.contains(" checked") {
                fields.push((name, attr(input, "value").unwrap_or_else(|| "on".into())));
            }
        } else if let Some(area) = head.strip_prefix("textarea") {
            fields.push((attr(area, "name").unwrap(), unescape(rest)));
        }
    }
    fields
}

fn encode(fields: &[(String, String)]) -> String {
    fields
        .iter()
        .map(|(k, v)| format!("{k}={}", percent(v)))
        .collect::<Vec<_>>()
        .join("&")
}

fn percent(text: &str) -> String {
    text.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

/// `altavoz edit` on the project at `root`: check latency, save → reload latency, peak memory;
/// and `serve`'s peak memory on the same project with the same saves.
fn editor(root: &Path, rel: &str) {
    let binary = Path::new(env!("CARGO_BIN_EXE_altavoz"));
    let mut child = Command::new(binary)
        .args(["edit", "--quiet", "--port", "0", "--root", root.to_str().unwrap()])
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stderr.take().unwrap()).lines();
    let url = loop {
        let line = lines.next().unwrap().unwrap();
        if let Some(rest) = line.strip_prefix("editor: ") {
            break rest.split(' ').next().unwrap().to_string();
        }
    };
    // Read the rest of its messages: a full pipe would stop the editor at its next warning.
    std::thread::spawn(move || lines.for_each(drop));
    let port: u16 = url
        .split(':')
        .nth(2)
        .unwrap()
        .split('/')
        .next()
        .unwrap()
        .parse()
        .unwrap();
    let host = format!("Host: 127.0.0.1:{port}\r\nOrigin: http://127.0.0.1:{port}\r\n");
    let (_, headers, _, _) = http(
        port,
        &format!("GET {} HTTP/1.1\r\n{host}\r\n", &url[url.find("/_edit/").unwrap()..]),
        b"",
    );
    let cookie = headers.lines().find(|l| l.starts_with("Set-Cookie:")).unwrap()[12..]
        .split(';')
        .next()
        .unwrap()
        .to_string();
    let get = |path: &str| {
        http(
            port,
            &format!("GET {path} HTTP/1.1\r\n{host}Cookie: {cookie}\r\n\r\n"),
            b"",
        )
        .2
    };
    let post = |path: &str, body: &str, json: bool| {
        let accept = if json { "Accept: application/json\r\n" } else { "" };
        http(
            port,
            &format!(
                "POST {path} HTTP/1.1\r\n{host}Cookie: {cookie}\r\n{accept}Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\n\r\n",
                body.len()
            ),
            body.as_bytes(),
        )
    };
    let mut events = TcpStream::connect(("127.0.0.1", port)).unwrap();
    write!(
        events,
        "GET /__altavoz/events HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n"
    )
    .unwrap();
    let mut reader = BufReader::new(events);
    let mut checks = Vec::new();
    let mut saves = Vec::new();
    for round in 0..9 {
        let html = get(&format!("/_edit/page?path={}", percent(rel)));
        let mut fields = form_of(&html);
        for (name, value) in fields.iter_mut() {
            if name == "body" {
                value.push_str(&format!("\nUn párrafo más, vuelta {round}.\n"));
            }
        }
        let body = encode(&fields);
        let (status, _, _, ms) = post("/_edit/check", &body, true);
        assert_eq!(status, 200);
        checks.push(ms);
        std::thread::sleep(Duration::from_millis(150));
        let saved = Instant::now();
        let (status, _, _, _) = post("/_edit/save", &body, false);
        assert_eq!(status, 303);
        wait_reload(&mut reader);
        saves.push(saved.elapsed().as_secs_f64() * 1000.0);
        std::thread::sleep(Duration::from_millis(300));
    }
    let edit_peak = peak_mib(child.id());
    let _ = child.kill();
    let _ = child.wait();
    checks.sort_by(f64::total_cmp);
    saves.sort_by(f64::total_cmp);
    println!(
        "editor, 2000 pages          edit→checks median {:.1} ms (max {:.1})   save→preview reloaded median {:.1} ms (max {:.1})",
        checks[checks.len() / 2],
        checks[checks.len() - 1],
        saves[saves.len() / 2],
        saves[saves.len() - 1]
    );
    // `serve` on the same project, with the same number of saves (written as editors do).
    let mut serve = Command::new(binary)
        .args(["serve", "--quiet", "--port", "0", "--root", root.to_str().unwrap()])
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(serve.stderr.take().unwrap()).lines();
    let port: u16 = loop {
        let line = lines.next().unwrap().unwrap();
        if let Some(rest) = line.strip_prefix("serving http://127.0.0.1:") {
            break rest.split('/').next().unwrap().parse().unwrap();
        }
    };
    // Read the rest of its messages: a full pipe would stop the preview at its next warning.
    std::thread::spawn(move || lines.for_each(drop));
    let mut events = TcpStream::connect(("127.0.0.1", port)).unwrap();
    write!(
        events,
        "GET /__altavoz/events HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n"
    )
    .unwrap();
    events.set_read_timeout(Some(Duration::from_secs(60))).unwrap();
    let mut reader = BufReader::new(events);
    let page = root.join(rel);
    'saves: for round in 0..9 {
        let text = std::fs::read_to_string(&page).unwrap();
        save(&page, &format!("{text}\nOtro párrafo {round}.\n"));
        // Bounded (the stream's keep-alive lines come before any timeout): the memory is what
        // is measured here.
        let saved = Instant::now();
        let mut line = String::new();
        while line.trim_end() != "event: reload" {
            line.clear();
            if reader.read_line(&mut line).is_err() || saved.elapsed() > Duration::from_secs(60) {
                println!("editor, 2000 pages          serve sent no reload within a minute of save {round}");
                break 'saves;
            }
        }
        std::thread::sleep(Duration::from_millis(300));
    }
    let serve_peak = peak_mib(serve.id());
    let _ = serve.kill();
    let _ = serve.wait();
    println!(
        "editor, 2000 pages          peak memory: edit {edit_peak:.0} MiB, serve {serve_peak:.0} MiB (edit/serve {:.2})",
        edit_peak / serve_peak
    );
}

fn main() {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    // `ALTAVOZ_BENCH_ONLY=editor` measures the editor alone.
    let only_editor = std::env::var("ALTAVOZ_BENCH_ONLY").is_ok_and(|o| o == "editor");
    let demo = tempfile::tempdir().unwrap();
    std::fs::copy(repo.join("altavoz.yaml"), demo.path().join("altavoz.yaml")).unwrap();
    copy(&repo.join("campaigns"), &demo.path().join("campaigns"));
    let demo_page = demo.path().join("campaigns/think-twice/es/coyote-seguro.md");
    let original = std::fs::read_to_string(&demo_page).unwrap();
    if !only_editor {
        compare("demo campaigns", demo.path(), &demo_page, &|round| {
            format!("{original}\nUna línea más {round}.\n")
        });
    }
    let big = tempfile::tempdir().unwrap();
    corpus::Corpus::new().altavoz(big.path(), 2000, 100);
    let big_page = big.path().join("campaigns/bench-001/es/pagina-00142.md");
    let text = std::fs::read_to_string(&big_page).unwrap();
    if !only_editor {
        compare("generated, 2000 pages", big.path(), &big_page, &|round| {
            format!("{text}\nUn párrafo cambiado {round}.\n")
        });
    }
    editor(big.path(), "campaigns/bench-001/es/pagina-00142.md");
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
