//! Markdown → Typst markup, from pulldown-cmark events.
//!
//! Author text never becomes Typst code: each run of text is one escaped string literal
//! (`#"…";`), which typst shows as it is, so no text can open code (`#`), math (`$`), raw,
//! labels, references, comments, list or heading markers, or close the surrounding `[…]`. Only
//! the quotes stay outside, as markup, so typst makes them typographic quotes for the language.
//! One literal per run, rather than a backslash before each punctuation mark, also keeps typst
//! fast: its layout of a paragraph slows down with the square of its number of pieces. Structure
//! is emitted as function calls (`#heading(level: 2)[…]`, `#list(…)`), and strings (URLs, code)
//! as escaped string literals. Nesting deeper than [`MAX_DEPTH`] is flattened; bodies larger
//! than [`MAX_BYTES`] are refused.

use std::collections::HashMap;

use pulldown_cmark::{Alignment, CodeBlockKind, Event, Parser, Tag, TagEnd};

use crate::markdown;

/// Containers (lists, quotes) nested deeper than this are flattened into their parent.
pub const MAX_DEPTH: usize = 8;
/// Larger bodies are refused: a handout is a few pages, not a book.
pub const MAX_BYTES: usize = 256 * 1024;

/// What a link or image destination becomes in print.
pub enum Resolved {
    /// A web address to link to (pages become their absolute URL).
    Url(String),
    /// A virtual file for `image(…)` (`/assets/photo.jpg`).
    Image(String),
    /// Show only the text.
    Text,
}

#[derive(Debug, PartialEq, Eq)]
pub struct Converted {
    pub markup: String,
    /// The text as a reader sees it, for the glyph-coverage check.
    pub plain: String,
}

#[derive(Debug, PartialEq, Eq, thiserror::Error)]
pub enum ConvertError {
    #[error("the page is too long for a handout ({0} KiB; at most 256 KiB)")]
    TooLarge(usize),
}

/// Author text as Typst markup: string literals, with the quotes between them as markup.
/// Line breaks and tabs are spaces, and runs of spaces one space, as in markup.
pub fn escape_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let mut run = String::new();
    push_text(&mut out, &mut run, text);
    flush(&mut out, &mut run);
    out
}

/// Adds `text` to the pending `run`; a quote ends the run and is written to `out` as markup.
fn push_text(out: &mut String, run: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '"' | '\'' => {
                flush(out, run);
                out.push(c);
            }
            c if c.is_whitespace() => {
                if !run.ends_with(' ') {
                    run.push(' ');
                }
            }
            c if c.is_control() => {}
            c => run.push(c),
        }
    }
}

/// Writes the pending run as one string literal (`;` ends the expression, so nothing after it
/// can continue it).
fn flush(out: &mut String, run: &mut String) {
    if !run.is_empty() {
        out.push('#');
        out.push_str(&string_literal(run));
        out.push(';');
        run.clear();
    }
}

/// A Typst string literal: `"…"` with `\`, `"` and control characters escaped.
pub fn string_literal(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Converts a page body. `resolve` decides what links and images become; headings move down
/// so they start at level 2 (the page title is level 1). `name` tells this body's footnotes
/// from those of other pages of the same booklet (letters, digits, `-`, `_`, `.` only).
pub fn convert(body: &str, name: &str, resolve: &dyn Fn(&str, bool) -> Resolved) -> Result<Converted, ConvertError> {
    if body.len() > MAX_BYTES {
        return Err(ConvertError::TooLarge(body.len() / 1024));
    }
    let events: Vec<Event> = Parser::new_ext(body, markdown::options()).collect();
    // Footnote definitions are placed where they are referenced.
    let mut notes: HashMap<String, String> = HashMap::new();
    let no_notes = HashMap::new();
    let mut i = 0;
    while i < events.len() {
        if let Event::Start(Tag::FootnoteDefinition(name)) = &events[i] {
            let end = matching_end(&events, i);
            let mut writer = Writer::new(resolve, &no_notes, name);
            writer.run(&events[i + 1..end]);
            notes.insert(name.to_string(), writer.out.trim().to_string());
            i = end;
        }
        i += 1;
    }
    let mut writer = Writer::new(resolve, &notes, name);
    writer.run(&events);
    Ok(Converted {
        markup: writer.out,
        plain: writer.plain,
    })
}

fn matching_end(events: &[Event], start: usize) -> usize {
    let mut depth = 0;
    for (i, e) in events.iter().enumerate().skip(start) {
        match e {
            Event::Start(_) => depth += 1,
            Event::End(_) => {
                depth -= 1;
                if depth == 0 {
                    return i;
                }
            }
            _ => {}
        }
    }
    events.len()
}

struct Writer<'a> {
    resolve: &'a dyn Fn(&str, bool) -> Resolved,
    notes: &'a HashMap<String, String>,
    /// Footnotes written so far, by name → their number: a second reference to a note points
    /// to it (`#footnote(<label>)`) instead of repeating its text.
    written_notes: HashMap<String, usize>,
    name: &'a str,
    out: String,
    /// Text not yet written: consecutive text is one string literal.
    run: String,
    plain: String,
    /// Open containers; `true` where the container was written (not flattened).
    containers: Vec<bool>,
    heading_shift: usize,
    /// Inside an image: its destination, and its alt text, collected rather than written.
    image: Option<(String, String)>,
    /// Inside a code block: its language and text, written as one string literal at the end.
    code_block: Option<(String, String)>,
}

impl<'a> Writer<'a> {
    fn new(resolve: &'a dyn Fn(&str, bool) -> Resolved, notes: &'a HashMap<String, String>, name: &'a str) -> Self {
        Writer {
            resolve,
            notes,
            written_notes: HashMap::new(),
            name,
            out: String::new(),
            run: String::new(),
            plain: String::new(),
            containers: Vec::new(),
            heading_shift: 0,
            image: None,
            code_block: None,
        }
    }

    fn run(&mut self, events: &[Event]) {
        self.heading_shift = markdown::heading_shift(events.iter());
        let mut skip_until: Option<usize> = None;
        for (i, event) in events.iter().enumerate() {
            if let Some(end) = skip_until {
                if i <= end {
                    continue;
                }
                skip_until = None;
            }
            if let Event::Start(Tag::FootnoteDefinition(_)) = event {
                skip_until = Some(matching_end(events, i));
                continue;
            }
            self.event(event);
        }
        flush(&mut self.out, &mut self.run);
    }

    fn text(&mut self, text: &str) {
        if let Some((_, alt)) = &mut self.image {
            alt.push_str(text);
            return;
        }
        if let Some((_, code)) = &mut self.code_block {
            code.push_str(text);
            self.plain.push_str(text);
            return;
        }
        push_text(&mut self.out, &mut self.run, text);
        self.plain.push_str(text);
        self.plain.push(' ');
    }

    /// Opens a container; beyond the depth cap its content joins the parent instead.
    fn open(&mut self, call: &str) {
        let written = self.containers.iter().filter(|w| **w).count() < MAX_DEPTH;
        if written {
            self.out.push_str(call);
        } else {
            self.out.push_str("\n\n");
        }
        self.containers.push(written);
    }

    fn close(&mut self, end: &str) {
        if self.containers.pop().unwrap_or(false) {
            self.out.push_str(end);
        } else {
            self.out.push_str("\n\n");
        }
    }

    fn written(&self) -> bool {
        self.containers.last().copied().unwrap_or(true)
    }

    fn event(&mut self, event: &Event) {
        if !matches!(event, Event::Text(_) | Event::SoftBreak) {
            flush(&mut self.out, &mut self.run);
        }
        match event {
            Event::Text(t) => self.text(t),
            Event::Code(code) => {
                if let Some((_, alt)) = &mut self.image {
                    alt.push_str(code);
                    return;
                }
                self.out.push_str(&format!("#raw({})", string_literal(code)));
                self.plain.push_str(code);
                self.plain.push(' ');
            }
            Event::SoftBreak => self.text(" "),
            Event::HardBreak => self.out.push_str("#linebreak()"),
            Event::Rule => self.out.push_str("\n\n#line(length: 100%, stroke: 0.5pt)\n\n"),
            // Raw HTML is never interpreted; in print it is left out.
            Event::Html(_) | Event::InlineHtml(_) => {}
            Event::FootnoteReference(name) => match self.notes.get(name.as_ref()) {
                Some(note) => match self.written_notes.get(name.as_ref()) {
                    Some(n) => self.out.push_str(&format!("#footnote(<altavoz-{}-{n}>)", self.name)),
                    None => {
                        let n = self.written_notes.len() + 1;
                        self.written_notes.insert(name.to_string(), n);
                        self.out
                            .push_str(&format!("#footnote[{note}]<altavoz-{}-{n}>", self.name));
                    }
                },
                None => self.text(&format!("[{name}]")),
            },
            Event::TaskListMarker(done) => self.out.push_str(if *done { "☒ " } else { "☐ " }),
            Event::InlineMath(t) | Event::DisplayMath(t) => self.text(t),
            Event::Start(tag) => self.start(tag),
            Event::End(tag) => self.end(*tag),
        }
    }

    fn start(&mut self, tag: &Tag) {
        match tag {
            Tag::Paragraph => {}
            Tag::Heading { level, .. } => {
                let level = markdown::shifted(*level, self.heading_shift) as usize;
                self.out.push_str(&format!("\n\n#heading(level: {level})["));
            }
            Tag::BlockQuote(_) => self.open("\n\n#quote(block: true)["),
            Tag::CodeBlock(kind) => {
                let lang = match kind {
                    CodeBlockKind::Fenced(info) => info.split_whitespace().next().unwrap_or("").to_string(),
                    CodeBlockKind::Indented => String::new(),
                };
                self.code_block = Some((lang, String::new()));
            }
            Tag::List(start) => match start {
                Some(n) => self.open(&format!("\n\n#enum(start: {n}, ")),
                None => self.open("\n\n#list("),
            },
            Tag::Item => {
                if self.written() {
                    self.out.push('[');
                }
            }
            Tag::Emphasis => self.out.push_str("#emph["),
            Tag::Strong => self.out.push_str("#strong["),
            Tag::Strikethrough => self.out.push_str("#strike["),
            Tag::Link {
                link_type, dest_url, ..
            } => match (self.resolve)(&markdown::link_destination(*link_type, dest_url.clone()), false) {
                // An empty address is no link (typst refuses one).
                Resolved::Url(url) if !url.trim().is_empty() => {
                    self.out.push_str(&format!("#link({})[", string_literal(url.trim())));
                }
                _ => self.out.push_str("#["),
            },
            Tag::Image { dest_url, .. } => self.image = Some((dest_url.to_string(), String::new())),
            Tag::Table(alignments) => {
                let align: Vec<&str> = alignments
                    .iter()
                    .map(|a| match a {
                        Alignment::Center => "center",
                        Alignment::Right => "end",
                        _ => "start",
                    })
                    .collect();
                self.out.push_str(&format!(
                    "\n\n#table(columns: {}, align: ({},), ",
                    alignments.len().max(1),
                    align.join(", ")
                ));
            }
            Tag::TableHead => self.out.push_str("table.header("),
            Tag::TableRow => {}
            Tag::TableCell => self.out.push('['),
            Tag::FootnoteDefinition(_) | Tag::HtmlBlock | Tag::MetadataBlock(_) => {}
            Tag::DefinitionList | Tag::DefinitionListTitle | Tag::DefinitionListDefinition => {}
            Tag::Superscript => self.out.push_str("#super["),
            Tag::Subscript => self.out.push_str("#sub["),
        }
    }

    fn end(&mut self, tag: TagEnd) {
        match tag {
            TagEnd::Paragraph => self.out.push_str("\n\n"),
            TagEnd::Heading(_) => self.out.push_str("]\n\n"),
            TagEnd::BlockQuote(_) => self.close("]\n\n"),
            TagEnd::CodeBlock => {
                let (lang, code) = self.code_block.take().unwrap_or_default();
                // Only a plain language name is passed on; anything else is dropped.
                let lang =
                    if !lang.is_empty() && lang.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '+') {
                        format!("lang: {}, ", string_literal(&lang))
                    } else {
                        String::new()
                    };
                self.out
                    .push_str(&format!("\n\n#raw(block: true, {lang}{})\n\n", string_literal(&code)));
            }
            TagEnd::List(_) => self.close(")\n\n"),
            TagEnd::Item => {
                if self.written() {
                    self.out.push_str("], ");
                } else {
                    self.out.push_str("\n\n");
                }
            }
            TagEnd::Emphasis | TagEnd::Strong | TagEnd::Strikethrough | TagEnd::Link => self.out.push(']'),
            TagEnd::Superscript | TagEnd::Subscript => self.out.push(']'),
            TagEnd::Image => {
                let (dest, alt) = self.image.take().unwrap_or_default();
                match (self.resolve)(&dest, true) {
                    Resolved::Image(path) => self.out.push_str(&format!(
                        "\n\n#image({}, alt: {}, width: 100%)\n\n",
                        string_literal(&path),
                        string_literal(&alt)
                    )),
                    _ => self.text(&alt),
                }
            }
            TagEnd::Table => self.out.push_str(")\n\n"),
            TagEnd::TableHead => self.out.push_str("), "),
            TagEnd::TableRow => {}
            TagEnd::TableCell => self.out.push_str("], "),
            _ => {}
        }
    }
}
