//! Links in page bodies, resolved: links between pages are written as relative `.md` paths,
//! images and files come from the campaign's `assets/`, and everything else is external.
//! Validation resolves every link once and stores the result on the page; renderers only map
//! it to an address.

/// How a link destination in a page body is to be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// `https://…`, `mailto:…`, `tel:…`: left as written (sanitized later).
    External,
    /// `#id` on the same page.
    Anchor(String),
    /// Another page: its path in the language folder (`tips/wifi.md`) and an optional anchor.
    Page(String, Option<String>),
    /// A file of the campaign's `assets/` (path inside `assets/`).
    Asset(String),
    /// Something that cannot be resolved, with the reason.
    Invalid(crate::messages::Message),
}

/// Resolves `dest`, written in the page at `page_rel` (`tips/wifi.md`) of a language folder.
pub fn resolve(page_rel: &str, dest: &str) -> Target {
    let dest = dest.trim();
    if dest.is_empty() {
        return Target::Invalid(crate::msg!("link-no-target"));
    }
    if let Some(id) = dest.strip_prefix('#') {
        return Target::Anchor(id.to_string());
    }
    let has_scheme = dest.split_once(':').is_some_and(|(scheme, _)| {
        !scheme.is_empty() && scheme.chars().all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
    });
    if has_scheme || dest.starts_with("//") {
        return Target::External;
    }
    if dest.starts_with('/') {
        return Target::Invalid(crate::msg!("link-absolute"));
    }
    let (path, anchor) = match dest.split_once('#') {
        Some((p, a)) => (p, Some(a.to_string())),
        None => (dest, None),
    };
    let path = path.split('?').next().unwrap_or(path);
    // A malformed escape is kept as written: the page it names will not be found.
    let path = crate::url::percent_decode(path).unwrap_or_else(|| path.to_string());
    // Segments relative to the campaign folder: the page sits in `<lang>/<page_rel>`.
    let mut segments: Vec<&str> = vec!["<lang>"];
    segments.extend(page_rel.split('/'));
    segments.pop();
    for part in path.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                if segments.pop().is_none() {
                    return Target::Invalid(crate::msg!("link-leaves-campaign"));
                }
            }
            other => segments.push(other),
        }
    }
    match segments.first() {
        Some(&"<lang>") if path.ends_with(".md") => Target::Page(segments[1..].join("/"), anchor),
        Some(&"<lang>") => Target::Invalid(crate::msg!("link-not-md")),
        Some(&"assets") if segments.len() > 1 => Target::Asset(segments[1..].join("/")),
        _ => Target::Invalid(crate::msg!("link-outside")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resolves_relative_links() {
        assert_eq!(resolve("index.md", "otra.md"), Target::Page("otra.md".into(), None));
        assert_eq!(
            resolve("tips/a.md", "b.md#x"),
            Target::Page("tips/b.md".into(), Some("x".into()))
        );
        assert_eq!(
            resolve("tips/a.md", "../index.md"),
            Target::Page("index.md".into(), None)
        );
        assert_eq!(resolve("a.md", "../assets/foto.jpg"), Target::Asset("foto.jpg".into()));
        assert_eq!(resolve("a.md", "https://iom.int"), Target::External);
        assert_eq!(resolve("a.md", "JavaScript:alert(1)"), Target::External);
        assert_eq!(resolve("a.md", "#top"), Target::Anchor("top".into()));
        assert!(matches!(resolve("a.md", "../../../etc/passwd"), Target::Invalid(_)));
        assert!(matches!(resolve("a.md", "/es/x.md"), Target::Invalid(_)));
        assert!(matches!(resolve("a.md", "foto.png"), Target::Invalid(_)));
        assert_eq!(
            resolve("a.md", "mi%20p%C3%A1gina.md"),
            Target::Page("mi página.md".into(), None)
        );
    }
}
