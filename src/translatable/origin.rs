//! Where the version a translation was made from stands in its source's history: the newest
//! committed version of the source file whose content has the recorded hash, and the commit
//! after it that changed the source.

use super::Content;
use crate::load::history::{History, NoHistory, Version};

#[derive(Debug, Clone)]
pub enum Origin {
    /// The version the translation was made from, and the first newer version of the source
    /// (`None`: the change is not committed yet).
    Found { old: Version, changed_by: Option<Version> },
    /// No version in the history has the recorded hash (made before the history starts, or in
    /// another repository).
    NotFound,
    /// No history to look in.
    NoHistory(NoHistory),
}

/// The origin of a translation of the source page at `source_path` made from `hash`.
pub fn origin(history: &Result<History, NoHistory>, source_path: &str, hash: &str) -> Origin {
    let history = match history {
        Ok(history) => history,
        Err(why) => return Origin::NoHistory(*why),
    };
    let versions = history.versions(source_path);
    match versions
        .iter()
        .position(|v| Content::of_text(&v.text).is_some_and(|c| c.hash() == hash))
    {
        Some(at) => Origin::Found {
            old: versions[at].clone(),
            changed_by: at.checked_sub(1).map(|newer| versions[newer].clone()),
        },
        None if history.shallow => Origin::NoHistory(NoHistory::Shallow),
        None => Origin::NotFound,
    }
}
