//! A page body cut into the blocks a translator translates one at a time: headings,
//! paragraphs, list items, table cells, image descriptions, footnotes, HTML blocks (and code
//! blocks, which are not translated but are part of the source). Each block is a byte range of
//! the Markdown with its text as written (inline markup kept), line breaks inside a paragraph
//! folded to spaces, so re-wrapping a paragraph changes nothing.
//!
//! Blocks are named by kind and position (`p3`, `li2.1`, `t1.r0.c2`, `fn-note`): the names
//! appear in reports ("paragraph 3 changed") and in PO files (`msgctxt`).

use std::ops::Range;

use pulldown_cmark::{Event, Parser, Tag, TagEnd};

use crate::markdown::options;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum BlockKind {
    Heading,
    Paragraph,
    ListItem,
    TableCell,
    ImageAlt,
    Footnote,
    Html,
    /// Code is copied, never translated; it is part of the source all the same.
    Code,
}

impl BlockKind {
    /// The kind of the block with the id `id` (`p3`, `li2.1`, `t1.r0.c2`), as the ids are made
    /// here; `None` for a front-matter field (`title`).
    pub fn of_id(id: &str) -> Option<BlockKind> {
        let digit_after = |prefix: &str| {
            id.strip_prefix(prefix)
                .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()))
        };
        Some(if id.starts_with("fn-") {
            BlockKind::Footnote
        } else if digit_after("img") {
            BlockKind::ImageAlt
        } else if digit_after("html") {
            BlockKind::Html
        } else if digit_after("code") {
            BlockKind::Code
        } else if digit_after("li") {
            if id.contains(".p") {
                BlockKind::Paragraph
            } else {
                BlockKind::ListItem
            }
        } else if digit_after("t") {
            BlockKind::TableCell
        } else if digit_after("h") {
            BlockKind::Heading
        } else if digit_after("p") {
            BlockKind::Paragraph
        } else {
            return None;
        })
    }

    /// The kind in words, for reports.
    pub fn name(self) -> &'static str {
        match self {
            BlockKind::Heading => "heading",
            BlockKind::Paragraph => "paragraph",
            BlockKind::ListItem => "list item",
            BlockKind::TableCell => "table cell",
            BlockKind::ImageAlt => "image description",
            BlockKind::Footnote => "footnote",
            BlockKind::Html => "HTML block",
            BlockKind::Code => "code block",
        }
    }

    /// The kind as the JSON status writes it (`list_item`), the key of the catalogs' words.
    pub fn key(self) -> &'static str {
        match self {
            BlockKind::Heading => "heading",
            BlockKind::Paragraph => "paragraph",
            BlockKind::ListItem => "list_item",
            BlockKind::TableCell => "table_cell",
            BlockKind::ImageAlt => "image_alt",
            BlockKind::Footnote => "footnote",
            BlockKind::Html => "html",
            BlockKind::Code => "code",
        }
    }

    pub fn translated(self) -> bool {
        self != BlockKind::Code
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    /// `h1`, `p3`, `li2`, `li2.1`, `li2.p2`, `t1.r0.c2`, `img1`, `fn-note`, `html1`, `code1`.
    pub id: String,
    pub kind: BlockKind,
    /// Bytes of the body the block's text comes from (and that a translation replaces).
    pub range: Range<usize>,
    /// The text as written, soft line breaks (and the indentation after them) folded to one
    /// space, hard line breaks to `\n`.
    pub text: String,
}

/// Where an inline run is, while it is being read.
struct Run {
    id: String,
    kind: BlockKind,
    start: Option<usize>,
    end: usize,
    /// (break start, break end, is hard) of each line break in the run.
    breaks: Vec<(usize, usize, bool)>,
    /// Images of the run, by their alt ranges; a run of images only is image descriptions.
    images: Vec<Range<usize>>,
    other: bool,
}

/// An open container that numbers what it holds.
enum Open {
    /// A list item: its id and how many of its own paragraphs and sub-items were seen.
    Item {
        id: String,
        paragraphs: usize,
        items: usize,
    },
    Footnote {
        label: String,
        paragraphs: usize,
    },
    List,
    Quote,
    Table {
        n: usize,
        row: usize,
        cell: usize,
    },
}

#[derive(Default)]
struct Counters {
    heading: usize,
    paragraph: usize,
    item: usize,
    table: usize,
    image: usize,
    html: usize,
    code: usize,
}

/// The blocks of `body`, in document order.
pub fn blocks(body: &str) -> Vec<Block> {
    let events: Vec<(Event, Range<usize>)> = Parser::new_ext(body, options()).into_offset_iter().collect();
    let mut out = Vec::new();
    let mut stack: Vec<Open> = Vec::new();
    let mut count = Counters::default();
    let mut run: Option<Run> = None;
    let mut html: Option<Range<usize>> = None;
    let mut in_code = false;
    let finish = |run: &mut Option<Run>, out: &mut Vec<Block>, count: &mut Counters| {
        if let Some(done) = run.take() {
            close_run(body, done, out, count);
        }
    };
    for (i, (event, range)) in events.iter().enumerate() {
        match event {
            Event::Start(Tag::Heading { .. }) => {
                finish(&mut run, &mut out, &mut count);
                count.heading += 1;
                run = Some(Run::new(format!("h{}", count.heading), BlockKind::Heading));
            }
            Event::Start(Tag::Paragraph) => {
                finish(&mut run, &mut out, &mut count);
                let (id, kind) = paragraph_id(&mut stack, &mut count);
                run = Some(Run::new(id, kind));
            }
            Event::Start(Tag::Item) => {
                finish(&mut run, &mut out, &mut count);
                let id = match stack.iter_mut().rev().find(|o| matches!(o, Open::Item { .. })) {
                    Some(Open::Item { id, items, .. }) => {
                        *items += 1;
                        format!("{id}.{items}")
                    }
                    _ => {
                        count.item += 1;
                        format!("li{}", count.item)
                    }
                };
                stack.push(Open::Item {
                    id,
                    paragraphs: 0,
                    items: 0,
                });
            }
            Event::Start(Tag::List(_)) => {
                finish(&mut run, &mut out, &mut count);
                stack.push(Open::List);
            }
            Event::Start(Tag::BlockQuote(_)) => {
                finish(&mut run, &mut out, &mut count);
                stack.push(Open::Quote);
            }
            Event::Start(Tag::FootnoteDefinition(label)) => {
                finish(&mut run, &mut out, &mut count);
                stack.push(Open::Footnote {
                    label: crate::markdown::footnote_id(label),
                    paragraphs: 0,
                });
            }
            Event::Start(Tag::Table(_)) => {
                finish(&mut run, &mut out, &mut count);
                count.table += 1;
                // The head is row 0; body rows count from 1.
                stack.push(Open::Table {
                    n: count.table,
                    row: 0,
                    cell: 0,
                });
            }
            Event::Start(Tag::TableRow) => {
                if let Some(Open::Table { row, cell, .. }) = stack.last_mut() {
                    *row += 1;
                    *cell = 0;
                }
            }
            Event::Start(Tag::TableCell) => {
                if let Some(Open::Table { n, row, cell, .. }) = stack.last_mut() {
                    run = Some(Run::new(format!("t{n}.r{row}.c{cell}"), BlockKind::TableCell));
                    *cell += 1;
                }
            }
            Event::End(TagEnd::TableCell | TagEnd::Paragraph | TagEnd::Heading(_)) => {
                finish(&mut run, &mut out, &mut count);
            }
            Event::End(
                TagEnd::Item | TagEnd::List(_) | TagEnd::BlockQuote(_) | TagEnd::FootnoteDefinition | TagEnd::Table,
            ) => {
                finish(&mut run, &mut out, &mut count);
                stack.pop();
            }
            Event::End(TagEnd::CodeBlock) => in_code = false,
            Event::Start(Tag::CodeBlock(_)) => {
                finish(&mut run, &mut out, &mut count);
                in_code = true;
                count.code += 1;
                let text = body[range.clone()].trim_end().to_string();
                out.push(Block {
                    id: format!("code{}", count.code),
                    kind: BlockKind::Code,
                    range: range.clone(),
                    text,
                });
            }
            Event::Start(Tag::HtmlBlock) => {
                finish(&mut run, &mut out, &mut count);
                html = Some(range.clone());
            }
            Event::End(TagEnd::HtmlBlock) => {
                if let Some(range) = html.take() {
                    let text = body[range.clone()].trim();
                    if has_text_outside_tags(text) {
                        count.html += 1;
                        let start = range.start + (body[range.clone()].len() - body[range.clone()].trim_start().len());
                        out.push(Block {
                            id: format!("html{}", count.html),
                            kind: BlockKind::Html,
                            range: start..start + text.len(),
                            text: text.to_string(),
                        });
                    }
                }
            }
            Event::Start(Tag::Image { .. }) => {
                let run = run.get_or_insert_with(|| loose_run(&mut stack, &mut count));
                run.touch(range);
                let alt = alt_range(&events, i);
                run.images.push(alt);
            }
            Event::End(TagEnd::Image) => {
                if let Some(run) = &mut run {
                    run.touch(range);
                }
            }
            Event::SoftBreak | Event::HardBreak => {
                if let Some(run) = &mut run {
                    run.breaks
                        .push((range.start, range.end, matches!(event, Event::HardBreak)));
                    run.end = run.end.max(range.end);
                }
            }
            Event::Text(_)
            | Event::Code(_)
            | Event::InlineHtml(_)
            | Event::FootnoteReference(_)
            | Event::InlineMath(_)
            | Event::DisplayMath(_)
            | Event::TaskListMarker(_)
            | Event::Start(
                Tag::Emphasis | Tag::Strong | Tag::Strikethrough | Tag::Link { .. } | Tag::Superscript | Tag::Subscript,
            )
            | Event::End(
                TagEnd::Emphasis
                | TagEnd::Strong
                | TagEnd::Strikethrough
                | TagEnd::Link
                | TagEnd::Superscript
                | TagEnd::Subscript,
            ) => {
                if html.is_some() || in_code {
                    continue;
                }
                let inside_image = run
                    .as_ref()
                    .is_some_and(|r| r.images.last().is_some_and(|a| a.contains(&range.start)));
                let run = run.get_or_insert_with(|| loose_run(&mut stack, &mut count));
                run.touch(range);
                if !inside_image && !matches!(event, Event::Text(t) if t.trim().is_empty()) {
                    run.other = true;
                }
            }
            _ => {}
        }
    }
    finish(&mut run, &mut out, &mut count);
    out
}

impl Run {
    fn new(id: String, kind: BlockKind) -> Run {
        Run {
            id,
            kind,
            start: None,
            end: 0,
            breaks: Vec::new(),
            images: Vec::new(),
            other: false,
        }
    }

    fn touch(&mut self, range: &Range<usize>) {
        self.start = Some(self.start.map_or(range.start, |s| s.min(range.start)));
        self.end = self.end.max(range.end);
    }
}

/// A run of text outside a paragraph: straight inside a list item (a tight list has none).
fn loose_run(stack: &mut [Open], count: &mut Counters) -> Run {
    let (id, kind) = paragraph_id(stack, count);
    Run::new(id, kind)
}

/// The id of a new paragraph, from where it stands.
fn paragraph_id(stack: &mut [Open], count: &mut Counters) -> (String, BlockKind) {
    for open in stack.iter_mut().rev() {
        match open {
            Open::Item { id, paragraphs, .. } => {
                *paragraphs += 1;
                return if *paragraphs == 1 {
                    (id.clone(), BlockKind::ListItem)
                } else {
                    (format!("{id}.p{paragraphs}"), BlockKind::ListItem)
                };
            }
            Open::Footnote { label, paragraphs } => {
                *paragraphs += 1;
                return if *paragraphs == 1 {
                    (format!("fn-{label}"), BlockKind::Footnote)
                } else {
                    (format!("fn-{label}.p{paragraphs}"), BlockKind::Footnote)
                };
            }
            Open::Quote | Open::List | Open::Table { .. } => {}
        }
    }
    count.paragraph += 1;
    (format!("p{}", count.paragraph), BlockKind::Paragraph)
}

/// The bytes of an image's description: from its first inner event to its end.
fn alt_range(events: &[(Event, Range<usize>)], start: usize) -> Range<usize> {
    let mut inner = None::<Range<usize>>;
    for (event, range) in &events[start + 1..] {
        match event {
            Event::End(TagEnd::Image) => break,
            _ => {
                inner = Some(match inner {
                    Some(r) => r.start.min(range.start)..r.end.max(range.end),
                    None => range.clone(),
                });
            }
        }
    }
    inner.unwrap_or(events[start].1.start..events[start].1.start)
}

fn close_run(body: &str, run: Run, out: &mut Vec<Block>, count: &mut Counters) {
    let Some(start) = run.start else { return };
    // A paragraph of images only: each image's description is a block of its own, and the
    // paragraph does not count as one.
    if !run.other && !run.images.is_empty() && run.kind == BlockKind::Paragraph {
        count.paragraph -= 1;
        for alt in &run.images {
            let text = fold(body, alt.clone(), &[]);
            if !text.is_empty() {
                count.image += 1;
                out.push(Block {
                    id: format!("img{}", count.image),
                    kind: BlockKind::ImageAlt,
                    range: alt.clone(),
                    text,
                });
            }
        }
        return;
    }
    let text = fold(body, start..run.end, &run.breaks);
    if text.is_empty() {
        return;
    }
    out.push(Block {
        id: run.id,
        kind: run.kind,
        range: start..run.end,
        text,
    });
}

/// The text of `range` with each line break (and the spaces before it, and the indentation or
/// `> ` after it) folded to one space, or to `\n` for a hard break.
fn fold(body: &str, range: Range<usize>, breaks: &[(usize, usize, bool)]) -> String {
    let mut text = String::new();
    let mut at = range.start;
    for (start, end, hard) in breaks.iter().filter(|(s, _, _)| range.contains(s)) {
        let before = body[at..*start].trim_end_matches([' ', '\t']);
        text.push_str(before);
        text.push(if *hard { '\n' } else { ' ' });
        // The next line's container prefix: `>`, spaces and tabs.
        let rest = &body[*end..range.end];
        let prefix = rest.len() - rest.trim_start_matches([' ', '\t', '>']).len();
        at = end + prefix;
    }
    text.push_str(&body[at..range.end]);
    text.trim().to_string()
}

/// Whether an HTML block holds words a reader sees (not only tags or a comment).
fn has_text_outside_tags(html: &str) -> bool {
    let mut depth = 0;
    let mut in_comment = false;
    let chars: Vec<char> = html.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        if in_comment {
            if chars[i..].starts_with(&['-', '-', '>']) {
                in_comment = false;
                i += 3;
                continue;
            }
        } else if chars[i..].starts_with(&['<', '!', '-', '-']) {
            in_comment = true;
        } else if chars[i] == '<' {
            depth += 1;
        } else if chars[i] == '>' && depth > 0 {
            depth -= 1;
        } else if depth == 0 && !chars[i].is_whitespace() {
            return true;
        }
        i += 1;
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    fn summary(body: &str) -> Vec<(String, BlockKind, String)> {
        blocks(body).into_iter().map(|b| (b.id, b.kind, b.text)).collect()
    }

    fn ids(body: &str) -> Vec<String> {
        blocks(body).into_iter().map(|b| b.id).collect()
    }

    #[test]
    fn paragraphs_fold_line_breaks_and_keep_inline_markup() {
        let got = summary("# Título {#t}\n\nUna *línea*\ny [otra](b.md).\n\nFin  \ncon salto.\n");
        assert_eq!(
            got,
            vec![
                ("h1".into(), BlockKind::Heading, "Título".into()),
                ("p1".into(), BlockKind::Paragraph, "Una *línea* y [otra](b.md).".into()),
                ("p2".into(), BlockKind::Paragraph, "Fin\ncon salto.".into()),
            ]
        );
    }

    #[test]
    fn quotes_and_lists_fold_their_prefixes() {
        let got = summary("> Uno\n> dos.\n\n- A\n  sigue\n- B\n  - B1\n  - B2\n\n1. C\n\n   C segundo\n");
        assert_eq!(
            got,
            vec![
                ("p1".into(), BlockKind::Paragraph, "Uno dos.".into()),
                ("li1".into(), BlockKind::ListItem, "A sigue".into()),
                ("li2".into(), BlockKind::ListItem, "B".into()),
                ("li2.1".into(), BlockKind::ListItem, "B1".into()),
                ("li2.2".into(), BlockKind::ListItem, "B2".into()),
                ("li3".into(), BlockKind::ListItem, "C".into()),
                ("li3.p2".into(), BlockKind::ListItem, "C segundo".into()),
            ]
        );
    }

    #[test]
    fn tables_images_footnotes_html_and_code() {
        let body = "| A | B \\| b |\n|---|---|\n| 1 | 2 |\n\n![Un mapa](../assets/m.png)\n\nTexto ![x](y.png) aquí.[^n]\n\n[^n]: Nota.\n\n<div>\nHola\n</div>\n\n<!-- nada -->\n\n```\ncódigo\n```\n";
        assert_eq!(
            ids(body),
            [
                "t1.r0.c0", "t1.r0.c1", "t1.r1.c0", "t1.r1.c1", "img1", "p1", "fn-n", "html1", "code1"
            ]
        );
        let b = blocks(body);
        assert_eq!(b[1].text, "B \\| b");
        assert_eq!(b[4].text, "Un mapa");
        assert_eq!(b[5].text, "Texto ![x](y.png) aquí.[^n]");
        assert_eq!(b[7].text, "<div>\nHola\n</div>");
        assert_eq!(b[8].kind, BlockKind::Code);
    }

    #[test]
    fn ranges_hold_the_text_as_written() {
        let body = "Para\nuno.\n\n- item\n";
        for block in blocks(body) {
            assert_eq!(
                fold(body, block.range.clone(), &[]).replace('\n', " "),
                block.text,
                "{block:?}"
            );
        }
    }

    #[test]
    fn rewrapping_a_paragraph_changes_no_block() {
        assert_eq!(
            summary("Una frase larga\nque sigue aquí.\n"),
            summary("Una frase\nlarga que sigue\naquí.\n")
        );
    }
}
