//! The one place that knows which YAML crate we use. serde-saphyr reads the text into a tree
//! (duplicate keys refused, alias bombs and deep nesting bounded by a budget, exact line and
//! column); `de` reads the tree into typed settings, noting every mistake instead of
//! stopping at the first; `explain` puts syntax mistakes in plain words, where they are.

mod de;
pub mod edit;
mod explain;
mod tree;

use std::path::Path;

use serde::de::DeserializeOwned;
use serde::{Deserialize, Deserializer};

use crate::diag::Diagnostic;
use crate::messages::Message;
use crate::msg;

/// The struct name by which [`Spanned`] asks the reader for its position.
const SPANNED: &str = "$altavoz::Spanned";

/// The struct name of a setting written either `true`/`false` or as keys and values
/// (`card: false`, `card: { headline: … }`): the reader hands a `true`/`false` to the visitor's
/// `visit_bool`, and reads keys and values as a struct, so an unknown key gets "did you mean".
pub(crate) const SWITCH: &str = "$altavoz::Switch";

/// A value with the place it was written. A value whose mistake was already reported (or that
/// was missing) has line 0, so later checks do not report it again.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Spanned<T> {
    pub value: T,
    pub referenced: Location,
}

/// 1-based line and column within the YAML text; line 0: not in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Location {
    line: u64,
    column: u64,
    span: Span,
}

/// The bytes of a scalar value in the YAML text, when known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Span {
    bytes: Option<(u64, u64)>,
}

impl Span {
    pub fn byte_offset(&self) -> Option<u64> {
        self.bytes.map(|(offset, _)| offset)
    }

    pub fn byte_len(&self) -> Option<u64> {
        self.bytes.map(|(_, len)| len)
    }
}

impl Location {
    pub fn span(&self) -> Span {
        self.span
    }

    pub fn line(&self) -> u64 {
        self.line
    }

    pub fn column(&self) -> u64 {
        self.column
    }
}

impl<T> Spanned<T> {
    /// Whether the value was already reported as wrong or missing.
    pub fn is_reported(&self) -> bool {
        self.referenced.line == 0
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Spanned<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        struct Fields<T> {
            value: T,
            line: u64,
            column: u64,
            /// `u64::MAX`: not known.
            offset: u64,
            len: u64,
        }
        let fields = deserializer.deserialize_struct(
            SPANNED,
            &["value", "line", "column", "offset", "len"],
            FieldsVisitor::<T>(std::marker::PhantomData),
        )?;
        return Ok(fields);

        struct FieldsVisitor<T>(std::marker::PhantomData<T>);

        impl<'de, T: Deserialize<'de>> serde::de::Visitor<'de> for FieldsVisitor<T> {
            type Value = Spanned<T>;

            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a value")
            }

            fn visit_map<A: serde::de::MapAccess<'de>>(self, map: A) -> Result<Spanned<T>, A::Error> {
                let fields = Fields::<T>::deserialize(serde::de::value::MapAccessDeserializer::new(map))?;
                Ok(Spanned {
                    value: fields.value,
                    referenced: Location {
                        line: fields.line,
                        column: fields.column,
                        span: Span {
                            bytes: (fields.offset != u64::MAX).then_some((fields.offset, fields.len)),
                        },
                    },
                })
            }
        }
    }
}

/// Reads `yaml` (which starts on line `first_line` of the file at `path`) as `T`, with every
/// problem found. The value is there whenever the YAML itself could be read, even with
/// problems (missing and wrong values replaced by placeholders), so the rest of the file can
/// still be checked.
pub fn read<T: DeserializeOwned>(yaml: &str, path: &Path, first_line: usize) -> (Option<T>, Vec<Diagnostic>) {
    let tree = match tree::read(yaml) {
        Ok(tree) => tree,
        Err(err) => return (None, vec![syntax_error(&err, yaml, path, first_line)]),
    };
    let (value, problems) = de::read::<T>(&tree, yaml);
    let diagnostics = problems
        .into_iter()
        .map(|p| {
            let d = Diagnostic::error(path, p.line + first_line - 1, p.col, p.message);
            match p.hint {
                Some(hint) => d.with_hint(hint),
                None => d,
            }
        })
        .collect();
    (value, diagnostics)
}

/// [`read`], for callers that need a clean value: the first problem, if any.
pub fn parse<T: DeserializeOwned>(yaml: &str, path: &Path, first_line: usize) -> Result<T, Diagnostic> {
    match read::<T>(yaml, path, first_line) {
        (_, problems) if !problems.is_empty() => Err(problems
            .into_iter()
            .next()
            .unwrap_or_else(|| Diagnostic::error(path, first_line, 1, msg!("yaml-wrong-form")))),
        (Some(value), _) => Ok(value),
        (None, _) => Err(Diagnostic::error(path, first_line, 1, msg!("yaml-wrong-form"))),
    }
}

/// A `T` with every required value a placeholder: the settings of a file that could not be
/// read, so the files that depend on it can still be checked.
pub fn placeholder<T: DeserializeOwned>() -> Option<T> {
    let empty = tree::Node {
        id: 0,
        line: 0,
        col: 0,
        bytes: None,
        kind: tree::Kind::Map(Vec::new()),
    };
    de::read::<T>(&empty, "").0
}

/// Line and column in the file of a location inside the YAML text.
pub fn position(location: &Location, first_line: usize) -> (usize, usize) {
    if location.line == 0 {
        return (0, 0);
    }
    (location.line as usize + first_line - 1, location.column as usize)
}

/// A syntax error in plain words, at the mistake rather than where the parser got lost; the
/// parser's own words follow as a note.
fn syntax_error(err: &serde_saphyr::Error, yaml: &str, path: &Path, first_line: usize) -> Diagnostic {
    let at = err.location().filter(|l| l.line() > 0);
    let (line, col) = at.map_or((1, 1), |l| (l.line() as usize, l.column() as usize));
    let raw = err.without_snippet().to_string();
    let raw = match raw.rsplit_once(" at line ") {
        Some((message, _)) => message.to_string(),
        None => raw,
    };
    let line_in_file = line + first_line - 1;
    match original(err) {
        // The parser's words about a budget are internals ("Nodes { nodes: 50001 }"): ours only.
        serde_saphyr::Error::Budget { breach, .. } => {
            let (message, hint) = over_budget(breach);
            return Diagnostic::error(path, line_in_file, col, message).with_hint(hint);
        }
        serde_saphyr::Error::DuplicateMappingKey { key: Some(key), .. } => {
            let diagnostic = Diagnostic::error(path, line_in_file, col, msg!("yaml-duplicate-key", key = key.as_str()))
                .with_hint(msg!("yaml-duplicate-key-hint"));
            return match first_occurrence(yaml, key, line, col) {
                Some((l, c)) => diagnostic.with_also(l + first_line - 1, c, msg!("yaml-duplicate-key-first")),
                None => diagnostic,
            };
        }
        _ => {}
    }
    let note = msg!("yaml-parser-says", text = raw.clone());
    if let Some(found) = explain::syntax(yaml, at.map_or(0, |_| line)) {
        let diagnostic =
            Diagnostic::error(path, found.line + first_line - 1, found.col, found.message).with_hint(found.hint);
        return if found.parser_note {
            diagnostic.with_note(note)
        } else {
            diagnostic
        };
    }
    let (message, hint) = if raw.starts_with("duplicate mapping key") {
        let key = raw
            .trim_start_matches("duplicate mapping key: ")
            .split(',')
            .next()
            .unwrap_or("")
            .trim()
            .to_string();
        (msg!("yaml-duplicate-key", key = key), msg!("yaml-duplicate-key-hint"))
    } else if raw.contains("budget") || raw.contains("depth") || raw.contains("alias") {
        (msg!("yaml-too-complex"), msg!("yaml-too-complex-hint"))
    } else {
        (msg!("yaml-invalid"), msg!("yaml-invalid-hint"))
    };
    Diagnostic::error(path, line + first_line - 1, col, message)
        .with_hint(hint)
        .with_note(note)
}

/// The error itself, without the wrappers that add an alias's places or a snippet.
fn original(mut err: &serde_saphyr::Error) -> &serde_saphyr::Error {
    while let serde_saphyr::Error::AliasError { error, .. } | serde_saphyr::Error::WithSnippet { error, .. } = err {
        err = error;
    }
    err
}

/// A YAML file beyond the limits, in plain words (no parser internals).
fn over_budget(breach: &serde_saphyr::budget::BudgetBreach) -> (Message, Message) {
    use serde_saphyr::budget::BudgetBreach;
    match breach {
        BudgetBreach::Depth { .. } => (msg!("yaml-too-deep"), msg!("yaml-too-deep-hint")),
        BudgetBreach::Documents { .. } => (msg!("yaml-many-documents"), msg!("yaml-many-documents-hint")),
        BudgetBreach::Anchors { .. } | BudgetBreach::Aliases { .. } | BudgetBreach::AliasAnchorRatio { .. } => {
            (msg!("yaml-many-aliases"), msg!("yaml-many-aliases-hint"))
        }
        _ => (msg!("yaml-too-large"), msg!("yaml-too-large-hint")),
    }
}

/// Line and column (1-based, in the YAML) of the first `key:` of the mapping where `key` is
/// given again at `line:col`: the nearest earlier line that starts with it at the same
/// indentation, within the same mapping.
fn first_occurrence(yaml: &str, key: &str, line: usize, col: usize) -> Option<(usize, usize)> {
    let indent = col.checked_sub(1)?;
    for (i, text) in yaml
        .lines()
        .enumerate()
        .take(line.saturating_sub(1))
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
    {
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

/// `value` as a YAML double-quoted scalar, the one way altavoz writes text into YAML: the C
/// escapes (as PO files use them too), and YAML's own for the characters YAML 1.1 reads as
/// line breaks.
pub fn quote(value: &str) -> String {
    let mut out = String::from("\"");
    for c in value.chars() {
        match c {
            '\u{85}' => out.push_str("\\N"),
            '\u{2028}' => out.push_str("\\L"),
            '\u{2029}' => out.push_str("\\P"),
            '\u{feff}' => out.push_str("\\uFEFF"),
            // YAML has no octal escapes.
            c if c.is_control() && !"\n\t\r\u{7}\u{8}\u{b}\u{c}".contains(c) => {
                out.push_str(&format!("\\x{:02x}", c as u32));
            }
            c => match c_escape(c) {
                Some(escaped) => out.push_str(escaped),
                None => out.push(c),
            },
        }
    }
    out.push('"');
    out
}

/// The C escape of `c`, where it has one: the escapes YAML's double-quoted strings and PO files
/// share.
pub fn c_escape(c: char) -> Option<&'static str> {
    Some(match c {
        '\\' => "\\\\",
        '"' => "\\\"",
        '\n' => "\\n",
        '\t' => "\\t",
        '\r' => "\\r",
        '\u{7}' => "\\a",
        '\u{8}' => "\\b",
        '\u{b}' => "\\v",
        '\u{c}' => "\\f",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Deserialize, Debug)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Probe {
        title: Spanned<String>,
        #[serde(default)]
        order: i64,
        #[serde(default)]
        draft: bool,
        #[serde(default)]
        kind: Option<Kind>,
        #[serde(default)]
        sources: Vec<Source>,
    }

    #[derive(Deserialize, Debug, PartialEq)]
    #[serde(rename_all = "lowercase")]
    enum Kind {
        Page,
        Myth,
    }

    #[derive(Deserialize, Debug)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Source {
        title: String,
    }

    fn all(yaml: &str) -> Vec<String> {
        let (_, problems) = read::<Probe>(yaml, Path::new("p.md"), 2);
        let mut found: Vec<String> = problems
            .iter()
            .map(|d| format!("{}:{} {}", d.line, d.col, d.message))
            .collect();
        found.sort();
        found
    }

    fn err(yaml: &str) -> Diagnostic {
        parse::<Probe>(yaml, Path::new("p.md"), 2).unwrap_err()
    }

    #[test]
    fn unknown_key_suggests_the_nearest() {
        let d = err("title: a\ntitel: b\n");
        assert_eq!((d.line, d.col), (3, 1));
        assert_eq!(d.message.english(), "unknown key `titel`");
        assert_eq!(d.hint.unwrap().english(), "did you mean `title`?");
    }

    #[test]
    fn duplicate_keys_are_rejected_pointing_at_both() {
        let d = err("title: a\norder: 1\ntitle: b\n");
        assert_eq!(d.message, msg!("yaml-duplicate-key", key = "title"));
        assert_eq!((d.line, d.col), (4, 1));
        let also = d.also.expect("the first one");
        assert_eq!((also.line, also.col), (2, 1));
    }

    #[test]
    fn wrong_type_and_missing_field_have_positions() {
        let d = err("title: a\norder: many\n");
        assert_eq!((d.line, d.col), (3, 8));
        assert!(d.hint.unwrap().english().contains("whole number"));
        let d = err("order: 1\n");
        assert_eq!(d.message.english(), "the key `title` is missing");
        assert_eq!((d.line, d.col), (2, 1));
    }

    #[test]
    fn every_mistake_of_a_file_in_one_run() {
        let found = all(
            "titel: a\norder: primero\ndraft: maybe\nkind: mythe\nsources:\n  - { titel: x }\n  - { title: [y] }\n",
        );
        assert_eq!(
            found,
            [
                "2:1 unknown key `titel`",
                "3:8 expected a whole number",
                "4:8 expected true or false",
                "5:7 unknown value `mythe`",
                "7:7 unknown key `titel`",
                "8:14 expected text",
            ]
        );
        // The value is still there, for the checks that do not depend on the broken keys.
        let (value, _) = read::<Probe>("kind: mythe\norder: 3\n", Path::new("p.md"), 1);
        let value = value.unwrap();
        assert_eq!((value.order, value.kind), (3, Some(Kind::Myth)));
        assert!(value.title.is_reported());
    }

    #[test]
    fn numbers_where_text_is_expected_are_taken_as_written() {
        let (value, problems) = read::<Probe>("title: 007\n", Path::new("p.md"), 1);
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(value.unwrap().title.value, "007");
    }

    #[test]
    fn syntax_mistakes_are_explained_at_their_line_with_the_parser_words_as_a_note() {
        let d = err("title: \"Hola\norder: 2\ndraft: false\n");
        assert_eq!((d.line, d.message.id), (2, "yaml-unclosed-quote"));
        assert!(d.note.is_some());
    }

    #[test]
    fn a_field_a_web_editor_cleared_is_absent_and_a_key_with_nothing_after_it_is_explained() {
        // Decap CMS writes a cleared field as `""` or `null` instead of leaving its key out.
        let (value, problems) = read::<Probe>("title: a\norder: null\nkind: \"\"\nsources: ~\n", Path::new("p.md"), 1);
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(value.unwrap().kind, None);
        assert_eq!(err("title: #5b2a86\n").message.id, "yaml-hash-colour");
        assert_eq!(err("title: a\norder:\n").message.id, "yaml-empty");
    }

    #[test]
    fn alias_bombs_are_bounded() {
        let mut yaml = String::from("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for i in 1..12 {
            let prev = i - 1;
            yaml.push_str(&format!("a{i}: &a{i} [*a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}]\n"));
        }
        yaml.push_str("title: x\n");
        let started = std::time::Instant::now();
        let (value, problems) = read::<Probe>(&yaml, Path::new("p.md"), 1);
        assert!(value.is_none() && !problems.is_empty());
        assert!(started.elapsed().as_secs() < 5);
    }

    #[test]
    fn deep_nesting_is_bounded() {
        let yaml = format!("title: {}x{}\n", "[".repeat(5000), "]".repeat(5000));
        assert!(parse::<Probe>(&yaml, Path::new("p.md"), 1).is_err());
    }
}
