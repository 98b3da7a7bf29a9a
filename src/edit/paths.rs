//! The files the editor may write: a campaign's pages, its `campaign.yaml` and its `assets/`,
//! named as `check` wants names (lowercase letters, digits, `-` and `_`; no name Windows
//! refuses), and never reached through a symbolic link. Every path from a browser comes through
//! here before anything is read or written.

use std::path::{Component, Path, PathBuf};

use crate::validate::names::{is_slug, is_windows_reserved};

/// Why a path is refused (the editor answers 400 or 403 and writes nothing).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refused {
    /// Not a path the editor writes (`..`, absolute, another folder, another kind of file).
    Outside,
    /// A name `check` would refuse.
    Name,
    /// A symbolic link leads out of the project, or the place does not exist.
    Link,
}

/// A campaign's file the editor may write, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EditPath {
    /// Project-relative, `/`-separated: `campaigns/think-twice/es/coyote-seguro.md`.
    pub rel: String,
    pub campaign: String,
    pub kind: FileKind,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileKind {
    /// A page: its language folder and its path inside it (`tips/wifi.md`).
    Page {
        lang: String,
        page: String,
    },
    CampaignSettings,
    /// A file of `assets/`, by its path inside it.
    Asset(String),
}

/// The parts of a `/`-separated relative path, each a plain name; `None` for anything else.
fn parts(text: &str) -> Option<Vec<&str>> {
    if text.is_empty() || text.contains(['\\', '\0', ':']) || text.starts_with('/') {
        return None;
    }
    let parts: Vec<&str> = text.split('/').collect();
    let plain = parts.iter().all(|p| {
        let mut components = Path::new(p).components();
        matches!(components.next(), Some(Component::Normal(_))) && components.next().is_none()
    });
    plain.then_some(parts)
}

/// A name `check` accepts for a page or an asset file: a slug, then one extension.
fn good_file_name(name: &str, extensions: &[&str]) -> bool {
    let Some((stem, extension)) = name.rsplit_once('.') else {
        return false;
    };
    is_slug(stem) && extensions.contains(&extension) && !is_windows_reserved(name)
}

/// The editable file a browser names (`campaigns/c/es/page.md`), with its kind.
pub fn parse(text: &str) -> Result<EditPath, Refused> {
    let parts = parts(text).ok_or(Refused::Outside)?;
    let [first, campaign, rest @ ..] = parts.as_slice() else {
        return Err(Refused::Outside);
    };
    if *first != "campaigns" || rest.is_empty() {
        return Err(Refused::Outside);
    }
    if !is_slug(campaign) || is_windows_reserved(campaign) {
        return Err(Refused::Name);
    }
    let kind = match rest {
        ["campaign.yaml"] => FileKind::CampaignSettings,
        ["assets", file @ ..] if !file.is_empty() => {
            let (name, folders) = file.split_last().ok_or(Refused::Outside)?;
            if !folders.iter().all(|f| is_slug(f) && !is_windows_reserved(f))
                || !good_file_name(name, &["jpg", "jpeg", "png", "webp", "svg"])
            {
                return Err(Refused::Name);
            }
            FileKind::Asset(file.join("/"))
        }
        [lang, page @ ..] if !page.is_empty() => {
            let (name, folders) = page.split_last().ok_or(Refused::Outside)?;
            let lang_ok = lang.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') && !lang.is_empty();
            if !name.ends_with(".md") {
                return Err(Refused::Outside);
            }
            if !lang_ok
                || !folders.iter().all(|f| is_slug(f) && !is_windows_reserved(f))
                || !good_file_name(name, &["md"])
            {
                return Err(Refused::Name);
            }
            FileKind::Page {
                lang: lang.to_string(),
                page: page.join("/"),
            }
        }
        _ => return Err(Refused::Outside),
    };
    Ok(EditPath {
        rel: parts.join("/"),
        campaign: campaign.to_string(),
        kind,
    })
}

impl EditPath {
    /// The file's place on disk, once every folder on the way is known to be inside the
    /// project's `campaigns/` (no symbolic link leads out) and the file is not a link itself.
    /// `create`: folders that do not exist yet may be made (a new page, a new photo).
    pub fn on_disk(&self, root: &Path, create: bool) -> Result<PathBuf, Refused> {
        let campaigns = root.join("campaigns").canonicalize().map_err(|_| Refused::Link)?;
        let path = root.join(&self.rel);
        // The nearest folder that exists must be inside `campaigns/`.
        let parent = path.parent().ok_or(Refused::Outside)?;
        let existing = parent.ancestors().find(|p| p.exists()).ok_or(Refused::Link)?;
        let real = existing.canonicalize().map_err(|_| Refused::Link)?;
        if !real.starts_with(&campaigns) {
            return Err(Refused::Link);
        }
        if existing != parent && !create {
            return Err(Refused::Link);
        }
        if let Ok(meta) = std::fs::symlink_metadata(&path)
            && (meta.file_type().is_symlink() || !meta.is_file())
        {
            return Err(Refused::Link);
        }
        Ok(path)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_settings_and_assets_of_a_campaign_only() {
        let page = parse("campaigns/think-twice/es/tips/wifi.md").unwrap();
        assert_eq!(
            page.kind,
            FileKind::Page {
                lang: "es".into(),
                page: "tips/wifi.md".into()
            }
        );
        assert_eq!(
            parse("campaigns/c/campaign.yaml").unwrap().kind,
            FileKind::CampaignSettings
        );
        assert_eq!(
            parse("campaigns/c/assets/foto-1.jpg").unwrap().kind,
            FileKind::Asset("foto-1.jpg".into())
        );
        for outside in [
            "../altavoz.yaml",
            "campaigns/../altavoz.yaml",
            "campaigns/c/es/../../x.md",
            "/etc/passwd",
            "C:\\\\x.md",
            "campaigns/c/es/./a.md",
            "campaigns/c/es/a.txt",
            "themes/default/page.html",
            "campaigns/c",
            "",
            "campaigns//es/a.md",
        ] {
            assert!(parse(outside).is_err(), "{outside}");
        }
        for name in [
            "campaigns/c/es/con.md",
            "campaigns/c/es/Señales.md",
            "campaigns/c/es/a b.md",
            "campaigns/c/assets/foto.exe",
            "campaigns/nul/es/a.md",
            "campaigns/c/assets/aux.jpg",
        ] {
            assert_eq!(parse(name), Err(Refused::Name), "{name}");
        }
    }

    #[cfg(unix)]
    #[test]
    fn a_link_out_of_the_project_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("p");
        std::fs::create_dir_all(root.join("campaigns/c/es")).unwrap();
        let outside = dir.path().join("outside");
        std::fs::create_dir_all(&outside).unwrap();
        std::os::unix::fs::symlink(&outside, root.join("campaigns/c/en")).unwrap();
        std::os::unix::fs::symlink(outside.join("x.md"), root.join("campaigns/c/es/link.md")).unwrap();
        assert!(parse("campaigns/c/es/a.md").unwrap().on_disk(&root, false).is_ok());
        assert_eq!(
            parse("campaigns/c/en/a.md").unwrap().on_disk(&root, true),
            Err(Refused::Link)
        );
        assert_eq!(
            parse("campaigns/c/es/link.md").unwrap().on_disk(&root, false),
            Err(Refused::Link)
        );
        assert_eq!(
            parse("campaigns/c/fr/a.md").unwrap().on_disk(&root, false),
            Err(Refused::Link)
        );
        assert!(parse("campaigns/c/fr/a.md").unwrap().on_disk(&root, true).is_ok());
    }
}
