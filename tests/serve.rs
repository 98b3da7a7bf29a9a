//! `altavoz serve` end to end: the real binary on a free port, real HTTP over TCP, a source
//! rewritten the way editors save (temporary file, then rename).

mod common;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use common::*;

struct Server {
    child: Child,
    port: u16,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

// The child is waited for when the returned `Server` is dropped.
#[allow(clippy::zombie_processes)]
fn start(root: &std::path::Path) -> Server {
    start_with(root, &[]).0
}

/// Starts the preview with `extra` arguments; returns it and what it printed before its address.
#[allow(clippy::zombie_processes)]
fn start_with(root: &std::path::Path, extra: &[&str]) -> (Server, String) {
    start_doing(root, extra, || {})
}

/// Starts the preview, does `meanwhile` while it makes its first build, and waits for its
/// address.
#[allow(clippy::zombie_processes)]
fn start_doing(root: &std::path::Path, extra: &[&str], meanwhile: impl FnOnce()) -> (Server, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_altavoz"))
        .args(["serve", "--quiet", "--port", "0", "--root", root.to_str().unwrap()])
        .args(extra)
        .env("SOURCE_DATE_EPOCH", TODAY_EPOCH)
        .env("LANG", "C.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let stderr = child.stderr.take().unwrap();
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            let _ = tx.send(line);
        }
    });
    meanwhile();
    let deadline = Instant::now() + Duration::from_secs(60);
    let mut printed = String::new();
    loop {
        let line = rx
            .recv_timeout(deadline - Instant::now())
            .expect("serve printed its address");
        if let Some(rest) = line.strip_prefix("serving http://") {
            let port = rest
                .split('/')
                .next()
                .unwrap()
                .rsplit(':')
                .next()
                .unwrap()
                .parse()
                .unwrap();
            return (Server { child, port }, printed);
        }
        printed.push_str(&line);
        printed.push('\n');
    }
}

/// (status, headers, body) of `GET path`.
fn get(port: u16, path: &str) -> (u16, String, String) {
    request(
        port,
        format!("GET {path} HTTP/1.1\r\nHost: localhost:{port}\r\nConnection: close\r\n\r\n").as_bytes(),
    )
}

/// Sends `bytes` as they are and reads the whole answer: (status, headers, body).
fn request(port: u16, bytes: &[u8]) -> (u16, String, String) {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
    stream.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    stream.write_all(bytes).unwrap();
    let mut response = Vec::new();
    let _ = stream.read_to_end(&mut response);
    let response = String::from_utf8_lossy(&response).to_string();
    let (head, body) = response.split_once("\r\n\r\n").unwrap_or((&response, ""));
    let status = head.split_whitespace().nth(1).unwrap_or("0").parse().unwrap_or(0);
    (status, head.to_ascii_lowercase(), body.to_string())
}

/// An open event stream; `wait_for` reads until an event of that name arrives.
struct Events {
    reader: BufReader<TcpStream>,
}

impl Events {
    fn open(port: u16) -> Events {
        let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
        write!(
            stream,
            "GET /__altavoz/events HTTP/1.1\r\nHost: localhost:{port}\r\n\r\n"
        )
        .unwrap();
        stream.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
        let mut events = Events {
            reader: BufReader::new(stream),
        };
        events.wait_for(": connected");
        events
    }

    fn wait_for(&mut self, marker: &str) -> String {
        let mut seen = String::new();
        loop {
            let mut line = String::new();
            if self.reader.read_line(&mut line).unwrap_or(0) == 0 {
                panic!("the event stream ended before `{marker}`: {seen}");
            }
            seen.push_str(&line);
            if line.trim_end() == marker {
                let mut data = String::new();
                self.reader.read_line(&mut data).unwrap();
                return data;
            }
        }
    }
}

impl Events {
    /// Nothing arrives for `quiet`: no rebuild was triggered.
    fn expect_nothing_for(&mut self, quiet: Duration) {
        self.reader.get_ref().set_read_timeout(Some(quiet)).unwrap();
        let mut line = String::new();
        let read = self.reader.read_line(&mut line);
        assert!(read.is_err(), "an event arrived: {line}");
        self.reader
            .get_ref()
            .set_read_timeout(Some(Duration::from_secs(10)))
            .unwrap();
    }
}

/// Saves like an editor: write a temporary file beside it, then rename it over the page.
fn save(path: &std::path::Path, text: &str) {
    let temporary = path.with_file_name(".altavoz-test.tmp");
    std::fs::write(&temporary, text).unwrap();
    std::fs::rename(&temporary, path).unwrap();
}

const PAGE: &str = "---\ntitle: \"{title}\"\nsummary: \"Un mito y un hecho.\"\nkind: myth\nmyth: \"Todo es seguro.\"\nfact: \"No todo es seguro.\"\norder: 1\n---\n## Detalle\n\nTexto.\n";

#[test]
fn serve_reloads_on_save_shows_errors_and_stays_in_the_site() {
    let project = fixture("valid-minimal");
    let server = start(project.path());
    let port = server.port;
    let (status, _, body) = get(port, "/es/demo/mito/");
    assert_eq!(status, 200);
    assert!(body.contains("<h1>¿Es seguro?</h1>"), "{body}");
    assert!(
        body.contains("/__altavoz/events"),
        "the reload script is injected when serving"
    );

    // Save a new title: the reload event and the new page come within 2 s.
    let mut events = Events::open(port);
    let page = project.path().join("campaigns/demo/es/mito.md");
    let saved = Instant::now();
    save(&page, &PAGE.replace("{title}", "Nuevo título guardado"));
    events.wait_for("event: reload");
    let (_, _, body) = get(port, "/es/demo/mito/");
    assert!(saved.elapsed() < Duration::from_secs(2), "took {:?}", saved.elapsed());
    assert!(body.contains("<h1>Nuevo título guardado</h1>"), "{body}");

    // A YAML error: the server stays up, the last good page shows the escaped error.
    save(&page, "---\ntitle: \"<b>Roto\nsummary: [x\n---\n");
    let data = events.wait_for("event: problem");
    assert!(data.contains("campaigns/demo/es/mito.md:2:8"), "{data}");
    let (status, _, body) = get(port, "/es/demo/mito/");
    assert_eq!(status, 200);
    assert!(
        body.contains("<h1>Nuevo título guardado</h1>"),
        "the last good version stays"
    );
    assert!(body.contains("<pre id=\"altavoz-error\""), "{body}");
    assert!(
        body.contains("title: &quot;&lt;b&gt;Roto"),
        "the error is shown escaped: {body}"
    );

    // Fixing the file brings the content back, without the error.
    save(&page, &PAGE.replace("{title}", "Arreglado"));
    events.wait_for("event: reload");
    let (_, _, body) = get(port, "/es/demo/mito/");
    assert!(
        body.contains("<h1>Arreglado</h1>") && !body.contains("<pre id=\"altavoz-error\""),
        "{body}"
    );

    // Nothing outside the built site is ever served.
    for path in [
        "/../../etc/passwd",
        "/%2e%2e/%2e%2e/etc/passwd",
        "/es/%2E%2E/%2E%2E/%2E%2E/etc/passwd",
        "/..%2f..%2fetc%2fpasswd",
    ] {
        let (status, _, body) = get(port, path);
        assert!(status == 400 || status == 404, "{path}: {status}");
        assert!(!body.contains("root:"), "{path}");
    }
    let (status, headers, body) = get(port, "/no/such/page/");
    assert_eq!(status, 404);
    assert!(
        headers.contains("content-type: text/html") && body.contains("<h1>Página no encontrada</h1>"),
        "{body}"
    );
    for (path, content_type) in [
        ("/static/style.css", "text/css"),
        ("/es/demo/cards/mito-og.png", "image/png"),
        ("/es/demo/print/mito-a4.pdf", "application/pdf"),
        ("/assets/demo/logo.svg", "image/svg+xml"),
        ("/sitemap.xml", "application/xml"),
        ("/es/demo/", "text/html"),
    ] {
        let (status, headers, _) = get(port, path);
        assert_eq!(status, 200, "{path}");
        assert!(
            headers.contains(&format!("content-type: {content_type}")),
            "{path}: {headers}"
        );
        assert!(!headers.contains("access-control-allow-origin"), "{path}");
    }
    let (status, _, _) = get(port, "/static/");
    assert_eq!(status, 404, "no directory listings");

    // Ctrl-C stops it cleanly; the build output folder was never touched.
    let mut server = server;
    Command::new("kill")
        .args(["-INT", &server.child.id().to_string()])
        .status()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(10);
    let status = loop {
        if let Some(status) = server.child.try_wait().unwrap() {
            break status;
        }
        assert!(Instant::now() < deadline, "serve did not stop on Ctrl-C");
        std::thread::sleep(Duration::from_millis(50));
    };
    assert!(status.success(), "{status:?}");
    assert!(!project.path().join("public").exists());
}

#[test]
fn editor_swap_files_do_not_trigger_rebuilds() {
    let project = fixture("valid-minimal");
    let server = start(project.path());
    let mut events = Events::open(server.port);
    let dir = project.path().join("campaigns/demo/es");
    for name in [".mito.md.swp", "mito.md~", "4913", "#mito.md#"] {
        std::fs::write(dir.join(name), "junk").unwrap();
    }
    events.expect_nothing_for(Duration::from_millis(800));
    // A real change still rebuilds.
    save(&dir.join("mito.md"), &PAGE.replace("{title}", "Cambio real"));
    events.wait_for("event: reload");
    let (_, _, body) = get(server.port, "/es/demo/mito/");
    assert!(
        body.contains("<h1>Cambio real</h1>") && !body.contains("<pre id=\"altavoz-error\""),
        "{body}"
    );
}

#[test]
fn preview_answers_foreign_hosts_origins_and_methods() {
    let project = fixture("valid-minimal");
    // With --drafts, the preview shows what must not leak: an unpublished draft.
    let server = start_with(project.path(), &["--drafts"]).0;
    let port = server.port;
    let draft = "/es/demo/borrador/";
    let ask = |lines: &str| request(port, format!("{lines}\r\nConnection: close\r\n\r\n").as_bytes());
    // The preview's own names, with its port: the draft is shown.
    for host in ["localhost", "127.0.0.1", "[::1]", "LocalHost"] {
        let (status, headers, body) = ask(&format!("GET {draft} HTTP/1.1\r\nHost: {host}:{port}"));
        assert_eq!(status, 200, "{host}");
        assert!(body.contains("<h1>Borrador</h1>"), "{host}");
        assert!(!headers.contains("access-control-allow-origin"), "{host}");
        assert!(
            headers.contains("cross-origin-resource-policy: same-origin"),
            "{host}: {headers}"
        );
    }
    // DNS rebinding: a name that is not the preview's gets 421, never the draft.
    for host in [
        format!("evil.example:{port}"),
        "evil.example".into(),
        format!("localhost.evil.example:{port}"),
    ] {
        let (status, _, body) = ask(&format!("GET {draft} HTTP/1.1\r\nHost: {host}"));
        assert_eq!(status, 421, "{host}");
        assert!(!body.contains("Borrador"), "{host}");
    }
    // Another port on this computer is another site.
    let (status, _, _) = ask(&format!("GET {draft} HTTP/1.1\r\nHost: localhost:1"));
    assert_eq!(status, 421);
    // Missing, doubled or malformed Host: 400.
    for lines in [
        format!("GET {draft} HTTP/1.1"),
        format!("GET {draft} HTTP/1.1\r\nHost: localhost:{port}\r\nHost: localhost:{port}"),
        format!("GET {draft} HTTP/1.1\r\nHost: [::1"),
        format!("GET {draft} HTTP/1.1\r\nHost: local host:{port}"),
        format!("GET {draft} HTTP/1.1\r\nHost: localhost:{port}:{port}"),
        format!("GET {draft} HTTP/1.1\r\nHost: user@localhost:{port}"),
        format!("GET http://evil.example{draft} HTTP/1.1\r\nHost: localhost:{port}"),
    ] {
        let (status, _, body) = ask(&lines);
        assert_eq!(status, 400, "{lines}");
        assert!(!body.contains("Borrador"), "{lines}");
    }
    // A non-ASCII Host is answered (400), not dropped, and the server stays up.
    let (status, _, _) = request(
        port,
        format!("GET {draft} HTTP/1.1\r\nHost: ex\u{e1}mple.com:{port}\r\nConnection: close\r\n\r\n").as_bytes(),
    );
    assert_eq!(status, 400);
    let (status, _, _) = request(port, b"GET / HTTP/1.1\r\nHost: \xff\xfe\r\n\r\n");
    assert_eq!(status, 400);
    let (status, _, _) = request(port, b"\x00\x01garbage\r\n\r\n");
    assert_eq!(status, 400);
    // Only GET and HEAD.
    for method in ["POST", "PUT", "DELETE", "PATCH", "OPTIONS"] {
        let (status, headers, _) = ask(&format!(
            "{method} {draft} HTTP/1.1\r\nHost: localhost:{port}\r\nContent-Length: 0"
        ));
        assert_eq!(status, 405, "{method}");
        assert!(headers.contains("allow: get, head"), "{method}: {headers}");
    }
    let (status, headers, body) = ask(&format!("HEAD {draft} HTTP/1.1\r\nHost: localhost:{port}"));
    assert_eq!(status, 200);
    assert!(headers.contains("content-type: text/html"));
    assert!(body.is_empty(), "HEAD has no body: {body}");
    // Another site's page may not read the preview, the event stream included.
    for path in [draft, "/__altavoz/events"] {
        for origin in [
            "http://evil.example",
            &format!("http://evil.example:{port}"),
            "null",
            "http://localhost:1",
        ] {
            let (status, _, body) = ask(&format!(
                "GET {path} HTTP/1.1\r\nHost: localhost:{port}\r\nOrigin: {origin}"
            ));
            assert_eq!(status, 403, "{path} from {origin}");
            assert!(!body.contains("Borrador"));
        }
        let (status, _, _) = ask(&format!(
            "GET {path} HTTP/1.1\r\nHost: localhost:{port}\r\nSec-Fetch-Site: cross-site\r\nSec-Fetch-Mode: no-cors"
        ));
        assert_eq!(status, 403, "{path} cross-site");
    }
    // The preview's own pages still get their events.
    let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
    stream.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    write!(
        stream,
        "GET /__altavoz/events HTTP/1.1\r\nHost: localhost:{port}\r\nOrigin: http://localhost:{port}\r\nSec-Fetch-Site: same-origin\r\n\r\n"
    )
    .unwrap();
    let mut first = String::new();
    BufReader::new(stream).read_line(&mut first).unwrap();
    assert!(first.starts_with("HTTP/1.1 200"), "{first}");
    // A link followed from another site opens the page (the other site cannot read it).
    let (status, _, body) = ask(&format!(
        "GET {draft} HTTP/1.1\r\nHost: localhost:{port}\r\nSec-Fetch-Site: cross-site\r\nSec-Fetch-Mode: navigate\r\nSec-Fetch-Dest: document"
    ));
    assert_eq!(status, 200);
    assert!(body.contains("<h1>Borrador</h1>"));
}

#[test]
fn preview_bound_to_the_network_says_nothing() {
    let project = fixture("valid-minimal");
    let (server, printed) = start_with(project.path(), &["--bind", "0.0.0.0"]);
    assert!(
        printed.contains("warning") && printed.contains("drafts") && printed.contains("network"),
        "{printed}"
    );
    // Other computers reach it by this computer's address: addresses are allowed, names are not.
    let port = server.port;
    let (status, _, _) = request(
        port,
        format!("GET / HTTP/1.1\r\nHost: 192.168.1.20:{port}\r\nConnection: close\r\n\r\n").as_bytes(),
    );
    assert_eq!(status, 200);
    let (status, _, _) = request(
        port,
        format!("GET / HTTP/1.1\r\nHost: evil.example:{port}\r\nConnection: close\r\n\r\n").as_bytes(),
    );
    assert_eq!(status, 421);
    let (_, printed) = start_with(project.path(), &["--bind", "127.0.0.1"]);
    assert!(!printed.contains("warning"), "{printed}");
}

/// Where the browser tools of `.ci/browser-check` are (CI installs them before the tests).
fn browser_tools() -> Option<std::path::PathBuf> {
    let dir = std::env::var_os("BROWSER_TOOLS_DIR")
        .map(std::path::PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| std::path::Path::new(&h).join(".cache/altavoz-ci/browser")))?
        .join("node_modules");
    (dir.join("playwright-core").is_dir()
        && dir.join("axe-core").is_dir()
        && std::path::Path::new("/usr/bin/chromium").exists())
    .then_some(dir)
}

/// A project of six languages and five campaigns, at an address with a folder (as a GitHub
/// Pages project site): the 404 page lists every language, and the preview shows it at its own
/// root, where the folder's `/sub/static/style.css` leads nowhere.
fn many_languages_and_campaigns() -> tempfile::TempDir {
    let project = fixture("valid-minimal");
    let root = project.path();
    let languages = [
        ("es", "Español", ""),
        ("en", "English", ""),
        ("fr", "Français", ", fallback: es"),
        ("pt", "Português", ", fallback: es"),
        ("ht", "Kreyòl ayisyen", ", fallback: fr"),
        ("ar", "العربية", ", fallback: en"),
    ];
    let mut config = String::from("title: \"Prueba\"\nbase_url: \"https://example.org/sub/\"\nlanguages:\n");
    for (code, name, fallback) in languages {
        config.push_str(&format!("  - {{ code: {code}, name: \"{name}\"{fallback} }}\n"));
    }
    std::fs::write(root.join("altavoz.yaml"), config).unwrap();
    for n in 1..5 {
        copy_dir(&root.join("campaigns/demo"), &root.join(format!("campaigns/demo-{n}")));
    }
    project
}

/// The bug: on a project with many languages and campaigns, the preview's 404 page failed
/// axe's `target-size` rule: its stylesheet was not found, and its links were bare text.
#[test]
fn not_found_page_links_are_at_least_24px_with_six_languages_and_five_campaigns() {
    let Some(tools) = browser_tools() else {
        eprintln!("skipped: no Chromium and browser tools (run .ci/run, or see the guide's contributing page)");
        return;
    };
    let project = many_languages_and_campaigns();
    let server = start(project.path());
    let output = Command::new("node")
        .arg(repo().join("tests/browser/targets.cjs"))
        .arg(format!("http://127.0.0.1:{}/no/such/page/", server.port))
        .env("NODE_PATH", tools)
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(report["violations"], serde_json::json!([]), "{report}");
    let links = report["links"].as_array().unwrap();
    assert!(links.len() >= 9, "every language's home and the footer: {report}");
    for link in links {
        let (width, height) = (link["width"].as_f64().unwrap(), link["height"].as_f64().unwrap());
        assert!(width >= 24.0 && height >= 24.0, "{link} is smaller than 24 × 24 px");
    }
}

/// `GET path` until it answers 200 (the handouts and booklets come after the pages).
fn get_when_ready(port: u16, path: &str) -> (u16, String, String) {
    let deadline = Instant::now() + Duration::from_secs(120);
    loop {
        let answer = get(port, path);
        if answer.0 == 200 || Instant::now() > deadline {
            return answer;
        }
        std::thread::sleep(Duration::from_millis(200));
    }
}

#[test]
fn serve_makes_the_booklets_too() {
    let project = fixture("valid-minimal");
    let server = start(project.path());
    let (status, headers, body) = get_when_ready(server.port, "/es/demo/print/demo-a4.pdf");
    assert_eq!(status, 200, "the booklet is served");
    assert!(headers.contains("content-type: application/pdf"), "{headers}");
    // (tiny_http may send it in chunks: the PDF header follows the first chunk size.)
    assert!(body.contains("%PDF-"), "a PDF file");
    let (status, _, _) = get_when_ready(server.port, "/es/demo/print/demo-letter.pdf");
    assert_eq!(status, 200);
}

#[test]
fn serve_shows_drafts_only_with_drafts_as_build_does() {
    let project = fixture("valid-minimal");
    let server = start(project.path());
    assert_eq!(get(server.port, "/es/demo/").0, 200);
    assert_eq!(
        get(server.port, "/es/demo/borrador/").0,
        404,
        "no draft without --drafts"
    );
    drop(server);
    let server = start_with(project.path(), &["--drafts"]).0;
    let (status, _, body) = get(server.port, "/es/demo/borrador/");
    assert_eq!(status, 200, "{body}");
    assert!(body.contains("Borrador"), "{body}");
}

#[test]
fn a_save_during_the_first_build_is_not_missed() {
    let project = fixture("valid-minimal");
    let page = project.path().join("campaigns/demo/es/mito.md");
    // The first build reads the pages at once, then makes handouts and cards for seconds:
    // this save lands while it runs, before the address is printed.
    let (server, _) = start_doing(project.path(), &[], || {
        std::thread::sleep(Duration::from_millis(400));
        save(&page, &PAGE.replace("{title}", "Guardado mientras construía"));
    });
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let (status, _, body) = get(server.port, "/es/demo/mito/");
        if status == 200 && body.contains("<h1>Guardado mientras construía</h1>") {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "the preview still shows the page as it was: {body}"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
}

#[test]
fn a_handout_waits_for_the_author_to_pause() {
    let project = fixture("valid-minimal");
    let page = project.path().join("campaigns/demo/es/mito.md");
    let server = start(project.path());
    let handout = "/es/demo/print/mito-a4.pdf";
    let (status, _, before) = get_when_ready(server.port, handout);
    assert_eq!(status, 200);
    let mut events = Events::open(server.port);
    save(&page, &PAGE.replace("{title}", "Antes de la pausa"));
    events.wait_for("event: reload");
    // The page is shown at once; its handout (a booklet, on a big campaign: a second or more
    // of both cores) waits until the author leaves the sources alone.
    std::thread::sleep(Duration::from_millis(700));
    assert!(
        get(server.port, handout).2 == before,
        "the handout was typeset again before the author paused"
    );
    let deadline = Instant::now() + Duration::from_secs(60);
    while get(server.port, handout).2 == before {
        assert!(Instant::now() < deadline, "the handout was never made again");
        std::thread::sleep(Duration::from_millis(100));
    }
}
