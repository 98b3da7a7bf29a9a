//! Helpers for tests that run the real `altavoz` binary on fixture projects.
#![allow(dead_code)]

pub mod photo;

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// A fixed "today" (2026-11-18), so review-date warnings do not change with the calendar.
pub const TODAY_EPOCH: &str = "1795000000";

pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn fixture_path(name: &str) -> PathBuf {
    repo().join("tests/fixtures").join(name)
}

/// A fresh copy of a fixture project in a temporary folder (so tests never write into the repo).
pub fn fixture(name: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&fixture_path(name), dir.path());
    dir
}

pub fn copy_dir(from: &Path, to: &Path) {
    for entry in walkdir::WalkDir::new(from).sort_by_file_name() {
        let entry = entry.unwrap();
        let rel = entry.path().strip_prefix(from).unwrap();
        if rel.starts_with("expected") || rel.starts_with("public") {
            continue;
        }
        let target = to.join(rel);
        if entry.file_type().is_dir() {
            fs::create_dir_all(&target).unwrap();
        } else {
            fs::copy(entry.path(), &target).unwrap();
        }
    }
}

/// Runs altavoz with `args` and a fixed date.
pub fn altavoz(args: &[&str]) -> Output {
    altavoz_env(args, &[])
}

/// Runs a command-line tool the tests read outputs with (poppler, zbar, …): its standard output;
/// panics, naming the package to install, when it is missing or fails.
pub fn tool(name: &str, args: &[&str]) -> String {
    let output = Command::new(name)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{name} is needed for this test (apt-get install poppler-utils zbar-tools): {e}"));
    assert!(
        output.status.success(),
        "{name} {args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout).to_string()
}

/// `altavoz build --root root --out out` and `extra` arguments.
pub fn build_into(root: &Path, out: &Path, extra: &[&str]) -> Output {
    let mut args = vec![
        "build",
        "--root",
        root.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ];
    args.extend(extra);
    altavoz(&args)
}

pub fn altavoz_env(args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_altavoz"));
    command
        .args(args)
        .env("SOURCE_DATE_EPOCH", TODAY_EPOCH)
        .env_remove("RAYON_NUM_THREADS")
        // Messages in English unless a test asks for another language.
        .env("LANG", "C.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES");
    for (k, v) in env {
        command.env(k, v);
    }
    command.output().unwrap()
}

/// What `altavoz check` reports for the project at `root`, which must have content errors.
pub fn check_errors(root: &Path) -> String {
    let output = altavoz(&["check", "--root", root.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    stderr(&output)
}

pub fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).to_string()
}

/// Every file under `dir`, by `/`-separated relative path.
pub fn tree(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    walkdir::WalkDir::new(dir)
        .sort_by_file_name()
        .into_iter()
        .map(Result::unwrap)
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            let rel = e.path().strip_prefix(dir).unwrap().to_string_lossy().replace('\\', "/");
            (rel, fs::read(e.path()).unwrap())
        })
        .collect()
}

pub fn html_files(tree: &BTreeMap<String, Vec<u8>>) -> impl Iterator<Item = (&String, String)> {
    tree.iter()
        .filter(|(p, _)| p.ends_with(".html"))
        .map(|(p, b)| (p, String::from_utf8(b.clone()).unwrap()))
}

/// Values of `attr="…"` in `html` (our templates always quote attributes).
pub fn attribute_values<'a>(html: &'a str, attr: &str) -> Vec<&'a str> {
    let needle = format!(" {attr}=\"");
    html.match_indices(&needle)
        .map(|(i, _)| {
            let start = i + needle.len();
            let end = html[start..].find('"').unwrap() + start;
            &html[start..end]
        })
        .collect()
}

/// Compares `actual` with the file `expected`; `ALTAVOZ_BLESS=1` rewrites the file instead.
pub fn assert_snapshot(expected: &Path, actual: &str) {
    if std::env::var_os("ALTAVOZ_BLESS").is_some() {
        fs::create_dir_all(expected.parent().unwrap()).unwrap();
        fs::write(expected, actual).unwrap();
        return;
    }
    let want = fs::read_to_string(expected).unwrap_or_else(|_| {
        panic!(
            "missing snapshot {}; run with ALTAVOZ_BLESS=1 to create it",
            expected.display()
        )
    });
    if want != actual {
        panic!(
            "snapshot {} differs (run with ALTAVOZ_BLESS=1 to accept)\n--- expected\n{want}\n--- actual\n{actual}",
            expected.display()
        );
    }
}

/// A copy of the demo project (altavoz.yaml and campaigns/).
pub fn demo() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    fs::copy(repo().join("altavoz.yaml"), dir.path().join("altavoz.yaml")).unwrap();
    copy_dir(&repo().join("campaigns"), &dir.path().join("campaigns"));
    dir
}

/// Runs git in `dir` as a test user, with `date` as author and commit date (so tests do not
/// depend on the machine's clock or configuration).
pub fn git(dir: &Path, args: &[&str], date: &str) {
    let output = Command::new("git")
        .args([
            "-c",
            "user.name=Test",
            "-c",
            "user.email=test@example.org",
            "-c",
            "commit.gpgsign=false",
        ])
        .args(args)
        .current_dir(dir)
        .env("GIT_AUTHOR_DATE", date)
        .env("GIT_COMMITTER_DATE", date)
        .output()
        .expect("git is needed for this test");
    assert!(
        output.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
}
