//! The project's git history, read with `gix` (no `git` program needed): the earlier versions
//! of source pages, so a report can say what changed in a source since a translation was made.

use std::collections::BTreeMap;
use std::path::Path;

use gix::revision::walk::Sorting;
use gix::traverse::commit::simple::CommitTimeOrder;

/// One version of a file, as a commit left it.
#[derive(Debug, Clone)]
pub struct Version {
    /// Short id of the commit that made this version.
    pub commit: String,
    /// The commit's time, in seconds since 1970 (UTC).
    pub time: i64,
    /// The first line of the commit message.
    pub message: String,
    pub text: String,
}

/// Why there is no history to read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum NoHistory {
    /// The project is not in a git repository (or it has no commit yet).
    None,
    /// A shallow clone: older versions are not there.
    Shallow,
}

/// How much of its history a project's repository holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Depth {
    /// Not in a git repository (or no commit yet).
    NoRepository,
    Whole,
    /// A shallow clone: the latest commits only (CI clones one by default).
    Shallow,
    /// A partial clone: every commit, but older versions of files are fetched only when asked
    /// for, which altavoz does not do (Netlify clones `--filter=blob:none`).
    Partial,
}

/// How much history the repository of the project at `root` holds.
pub fn depth(root: &Path) -> Depth {
    let Ok(repo) = gix::discover(root) else {
        return Depth::NoRepository;
    };
    if repo.is_shallow().unwrap_or(false) {
        return Depth::Shallow;
    }
    let config = repo.config_snapshot();
    let promisor = config.boolean("extensions.partialClone").is_some()
        || config.string("extensions.partialClone").is_some()
        || repo
            .remote_names()
            .iter()
            .any(|name| config.boolean(format!("remote.{name}.promisor").as_str()) == Some(true));
    if promisor { Depth::Partial } else { Depth::Whole }
}

/// The versions of some files, newest first: each commit where a file's content changed.
#[derive(Debug, Default)]
pub struct History {
    versions: BTreeMap<String, Vec<Version>>,
    pub shallow: bool,
}

impl History {
    /// The versions of the project files `paths` (project-relative, `/`-separated), from the
    /// git repository the project `root` is in.
    pub fn read(root: &Path, paths: &[String]) -> Result<History, NoHistory> {
        let repo = gix::discover(root).map_err(|_| NoHistory::None)?;
        let Some(workdir) = repo.workdir() else {
            return Err(NoHistory::None);
        };
        // Paths in the repository: the project may be a folder inside it.
        let prefix = std::fs::canonicalize(root)
            .ok()
            .zip(std::fs::canonicalize(workdir).ok())
            .and_then(|(root, workdir)| root.strip_prefix(&workdir).ok().map(Path::to_path_buf))
            .ok_or(NoHistory::None)?;
        let prefix = crate::diag::display_path(&prefix);
        let in_repo = |path: &str| {
            if prefix.is_empty() {
                path.to_string()
            } else {
                format!("{prefix}/{path}")
            }
        };
        let head = repo.head_commit().map_err(|_| NoHistory::None)?;
        let mut history = History {
            versions: BTreeMap::new(),
            shallow: repo.is_shallow().unwrap_or(false),
        };
        if paths.is_empty() {
            return Ok(history);
        }
        let mut last: BTreeMap<&str, gix::ObjectId> = BTreeMap::new();
        let walk = repo
            .rev_walk([head.id])
            .sorting(Sorting::ByCommitTime(CommitTimeOrder::NewestFirst))
            .all()
            .map_err(|_| NoHistory::None)?;
        for info in walk {
            let Ok(info) = info else { break };
            let Ok(commit) = info.object() else { continue };
            let Ok(tree) = commit.tree() else { continue };
            let message = commit
                .message_raw_sloppy()
                .to_string()
                .lines()
                .next()
                .unwrap_or("")
                .to_string();
            for path in paths {
                let Ok(Some(entry)) = tree.lookup_entry_by_path(in_repo(path)) else {
                    continue;
                };
                let id = entry.object_id();
                // Unchanged since the newer commit: not a version of its own.
                if last.get(path.as_str()) == Some(&id) {
                    continue;
                }
                last.insert(path, id);
                let Ok(object) = entry.object() else { continue };
                let Ok(text) = String::from_utf8(object.detach().data) else {
                    continue;
                };
                history.versions.entry(path.clone()).or_default().push(Version {
                    commit: commit.id.to_hex_with_len(7).to_string(),
                    time: info.commit_time(),
                    message: message.clone(),
                    text,
                });
            }
        }
        Ok(history)
    }

    /// The versions of `path`, newest first.
    pub fn versions(&self, path: &str) -> &[Version] {
        self.versions.get(path).map_or(&[], Vec::as_slice)
    }
}
