//! Themes: the built-in `default` theme, compiled into the binary, overlaid by the project's own
//! `themes/<theme>/` files of the same path (as in mdBook and Hugo).

use std::collections::BTreeMap;

use include_dir::{Dir, include_dir};

use crate::load::Blob;

static DEFAULT_THEME: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/themes/default");

#[derive(Debug, Clone)]
pub struct Theme {
    pub name: String,
    /// Theme-relative path (`/`-separated) → bytes. Built-in files point into the binary: loading
    /// a theme copies no font.
    files: BTreeMap<String, Blob>,
    /// Paths that came from the project rather than the binary.
    overridden: Vec<String>,
}

impl Theme {
    /// The built-in files, then the project's `themes/<name>/` files on top.
    pub fn load(name: &str, project_themes: &BTreeMap<String, BTreeMap<String, Blob>>) -> Theme {
        let mut files = BTreeMap::new();
        collect(&DEFAULT_THEME, &mut files);
        let mut overridden = Vec::new();
        if let Some(own) = project_themes.get(name) {
            for (path, bytes) in own {
                files.insert(path.clone(), bytes.clone());
                overridden.push(path.clone());
            }
        }
        Theme {
            name: name.to_string(),
            files,
            overridden,
        }
    }

    pub fn file(&self, path: &str) -> Option<&Blob> {
        self.files.get(path)
    }

    /// Where a theme file comes from, for messages: the project file, or the built-in theme.
    pub fn display_path(&self, path: &str) -> String {
        if self.overridden.iter().any(|p| p == path) {
            format!("themes/{}/{path}", self.name)
        } else {
            format!("(built-in theme)/{path}")
        }
    }

    /// Every file of the theme, by theme-relative path.
    pub fn files(&self) -> impl Iterator<Item = (&str, &Blob)> {
        self.files.iter().map(|(path, bytes)| (path.as_str(), bytes))
    }

    /// Files under `dir/`, with paths relative to it.
    pub fn files_under<'a>(&'a self, dir: &'a str) -> impl Iterator<Item = (&'a str, &'a Blob)> + 'a {
        let prefix = format!("{dir}/");
        self.files
            .iter()
            .filter_map(move |(path, bytes)| path.strip_prefix(&prefix).map(|rel| (rel, bytes)))
    }

    /// Tera templates: the `.html` files at the top of the theme and in `partials/`.
    pub fn templates(&self) -> impl Iterator<Item = (&str, &str)> {
        self.files.iter().filter_map(|(path, bytes)| {
            // Only the top of the theme and partials/: print/ and cards/ hold other formats.
            let top = !path.contains('/') || path.starts_with("partials/");
            let is_template = path.ends_with(".html") && top;
            is_template.then(|| (path.as_str(), std::str::from_utf8(bytes).unwrap_or("")))
        })
    }
}

fn collect(dir: &Dir<'static>, files: &mut BTreeMap<String, Blob>) {
    for file in dir.files() {
        let path = file.path().to_string_lossy().replace('\\', "/");
        files.insert(path, Blob::from_static(file.contents()));
    }
    for sub in dir.dirs() {
        collect(sub, files);
    }
}
