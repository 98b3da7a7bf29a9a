//! The one place that knows which YAML crate we use (serde-saphyr: duplicate keys rejected,
//! alias bombs and deep nesting bounded by a budget, exact line and column in every error).

use std::path::Path;

use serde::de::DeserializeOwned;
use serde_saphyr::budget::BudgetBreach;
use serde_saphyr::{Error, Location};

use crate::diag::Diagnostic;

pub use serde_saphyr::Spanned;

/// Parses `yaml` (which starts on line `first_line` of the file at `path`) into `T`.
pub fn parse<T: DeserializeOwned>(yaml: &str, path: &Path, first_line: usize) -> Result<T, Diagnostic> {
    let options = serde_saphyr::options! {
        budget: serde_saphyr::budget! {
            max_depth: 32,
            max_aliases: 256,
            max_anchors: 256,
            max_events: 200_000,
            max_nodes: 50_000,
            max_documents: 1,
        },
    };
    serde_saphyr::from_str_with_options::<T>(yaml, options).map_err(|err| {
        let (line, col) = err
            .location()
            .filter(|l| l.line() > 0)
            .map_or((first_line, 1), |l| position(&l, first_line));
        match original(&err) {
            Error::Budget { breach, .. } => {
                let (message, hint) = over_budget(breach);
                return Diagnostic::error(path, line, col, message).with_hint(hint);
            }
            Error::DuplicateMappingKey { key: Some(key), .. } => {
                let diagnostic = Diagnostic::error(path, line, col, format!("the key `{key}` is given twice"))
                    .with_hint("keep only one of them");
                return match first_occurrence(yaml, key, line + 1 - first_line, col) {
                    Some((l, c)) => diagnostic.with_also(l + first_line - 1, c, "first given here"),
                    None => diagnostic,
                };
            }
            _ => {}
        }
        let raw = err.without_snippet().to_string();
        let raw = match raw.rsplit_once(" at line ") {
            Some((message, _)) => message.to_string(),
            None => raw,
        };
        let (message, hint) = explain(&raw);
        let diagnostic = Diagnostic::error(path, line, col, message);
        match hint {
            Some(hint) => diagnostic.with_hint(hint),
            None => diagnostic,
        }
    })
}

/// The error itself, without the wrappers that add an alias's places or a snippet.
fn original(mut err: &Error) -> &Error {
    while let Error::AliasError { error, .. } | Error::WithSnippet { error, .. } = err {
        err = error;
    }
    err
}

/// A YAML file beyond the limits, in plain words (no parser internals).
fn over_budget(breach: &BudgetBreach) -> (String, &'static str) {
    match breach {
        BudgetBreach::Depth { .. } => (
            "the values are nested too deep (more than 32 levels of lists and maps inside each other)".into(),
            "write the values flat: settings and front matter need only a few levels",
        ),
        BudgetBreach::Documents { .. } => (
            "there is more than one YAML document here".into(),
            "remove the extra `---` line: the file (or the front matter) is one document",
        ),
        BudgetBreach::Anchors { .. } | BudgetBreach::Aliases { .. } | BudgetBreach::AliasAnchorRatio { .. } => (
            "too many copies with `&` and `*` (anchors and aliases)".into(),
            "write the values out instead: settings and front matter never need `&` and `*`",
        ),
        _ => (
            "this YAML grows too large: its `&` and `*` (anchors and aliases) copy values over and over, or it holds too many values".into(),
            "write the values out instead of copying them with `&` and `*`, and keep the file short",
        ),
    }
}

/// Line and column (1-based, in the YAML) of the first `key:` of the mapping where `key` is
/// given again at `line:col`: the nearest earlier line that starts with it at the same
/// indentation, within the same mapping.
fn first_occurrence(yaml: &str, key: &str, line: usize, col: usize) -> Option<(usize, usize)> {
    let lines: Vec<&str> = yaml.lines().collect();
    let indent = col.checked_sub(1)?;
    for (i, text) in lines.iter().enumerate().take(line.saturating_sub(1)).rev() {
        let own_indent = text.len() - text.trim_start().len();
        let content = text.trim_start();
        if content.is_empty() || content.starts_with('#') {
            continue;
        }
        if own_indent < indent {
            return None; // left the mapping
        }
        let bare = content.trim_start_matches("- ");
        if own_indent == indent
            && [format!("{key}:"), format!("\"{key}\":"), format!("'{key}':")]
                .iter()
                .any(|k| bare.starts_with(k.as_str()))
        {
            return Some((i + 1, col));
        }
    }
    None
}

/// Line and column in the file of a location inside the YAML text.
pub fn position(location: &Location, first_line: usize) -> (usize, usize) {
    (location.line() as usize + first_line - 1, location.column() as usize)
}

/// Turns the parser's wording into an author's: what is wrong and how to fix it.
fn explain(raw: &str) -> (String, Option<String>) {
    if let Some(rest) = raw.strip_prefix("unknown field `") {
        let (key, expected) = rest.split_once('`').unwrap_or((rest, ""));
        let allowed = expected_list(expected);
        let hint = match crate::diag::suggest(key, allowed.iter().map(String::as_str)) {
            Some(best) => format!("did you mean `{best}`?"),
            None => format!("allowed keys here: {}", allowed.join(", ")),
        };
        return (format!("unknown key `{key}`"), Some(hint));
    }
    if let Some(rest) = raw.strip_prefix("unknown variant `") {
        let (value, expected) = rest.split_once('`').unwrap_or((rest, ""));
        let allowed = expected_list(expected);
        let hint = match crate::diag::suggest(value, allowed.iter().map(String::as_str)) {
            Some(best) => format!("did you mean `{best}`? Allowed: {}", allowed.join(", ")),
            None => format!("allowed values: {}", allowed.join(", ")),
        };
        return (format!("unknown value `{value}`"), Some(hint));
    }
    if let Some(rest) = raw.strip_prefix("missing field `") {
        let key = rest.split('`').next().unwrap_or(rest);
        return (
            format!("missing required key `{key}`"),
            Some(format!("add a line `{key}: ...`")),
        );
    }
    if raw.starts_with("duplicate mapping key") {
        let key = raw
            .trim_start_matches("duplicate mapping key: ")
            .split(',')
            .next()
            .unwrap_or("")
            .trim();
        return (
            format!("the key `{key}` is given twice"),
            Some("keep only one of them".to_string()),
        );
    }
    if raw.contains("cannot deserialize null") {
        return (
            "this value is empty".to_string(),
            Some(
                "write a value after the `:`; a value that starts with `#` must be in quotes, like \"#0b4f6c\""
                    .to_string(),
            ),
        );
    }
    if raw.contains("invalid i64") || raw.contains("invalid u64") || raw.contains("invalid u32") {
        return (
            "expected a whole number".to_string(),
            Some("write a whole number, like `3`".to_string()),
        );
    }
    let hint = if raw.contains("invalid bool") || raw.contains("expected bool") {
        Some("write `true` or `false`".to_string())
    } else if raw.contains("expected sequence") {
        Some("write a list: `[a, b]`, or one `- item` per line".to_string())
    } else if raw.contains("expected string") {
        Some("write plain text; put it in quotes if it contains `:`, `#`, `[` or `{`".to_string())
    } else if raw.contains("mapping values are not allowed") || raw.contains("did not find expected") {
        Some("check the indentation, and put text that contains `: ` in quotes".to_string())
    } else if raw.contains("did not match any variant") {
        Some("check the form of this value against the guide's source format page".to_string())
    } else {
        None
    };
    (format!("invalid YAML: {raw}"), hint)
}

/// `expected one of a, b, c` (with or without backticks) → `[a, b, c]`.
fn expected_list(text: &str) -> Vec<String> {
    let text = text.trim().trim_start_matches(',').trim();
    let text = text
        .strip_prefix("expected one of ")
        .or_else(|| text.strip_prefix("expected "))
        .unwrap_or(text);
    text.split(',')
        .flat_map(|s| s.split(" or "))
        .map(|s| s.trim().trim_matches('`').to_string())
        .filter(|s| !s.is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Deserialize, Debug)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Probe {
        title: String,
        #[serde(default)]
        order: i64,
    }

    fn err(yaml: &str) -> Diagnostic {
        parse::<Probe>(yaml, Path::new("p.md"), 2).unwrap_err()
    }

    #[test]
    fn unknown_key_suggests_the_nearest() {
        let d = err("title: a\ntitel: b\n");
        assert_eq!((d.line, d.col), (3, 1));
        assert_eq!(d.message, "unknown key `titel`");
        assert_eq!(d.hint.as_deref(), Some("did you mean `title`?"));
    }

    #[test]
    fn duplicate_keys_are_rejected_pointing_at_both() {
        let d = err("title: a\norder: 1\ntitle: b\n");
        assert_eq!(d.message, "the key `title` is given twice");
        assert_eq!((d.line, d.col), (4, 1));
        let also = d.also.expect("the first one");
        assert_eq!((also.line, also.col), (2, 1));
    }

    #[test]
    fn wrong_type_and_missing_field_have_positions() {
        let d = err("title: a\norder: many\n");
        assert_eq!((d.line, d.col), (3, 8));
        assert!(d.hint.unwrap().contains("whole number"));
        let d = err("order: 1\n");
        assert_eq!(d.message, "missing required key `title`");
    }

    #[test]
    fn alias_bombs_are_bounded() {
        let mut yaml = String::from("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for i in 1..12 {
            let prev = i - 1;
            yaml.push_str(&format!("a{i}: &a{i} [*a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}]\n"));
        }
        yaml.push_str("title: x\n");
        #[derive(Deserialize)]
        #[allow(dead_code)]
        struct Any {
            title: String,
        }
        let started = std::time::Instant::now();
        let result = parse::<Any>(&yaml, Path::new("p.md"), 1);
        assert!(result.is_err());
        assert!(started.elapsed().as_secs() < 5);
    }

    #[test]
    fn deep_nesting_is_bounded() {
        let yaml = format!("title: {}x{}\n", "[".repeat(5000), "]".repeat(5000));
        assert!(parse::<Probe>(&yaml, Path::new("p.md"), 1).is_err());
    }
}
