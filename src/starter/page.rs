//! `altavoz new page <campaign>/<lang>/<name> --kind …`: a page with the front matter its
//! kind uses, each key commented in the author's language.

use std::path::{Path, PathBuf};

use super::write;
use crate::load::PageKind;
use crate::messages::{Catalog, Lang, Message};
use crate::msg;
use crate::project::Date;

/// Writes `campaigns/<campaign>/<lang>/<name>.md` in the project at `root`; returns its
/// project-relative path.
pub fn page(root: &Path, spec: &str, kind: PageKind, lang: Lang, today: Date) -> Result<PathBuf, Message> {
    let parts: Vec<&str> = spec.trim_end_matches(".md").split('/').collect();
    let [campaign, language, name @ ..] = parts.as_slice() else {
        return Err(msg!("new-page-usage", given = spec));
    };
    if name.is_empty() {
        return Err(msg!("new-page-usage", given = spec));
    }
    let (sources, _) = crate::load::load(root).map_err(|e| e.message())?;
    let campaigns: Vec<&str> = sources.campaigns.iter().map(|c| c.slug.as_str()).collect();
    if !campaigns.contains(campaign) {
        return Err(crate::diag::unknown_name(
            msg!("usage-no-campaign", name = *campaign),
            campaign,
            &campaigns,
        ));
    }
    let languages: Vec<&str> = sources
        .project
        .as_ref()
        .map(|p| p.languages.value.iter().map(|l| l.code.value.as_str()).collect())
        .unwrap_or_default();
    if !languages.contains(language) {
        return Err(crate::diag::unknown_name(
            msg!("usage-no-language", code = *language),
            language,
            &languages,
        ));
    }
    for part in name {
        if !crate::validate::is_slug(part) {
            return Err(msg!(
                "new-page-bad-name",
                name = *part,
                suggestion = crate::validate::suggest_slug(part)
            ));
        }
    }
    let rel = Path::new("campaigns")
        .join(campaign)
        .join(language)
        .join(format!("{}.md", name.join("/")));
    if root.join(&rel).exists() {
        return Err(msg!("new-page-exists", path = &rel));
    }
    write(root, &rel, &front_matter(kind, Catalog::get(lang), today))?;
    Ok(rel)
}

/// The text of a new page of `kind`.
pub fn front_matter(kind: PageKind, catalog: &Catalog, today: Date) -> String {
    let comment = |message: Message| catalog.text(&message);
    let mut lines = vec![
        "---".to_string(),
        format!("# {}", comment(msg!("new-page-comment-top"))),
        format!("title: \"{}\"", comment(msg!("new-page-title"))),
        format!("# {}", comment(msg!("new-page-comment-summary"))),
        format!("summary: \"{}\"", comment(msg!("new-page-summary"))),
        format!("kind: {}", kind.as_str()),
    ];
    if kind == PageKind::Myth {
        lines.push(format!("# {}", comment(msg!("new-page-comment-myth"))));
        lines.push(format!("myth: \"{}\"", comment(msg!("new-page-myth"))));
        lines.push(format!("fact: \"{}\"", comment(msg!("new-page-fact"))));
    }
    lines.extend([
        format!("# {}", comment(msg!("new-page-comment-order"))),
        "order: 10".to_string(),
        format!("# {}", comment(msg!("new-page-comment-reviewed"))),
        format!("reviewed: {today}"),
        format!("reviewed_by: \"{}\"", comment(msg!("new-page-reviewed-by"))),
        format!("# {}", comment(msg!("new-page-comment-sources"))),
        "sources: []".to_string(),
        "---".to_string(),
        comment(match kind {
            PageKind::Myth => msg!("new-page-body-myth"),
            PageKind::Tip => msg!("new-page-body-tip"),
            PageKind::Contacts => msg!("new-page-body-contacts"),
            _ => msg!("new-page-body"),
        }),
    ]);
    lines.join("\n") + "\n"
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_parses_and_myths_have_both_halves() {
        for lang in Lang::ALL {
            for kind in PageKind::ALL {
                let text = front_matter(kind, Catalog::get(lang), Date::from_unix(0));
                let content = crate::translatable::Content::of_text(&text);
                assert!(content.is_some(), "{lang:?} {kind:?}:\n{text}");
                assert_eq!(text.contains("myth:"), kind == PageKind::Myth);
            }
        }
        let es = front_matter(PageKind::Tip, Catalog::get(Lang::Es), Date::from_unix(0));
        assert!(es.contains("# ") && es.contains("título"), "{es}");
    }
}
