//! Publishing and the files of Windows authors, through the real binary: `altavoz new --host`
//! writes deploy files the hosts' own schemas accept; `altavoz cms` writes a web editor's
//! configuration that the real Decap CMS reads (in Chromium, `tests/browser/decap.cjs`); a
//! shallow clone is warned about; sources saved by Notepad (CRLF, a byte order mark) build
//! exactly as the same sources saved elsewhere, and one saved in Windows-1252 says so.

mod common;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use common::*;

/// A tool CI installs; `None` (and a message) where it is missing, a failure in CI.
fn have(program: &str, args: &[&str]) -> bool {
    let found = Command::new(program)
        .args(args)
        .output()
        .is_ok_and(|o| o.status.success());
    if !found {
        assert!(std::env::var_os("CI").is_none(), "CI needs {program}");
        eprintln!("skipped: {program} is not installed");
    }
    found
}

/// check-jsonschema, from the environment CI makes (`ALTAVOZ_CHECK_JSONSCHEMA`) or the PATH.
fn check_jsonschema() -> Option<PathBuf> {
    let program =
        std::env::var_os("ALTAVOZ_CHECK_JSONSCHEMA").map_or_else(|| PathBuf::from("check-jsonschema"), PathBuf::from);
    have(program.to_str().unwrap(), &["--version"]).then_some(program)
}

fn new_project(dir: &Path, extra: &[&str]) {
    let mut args = vec!["new", dir.to_str().unwrap(), "--messages", "es"];
    args.extend(extra);
    let output = altavoz(&args);
    assert!(output.status.success(), "{}", stderr(&output));
}

#[test]
fn new_with_a_host_writes_files_the_host_s_schema_accepts() {
    let work = tempfile::tempdir().unwrap();
    for (host, file, schema) in [
        ("github", ".github/workflows/pages.yml", Some("vendor.github-workflows")),
        ("gitlab", ".gitlab-ci.yml", Some("vendor.gitlab-ci")),
        ("netlify", "netlify.toml", None),
        ("cloudflare", "wrangler.toml", None),
    ] {
        let dir = work.path().join(host);
        new_project(&dir, &["--host", host]);
        let text = fs::read_to_string(dir.join(file)).unwrap();
        assert!(
            !text.contains("{{version}}") && text.contains(env!("CARGO_PKG_VERSION")),
            "{host}: {text}"
        );
        let publishing = fs::read_to_string(dir.join("PUBLISHING.md")).unwrap();
        assert!(!publishing.is_empty());
        match schema {
            Some(schema) => {
                if let Some(program) = check_jsonschema() {
                    let output = Command::new(program)
                        .args(["--builtin-schema", schema, dir.join(file).to_str().unwrap()])
                        .output()
                        .unwrap();
                    assert!(
                        output.status.success(),
                        "{host}: {}",
                        String::from_utf8_lossy(&output.stdout)
                    );
                }
            }
            None => {
                let parse = "import sys, tomllib; tomllib.load(open(sys.argv[1], 'rb'))";
                let output = Command::new("python3")
                    .args(["-c", parse, dir.join(file).to_str().unwrap()])
                    .output()
                    .unwrap();
                assert!(
                    output.status.success(),
                    "{host}: {}",
                    String::from_utf8_lossy(&output.stderr)
                );
            }
        }
        // A project made with a host builds as one made without.
        let output = altavoz(&["check", "--deny-warnings", "--root", dir.to_str().unwrap()]);
        assert!(output.status.success(), "{host}: {}", stderr(&output));
    }
    let github = fs::read_to_string(work.path().join("github/.github/workflows/pages.yml")).unwrap();
    assert!(github.contains("fetch-depth: 0") && github.contains("--deny-warnings") && github.contains("--pack"));
    let gitlab = fs::read_to_string(work.path().join("gitlab/.gitlab-ci.yml")).unwrap();
    assert!(gitlab.contains("GIT_DEPTH: 0"));
}

#[test]
fn the_web_editor_s_configuration_follows_the_project_and_keeps_its_backend() {
    let project = demo();
    let root = project.path();
    let output = altavoz(&[
        "cms",
        "--root",
        root.to_str().unwrap(),
        "--messages",
        "en",
        "--repo",
        "red/campanas",
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    let config = fs::read_to_string(root.join("static/admin/config.yml")).unwrap();
    for expected in [
        "repo: \"red/campanas\"",
        "structure: multiple_folders",
        "locales: [es, en, quc]",
        "- name: think-twice",
        "- name: online-safety",
        "folder: \"campaigns/think-twice\"",
        "media_folder: \"/campaigns/think-twice/assets\"",
        "publish_mode: editorial_workflow",
    ] {
        assert!(config.contains(expected), "{expected} missing:\n{config}");
    }
    // A person fills the backend; `altavoz cms` again keeps it.
    let filled = config.replace("branch: \"main\"", "branch: \"publicar\"");
    fs::write(root.join("static/admin/config.yml"), filled).unwrap();
    let output = altavoz(&["cms", "--root", root.to_str().unwrap(), "--messages", "en"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let again = fs::read_to_string(root.join("static/admin/config.yml")).unwrap();
    assert!(
        again.contains("branch: \"publicar\"") && again.contains("repo: \"red/campanas\""),
        "{again}"
    );
    let admin = fs::read_to_string(root.join("static/admin/index.html")).unwrap();
    assert!(admin.contains("decap-cms") && admin.contains("lang=\"en\""), "{admin}");
    // No page of the site links to the editor.
    let out = tempfile::tempdir().unwrap();
    let built = build_into(root, &out.path().join("site"), &["--only", "site"]);
    assert!(built.status.success(), "{}", stderr(&built));
    for (path, html) in html_files(&tree(&out.path().join("site"))) {
        if !path.starts_with("admin/") {
            assert!(!html.contains("admin/"), "{path} links the web editor");
        }
    }
}

#[test]
fn a_page_made_in_decap_cms_passes_check() {
    let decap = std::env::var_os("HOME").map(|h| Path::new(&h).join(".cache/altavoz-ci/decap/node_modules"));
    let browser = std::env::var_os("HOME").map(|h| Path::new(&h).join(".cache/altavoz-ci/browser/node_modules"));
    let (Some(decap), Some(browser)) = (
        decap.filter(|d| d.join("decap-cms").is_dir()),
        browser.filter(|b| b.is_dir()),
    ) else {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI needs the Decap tools (.ci/decap-tools)"
        );
        eprintln!("skipped: no Decap CMS (.ci/decap-tools) or browser tools (.ci/browser-tools)");
        return;
    };
    let project = demo();
    let root = project.path();
    copy_dir(
        &repo().join("tests/browser/decap-fixture/campaigns"),
        &root.join("campaigns"),
    );
    let output = altavoz(&["cms", "--root", root.to_str().unwrap(), "--messages", "es"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let output = Command::new("node")
        .arg(repo().join("tests/browser/decap.cjs"))
        .arg(root)
        .args(["--page", "think-twice/todos-los-campos", "--create", "think-twice"])
        .env("NODE_PATH", format!("{}:{}", browser.display(), decap.display()))
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}{}",
        String::from_utf8_lossy(&output.stderr),
        String::from_utf8_lossy(&output.stdout)
    );
    let created = String::from_utf8_lossy(&output.stdout).trim().to_string();
    assert!(root.join(&created).is_file(), "{created}");
    // Decap dates the review with the browser's today, not the tests' fixed one.
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs()
        .to_string();
    let check = altavoz_env(
        &["check", "--root", root.to_str().unwrap()],
        &[("SOURCE_DATE_EPOCH", &now)],
    );
    assert!(check.status.success(), "{}", stderr(&check));
}

#[test]
fn a_shallow_clone_is_warned_about_with_the_setting_to_change() {
    let project = demo();
    let root = project.path();
    git(root, &["init", "-q", "-b", "main"], "2026-01-01T00:00:00Z");
    git(root, &["add", "."], "2026-01-01T00:00:00Z");
    git(root, &["commit", "-q", "-m", "uno"], "2026-01-01T00:00:00Z");
    fs::write(
        root.join("campaigns/think-twice/es/contactos.md"),
        fs::read_to_string(root.join("campaigns/think-twice/es/contactos.md")).unwrap() + "\nMás.\n",
    )
    .unwrap();
    git(root, &["commit", "-qam", "dos"], "2026-02-01T00:00:00Z");
    let whole = altavoz(&["check", "--root", root.to_str().unwrap(), "--messages", "en"]);
    assert!(!stderr(&whole).contains("history"), "{}", stderr(&whole));
    let clones = tempfile::tempdir().unwrap();
    let shallow = clones.path().join("shallow");
    let url = format!("file://{}", root.display());
    git(
        clones.path(),
        &["clone", "-q", "--depth", "1", &url, shallow.to_str().unwrap()],
        "2026-03-01T00:00:00Z",
    );
    let output = altavoz(&["check", "--root", shallow.to_str().unwrap(), "--messages", "en"]);
    let err = stderr(&output);
    assert!(
        err.contains("git history is cut short") && err.contains("fetch-depth: 0"),
        "{err}"
    );
}

/// Every output file of a build of `root` (site, print and cards).
fn built(root: &Path) -> std::collections::BTreeMap<String, Vec<u8>> {
    let out = tempfile::tempdir().unwrap();
    let output = build_into(root, &out.path().join("site"), &[]);
    assert!(output.status.success(), "{}", stderr(&output));
    tree(&out.path().join("site"))
}

/// Every page source of `root` rewritten by `change`.
fn rewrite(root: &Path, change: &dyn Fn(&str) -> Vec<u8>) {
    for path in walkdir::WalkDir::new(root.join("campaigns"))
        .into_iter()
        .filter_map(Result::ok)
    {
        let path = path.path();
        if path.extension().is_some_and(|e| e == "md" || e == "yaml") {
            let text = fs::read_to_string(path).unwrap();
            fs::write(path, change(&text)).unwrap();
        }
    }
    let config = root.join("altavoz.yaml");
    let text = fs::read_to_string(&config).unwrap();
    fs::write(&config, change(&text)).unwrap();
}

#[test]
fn sources_saved_with_crlf_and_a_byte_order_mark_build_exactly_as_lf_sources() {
    let lf = fixture("valid-minimal");
    let windows = fixture("valid-minimal");
    rewrite(windows.path(), &|text| {
        format!("\u{feff}{}", text.replace('\n', "\r\n")).into_bytes()
    });
    let (a, b) = (built(lf.path()), built(windows.path()));
    assert_eq!(a.keys().collect::<Vec<_>>(), b.keys().collect::<Vec<_>>());
    for (path, bytes) in &a {
        assert!(b[path] == *bytes, "{path} differs");
    }
    // The same mistake is reported at the same place.
    for project in [&lf, &windows] {
        let page = project.path().join("campaigns/demo/es/mito.md");
        let text = fs::read_to_string(&page).unwrap();
        fs::write(&page, text.replacen("order: 1", "order: primero", 1)).unwrap();
    }
    let place = |root: &Path| {
        let err = stderr(&altavoz(&[
            "check",
            "--root",
            root.to_str().unwrap(),
            "--messages",
            "en",
        ]));
        let at = err.find("mito.md:").unwrap_or_else(|| panic!("{err}"));
        err[at..].split_whitespace().next().unwrap().to_string()
    };
    assert_eq!(place(lf.path()), place(windows.path()));
}

#[test]
fn a_page_saved_in_windows_1252_says_so_and_how_to_save_it_as_utf8() {
    let project = fixture("valid-minimal");
    let page = project.path().join("campaigns/demo/es/mito.md");
    let text = fs::read_to_string(&page)
        .unwrap()
        .replace("Texto con nota", "Información con nota");
    // Latin-1 letters are one byte each in Windows-1252 ("ó" is 0xF3); the first one is named.
    let bytes: Vec<u8> = text.chars().map(|c| c as u8).collect();
    let first = text.chars().find(|c| !c.is_ascii()).unwrap();
    fs::write(&page, bytes).unwrap();
    for (lang, words) in [("es", "Windows-1252"), ("en", "Windows-1252")] {
        let output = altavoz(&["check", "--root", project.path().to_str().unwrap(), "--messages", lang]);
        assert_eq!(output.status.code(), Some(1));
        let err = stderr(&output);
        assert!(
            err.contains(words) && err.contains(&format!("«{first}»")) && err.contains("UTF-8"),
            "{err}"
        );
        assert!(err.contains("mito.md:"), "located: {err}");
    }
}
