//! `altavoz edit` through the real binary: the security of its writes, each attack in a test
//! of its own (nothing is written, the answer is 4xx), saves that change only what the author
//! changed, and, in headless Chromium (`tests/browser/editor.cjs`), what an author and a
//! translator do: a page created from the dashboard with a mistake said while typing, a field
//! changed, a translation started and finished, a phone photo added, a file changed on disk
//! while its form is open; the editor's pages against axe and the keyboard at 320 px.

mod common;

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use common::*;

struct Editor {
    child: Child,
    port: u16,
    /// The address it printed, with its token.
    url: String,
    root: PathBuf,
}

impl Drop for Editor {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Starts `altavoz edit` on `root` with `extra` arguments (in Spanish unless they say).
#[allow(clippy::zombie_processes)]
fn start(root: &Path, extra: &[&str]) -> Editor {
    let spanish: &[&str] = if extra.contains(&"--messages") {
        &[]
    } else {
        &["--messages", "es"]
    };
    let mut child = Command::new(env!("CARGO_BIN_EXE_altavoz"))
        .args(["edit", "--quiet", "--port", "0", "--root", root.to_str().unwrap()])
        .args(spanish)
        .args(extra)
        .env("SOURCE_DATE_EPOCH", TODAY_EPOCH)
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
    let deadline = Instant::now() + Duration::from_secs(120);
    loop {
        let line = rx
            .recv_timeout(deadline - Instant::now())
            .expect("edit printed its address");
        if let Some(url) = line.strip_prefix("editor: ") {
            let url = url.split(' ').next().unwrap().to_string();
            let port = url
                .split(':')
                .nth(2)
                .unwrap()
                .split('/')
                .next()
                .unwrap()
                .parse()
                .unwrap();
            return Editor {
                child,
                port,
                url,
                root: root.to_path_buf(),
            };
        }
    }
}

/// One request: (status, headers, body).
fn request(port: u16, head: &str, body: &[u8]) -> (u16, String, String) {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
    stream.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
    stream.write_all(head.as_bytes()).unwrap();
    let _ = stream.write_all(body);
    let mut answer = Vec::new();
    let _ = stream.read_to_end(&mut answer);
    let text = String::from_utf8_lossy(&answer).to_string();
    let (headers, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
    let status = headers.split(' ').nth(1).and_then(|s| s.parse().ok()).unwrap_or(0);
    (status, headers.to_string(), body.to_string())
}

impl Editor {
    /// The session cookie, from the address with the token.
    fn cookie(&self) -> String {
        let path = &self.url[self.url.find("/_edit/").unwrap()..];
        let (status, headers, _) = request(
            self.port,
            &format!("GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{}\r\n\r\n", self.port),
            b"",
        );
        assert_eq!(status, 303, "{headers}");
        let line = headers
            .lines()
            .find(|l| l.to_ascii_lowercase().starts_with("set-cookie:"))
            .expect("a cookie");
        assert!(line.contains("HttpOnly") && line.contains("SameSite=Strict"), "{line}");
        line.split_once(':')
            .unwrap()
            .1
            .trim()
            .split(';')
            .next()
            .unwrap()
            .to_string()
    }

    fn get(&self, path: &str, cookie: &str) -> (u16, String, String) {
        request(
            self.port,
            &format!(
                "GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{}\r\nCookie: {cookie}\r\n\r\n",
                self.port
            ),
            b"",
        )
    }

    /// The CSRF token of the editor's pages.
    fn csrf(&self, cookie: &str) -> String {
        let (_, _, body) = self.get("/_edit/", cookie);
        let at = body.find("data-csrf=\"").expect("the dashboard") + 11;
        body[at..at + 32].to_string()
    }

    /// A POST as the editor's forms send it, with `extra` headers.
    fn post(&self, path: &str, extra: &str, body: &str) -> (u16, String, String) {
        let head = format!(
            "POST {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n{extra}Content-Type: application/x-www-form-urlencoded\r\n\
             Content-Length: {}\r\n\r\n",
            body.len(),
            port = self.port
        );
        request(self.port, &head, body.as_bytes())
    }

    fn origin(&self) -> String {
        format!("Origin: http://127.0.0.1:{}\r\n", self.port)
    }
}

fn form(fields: &[(&str, &str)]) -> String {
    fields
        .iter()
        .map(|(k, v)| format!("{k}={}", altavoz::url::encode_component(v)))
        .collect::<Vec<_>>()
        .join("&")
}

/// Every file of the project, to show that a refused write wrote nothing.
fn files(root: &Path) -> BTreeMap<String, Vec<u8>> {
    tree(root)
}

const PAGE: &str = "campaigns/demo/es/mito.md";

/// A save of the title of `PAGE` (base: the file's fingerprint now, as the form carries it).
fn save_title(editor: &Editor, cookie: &str, csrf: &str, title: &str) -> String {
    let (_, _, html) = editor.get(&format!("/_edit/page?path={PAGE}"), cookie);
    let at = html.find("name=\"base\" value=\"").unwrap() + 19;
    let base = html[at..at + 16].to_string();
    form(&[("csrf", csrf), ("path", PAGE), ("base", &base), ("title", title)])
}

#[test]
fn the_editor_listens_only_on_this_computer() {
    let project = fixture("valid-minimal");
    let output = altavoz(&[
        "edit",
        "--root",
        project.path().to_str().unwrap(),
        "--bind",
        "0.0.0.0",
        "--port",
        "0",
    ]);
    assert_eq!(output.status.code(), Some(2), "{}", stderr(&output));
    assert!(stderr(&output).contains("0.0.0.0"), "{}", stderr(&output));
}

#[test]
fn the_editor_s_pages_need_the_run_s_token_and_forbid_other_scripts() {
    let project = fixture("valid-minimal");
    let editor = start(project.path(), &[]);
    let (status, _, body) = editor.get("/_edit/", "");
    assert_eq!(status, 403, "no cookie");
    assert!(body.contains("/_edit/?token="), "says where to go: {body}");
    let (status, _, _) = editor.get("/_edit/?token=0123456789abcdef0123456789abcdef", "");
    assert_eq!(status, 403, "a wrong token");
    let cookie = editor.cookie();
    let (status, headers, body) = editor.get("/_edit/", &cookie);
    assert_eq!(status, 200);
    assert!(
        headers.contains("Content-Security-Policy: default-src 'none'; script-src 'self'"),
        "{headers}"
    );
    assert!(headers.contains("X-Frame-Options: DENY"), "{headers}");
    assert!(!body.contains("<script>"), "no inline script");
    // The preview stays read-only.
    let (status, _, _) = request(
        editor.port,
        &format!(
            "POST /es/ HTTP/1.1\r\nHost: 127.0.0.1:{}\r\n{}Content-Length: 0\r\n\r\n",
            editor.port,
            editor.origin()
        ),
        b"",
    );
    assert_eq!(status, 405);
}

/// An answer: status, headers, body.
type Answer = (u16, String, String);

/// Each attack: a write the editor must refuse with a 4xx, writing nothing.
fn refused(attack: &str, send: &dyn Fn(&Editor, &str, &str) -> Answer) {
    let project = fixture("valid-minimal");
    let root = project.path();
    let editor = start(root, &[]);
    let cookie = editor.cookie();
    let csrf = editor.csrf(&cookie);
    let before = files(root);
    let (status, _, body) = send(&editor, &cookie, &csrf);
    assert!((400..500).contains(&status), "{attack}: answered {status}: {body}");
    assert!(files(root) == before, "{attack}: something was written");
}

#[test]
fn a_write_without_the_session_is_refused() {
    refused("no session", &|editor, _, csrf| {
        let body = save_title(editor, &editor.cookie(), csrf, "Robado");
        editor.post("/_edit/save", &editor.origin(), &body)
    });
}

#[test]
fn a_write_without_the_csrf_token_is_refused() {
    refused("no CSRF token", &|editor, cookie, csrf| {
        let body = save_title(editor, cookie, csrf, "Robado").replace(&format!("csrf={csrf}&"), "");
        editor.post(
            "/_edit/save",
            &format!("{}Cookie: {cookie}\r\n", editor.origin()),
            &body,
        )
    });
}

#[test]
fn a_write_with_a_wrong_csrf_token_is_refused() {
    refused("wrong CSRF token", &|editor, cookie, csrf| {
        let body = save_title(editor, cookie, csrf, "Robado").replace(csrf, "0123456789abcdef0123456789abcdef");
        editor.post(
            "/_edit/save",
            &format!("{}Cookie: {cookie}\r\n", editor.origin()),
            &body,
        )
    });
}

#[test]
fn a_write_from_a_foreign_origin_is_refused() {
    refused("foreign Origin", &|editor, cookie, csrf| {
        let body = save_title(editor, cookie, csrf, "Robado");
        editor.post(
            "/_edit/save",
            &format!("Origin: http://evil.example\r\nCookie: {cookie}\r\n"),
            &body,
        )
    });
}

#[test]
fn a_cross_site_form_post_is_refused() {
    refused("cross-site Fetch-Metadata", &|editor, cookie, csrf| {
        let body = save_title(editor, cookie, csrf, "Robado");
        let headers = format!(
            "{}Sec-Fetch-Site: cross-site\r\nSec-Fetch-Mode: navigate\r\nSec-Fetch-Dest: document\r\nCookie: {cookie}\r\n",
            editor.origin()
        );
        editor.post("/_edit/save", &headers, &body)
    });
}

#[test]
fn a_forged_host_is_refused() {
    refused("forged Host (DNS rebinding)", &|editor, cookie, csrf| {
        let body = save_title(editor, cookie, csrf, "Robado");
        let head = format!(
            "POST /_edit/save HTTP/1.1\r\nHost: evil.example:{}\r\nOrigin: http://evil.example:{}\r\nCookie: {cookie}\r\n\
             Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\n\r\n",
            editor.port,
            editor.port,
            body.len()
        );
        request(editor.port, &head, body.as_bytes())
    });
}

fn save_at(editor: &Editor, cookie: &str, csrf: &str, path: &str) -> (u16, String, String) {
    let body = form(&[
        ("csrf", csrf),
        ("path", path),
        ("base", "x"),
        ("source", "---\ntitle: \"x\"\n---\n"),
    ]);
    editor.post(
        "/_edit/save",
        &format!("{}Cookie: {cookie}\r\n", editor.origin()),
        &body,
    )
}

#[test]
fn a_path_with_dot_dot_is_refused() {
    refused("..", &|editor, cookie, csrf| {
        save_at(editor, cookie, csrf, "campaigns/demo/es/../../../altavoz.md")
    });
}

#[test]
fn an_absolute_path_is_refused() {
    refused("absolute path", &|editor, cookie, csrf| {
        save_at(editor, cookie, csrf, "/etc/cron.d/x.md")
    });
}

#[test]
fn a_name_windows_cannot_hold_is_refused() {
    refused("Windows name", &|editor, cookie, csrf| {
        save_at(editor, cookie, csrf, "campaigns/demo/es/con.md")
    });
}

#[test]
fn a_file_outside_the_campaigns_is_refused() {
    refused("altavoz.yaml", &|editor, cookie, csrf| {
        save_at(editor, cookie, csrf, "altavoz.yaml")
    });
}

#[cfg(unix)]
#[test]
fn a_symbolic_link_leading_out_is_refused() {
    let outside = tempfile::tempdir().unwrap();
    let target = outside.path().join("victim.md");
    std::fs::write(&target, "---\ntitle: \"mine\"\n---\n").unwrap();
    refused("symbolic link", &|editor, cookie, csrf| {
        let link = editor.root.join("campaigns/demo/es/enlace.md");
        std::os::unix::fs::symlink(&target, &link).unwrap();
        save_at(editor, cookie, csrf, "campaigns/demo/es/enlace.md")
    });
    assert_eq!(std::fs::read_to_string(&target).unwrap(), "---\ntitle: \"mine\"\n---\n");
}

#[test]
fn an_oversized_form_is_refused() {
    refused("oversized form", &|editor, cookie, csrf| {
        let big = "a".repeat(3 * 1024 * 1024);
        let body = form(&[("csrf", csrf), ("path", PAGE), ("base", "x"), ("source", &big)]);
        editor.post(
            "/_edit/save",
            &format!("{}Cookie: {cookie}\r\n", editor.origin()),
            &body,
        )
    });
}

#[test]
fn an_oversized_upload_is_refused_before_it_is_read() {
    refused("oversized upload", &|editor, cookie, _| {
        let head = format!(
            "POST /_edit/upload HTTP/1.1\r\nHost: 127.0.0.1:{}\r\n{}Cookie: {cookie}\r\n\
             Content-Type: multipart/form-data; boundary=x\r\nContent-Length: {}\r\n\r\n",
            editor.port,
            editor.origin(),
            64 * 1024 * 1024
        );
        request(editor.port, &head, b"--x\r\n")
    });
}

#[test]
fn an_upload_that_is_not_a_picture_is_refused() {
    refused("a script as a photo", &|editor, cookie, csrf| {
        let body = format!(
            "--x\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n{csrf}\r\n--x\r\nContent-Disposition: form-data; name=\"page\"\r\n\r\n{PAGE}\r\n\
             --x\r\nContent-Disposition: form-data; name=\"alt\"\r\n\r\nx\r\n--x\r\nContent-Disposition: form-data; name=\"photo\"; filename=\"x.jpg\"\r\n\
             Content-Type: image/jpeg\r\n\r\n#!/bin/sh\r\n--x--\r\n"
        );
        let head = format!(
            "POST /_edit/upload HTTP/1.1\r\nHost: 127.0.0.1:{}\r\n{}Cookie: {cookie}\r\n\
             Content-Type: multipart/form-data; boundary=x\r\nContent-Length: {}\r\n\r\n",
            editor.port,
            editor.origin(),
            body.len()
        );
        request(editor.port, &head, body.as_bytes())
    });
}

#[test]
fn a_save_changes_only_what_was_changed() {
    let project = fixture("valid-minimal");
    let root = project.path();
    let page = root.join(PAGE);
    // A comment, single quotes and a trailing comment the form never shows.
    let original = std::fs::read_to_string(&page).unwrap().replacen(
        "title: \"¿Es seguro?\"",
        "# Revisado con la red\ntitle: '¿Es seguro?'   # corto",
        1,
    );
    std::fs::write(&page, &original).unwrap();
    let editor = start(root, &[]);
    let cookie = editor.cookie();
    let (_, _, html) = editor.get(&format!("/_edit/page?path={PAGE}"), &cookie);
    // Everything the form holds, as a browser sends it, with the summary changed.
    let mut fields = form_fields(&html);
    for (name, value) in fields.iter_mut() {
        if name == "summary" {
            *value = "Un mito, un hecho y una fuente.".into();
        }
    }
    let body = fields
        .iter()
        .map(|(k, v)| format!("{k}={}", altavoz::url::encode_component(v)))
        .collect::<Vec<_>>()
        .join("&");
    let (status, headers, _) = editor.post(
        "/_edit/save",
        &format!("{}Cookie: {cookie}\r\n", editor.origin()),
        &body,
    );
    assert_eq!(status, 303, "{headers}");
    let saved = std::fs::read_to_string(&page).unwrap();
    assert_eq!(
        saved,
        original.replace(
            "summary: \"Un mito y un hecho.\"",
            "summary: \"Un mito, un hecho y una fuente.\""
        )
    );
    // Saving again what the form shows writes nothing new.
    let (_, _, html) = editor.get(&format!("/_edit/page?path={PAGE}"), &cookie);
    let body = form_fields(&html)
        .iter()
        .map(|(k, v)| format!("{k}={}", altavoz::url::encode_component(v)))
        .collect::<Vec<_>>()
        .join("&");
    editor.post(
        "/_edit/save",
        &format!("{}Cookie: {cookie}\r\n", editor.origin()),
        &body,
    );
    assert_eq!(std::fs::read_to_string(&page).unwrap(), saved);
}

/// The fields a browser would send for the page form in `html` (inputs, checked boxes,
/// textareas, selected options), unescaped.
fn form_fields(html: &str) -> Vec<(String, String)> {
    let start = html.find("action=\"/_edit/save\"").unwrap();
    let form = &html[start..start + html[start..].find("</form>").unwrap()];
    let unescape = |s: &str| {
        s.replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&#39;", "'")
            .replace("&#x2F;", "/")
            .replace("&amp;", "&")
    };
    let attr = |tag: &str, name: &str| {
        let key = format!(" {name}=\"");
        tag.find(&key).map(|at| {
            let rest = &tag[at + key.len()..];
            unescape(&rest[..rest.find('"').unwrap()])
        })
    };
    let mut fields = Vec::new();
    for tag in form.split('<').skip(1) {
        let tag_end = tag.find('>').unwrap_or(tag.len());
        let (head, rest) = (&tag[..tag_end], &tag[(tag_end + 1).min(tag.len())..]);
        if let Some(input) = head.strip_prefix("input") {
            let Some(name) = attr(input, "name") else { continue };
            let kind = attr(input, "type").unwrap_or_default();
            if kind == "checkbox" {
                if input.contains(" checked") {
                    fields.push((name, attr(input, "value").unwrap_or_else(|| "on".into())));
                }
            } else if kind != "file" {
                fields.push((name, attr(input, "value").unwrap_or_default()));
            }
        } else if let Some(area) = head.strip_prefix("textarea") {
            fields.push((attr(area, "name").unwrap(), unescape(rest)));
        } else if let Some(select) = head.strip_prefix("select") {
            let name = attr(select, "name").unwrap();
            let options = &form[form.find(head).unwrap()..];
            let options = &options[..options.find("</select>").unwrap()];
            let selected = options
                .split("<option")
                .find(|o| o.contains(" selected"))
                .and_then(|o| attr(o, "value"))
                .unwrap_or_default();
            fields.push((name, selected));
        }
    }
    fields
}

/// Where the browser tools of `.ci/browser-tools` are, when installed.
fn browser_tools() -> Option<PathBuf> {
    let dir = std::env::var_os("BROWSER_TOOLS_DIR")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| Path::new(&h).join(".cache/altavoz-ci/browser")))?
        .join("node_modules");
    (dir.join("playwright-core").is_dir() && dir.join("axe-core").is_dir() && Path::new("/usr/bin/chromium").exists())
        .then_some(dir)
}

/// Runs a scenario of `tests/browser/editor.cjs`; its JSON report.
fn browser(tools: &Path, editor: &Editor, scenario: &str, args: &[&str]) -> serde_json::Value {
    let output = Command::new("node")
        .arg(repo().join("tests/browser/editor.cjs"))
        .arg(&editor.url)
        .arg(scenario)
        .args(args)
        .env("NODE_PATH", tools)
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{scenario}: {}{}",
        String::from_utf8_lossy(&output.stderr),
        String::from_utf8_lossy(&output.stdout)
    );
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(report["problems"], serde_json::json!([]), "{scenario}: {report}");
    report
}

macro_rules! with_browser {
    () => {
        match browser_tools() {
            Some(tools) => tools,
            None => {
                assert!(
                    std::env::var_os("CI").is_none(),
                    "CI needs the browser tools (.ci/browser-tools)"
                );
                eprintln!("skipped: no Chromium and browser tools (run .ci/browser-tools)");
                return;
            }
        }
    };
}

fn check_passes(root: &Path) {
    let output = altavoz(&["check", "--root", root.to_str().unwrap()]);
    assert!(output.status.success(), "{}", stderr(&output));
}

#[test]
fn a_page_created_in_the_browser_shows_its_mistake_while_typing_and_saves_clean() {
    let tools = with_browser!();
    let project = fixture("valid-minimal");
    let editor = start(project.path(), &[]);
    let report = browser(&tools, &editor, "create", &["demo"]);
    assert_eq!(report["path"], "campaigns/demo/es/senales-de-alerta.md", "{report}");
    let said = report["said"].as_str().unwrap();
    assert!(
        said.contains("caracteres") && said.contains("200"),
        "said in Spanish: {said}"
    );
    assert!(report["saved"].as_str().unwrap().contains("Guardado"), "{report}");
    let text = std::fs::read_to_string(project.path().join("campaigns/demo/es/senales-de-alerta.md")).unwrap();
    assert!(
        text.contains("title: \"Señales de alerta en internet\"") && text.contains("kind: tip"),
        "{text}"
    );
    check_passes(project.path());
}

#[test]
fn one_field_changed_in_the_browser_leaves_every_other_byte() {
    let tools = with_browser!();
    let project = fixture("valid-minimal");
    let page = project.path().join(PAGE);
    let before = std::fs::read_to_string(&page).unwrap();
    let editor = start(project.path(), &[]);
    browser(&tools, &editor, "title", &[PAGE, "¿De verdad es seguro?"]);
    let after = std::fs::read_to_string(&page).unwrap();
    assert_eq!(
        after,
        before.replace("title: \"¿Es seguro?\"", "title: \"¿De verdad es seguro?\"")
    );
}

#[test]
fn a_translation_finished_in_the_translation_view_is_up_to_date() {
    let tools = with_browser!();
    let project = fixture("valid-minimal");
    let root = project.path();
    let editor = start(root, &[]);
    browser(&tools, &editor, "translate", &["campaigns/demo/mam/mito.md"]);
    let output = altavoz(&[
        "status",
        "--root",
        root.to_str().unwrap(),
        "--format",
        "json",
        "--lang",
        "mam",
    ]);
    let status: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let page = status["campaigns"][0]["languages"][0]["pages"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["page"] == "mito.md")
        .unwrap()
        .clone();
    assert_eq!(page["status"], "up_to_date", "{page}");
    check_passes(root);
}

#[test]
fn a_phone_photo_added_in_the_browser_is_published_without_its_metadata() {
    let tools = with_browser!();
    let project = fixture("valid-minimal");
    let root = project.path();
    let photo = root.join("IMG 2031.JPG");
    std::fs::write(&photo, common::photo::jpeg_with_gps(1200, 900, 6)).unwrap();
    let editor = start(root, &[]);
    let report = browser(&tools, &editor, "photo", &[PAGE, photo.to_str().unwrap()]);
    assert_eq!(
        report["markdown"], "![Un taller de la red de jóvenes](../assets/img-2031.jpg)",
        "{report}"
    );
    drop(editor);
    std::fs::remove_file(&photo).unwrap();
    let out = tempfile::tempdir().unwrap();
    let built = build_into(root, &out.path().join("site"), &[]);
    assert!(built.status.success(), "{}", stderr(&built));
    let published = tree(&out.path().join("site"));
    let pictures: Vec<&String> = published.keys().filter(|p| p.contains("img-2031")).collect();
    assert!(!pictures.is_empty(), "the photo is published");
    for (path, bytes) in &published {
        assert!(
            !bytes
                .windows(common::photo::CAMERA.len())
                .any(|w| w == common::photo::CAMERA.as_bytes()),
            "{path} carries the camera's name"
        );
        assert!(!path.ends_with("img-2031.jpg"), "the original is published as {path}");
    }
}

#[test]
fn a_file_changed_on_disk_while_its_form_is_open_is_not_written_over() {
    let tools = with_browser!();
    let project = fixture("valid-minimal");
    let page = project.path().join(PAGE);
    let editor = start(project.path(), &[]);
    let signal = project.path().join("signal");
    let changer = {
        let (page, signal) = (page.clone(), signal.clone());
        std::thread::spawn(move || {
            while !signal.exists() {
                std::thread::sleep(Duration::from_millis(20));
            }
            let text = std::fs::read_to_string(&page).unwrap();
            std::fs::write(&page, text.replace("Texto con nota", "Texto cambiado por git pull")).unwrap();
            std::fs::remove_file(&signal).unwrap();
        })
    };
    let report = browser(&tools, &editor, "conflict", &[PAGE, signal.to_str().unwrap()]);
    changer.join().unwrap();
    let on_disk = std::fs::read_to_string(&page).unwrap();
    assert!(
        on_disk.contains("Texto cambiado por git pull"),
        "the other change is kept"
    );
    assert!(!on_disk.contains("Mi título nuevo"), "nothing was written over it");
    assert!(report["mine"].as_str().unwrap().contains("Mi título nuevo"), "{report}");
    assert!(
        report["theirs"]
            .as_str()
            .unwrap()
            .contains("Texto cambiado por git pull"),
        "{report}"
    );
}

#[test]
fn the_editor_s_pages_pass_axe_and_the_keyboard_at_320_px_in_spanish_and_english() {
    let tools = with_browser!();
    let project = fixture("valid-minimal");
    let out = repo().join("target/edit-pages");
    let _ = std::fs::remove_dir_all(&out);
    std::fs::create_dir_all(&out).unwrap();
    for lang in ["es", "en"] {
        let editor = start(project.path(), &["--messages", lang]);
        let pages = [
            "/_edit/",
            "/_edit/page?path=campaigns%2Fdemo%2Fes%2Fmito.md",
            "/_edit/translate?path=campaigns%2Fdemo%2Fen%2Findex.md",
            "/_edit/campaign?campaign=demo",
        ];
        let mut args = vec![lang, out.to_str().unwrap()];
        args.extend(pages);
        let report = browser(&tools, &editor, "audit", &args);
        for page in report["report"].as_array().unwrap() {
            assert_eq!(page["violations"], serde_json::json!([]), "{lang}: {page}");
            assert_eq!(
                page["unreached"],
                serde_json::json!([]),
                "{lang}: not reached by Tab: {page}"
            );
            assert!(
                page["width"].as_f64().unwrap() <= 320.0,
                "{lang}: scrolls sideways: {page}"
            );
        }
    }
}
