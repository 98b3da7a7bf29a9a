//! The project's `static/` folder: files copied into the output as they are (`CNAME`,
//! `.well-known/`, a favicon). None may take the place of a file altavoz makes.

use std::collections::BTreeMap;
use std::path::Path;

use super::names::{check_case_collisions, check_windows_name};
use crate::diag::{Diagnostic, Diagnostics};
use crate::load::Blob;
use crate::msg;
use crate::project::Language;

/// Files altavoz writes at the top of the output.
const MADE: &[&str] = &["index.html", "404.html", "sitemap.xml", "robots.txt"];

/// The files of `static/` that may be copied; the others are reported.
pub fn check(
    files: &BTreeMap<String, Blob>,
    languages: &[Language],
    diagnostics: &mut Diagnostics,
) -> BTreeMap<String, Blob> {
    let dir = Path::new("static");
    check_case_collisions(dir, files.keys().map(String::as_str), diagnostics);
    let mut copied = BTreeMap::new();
    for (rel, bytes) in files {
        let path = dir.join(rel);
        check_windows_name(&path, rel, diagnostics);
        let first = rel.split('/').next().unwrap_or("");
        let taken = if MADE.contains(&rel.as_str()) || first.starts_with(".altavoz") {
            Some(msg!("static-taken-file"))
        } else if languages.iter().any(|l| l.code == first) {
            Some(msg!("static-taken-language", folder = first))
        } else if first == "assets" {
            Some(msg!("static-taken-assets"))
        } else if first == "static" {
            Some(msg!("static-taken-static"))
        } else {
            None
        };
        match taken {
            Some(why) => diagnostics.push(
                Diagnostic::error(&path, 0, 0, msg!("static-taken", file = rel, reason = why))
                    .with_hint(msg!("static-taken-hint")),
            ),
            None => {
                copied.insert(rel.clone(), bytes.clone());
            }
        }
    }
    copied
}
