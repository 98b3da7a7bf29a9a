//! Writes translated texts into a page by replacing byte ranges of it: a block's text (the
//! bytes `translatable::blocks` found it in) or a front-matter value (the bytes of its YAML
//! scalar, from serde-saphyr's spans). Everything else, such as list markers, code blocks,
//! `{#id}` anchors, link definitions, other keys, comments and line ends, stays byte for byte.
//! Nothing is regenerated from a parse, so an unchanged text leaves its bytes alone.

use std::ops::Range;
use std::path::Path;

use serde::Deserialize;

use crate::load::front_matter;
use crate::load::yaml::{self, Spanned};
use crate::translatable::{Block, BlockKind};

/// The translatable values of front matter, with where they are (other keys are ignored).
#[derive(Deserialize)]
struct Fields {
    #[serde(default)]
    title: Option<Spanned<String>>,
    #[serde(default)]
    summary: Option<Spanned<String>>,
    #[serde(default)]
    myth: Option<Spanned<String>>,
    #[serde(default)]
    fact: Option<Spanned<String>>,
    #[serde(default)]
    notes: Option<Spanned<String>>,
    #[serde(default)]
    chat: Option<Spanned<String>>,
    #[serde(default)]
    sms: Option<Spanned<String>>,
}

/// `card: { headline }`, read apart: `card: false` has none.
#[derive(Deserialize)]
struct WithCard {
    card: Card,
}

#[derive(Deserialize)]
struct Card {
    #[serde(default)]
    headline: Option<Spanned<String>>,
}

/// Where a front-matter value is in a page's text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldSpan {
    /// A name of [`crate::translatable::FIELDS`].
    pub name: &'static str,
    /// The bytes of the value's YAML scalar in the whole text.
    pub range: Range<usize>,
    /// The file line it is on (1-based).
    pub line: usize,
}

/// The spans of the translatable front-matter values of the page `text`.
pub fn field_spans(text: &str) -> Vec<FieldSpan> {
    let Ok(split) = front_matter::split(text) else {
        return Vec::new();
    };
    let start = split.yaml.as_ptr().addr() - text.as_ptr().addr();
    let parse_at = |spanned: &Spanned<String>, name: &'static str| {
        let span = spanned.referenced.span();
        let offset = usize::try_from(span.byte_offset()?).ok()?;
        let len = usize::try_from(span.byte_len()?).ok()?;
        let mut range = start + offset..start + offset + len;
        text.get(range.clone())?;
        // A block scalar (`fact: >-` then indented lines) spans from its indicator, and its
        // last line break stays.
        let before = text[..range.start].trim_end_matches([' ', '\t', '\n', '\r']);
        let token = before.rsplit([' ', '\t']).next().unwrap_or("");
        if text[before.len()..range.start].contains('\n')
            && (token.starts_with('|') || token.starts_with('>'))
            && token[1..].chars().all(|c| matches!(c, '-' | '+' | '1'..='9'))
        {
            range.start = before.len() - token.len();
            range.end = range.start + text[range.start..range.end].trim_end_matches(['\n', '\r']).len();
        }
        Some(FieldSpan {
            name,
            line: text[..range.start].matches('\n').count() + 1,
            range,
        })
    };
    let mut out = Vec::new();
    if let Ok(fields) = yaml::parse::<Fields>(split.yaml, Path::new(""), split.yaml_line) {
        for (name, value) in [
            ("title", &fields.title),
            ("summary", &fields.summary),
            ("myth", &fields.myth),
            ("fact", &fields.fact),
            ("notes", &fields.notes),
            ("chat", &fields.chat),
            ("sms", &fields.sms),
        ] {
            out.extend(value.as_ref().and_then(|v| parse_at(v, name)));
        }
    }
    if let Ok(card) = yaml::parse::<WithCard>(split.yaml, Path::new(""), split.yaml_line) {
        out.extend(card.card.headline.as_ref().and_then(|h| parse_at(h, "card.headline")));
    }
    out
}

/// `text` with the front-matter values `values` (name, new value) written as YAML double-quoted
/// strings; `None` if one of them has no value to replace in `text`.
pub fn set_fields(text: &str, values: &[(&str, &str)]) -> Option<String> {
    let spans = field_spans(text);
    let mut edits: Vec<(Range<usize>, String)> = values
        .iter()
        .map(|(name, value)| {
            let span = spans.iter().find(|s| s.name == *name)?;
            Some((span.range.clone(), yaml::quote(value)))
        })
        .collect::<Option<_>>()?;
    Some(replace(text, &mut edits))
}

/// A translator's text as it goes into a page: without spaces around it or around its line
/// breaks (Markdown drops them), and without carriage returns.
pub fn normalize(text: &str) -> String {
    let lines: Vec<&str> = text.split('\n').map(|l| l.trim_matches([' ', '\t', '\r'])).collect();
    lines.join("\n").trim_matches(['\n', ' ']).to_string()
}

/// Why a text cannot be written into a block as it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unfit {
    /// A heading, table cell or image description has one line only.
    OneLine,
}

/// The Markdown that writes `text` (normalized) in place of `block` in `body`: a line break is
/// a hard break (`\` at the end of the line), continued under the block's own indentation and
/// `>` marks; a `|` in a table cell is escaped.
pub fn render(body: &str, block: &Block, text: &str) -> Result<String, Unfit> {
    let line_start = body[..block.range.start].rfind('\n').map_or(0, |i| i + 1);
    // `> 1. text` continues as `>    text`: markers become spaces, quote marks stay.
    let prefix: String = body[line_start..block.range.start]
        .chars()
        .map(|c| if c == '>' || c == '\t' { c } else { ' ' })
        .collect();
    let eol = if body.contains("\r\n") { "\r\n" } else { "\n" };
    match block.kind {
        BlockKind::Heading | BlockKind::ImageAlt | BlockKind::TableCell if text.contains('\n') => Err(Unfit::OneLine),
        BlockKind::TableCell => {
            let mut out = String::new();
            let mut escaped = false;
            for c in text.chars() {
                if c == '|' && !escaped {
                    out.push('\\');
                }
                escaped = c == '\\' && !escaped;
                out.push(c);
            }
            Ok(out)
        }
        BlockKind::Html => Ok(text.replace('\n', &format!("{eol}{prefix}"))),
        _ => Ok(text.replace('\n', &format!("\\{eol}{prefix}"))),
    }
}

/// `body` with each block's range replaced by its text.
pub fn apply(body: &str, edits: &[(&Block, String)]) -> String {
    let mut edits: Vec<(Range<usize>, String)> = edits.iter().map(|(b, t)| (b.range.clone(), t.clone())).collect();
    replace(body, &mut edits)
}

/// `text` with byte ranges replaced, last to first so earlier offsets stay valid.
fn replace(text: &str, edits: &mut [(Range<usize>, String)]) -> String {
    edits.sort_by_key(|(range, _)| std::cmp::Reverse(range.start));
    let mut out = text.to_string();
    for (range, new) in edits.iter() {
        out.replace_range(range.clone(), new);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::translatable::{Content, blocks};

    const PAGE: &str = "---\n# a comment\ntitle: \"Título «uno»\"\nsummary: Resumen sin comillas.\nkind: myth\nmyth: 'Un mito'\nfact: >-\n  Un dato\n  largo.\ncard: { headline: \"Gran titular\", formats: [og] }\norder: 2\n---\nTexto.\n";

    #[test]
    fn spans_cover_each_scalar_whatever_its_style() {
        let spans = field_spans(PAGE);
        let texts: Vec<(&str, &str, usize)> = spans.iter().map(|s| (s.name, &PAGE[s.range.clone()], s.line)).collect();
        assert_eq!(
            texts,
            [
                ("title", "\"Título «uno»\"", 3),
                ("summary", "Resumen sin comillas.", 4),
                ("myth", "'Un mito'", 6),
                ("fact", ">-\n  Un dato\n  largo.", 7),
                ("card.headline", "\"Gran titular\"", 10),
            ]
        );
    }

    #[test]
    fn set_fields_rewrites_values_and_nothing_else() {
        let values = [
            ("title", "Title “one”"),
            ("summary", "A \"quoted\" \\ summary: yes"),
            ("myth", "A myth"),
            ("fact", "A fact"),
            ("card.headline", "Big headline"),
        ];
        let out = set_fields(PAGE, &values).unwrap();
        assert_eq!(
            out,
            "---\n# a comment\ntitle: \"Title “one”\"\nsummary: \"A \\\"quoted\\\" \\\\ summary: yes\"\nkind: myth\nmyth: \"A myth\"\nfact: \"A fact\"\ncard: { headline: \"Big headline\", formats: [og] }\norder: 2\n---\nTexto.\n"
        );
        let content = Content::of_text(&out).unwrap();
        let got: Vec<(&str, &str)> = content.fields.iter().map(|(n, v)| (*n, v.as_str())).collect();
        assert_eq!(got, values);
        assert_eq!(set_fields("---\ntitle: a\nsummary: b\n---\n", &[("myth", "x")]), None);
    }

    #[test]
    fn line_breaks_follow_the_block_indentation() {
        let body = "> 1. Uno\n>    sigue.\n\n| a | b |\n|---|---|\n| c | d |\n\n## Título {#t}\n";
        let b = blocks(body);
        let item = b.iter().find(|b| b.id == "li1").unwrap();
        assert_eq!(render(body, item, "One\nnew line").unwrap(), "One\\\n>    new line");
        let cell = b.iter().find(|b| b.id == "t1.r1.c0").unwrap();
        assert_eq!(render(body, cell, "x | y \\| z").unwrap(), "x \\| y \\| z");
        assert_eq!(render(body, cell, "x\ny"), Err(Unfit::OneLine));
        let heading = b.iter().find(|b| b.id == "h1").unwrap();
        let out = apply(
            body,
            &[
                (heading, "Title".into()),
                (item, render(body, item, "One\nnew line").unwrap()),
            ],
        );
        assert_eq!(
            out,
            "> 1. One\\\n>    new line\n\n| a | b |\n|---|---|\n| c | d |\n\n## Title {#t}\n"
        );
        let again = blocks(&out);
        assert_eq!(again.iter().find(|b| b.id == "li1").unwrap().text, "One\nnew line");
    }

    #[test]
    fn a_file_with_windows_line_ends_keeps_them() {
        let body = "- Uno\r\n- Dos\r\n";
        let b = blocks(body);
        let out = apply(body, &[(&b[1], render(body, &b[1], "Two\nlines").unwrap())]);
        assert_eq!(out, "- Uno\r\n- Two\\\r\n  lines\r\n");
        assert_eq!(blocks(&out)[1].text, "Two\nlines");
    }

    #[test]
    fn texts_are_trimmed_around_lines() {
        assert_eq!(normalize("  Hola \r\n  mundo  \n"), "Hola\nmundo");
    }
}
