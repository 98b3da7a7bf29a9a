//! Front matter edited in place, as a person would edit it: a changed value replaces only its
//! own bytes, a new key is added at the end, a removed key takes its lines with it, and every
//! other byte (comments, key order, quoting, line endings, a byte order mark, the body) stays
//! as it was. Nothing is written back from a parse of the whole file.

use std::ops::Range;

use super::quote;
use crate::load::front_matter;

/// A front-matter value to write.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    /// Text, written as a double-quoted YAML string.
    Text(String),
    /// A number, a date, `true`/`false` or a name (`myth`), written as it is.
    Plain(String),
    /// A value of several lines (a list, a map), written on the lines after `key:`: each line
    /// here is one line there, indented by two spaces.
    Lines(Vec<String>),
}

impl Value {
    fn render(&self, eol: &str) -> String {
        match self {
            Value::Text(text) => format!(" {}", quote(text)),
            Value::Plain(plain) => format!(" {plain}"),
            Value::Lines(lines) => lines.iter().map(|l| format!("{eol}  {l}")).collect(),
        }
    }
}

/// Where a top-level key is in a page's text.
struct Entry {
    /// From the start of its line to the end of its last line, line break included.
    lines: Range<usize>,
    /// The bytes of its one-line value (after `key:` and spaces, before a comment), when the
    /// value is one line long.
    scalar: Option<Range<usize>>,
}

/// `text` with each `(key, value)` of `changes` set in its front matter (`None`: the key
/// removed). `None` when the text has no front matter to edit.
pub fn edit(text: &str, changes: &[(&str, Option<Value>)]) -> Option<String> {
    let split = front_matter::split(text).ok()?;
    let start = split.yaml.as_ptr().addr() - text.as_ptr().addr();
    Some(edit_range(text, start..start + split.yaml.len(), changes))
}

/// [`edit`] for a file that is all YAML (`campaign.yaml`).
pub fn edit_yaml(text: &str, changes: &[(&str, Option<Value>)]) -> Option<String> {
    let start = if text.starts_with('\u{feff}') {
        '\u{feff}'.len_utf8()
    } else {
        0
    };
    Some(edit_range(text, start..text.len(), changes))
}

/// `text` with `changes` made to the top-level keys of its YAML at `range`.
fn edit_range(text: &str, range: Range<usize>, changes: &[(&str, Option<Value>)]) -> String {
    let (start, end) = (range.start, range.end);
    let eol = if text.contains("\r\n") { "\r\n" } else { "\n" };
    let mut edits: Vec<(Range<usize>, String)> = Vec::new();
    let mut added = String::new();
    for (key, value) in changes {
        match (entry(text, start..end, key), value) {
            (Some(found), None) => edits.push((found.lines, String::new())),
            (Some(found), Some(value)) => match (&found.scalar, value) {
                (Some(scalar), Value::Text(_) | Value::Plain(_)) => {
                    edits.push((scalar.clone(), value.render(eol)[1..].to_string()));
                }
                _ => {
                    let line_end = &text[found.lines.clone()];
                    let ending = if line_end.ends_with("\r\n") {
                        "\r\n"
                    } else if line_end.ends_with('\n') {
                        "\n"
                    } else {
                        ""
                    };
                    edits.push((found.lines, format!("{key}:{}{ending}", value.render(eol))));
                }
            },
            (None, Some(value)) => added.push_str(&format!("{key}:{}{eol}", value.render(eol))),
            (None, None) => {}
        }
    }
    if !added.is_empty() {
        // After the last line of the front matter, which may lack its line break.
        let last = &text[start..end];
        let glue = if last.is_empty() || last.ends_with('\n') {
            ""
        } else {
            eol
        };
        edits.push((end..end, format!("{glue}{added}")));
    }
    edits.sort_by_key(|(range, _)| std::cmp::Reverse(range.start));
    let mut out = text.to_string();
    for (range, with) in edits {
        out.replace_range(range, &with);
    }
    out
}

/// The top-level `key` in the front matter at `yaml` of `text`.
fn entry(text: &str, yaml: Range<usize>, key: &str) -> Option<Entry> {
    let mut offset = yaml.start;
    let mut found: Option<(usize, usize)> = None;
    let mut lines_end = None;
    for line in text[yaml.clone()].split_inclusive('\n') {
        let here = offset;
        offset += line.len();
        if found.is_some() {
            // Its value goes on while lines are indented or list items; blank lines between
            // them go with it, blank lines after it do not.
            if line.trim().is_empty() {
                continue;
            }
            if line.starts_with([' ', '\t', '-']) {
                lines_end = Some(offset);
                continue;
            }
            break;
        }
        let Some(rest) = line.strip_prefix(key) else { continue };
        let rest_trimmed = rest.trim_start_matches([' ', '\t']);
        if let Some(after) = rest_trimmed.strip_prefix(':')
            && (after.is_empty() || after.starts_with([' ', '\t', '\r', '\n']))
        {
            let value_at = here + key.len() + (rest.len() - rest_trimmed.len()) + 1;
            found = Some((here, value_at));
            lines_end = Some(offset);
        }
    }
    let (line_start, value_at) = found?;
    let lines_end = lines_end?;
    let first_line_end = text[value_at..].find('\n').map_or(text.len(), |i| value_at + i);
    let one_line = text[first_line_end..lines_end].trim().is_empty();
    let scalar = if one_line {
        scalar_at(text, value_at, first_line_end)
    } else {
        None
    };
    Some(Entry {
        lines: line_start..lines_end,
        scalar,
    })
}

/// The bytes of the one-line scalar between `from` (just after `key:`) and `line_end`: a
/// quoted string, or plain text up to a comment; `None` for an empty value, a block scalar
/// (`|`, `>`), or a flow list or map.
fn scalar_at(text: &str, from: usize, line_end: usize) -> Option<Range<usize>> {
    let line = &text[from..line_end];
    let value = line.trim_start_matches([' ', '\t']);
    let start = from + (line.len() - value.len());
    let value = value.trim_end_matches('\r');
    let first = value.chars().next()?;
    let len = match first {
        '|' | '>' | '[' | '{' | '#' | '&' | '*' | '!' => return None,
        '"' => {
            let mut escaped = false;
            let close = value[1..].char_indices().find(|(_, c)| {
                let close = *c == '"' && !escaped;
                escaped = *c == '\\' && !escaped;
                close
            })?;
            close.0 + 2
        }
        '\'' => {
            let bytes = value.as_bytes();
            let mut i = 1;
            loop {
                match bytes.get(i) {
                    Some(b'\'') if bytes.get(i + 1) == Some(&b'\'') => i += 2,
                    Some(b'\'') => break i + 1,
                    Some(_) => i += 1,
                    None => return None,
                }
            }
        }
        _ => match value.find(" #").or_else(|| value.find("\t#")) {
            Some(comment) => value[..comment].trim_end().len(),
            None => value.trim_end().len(),
        },
    };
    Some(start..start + len)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(s: &str) -> Option<Value> {
        Some(Value::Text(s.into()))
    }

    #[test]
    fn a_changed_value_replaces_only_its_bytes() {
        let page = "---\n# Revisado por la OIM\ntitle: 'Hola'   # corto\nsummary: Un resumen\norder: 2\n---\nCuerpo\n";
        let edited = edit(
            page,
            &[("title", text("Adiós")), ("order", Some(Value::Plain("3".into())))],
        )
        .unwrap();
        assert_eq!(
            edited,
            "---\n# Revisado por la OIM\ntitle: \"Adiós\"   # corto\nsummary: Un resumen\norder: 3\n---\nCuerpo\n"
        );
    }

    #[test]
    fn keys_are_added_at_the_end_and_removed_with_their_lines() {
        let page = "---\ntitle: \"T\"\nsources:\n  - { title: \"A\", url: \"https://a\" }\n\n  - { title: \"B\" }\ndraft: true\n---\nB\n";
        let edited = edit(
            page,
            &[
                ("sources", None),
                ("draft", None),
                ("reviewed", Some(Value::Plain("2026-12-01".into()))),
            ],
        )
        .unwrap();
        assert_eq!(edited, "---\ntitle: \"T\"\nreviewed: 2026-12-01\n---\nB\n");
    }

    #[test]
    fn a_list_is_written_on_its_own_lines_and_crlf_stays() {
        let page = "\u{feff}---\r\ntitle: \"T\"\r\nsources: []\r\nkind: tip\r\n---\r\nB\r\n";
        let edited = edit(
            page,
            &[("sources", Some(Value::Lines(vec!["- { title: \"A\" }".into()])))],
        )
        .unwrap();
        assert_eq!(
            edited,
            "\u{feff}---\r\ntitle: \"T\"\r\nsources:\r\n  - { title: \"A\" }\r\nkind: tip\r\n---\r\nB\r\n"
        );
    }

    #[test]
    fn block_and_quoted_scalars_with_hashes_are_found_whole() {
        let page = "---\nmyth: \"Con # no es comentario\" # sí\nfact: >-\n  Largo\n  texto\ntitle: It''s\n---\n";
        let edited = edit(page, &[("myth", text("M")), ("fact", text("F"))]).unwrap();
        assert_eq!(edited, "---\nmyth: \"M\" # sí\nfact: \"F\"\ntitle: It''s\n---\n");
        let single = "---\ntitle: 'It''s'\n---\n";
        assert_eq!(
            edit(single, &[("title", text("Es"))]).unwrap(),
            "---\ntitle: \"Es\"\n---\n"
        );
    }

    #[test]
    fn a_key_that_only_starts_like_another_is_not_taken_for_it() {
        let page = "---\nreviewed_by: \"X\"\nreviewed: 2026-01-01\n---\n";
        let edited = edit(page, &[("reviewed", Some(Value::Plain("2026-02-02".into())))]).unwrap();
        assert_eq!(edited, "---\nreviewed_by: \"X\"\nreviewed: 2026-02-02\n---\n");
        assert_eq!(edit("no front matter", &[("title", text("T"))]), None);
    }

    #[test]
    fn a_whole_yaml_file() {
        let yaml = "name: { es: \"A\" }\n# colores\ncolors: { primary: \"#000000\" }\n";
        let edited = edit_yaml(
            yaml,
            &[("colors", Some(Value::Plain("{ primary: \"#0b4f6c\" }".into())))],
        )
        .unwrap();
        assert_eq!(
            edited,
            "name: { es: \"A\" }\n# colores\ncolors: { primary: \"#0b4f6c\" }\n"
        );
    }
}
