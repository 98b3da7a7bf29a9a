//! `altavoz new`: a new project with one example campaign in Spanish and English that builds
//! with no warning, and new pages with the front matter of their kind, commented in the
//! author's language. The example files are in `project/` beside this file; `{{id}}` in them
//! is the catalog message `id`, `{{today}}` today's date, `{{from:page.md}}` the
//! `translated_from` mark of the Spanish page.

pub mod cms;
pub mod hosts;
mod page;

use std::path::{Path, PathBuf};

use include_dir::{Dir, include_dir};

pub use page::page;

use crate::messages::{Catalog, Lang, Message};
use crate::msg;
use crate::project::Date;
use crate::translatable::Content;

static PROJECT: Dir = include_dir!("$CARGO_MANIFEST_DIR/src/starter/project");

/// The example campaign's folder.
pub const CAMPAIGN: &str = "mi-campana";

/// Writes a new project into `dir` (which must not exist, or be empty) and returns the files
/// written, project-relative, sorted.
pub fn project(dir: &Path, lang: Lang, today: Date) -> Result<Vec<PathBuf>, Message> {
    if dir.exists() && (!dir.is_dir() || dir.read_dir().map_or(true, |mut d| d.next().is_some())) {
        return Err(msg!("new-not-empty", path = dir));
    }
    let mut files: Vec<(PathBuf, String)> = Vec::new();
    collect(&PROJECT, &mut files);
    files.sort();
    let catalog = Catalog::get(lang);
    let files: Vec<(PathBuf, String)> = files.into_iter().map(|(p, t)| (p, fill(&t, catalog, today))).collect();
    // The English pages record the hash of their Spanish source, as `altavoz translate --done` would.
    let spanish = Path::new("campaigns").join(CAMPAIGN).join("es");
    let marks: Vec<(String, String)> = files
        .iter()
        .filter_map(|(path, text)| {
            let name = path.strip_prefix(&spanish).ok()?.to_string_lossy().to_string();
            Some((format!("{{{{from:{name}}}}}"), Content::of_text(text)?.hash()))
        })
        .collect();
    for (path, text) in &files {
        let text = marks
            .iter()
            .fold(text.clone(), |text, (mark, hash)| text.replace(mark, hash));
        write(dir, path, &text)?;
    }
    Ok(files.into_iter().map(|(path, _)| path).collect())
}

fn collect(dir: &Dir, files: &mut Vec<(PathBuf, String)>) {
    for file in dir.files() {
        if let Some(text) = file.contents_utf8() {
            files.push((file.path().to_path_buf(), text.to_string()));
        }
    }
    for sub in dir.dirs() {
        collect(sub, files);
    }
}

/// `{{id}}` → the catalog's words, `{{today}}` → the date; `{{from:…}}` is left for later.
fn fill(text: &str, catalog: &Catalog, today: Date) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find("{{") {
        out.push_str(&rest[..start]);
        let Some(end) = rest[start..].find("}}") else { break };
        let key = &rest[start + 2..start + end];
        match key {
            "today" => out.push_str(&today.to_string()),
            "messages" => out.push_str(catalog.lang.code()),
            _ if key.starts_with("from:") => out.push_str(&rest[start..start + end + 2]),
            _ => out.push_str(&catalog.format_id::<&str>(key, &[]).unwrap_or_default()),
        }
        rest = &rest[start + end + 2..];
    }
    out.push_str(rest);
    out
}

fn write(dir: &Path, rel: &Path, text: &str) -> Result<(), Message> {
    let path = dir.join(rel);
    crate::write::source_file(&path, text.as_bytes())
        .map_err(|e| msg!("new-cannot-write", path = &path, reason = e.to_string()))
}
