//! `altavoz new <dir> --host github|gitlab|netlify|cloudflare`: the files that publish the site
//! from its repository on that host, from the templates in `hosts/` beside this file. Each
//! builds with `--deny-warnings` and the offline packs, at the host's address for the site,
//! from the whole git history (altavoz reads it to tell what changed in a source since its
//! translation was made), and checks every pull request; each says in its own words what is
//! left to do once. `PUBLISHING.md` says it in the author's language.

use std::path::{Path, PathBuf};

use crate::messages::{Lang, Message};
use crate::msg;
use crate::project::Date;

/// A host the site can be published on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Host {
    Github,
    Gitlab,
    Netlify,
    Cloudflare,
}

impl Host {
    pub const NAMES: [&str; 4] = ["github", "gitlab", "netlify", "cloudflare"];

    pub fn parse(name: &str) -> Option<Host> {
        match name {
            "github" => Some(Host::Github),
            "gitlab" => Some(Host::Gitlab),
            "netlify" => Some(Host::Netlify),
            "cloudflare" => Some(Host::Cloudflare),
            _ => None,
        }
    }

    /// The forge whose web editor login a CMS uses: GitLab's for GitLab, else GitHub's.
    pub fn forge(self) -> &'static str {
        match self {
            Host::Gitlab => "gitlab",
            _ => "github",
        }
    }

    /// (template, where it goes in the project).
    fn files(self, lang: Lang) -> Vec<(&'static str, &'static str)> {
        let publishing = |es: &'static str, en: &'static str| match lang {
            Lang::Es => ("PUBLISHING.md", es),
            Lang::En => ("PUBLISHING.md", en),
        };
        match self {
            Host::Github => vec![
                (".github/workflows/pages.yml", include_str!("hosts/github/pages.yml")),
                publishing(
                    include_str!("hosts/github/PUBLISHING.es.md"),
                    include_str!("hosts/github/PUBLISHING.en.md"),
                ),
            ],
            Host::Gitlab => vec![
                (".gitlab-ci.yml", include_str!("hosts/gitlab/gitlab-ci.yml")),
                publishing(
                    include_str!("hosts/gitlab/PUBLISHING.es.md"),
                    include_str!("hosts/gitlab/PUBLISHING.en.md"),
                ),
            ],
            Host::Netlify => vec![
                ("netlify.toml", include_str!("hosts/netlify/netlify.toml")),
                publishing(
                    include_str!("hosts/netlify/PUBLISHING.es.md"),
                    include_str!("hosts/netlify/PUBLISHING.en.md"),
                ),
            ],
            Host::Cloudflare => vec![
                ("wrangler.toml", include_str!("hosts/cloudflare/wrangler.toml")),
                publishing(
                    include_str!("hosts/cloudflare/PUBLISHING.es.md"),
                    include_str!("hosts/cloudflare/PUBLISHING.en.md"),
                ),
            ],
        }
    }
}

/// `{{version}}`, `{{name}}` and `{{today}}` of a host's template filled in. Nothing else is a
/// placeholder: `${{ … }}` is GitHub's own.
fn fill(template: &str, name: &str, today: Date) -> String {
    template
        .replace("{{version}}", env!("CARGO_PKG_VERSION"))
        .replace("{{name}}", name)
        .replace("{{today}}", &today.to_string())
}

/// The Cloudflare Pages project name of a project in `dir`: its folder's name, lowercase,
/// letters, digits and `-`, at most 58 characters.
fn project_name(dir: &Path) -> String {
    let folder = dir
        .canonicalize()
        .ok()
        .and_then(|d| d.file_name().map(|n| n.to_string_lossy().to_string()))
        .unwrap_or_default();
    let mut name = crate::validate::suggest_slug(&folder).replace('_', "-");
    name.truncate(58);
    let name = name.trim_matches('-').to_string();
    if name.is_empty() {
        "altavoz-site".to_string()
    } else {
        name
    }
}

/// Writes the files of `host` into the project `dir`; returns them, project-relative.
pub fn write(dir: &Path, host: Host, lang: Lang, today: Date) -> Result<Vec<PathBuf>, Message> {
    let name = project_name(dir);
    let mut written = Vec::new();
    for (path, template) in host.files(lang) {
        let text = fill(template, &name, today);
        crate::write::source_file(&dir.join(path), text.as_bytes())
            .map_err(|e| msg!("new-cannot-write", path = path, reason = e.to_string()))?;
        written.push(PathBuf::from(path));
    }
    Ok(written)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn templates_are_filled_and_github_s_own_syntax_stays() {
        for host in Host::NAMES.iter().filter_map(|n| Host::parse(n)) {
            for lang in [Lang::Es, Lang::En] {
                for (path, template) in host.files(lang) {
                    let text = fill(template, "mi-sitio", Date::from_unix(1_795_000_000));
                    let left = text.match_indices("{{").filter(|(at, _)| {
                        let rest = &text[at + 2..];
                        rest.find("}}")
                            .is_some_and(|end| rest[..end].chars().all(|c| c.is_ascii_lowercase() || c == '_'))
                    });
                    assert_eq!(left.count(), 0, "{path}: a placeholder is left");
                }
            }
        }
        let github = fill(include_str!("hosts/github/pages.yml"), "x", Date::from_unix(0));
        assert!(github.contains("${{ steps.pages.outputs.base_url }}"));
        assert!(github.contains("fetch-depth: 0"));
    }
}
