//! Checks while the author types: the project read again with one file's text as it is in the
//! form (only its campaign: pages link only within their campaign), checked and localized as
//! `check` does, and every problem of that file told in the author's language, placed at the
//! field or the body line it is about. Nothing is written.

use std::path::Path;

use serde::Serialize;

use crate::diag::{Diagnostic, Diagnostics};
use crate::load::{self, Cache, CardFormat, front_matter};
use crate::localize::{self, Selection};
use crate::messages::{Catalog, Lang};
use crate::project::Date;
use crate::theme::Theme;
use crate::validate;

/// One problem of the file, for the form.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Problem {
    pub error: bool,
    /// The front-matter key it is about (`summary`, `card`), or `body`, or none (the file).
    pub field: Option<String>,
    /// The file's line and column (1-based; 0: the whole file).
    pub line: usize,
    pub col: usize,
    /// For a problem in the body: its line within the body (1-based), for the text box.
    pub body_line: Option<usize>,
    pub message: String,
    pub hint: Option<String>,
}

/// What a check found in a file, and what a form needs to know of its campaign.
pub struct Checked {
    pub problems: Vec<Problem>,
    /// The campaign's card formats (all three when it cannot be read).
    pub formats: Vec<CardFormat>,
    /// The campaign's photos and drawings (`assets/` paths), for a card's picture.
    pub pictures: Vec<String>,
    /// The campaign's source language, when it can be read.
    pub source_language: Option<String>,
}

/// What checking `text` as the file `rel` of campaign `campaign` finds in that file.
pub fn check(
    root: &Path,
    cache: Option<&Cache>,
    campaign: &str,
    rel: &Path,
    text: &str,
    lang: Lang,
    today: Date,
) -> Checked {
    let options = load::Options {
        cache,
        campaign: Some(campaign),
        overlay: Some((rel, text)),
    };
    let (sources, mut diagnostics) = match load::load_with(root, &options) {
        Ok(loaded) => loaded,
        Err(error) => {
            let mut found = Diagnostics::default();
            found.push(Diagnostic::error(rel, 0, 0, error.message()));
            return Checked {
                problems: problems(&found, rel, text, lang),
                formats: CardFormat::ALL.to_vec(),
                pictures: Vec::new(),
                source_language: None,
            };
        }
    };
    let pictures = sources
        .campaigns
        .iter()
        .flat_map(|c| c.assets.keys())
        .filter(|rel| {
            let lower = rel.to_ascii_lowercase();
            [".jpg", ".jpeg", ".png", ".webp", ".svg"]
                .iter()
                .any(|e| lower.ends_with(e))
        })
        .map(|rel| format!("assets/{rel}"))
        .collect();
    let settings = validate::Settings {
        base_url: None,
        today,
        cache,
    };
    let project = validate::validate(&sources, &settings, &mut diagnostics);
    let checked_campaign = project.as_ref().and_then(|p| p.campaigns.first());
    let formats = checked_campaign.map_or_else(|| CardFormat::ALL.to_vec(), |c| c.card_formats.clone());
    let source_language = checked_campaign.map(|c| c.source_language.clone());
    if let Some(project) = project.filter(|_| !diagnostics.has_errors()) {
        let theme = Theme::load(&project.theme, &sources.themes);
        // What localizing finds (a campaign a language cannot show).
        let _ = localize::localize(
            &project,
            &theme,
            &Selection::default(),
            &Default::default(),
            &mut diagnostics,
        );
    }
    Checked {
        problems: problems(&diagnostics, rel, text, lang),
        formats,
        pictures,
        source_language,
    }
}

/// The card formats of `campaign`, from its `campaign.yaml` alone (all three when it cannot be
/// read): what a form needs to read its card boxes, without checking the whole campaign.
pub fn card_formats(root: &Path, campaign: &str) -> Vec<CardFormat> {
    let rel = format!("campaigns/{campaign}/campaign.yaml");
    // Through the editor's path rules and symlink guard, as every file it opens.
    super::paths::parse(&rel)
        .and_then(|path| path.on_disk(root, false))
        .ok()
        .and_then(|file| std::fs::read_to_string(file).ok())
        .and_then(|text| load::yaml::parse::<load::CampaignConfig>(&text, Path::new(&rel), 1).ok())
        .map_or_else(|| CardFormat::ALL.to_vec(), |config| config.card_formats())
}

/// The diagnostics of the file `rel` (whose text is `text`), in the author's language.
fn problems(diagnostics: &Diagnostics, rel: &Path, text: &str, lang: Lang) -> Vec<Problem> {
    let catalog = Catalog::get(lang);
    let body_start = front_matter::split(text)
        .ok()
        .map(|s| text[..s.body_offset].matches('\n').count() + 1);
    diagnostics
        .sorted()
        .into_iter()
        .filter(|d| d.path == rel)
        .map(|d| {
            let in_body = body_start.filter(|start| d.line >= *start);
            Problem {
                error: d.is_error(),
                field: match in_body {
                    Some(_) => Some("body".to_string()),
                    None => field_at(text, d.line),
                },
                line: d.line,
                col: d.col,
                body_line: in_body.map(|start| d.line - start + 1),
                message: catalog.text(&d.message),
                hint: d.hint.as_deref().map(|h| catalog.text(h)),
            }
        })
        .collect()
}

/// The top-level front-matter key whose lines hold file line `line` (1-based).
pub fn field_at(text: &str, line: usize) -> Option<String> {
    let split = front_matter::split(text).ok()?;
    if line < split.yaml_line {
        return None;
    }
    let yaml_lines: Vec<&str> = split.yaml.lines().collect();
    let at = line - split.yaml_line;
    yaml_lines
        .get(..=at.min(yaml_lines.len().saturating_sub(1)))?
        .iter()
        .rev()
        .find_map(|l| {
            let key = l.split(':').next()?;
            let top = !l.starts_with([' ', '\t', '-', '#']) && l.contains(':');
            (top && key.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')).then(|| key.to_string())
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_belongs_to_the_key_above_it() {
        let text = "---\ntitle: \"T\"\nsources:\n  - { title: \"A\" }\n# nota\nsummary: S\n---\nCuerpo\n";
        assert_eq!(field_at(text, 2).as_deref(), Some("title"));
        assert_eq!(field_at(text, 4).as_deref(), Some("sources"));
        assert_eq!(field_at(text, 6).as_deref(), Some("summary"));
        assert_eq!(field_at(text, 1), None);
    }

    #[test]
    fn a_form_reads_its_card_boxes_from_the_campaign_settings_alone() {
        let root = tempfile::tempdir().unwrap();
        let folder = root.path().join("campaigns/c");
        std::fs::create_dir_all(&folder).unwrap();
        std::fs::write(folder.join("campaign.yaml"), "name: C\ncards: [story, og]\n").unwrap();
        assert_eq!(card_formats(root.path(), "c"), [CardFormat::Og, CardFormat::Story]);
        // Unreadable or missing: every format, as a check of an unreadable campaign says.
        std::fs::write(folder.join("campaign.yaml"), "name: [\n").unwrap();
        assert_eq!(card_formats(root.path(), "c"), CardFormat::ALL);
        assert_eq!(card_formats(root.path(), "other"), CardFormat::ALL);
    }
}
