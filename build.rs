//! The default theme is compiled into the binary (`include_dir!`); rebuild when it changes.
//!
//! `altavoz --version` names the commit it was built from (`ALTAVOZ_COMMIT`, for `env!`), found
//! in this order:
//! 1. git, when this folder is a git checkout (`.git` here, not in a folder above: the copy
//!    `cargo package` builds in `target/package/` must not take the commit of the checkout
//!    around it);
//! 2. the `ALTAVOZ_COMMIT` environment variable, for builds from a source archive by CI;
//! 3. `.cargo_vcs_info.json`, which `cargo package` writes into a crate (`cargo install altavoz`);
//! 4. otherwise `unknown`.
//!
//! The script runs again only when the commit can have changed: git's `HEAD`, the branch it
//! names, `packed-refs`, or the environment variable; not on every build.

use std::path::{Path, PathBuf};
use std::process::Command;

fn main() {
    println!("cargo:rerun-if-changed=themes/default");
    println!("cargo:rustc-env=ALTAVOZ_COMMIT={}", commit());
}

/// How many hex digits of the commit to show (as rustc's `--version` does).
const SHORT: usize = 9;

fn commit() -> String {
    if Path::new(".git").exists()
        && let Some(commit) = from_git()
    {
        return commit;
    }
    println!("cargo:rerun-if-env-changed=ALTAVOZ_COMMIT");
    if let Ok(commit) = std::env::var("ALTAVOZ_COMMIT")
        && let Some(commit) = short(&commit)
    {
        return commit;
    }
    if let Some(commit) = from_cargo_vcs_info() {
        return commit;
    }
    "unknown".into()
}

/// The commit git says HEAD is, after asking cargo to rerun this script when HEAD or the branch
/// it names moves. `None` when git is not installed or cannot read the repository.
fn from_git() -> Option<String> {
    let commit = git(&["rev-parse", "--verify", "HEAD"]).and_then(|c| short(&c))?;
    // `--git-path` finds these files in linked worktrees (`.git` is a file there) too. A path
    // that does not exist would make cargo rerun the script on every build: leave it out.
    let mut watched: Vec<PathBuf> = Vec::new();
    watched.extend(git(&["rev-parse", "--git-path", "HEAD"]).map(PathBuf::from));
    if let Some(branch) = git(&["rev-parse", "--symbolic-full-name", "HEAD"]).filter(|b| b.starts_with("refs/")) {
        // A branch lives in its own file, or only in packed-refs until its next commit writes
        // that file: then watch the nearest folder of it that exists (under refs/), which that
        // write changes.
        if let Some(file) = git(&["rev-parse", "--git-path", &branch]) {
            let depth = branch.split('/').count();
            watched.extend(
                Path::new(&file)
                    .ancestors()
                    .take(depth)
                    .find(|p| p.exists())
                    .map(Path::to_path_buf),
            );
        }
        // The files of the `files` backend's packed refs, or of the `reftable` backend.
        for other in ["packed-refs", "reftable"] {
            watched.extend(git(&["rev-parse", "--git-path", other]).map(PathBuf::from));
        }
    }
    for path in watched.iter().filter(|p| p.exists()) {
        println!("cargo:rerun-if-changed={}", path.display());
    }
    Some(commit)
}

fn git(args: &[&str]) -> Option<String> {
    let output = Command::new("git").args(args).output().ok()?;
    if !output.status.success() {
        return None;
    }
    let text = String::from_utf8(output.stdout).ok()?;
    Some(text.trim().to_string()).filter(|t| !t.is_empty())
}

/// The commit in the `.cargo_vcs_info.json` of a packaged crate:
/// `{"git": {"sha1": "…"}, "path_in_vcs": ""}`, read without a JSON parser (a build script's
/// dependencies would be built for every build of altavoz).
fn from_cargo_vcs_info() -> Option<String> {
    let path = Path::new(".cargo_vcs_info.json");
    if !path.exists() {
        return None;
    }
    println!("cargo:rerun-if-changed={}", path.display());
    let text = std::fs::read_to_string(path).ok()?;
    let after = &text[text.find("\"sha1\"")? + "\"sha1\"".len()..];
    let value = after.trim_start().strip_prefix(':')?.trim_start().strip_prefix('"')?;
    short(&value[..value.find('"')?])
}

/// The first digits of a full or abbreviated commit hash; `None` for anything else.
fn short(commit: &str) -> Option<String> {
    let commit = commit.trim();
    (commit.len() >= 7 && commit.chars().all(|c| c.is_ascii_hexdigit()))
        .then(|| commit[..commit.len().min(SHORT)].to_ascii_lowercase())
}
