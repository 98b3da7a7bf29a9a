//! Pages: URL-safe names, no two pages at one address, required front matter that makes sense.

use std::collections::BTreeMap;

use super::{Settings, at_line};
use crate::diag::{Diagnostic, Diagnostics};
use crate::load::CampaignSource;
use crate::project::{Date, Language, Page, PageKind};

/// Meta descriptions and cards cut longer summaries.
pub const MAX_SUMMARY_CHARS: usize = 200;

pub fn check(
    source: &CampaignSource,
    languages: &[Language],
    source_language: &str,
    settings: &Settings,
    diagnostics: &mut Diagnostics,
) -> Vec<Page> {
    let mut pages = Vec::new();
    // (language, lowercase slug) → first path, to find two files with one address.
    let mut seen: BTreeMap<(String, String), std::path::PathBuf> = BTreeMap::new();
    for page in &source.pages {
        if !languages.iter().any(|l| l.code == page.lang) {
            continue; // reported once for the folder
        }
        let first_line = 2; // the YAML starts after the opening `---`
        let front = &page.front;
        let slug = slug_of(&page.rel);
        if let Some(bad) = slug.split('/').find(|s| !s.is_empty() && !is_slug(s)) {
            diagnostics.push(
                Diagnostic::error(&page.path, 0, 0, format!("`{bad}` cannot be used in a web address")).with_hint(
                    format!(
                        "rename it to `{}` (lowercase letters, digits and `-`)",
                        suggest_slug(bad)
                    ),
                ),
            );
        }
        if slug == source.slug {
            diagnostics.push(
                Diagnostic::error(
                    &page.path,
                    0,
                    0,
                    format!("a page cannot be named like its campaign (`{slug}`)"),
                )
                .with_hint("its handout would have the name of the campaign's booklet: rename the page"),
            );
        }
        let key = (page.lang.clone(), slug.to_lowercase());
        if let Some(first) = seen.get(&key) {
            diagnostics.push(
                Diagnostic::error(
                    &page.path,
                    0,
                    0,
                    format!("duplicate page: {} has the same address", first.display()),
                )
                .with_hint("rename or remove one of them (`x.md` and `x/index.md` are the same page)"),
            );
            continue;
        }
        seen.insert(key, page.path.clone());

        let title = front.title.value.trim().to_string();
        if title.is_empty() {
            diagnostics.push(
                at_line(&page.path, &front.title, first_line, "`title` is empty").with_hint("every page needs a title"),
            );
        }
        let summary = front.summary.value.trim().to_string();
        let length = summary.chars().count();
        if summary.is_empty() {
            diagnostics.push(
                at_line(&page.path, &front.summary, first_line, "`summary` is empty")
                    .with_hint("one or two sentences: they become the description in search results and link previews"),
            );
        } else if length > MAX_SUMMARY_CHARS {
            diagnostics.push(
                at_line(
                    &page.path,
                    &front.summary,
                    first_line,
                    format!("`summary` has {length} characters; at most {MAX_SUMMARY_CHARS} are allowed"),
                )
                .with_hint("shorten it: link previews and cards cut long summaries"),
            );
        }
        let kind = front.kind.as_ref().map_or(PageKind::Page, |k| k.value);
        let myth = front.myth.as_ref().map(|m| m.value.trim().to_string());
        let fact = front.fact.as_ref().map(|f| f.value.trim().to_string());
        if kind == PageKind::Myth {
            for (key, value) in [("myth", &myth), ("fact", &fact)] {
                if value.as_deref().is_none_or(str::is_empty) {
                    let d = match &front.kind {
                        Some(k) => at_line(&page.path, k, first_line, format!("a `myth` page needs `{key}:`")),
                        None => Diagnostic::error(&page.path, 1, 1, format!("a `myth` page needs `{key}:`")),
                    };
                    diagnostics.push(d.with_hint(match key {
                        "myth" => "add `myth:` with the false claim, as people repeat it",
                        _ => "add `fact:` with the verified answer",
                    }));
                }
            }
        } else {
            for (key, value) in [("myth", &front.myth), ("fact", &front.fact)] {
                if let Some(value) = value {
                    diagnostics.push(
                        at_line(
                            &page.path,
                            value,
                            first_line,
                            format!("`{key}` is only used on pages with `kind: myth`"),
                        )
                        .with_hint("add `kind: myth`, or remove this line"),
                    );
                }
            }
        }
        let reviewed = front.reviewed.as_ref().and_then(|r| {
            let date = Date::parse(&r.value);
            if date.is_none() {
                diagnostics.push(
                    at_line(
                        &page.path,
                        r,
                        first_line,
                        format!("`reviewed` `{}` is not a date", r.value),
                    )
                    .with_hint("write the date as YYYY-MM-DD, e.g. 2026-05-01"),
                );
            }
            date.filter(|d| {
                let future = *d > settings.today;
                if future {
                    diagnostics.push(
                        at_line(&page.path, r, first_line, format!("`reviewed` {d} is in the future"))
                            .with_hint("write the date on which the content was last checked"),
                    );
                }
                !future
            })
        });
        let mut sources = Vec::new();
        for s in &front.sources {
            let url = s.url.as_ref().and_then(|u| {
                let ok = u.value.starts_with("https://") || u.value.starts_with("http://");
                if !ok {
                    diagnostics.push(
                        at_line(
                            &page.path,
                            u,
                            first_line,
                            format!("source address `{}` is not a web address", u.value),
                        )
                        .with_hint("write the full address, starting with https://"),
                    );
                }
                ok.then(|| u.value.clone())
            });
            sources.push((s.title.clone(), url));
        }
        if page.lang != source_language
            && !source
                .pages
                .iter()
                .any(|p| p.lang == source_language && p.rel == page.rel)
            && !source
                .broken_pages
                .contains(&(source_language.to_string(), page.rel.clone()))
        {
            diagnostics.push(
                Diagnostic::warning(
                    &page.path,
                    0,
                    0,
                    format!("this translation has no source page in `{source_language}`"),
                )
                .with_hint(format!(
                    "translations match by file name: is there a {source_language}/{} ?",
                    page.rel
                )),
            );
        }
        pages.push(Page {
            lang: page.lang.clone(),
            slug,
            rel: page.rel.clone(),
            path: page.path.clone(),
            title,
            summary,
            kind,
            myth,
            fact,
            order: front.order,
            reviewed,
            reviewed_by: front
                .reviewed_by
                .as_ref()
                .map(|s| s.trim().to_string())
                .filter(|s| !s.is_empty()),
            sources,
            card: front.card.clone(),
            handout: front.handout,
            draft: front.draft,
            translated_from: front.translated_from.clone(),
            body: page.body.clone(),
            body_line: page.body_line,
        });
    }
    pages
}

/// Pages whose last review is older than the campaign allows get a warning (not an error:
/// the build still runs, but someone should check the facts again).
pub fn warn_stale_reviews(pages: &[Page], every_days: u32, today: Date, diagnostics: &mut Diagnostics) {
    for page in pages {
        if page.draft {
            continue;
        }
        match page.reviewed {
            Some(date) if today.days() - date.days() > i64::from(every_days) => diagnostics.push(
                Diagnostic::warning(
                    &page.path,
                    0,
                    0,
                    format!("last reviewed on {date}, more than {every_days} days ago"),
                )
                .with_hint("check the facts again and update `reviewed:`"),
            ),
            _ => {}
        }
    }
}

/// `index.md` → ``, `tips/wifi.md` → `tips/wifi`, `tips/index.md` → `tips`.
pub fn slug_of(rel: &str) -> String {
    let stem = rel.strip_suffix(".md").unwrap_or(rel);
    if stem == "index" {
        String::new()
    } else {
        stem.strip_suffix("/index").unwrap_or(stem).to_string()
    }
}

/// Lowercase ASCII letters, digits, `-` and `_`, starting with a letter or digit: safe in a URL,
/// on a USB stick and on every file system.
pub fn is_slug(name: &str) -> bool {
    name.starts_with(|c: char| c.is_ascii_lowercase() || c.is_ascii_digit())
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
}

/// A URL-safe version of a name, for the hint.
pub fn suggest_slug(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars() {
        let base = match c {
            'á' | 'à' | 'ä' | 'â' | 'Á' => 'a',
            'é' | 'è' | 'ë' | 'ê' | 'É' => 'e',
            'í' | 'ì' | 'ï' | 'î' | 'Í' => 'i',
            'ó' | 'ò' | 'ö' | 'ô' | 'Ó' => 'o',
            'ú' | 'ù' | 'ü' | 'û' | 'Ú' => 'u',
            'ñ' | 'Ñ' => 'n',
            c => c.to_ascii_lowercase(),
        };
        if base.is_ascii_alphanumeric() {
            out.push(base);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs() {
        assert_eq!(slug_of("index.md"), "");
        assert_eq!(slug_of("tips/wifi.md"), "tips/wifi");
        assert_eq!(slug_of("tips/index.md"), "tips");
        assert!(is_slug("senales-de-fraude"));
        assert!(!is_slug("Señales"));
        assert_eq!(suggest_slug("Señales de Fraude"), "senales-de-fraude");
    }
}
