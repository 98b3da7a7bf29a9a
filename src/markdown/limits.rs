//! Limits on the shape of a page body, so that no page can make a build slow or huge.
//!
//! The parsers are linear, but what follows them is not: html5ever (inside ammonia) looks
//! through the open elements for every tag, so a page nested 100,000 deep (`> > > …`, or raw
//! HTML tags left open) takes time that grows with the square of its length, and typst lays out
//! a paragraph in time that grows faster than its number of pieces (emphasis, links, quotes).
//! Below these limits, which no real page comes near, both stay linear; beyond them the page is
//! refused with the place where it goes too far. `render/linear_tests.rs` holds the renderers
//! to that with random and adversarial bodies.

use std::borrow::Borrow;
use std::ops::Range;

use pulldown_cmark::{Event, Parser, Tag, TagEnd};

use super::options;
use crate::messages::Message;
use crate::msg;

/// Quotes, lists, emphasis and HTML tags inside each other.
pub const MAX_NESTING: usize = 32;
/// Pieces of one paragraph, heading or table cell: emphasis, links, code, quotes, breaks.
pub const MAX_PIECES: usize = 2_000;
/// Lines of a code block (typst sets them as one paragraph).
pub const MAX_CODE_LINES: usize = 2_000;
/// Columns of a table.
pub const MAX_COLUMNS: usize = 32;
/// Cells of a table.
pub const MAX_CELLS: usize = 10_000;
/// Characters between two places where a line may break (Unicode line breaking): a long web
/// address fits; 200,000 `[` in a row, or `[ [ [ …` (no break after `[`, spaces or not), would
/// be laid out as one line that typst cannot break (half a gigabyte to print).
pub const MAX_WORD: usize = 2_000;
/// Characters of one paragraph (about eight printed pages): typst lays a paragraph out whole,
/// at about 2.5 KB of memory a character.
pub const MAX_PARAGRAPH: usize = 20_000;

/// A body that goes beyond a limit: where (a byte offset in the body), what, and how to fix it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Excess {
    pub offset: usize,
    pub message: Message,
    pub hint: Message,
}

/// The first place where `body` goes beyond each limit (at most one report per limit).
pub fn check(body: &str) -> Vec<Excess> {
    check_events(Parser::new_ext(body, options()).into_offset_iter())
}

/// [`check`] on a body's events already read, with their byte ranges: checks that share one
/// reading of a body.
pub fn check_events<'a, E: Borrow<Event<'a>>>(events: impl IntoIterator<Item = (E, Range<usize>)>) -> Vec<Excess> {
    let mut found: Vec<(Limit, Excess)> = Vec::new();
    let mut report = |limit: Limit, offset: usize, message: Message, hint: Message| {
        if !found.iter().any(|(l, _)| *l == limit) {
            found.push((limit, Excess { offset, message, hint }));
        }
    };
    let mut depth = 0usize;
    let mut html = OpenTags::default();
    let mut pieces = 0usize;
    let mut cells = 0usize;
    // The text of the block being read, to find where its lines may break.
    let mut run = Run::default();
    // Inside a block of code: where it starts, and its lines so far.
    let mut code: Option<(usize, usize)> = None;
    for (event, range) in events {
        let event = event.borrow();
        let mut piece = false;
        match event {
            Event::Start(tag) => {
                depth += 1;
                if !is_inline(tag) {
                    run.check(&mut report);
                }
                match tag {
                    Tag::Table(columns) => {
                        cells = 0;
                        if columns.len() > MAX_COLUMNS {
                            report(
                                Limit::Columns,
                                range.start,
                                msg!("limit-columns", count = columns.len(), max = MAX_COLUMNS),
                                msg!("limit-columns-hint"),
                            );
                        }
                    }
                    Tag::CodeBlock(_) => code = Some((range.start, 0)),
                    Tag::TableCell => {
                        cells += 1;
                        if cells == MAX_CELLS + 1 {
                            report(
                                Limit::Cells,
                                range.start,
                                msg!("limit-cells", max = MAX_CELLS),
                                msg!("limit-cells-hint"),
                            );
                        }
                    }
                    _ => {}
                }
                if is_inline(tag) {
                    piece = true;
                } else {
                    pieces = 0;
                }
            }
            Event::End(end) => {
                depth = depth.saturating_sub(1);
                if !is_inline_end(end) {
                    run.check(&mut report);
                }
                code = None;
            }
            Event::Html(text) | Event::InlineHtml(text) => {
                piece = matches!(event, Event::InlineHtml(_));
                if let Some(at) = html.open(text, MAX_NESTING.saturating_sub(depth)) {
                    report(
                        Limit::Nesting,
                        range.start + at,
                        msg!("limit-nesting", max = MAX_NESTING),
                        msg!("limit-nesting-hint"),
                    );
                }
            }
            Event::Code(_)
            | Event::FootnoteReference(_)
            | Event::HardBreak
            | Event::InlineMath(_)
            | Event::DisplayMath(_)
            | Event::TaskListMarker(_) => piece = true,
            Event::Text(text) => match code.as_mut() {
                Some((start, lines)) => {
                    *lines += text.matches('\n').count();
                    if *lines > MAX_CODE_LINES {
                        report(
                            Limit::CodeLines,
                            *start,
                            msg!("limit-code-lines", max = MAX_CODE_LINES),
                            msg!("limit-code-lines-hint"),
                        );
                    }
                }
                None => {
                    // Quotes become typographic quotes, each a piece of its own in print.
                    pieces += text.matches(['"', '\'']).count();
                    // Read whole, with its neighbours: whether a line may break between two
                    // pieces of text depends on both.
                    run.push(text, range.start);
                }
            },
            Event::SoftBreak => run.push(" ", range.start),
            Event::Rule => {}
        }
        if piece {
            pieces += 1;
        }
        if depth + html.depth > MAX_NESTING {
            report(
                Limit::Nesting,
                range.start,
                msg!("limit-nesting", max = MAX_NESTING),
                msg!("limit-nesting-hint"),
            );
        }
        if pieces > MAX_PIECES {
            report(
                Limit::Pieces,
                range.start,
                msg!("limit-pieces", max = MAX_PIECES),
                msg!("limit-pieces-hint"),
            );
        }
    }
    run.check(&mut report);
    found.into_iter().map(|(_, excess)| excess).collect()
}

/// The text of one block, with where each piece of it is in the body.
#[derive(Default)]
struct Run {
    text: String,
    /// (byte in `text`, byte in the body) where each piece starts.
    pieces: Vec<(usize, usize)>,
}

impl Run {
    fn push(&mut self, text: &str, offset: usize) {
        self.pieces.push((self.text.len(), offset));
        self.text.push_str(text);
    }

    /// Reports the first stretch longer than [`MAX_WORD`] characters with no place where a line
    /// may break (Unicode line breaking, as typst breaks lines), at its start; then starts over.
    fn check(&mut self, report: &mut impl FnMut(Limit, usize, Message, Message)) {
        let chars = self.text.chars().count();
        if chars > MAX_PARAGRAPH {
            report(
                Limit::Paragraph,
                self.pieces.first().map_or(0, |(_, offset)| *offset),
                msg!("limit-paragraph", max = MAX_PARAGRAPH),
                msg!("limit-pieces-hint"),
            );
        }
        if chars > MAX_WORD {
            let mut last = 0;
            for at in line_breaks(&self.text).chain([self.text.len()]) {
                if self.text[last..at].chars().count() > MAX_WORD {
                    let piece = self.pieces.partition_point(|(start, _)| *start <= last).max(1) - 1;
                    let (start, offset) = self.pieces[piece];
                    report(
                        Limit::Word,
                        offset + (last - start),
                        msg!("limit-word", max = MAX_WORD),
                        msg!("limit-word-hint"),
                    );
                    break;
                }
                last = at;
            }
        }
        self.text.clear();
        self.pieces.clear();
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Limit {
    Nesting,
    Pieces,
    CodeLines,
    Columns,
    Cells,
    Word,
    Paragraph,
}

/// The places strictly inside `text` where a line may break.
fn line_breaks(text: &str) -> impl Iterator<Item = usize> + '_ {
    use icu_segmenter::LineSegmenter;
    use icu_segmenter::options::LineBreakOptions;
    use std::sync::LazyLock;
    static SEGMENTER: LazyLock<icu_segmenter::LineSegmenterBorrowed<'static>> =
        LazyLock::new(|| LineSegmenter::new_auto(LineBreakOptions::default()));
    SEGMENTER.segment_str(text).filter(move |&at| at > 0 && at < text.len())
}

/// Ends of tags that stay inside a paragraph.
fn is_inline_end(end: &TagEnd) -> bool {
    matches!(
        end,
        TagEnd::Emphasis
            | TagEnd::Strong
            | TagEnd::Strikethrough
            | TagEnd::Superscript
            | TagEnd::Subscript
            | TagEnd::Link
            | TagEnd::Image
    )
}

/// Tags that stay inside a paragraph (everything else starts a new block).
fn is_inline(tag: &Tag) -> bool {
    matches!(
        tag,
        Tag::Emphasis
            | Tag::Strong
            | Tag::Strikethrough
            | Tag::Superscript
            | Tag::Subscript
            | Tag::Link { .. }
            | Tag::Image { .. }
    )
}

/// Raw HTML elements left open, counted as a browser would nest them: elements that close
/// themselves (`<br>`, `<img>`) or that the next one of their kind closes (`<p>`, `<li>`,
/// `<td>`) do not nest.
#[derive(Default)]
struct OpenTags {
    open: std::collections::HashMap<String, usize>,
    depth: usize,
}

const NOT_NESTING: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "p", "li",
    "dt", "dd", "tr", "td", "th", "option", "optgroup", "thead", "tbody", "tfoot", "colgroup", "caption", "rb", "rt",
    "rp", "html", "head", "body",
];

impl OpenTags {
    /// Counts the tags of `html`; returns the offset (in `html`) of the first tag that opens
    /// more than `room` elements.
    fn open(&mut self, html: &str, room: usize) -> Option<usize> {
        let mut beyond = None;
        let bytes = html.as_bytes();
        let mut i = 0;
        while let Some(at) = html[i..].find('<').map(|a| a + i) {
            i = at + 1;
            let closing = bytes.get(i) == Some(&b'/');
            let start = if closing { i + 1 } else { i };
            let len = html[start..]
                .find(|c: char| !c.is_ascii_alphanumeric())
                .unwrap_or(html.len() - start);
            if len == 0 || !bytes[start].is_ascii_alphabetic() {
                continue;
            }
            let name = html[start..start + len].to_ascii_lowercase();
            let self_closing = html[start + len..]
                .split('>')
                .next()
                .is_some_and(|rest| rest.trim_end().ends_with('/'));
            if NOT_NESTING.contains(&name.as_str()) || (self_closing && !closing) {
                continue;
            }
            let count = self.open.entry(name).or_default();
            if closing {
                if *count > 0 {
                    *count -= 1;
                    self.depth -= 1;
                }
            } else {
                *count += 1;
                self.depth += 1;
                if self.depth > room && beyond.is_none() {
                    beyond = Some(at);
                }
            }
        }
        beyond
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn messages(body: &str) -> Vec<String> {
        check(body).into_iter().map(|e| e.message.english()).collect()
    }

    #[test]
    fn a_paragraph_of_many_pages_is_refused_at_its_start() {
        let body = format!("Hola.\n\n{}\n", "palabra ".repeat(MAX_PARAGRAPH / 8 + 1));
        let found = check(&body);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].offset, "Hola.\n\n".len());
        assert!(check(&"palabra ".repeat(MAX_PARAGRAPH / 8 - 1)).is_empty());
        assert!(check(&"Un párrafo.\n\n".repeat(MAX_PARAGRAPH)).is_empty());
    }

    #[test]
    fn text_with_no_line_break_longer_than_a_web_address_is_refused_at_its_start() {
        let body = format!("Hola.\n\nMira {}\n", "[".repeat(MAX_WORD + 1));
        let found = check(&body);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].offset, "Hola.\n\nMira ".len());
        assert!(found[0].message.english().contains("2000 characters"));
        // No line may break after `[`, spaces or not.
        let found = check(&format!("Mira {}\n", "[ ".repeat(MAX_WORD)));
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].offset, "Mira ".len());
        let url = format!("<https://example.org/{}>", "a".repeat(1500));
        assert!(check(&url).is_empty());
        assert!(check(&"palabra ".repeat(MAX_WORD)).is_empty());
    }

    #[test]
    fn ordinary_pages_are_within_every_limit() {
        let page = "# Título\n\n> Una cita con **negrita** y [un enlace](otra.md).\n\n\
                    - uno\n  - dos\n    - tres\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n\
                    <div><p>HTML <b>propio</b><br><img src=\"x.png\" alt=\"\"></div>\n\nTexto[^n] \"citado\".\n\n[^n]: Nota.\n";
        assert!(check(page).is_empty(), "{:?}", check(page));
        // Just inside the limits.
        assert!(check(&format!("{}x\n", "> ".repeat(MAX_NESTING - 1))).is_empty());
        assert!(check(&"`a` ".repeat(MAX_PIECES)).is_empty());
    }

    #[test]
    fn deep_nesting_is_placed_where_it_goes_too_far() {
        let body = format!("Hola\n\n{}x\n", "> ".repeat(100));
        let found = check(&body);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].message.english().contains("nested more than 32"));
        // The 33rd quote marker, on the third line.
        assert_eq!(found[0].offset, "Hola\n\n".len() + 2 * MAX_NESTING);
        for body in [
            format!("{}a", "- ".repeat(40)),
            format!("x {}", "<span>".repeat(40)),
            format!("{}\n", "<div>".repeat(40)),
            format!("x {}", "<em></b>".repeat(40)),
            format!("{}b{}", "*a **a ".repeat(20), " a** a*".repeat(20)),
        ] {
            assert_eq!(messages(&body).len(), 1, "{body}");
        }
        // Elements that do not nest in a browser are not counted.
        assert!(check(&"<p>a".repeat(100)).is_empty());
        assert!(check(&"<br><img src=x alt=\"\"><hr/>".repeat(100)).is_empty());
        assert!(check(&"<b>x</b>".repeat(100)).is_empty());
    }

    #[test]
    fn long_paragraphs_of_formatting_and_wide_tables() {
        let found = messages(&"*a* ".repeat(MAX_PIECES + 1));
        assert!(found[0].contains("more than 2000 pieces"), "{found:?}");
        assert!(!messages(&"\"a\" ".repeat(MAX_PIECES)).is_empty());
        // The count starts again in each paragraph.
        let paragraph = "*a* ".repeat(MAX_PIECES * 3 / 4);
        assert!(check(&format!("{paragraph}\n\n{paragraph}")).is_empty());
        let wide = format!("{}|\n{}|\n", "| a ".repeat(40), "|---".repeat(40));
        assert!(messages(&wide)[0].contains("40 columns"));
        let long = format!("| a | b |\n|---|---|\n{}", "| 1 | 2 |\n".repeat(MAX_CELLS / 2 + 1));
        assert!(messages(&long)[0].contains("more than 10000 cells"));
        // A fence that is never closed makes the rest of the page one block of code.
        let unclosed = format!("~~~\n{}", "x\n".repeat(MAX_CODE_LINES + 1));
        assert!(messages(&unclosed)[0].contains("more than 2000 lines"));
        assert!(check(&format!("~~~\n{}~~~\n", "x\n".repeat(MAX_CODE_LINES))).is_empty());
    }
}
