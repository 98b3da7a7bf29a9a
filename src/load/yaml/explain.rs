//! The YAML mistakes people make most, found in the text and explained where they are.
//!
//! A YAML parser reports where it got lost, which is often a line after the mistake, in its own
//! words ("invalid trailing content after double-quoted scalar"). When it gives up, we look at
//! the lines up to that place for a mistake we know: a tab used to indent, a quote that is
//! never closed, a colour whose `#` starts a comment, a `:` with no space after it, a list item
//! without `- `, text with `: ` in it. The parser's words follow as a note, never alone.

use crate::messages::Message;
use crate::msg;

/// A mistake found at a 1-based line and column of the YAML text.
pub struct Found {
    pub line: usize,
    pub col: usize,
    pub message: Message,
    pub hint: Message,
    /// Whether the parser's own words say more: not for a tab, where they name another line
    /// ("while scanning a plain scalar…").
    pub parser_note: bool,
}

/// The mistake behind a parse error at `line` (1-based; 0 when unknown), if it is one we know.
pub fn syntax(yaml: &str, line: usize) -> Option<Found> {
    let lines: Vec<&str> = yaml.lines().collect();
    let last = if line == 0 { lines.len() } else { line.min(lines.len()) };
    let upto = &lines[..last];
    // A tab that starts a line is often reported on the line before, where the parser was
    // reading a value when it met the tab: look one line further for it.
    let tab_lines = &lines[..(last + 1).min(lines.len())];
    // In the order a fix should come: a tab or an open quote makes every later line look wrong.
    tab(tab_lines)
        .or_else(|| unclosed_quote(upto))
        .or_else(|| hash_colour(upto))
        .or_else(|| no_space_after_colon(upto))
        .or_else(|| colon_in_text(upto, last))
        .or_else(|| list_item_without_dash(upto))
}

fn col_of(line: &str, byte: usize) -> usize {
    line[..byte].chars().count() + 1
}

fn tab(lines: &[&str]) -> Option<Found> {
    lines.iter().enumerate().find_map(|(i, l)| {
        let indent_end = l.find(|c: char| c != ' ' && c != '\t').unwrap_or(l.len());
        let tab = l[..indent_end].find('\t')?;
        Some(Found {
            line: i + 1,
            col: col_of(l, tab),
            message: msg!("yaml-tab"),
            hint: msg!("yaml-tab-hint"),
            parser_note: false,
        })
    })
}

/// Where the value of a `key: value` line (or a `- value` item) starts, in bytes.
fn value_start(line: &str) -> Option<usize> {
    let trimmed = line.trim_start();
    let indent = line.len() - trimmed.len();
    if let Some(rest) = trimmed.strip_prefix("- ") {
        let inner = value_start(rest).map(|v| v + 2);
        return Some(indent + inner.unwrap_or(2 + (rest.len() - rest.trim_start().len())));
    }
    let colon = trimmed.find(": ")?;
    let key = &trimmed[..colon];
    if key.is_empty() || key.contains(['"', '\'', '{', '[', '#']) {
        return None;
    }
    let after = &trimmed[colon + 2..];
    Some(indent + colon + 2 + (after.len() - after.trim_start().len()))
}

fn unclosed_quote(lines: &[&str]) -> Option<Found> {
    let mut found = None;
    for (i, l) in lines.iter().enumerate() {
        let Some(start) = value_start(l) else { continue };
        let value = &l[start..];
        let Some(quote) = value.chars().next().filter(|c| *c == '"' || *c == '\'') else {
            continue;
        };
        if !closes(&value[1..], quote) {
            found = Some(Found {
                line: i + 1,
                col: col_of(l, start),
                message: msg!("yaml-unclosed-quote", quote = quote.to_string()),
                hint: msg!("yaml-unclosed-quote-hint", quote = quote.to_string()),
                parser_note: true,
            });
            // The first open quote is the one to fix.
            break;
        }
    }
    found
}

/// Whether `rest` (after an opening quote) holds the closing one.
fn closes(rest: &str, quote: char) -> bool {
    let mut chars = rest.chars().peekable();
    while let Some(c) = chars.next() {
        if quote == '"' && c == '\\' {
            chars.next();
        } else if c == quote {
            if quote == '\'' && chars.peek() == Some(&'\'') {
                chars.next();
                continue;
            }
            return true;
        }
    }
    false
}

/// `primary: #5b2a86`: the `#` makes the rest of the line a comment.
fn hash_colour(lines: &[&str]) -> Option<Found> {
    lines
        .iter()
        .enumerate()
        .find_map(|(i, l)| colour_at(l).map(|(col, colour)| colour_found(i + 1, col, colour)))
}

fn colour_found(line: usize, col: usize, colour: String) -> Found {
    Found {
        line,
        col,
        message: msg!("yaml-hash-colour", colour = colour.clone()),
        hint: msg!("yaml-hash-colour-hint", colour = colour),
        parser_note: true,
    }
}

/// The column and text of an unquoted `#colour` after `: ` on a line.
fn colour_at(line: &str) -> Option<(usize, String)> {
    let mut from = 0;
    while let Some(pos) = line[from..].find(": #").map(|p| p + from) {
        let hash = pos + 2;
        let colour: String = line[hash + 1..].chars().take_while(char::is_ascii_hexdigit).collect();
        if matches!(colour.len(), 3 | 6 | 8) {
            return Some((col_of(line, hash), format!("#{colour}")));
        }
        from = hash;
    }
    None
}

/// `title:"Hola"` or `order:2`: YAML needs a space after the `:` of a key.
fn no_space_after_colon(lines: &[&str]) -> Option<Found> {
    lines.iter().enumerate().find_map(|(i, l)| {
        let trimmed = l.trim_start().trim_start_matches("- ");
        let indent = l.len() - trimmed.len();
        let colon = trimmed.find(':')?;
        let key = &trimmed[..colon];
        let next = trimmed[colon + 1..].chars().next()?;
        let is_key = !key.is_empty() && key.chars().all(|c| c.is_alphanumeric() || c == '_' || c == '-');
        // `https://…` and times like `8:30` are text, not keys.
        let text_like = next == '/' || key.chars().all(|c| c.is_ascii_digit());
        (is_key && !text_like && !next.is_whitespace()).then(|| Found {
            line: i + 1,
            col: col_of(l, indent + colon + 1),
            message: msg!("yaml-no-space", key = key),
            hint: msg!("yaml-no-space-hint", key = key),
            parser_note: true,
        })
    })
}

/// `summary: Ojo: no confíes`: a second `: ` inside unquoted text.
fn colon_in_text(lines: &[&str], error_line: usize) -> Option<Found> {
    let l = lines.get(error_line.checked_sub(1)?)?;
    let start = value_start(l)?;
    let value = &l[start..];
    if value.starts_with(['"', '\'', '[', '{', '|', '>']) {
        return None;
    }
    let inner = value.find(": ")?;
    Some(Found {
        line: error_line,
        col: col_of(l, start + inner),
        message: msg!("yaml-colon-in-text"),
        hint: msg!("yaml-colon-in-text-hint"),
        parser_note: true,
    })
}

/// A line inside a list, at the items' indentation, that does not start with `- `.
fn list_item_without_dash(lines: &[&str]) -> Option<Found> {
    let indent = |l: &str| l.len() - l.trim_start().len();
    for (i, pair) in lines.windows(2).enumerate() {
        let (before, line) = (pair[0], pair[1]);
        let item = before.trim_start().starts_with("- ");
        let same = indent(before) == indent(line);
        let text = line.trim();
        if item && same && !text.is_empty() && !text.starts_with('-') && !text.starts_with('#') && !text.contains(": ")
        {
            return Some(Found {
                line: i + 2,
                col: indent(line) + 1,
                message: msg!("yaml-list-dash"),
                hint: msg!("yaml-list-dash-hint"),
                parser_note: true,
            });
        }
    }
    None
}

/// A key with nothing after it where a value is needed, at `line`:`col` of the YAML text: the
/// message, what to do, and the column to point at (the `#` of an unquoted colour).
pub fn empty_value(yaml: &str, line: usize, col: usize) -> (Message, Message, usize) {
    let text = yaml.lines().nth(line.saturating_sub(1)).unwrap_or("");
    // The empty value sits where the key's line ends; its `#colour` is a comment now.
    let search_from: usize = text.chars().take(col.saturating_sub(1)).map(char::len_utf8).sum();
    let from = text[..search_from.min(text.len())].rfind(':').unwrap_or(0);
    if let Some((c, colour)) = colour_at(&text[from..]) {
        let Found { message, hint, .. } = colour_found(line, c, colour);
        let col = text[..from].chars().count() + c;
        return (message, hint, col);
    }
    (msg!("yaml-empty"), msg!("yaml-empty-hint"), col)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(yaml: &str, line: usize) -> (usize, usize, &'static str) {
        let f = syntax(yaml, line).expect("a known mistake");
        (f.line, f.col, f.message.id)
    }

    #[test]
    fn unclosed_quote_is_found_where_it_opens() {
        let yaml = "title: \"Hola\nsummary: \"Bien\"\norder: 2\n";
        assert_eq!(found(yaml, 3), (1, 8, "yaml-unclosed-quote"));
        assert!(syntax("title: 'It''s fine'\nx: y: z\n", 2).is_some_and(|f| f.message.id != "yaml-unclosed-quote"));
    }

    #[test]
    fn unquoted_colour_is_a_comment() {
        assert_eq!(
            found("colors: { primary: #5b2a86 }\nlogo: x\n", 2),
            (1, 20, "yaml-hash-colour")
        );
    }

    #[test]
    fn tabs_missing_spaces_dashes_and_colons() {
        assert_eq!(found("title: a\ncolors:\n\tprimary: x\n", 3), (3, 1, "yaml-tab"));
        // Reported by the parser at the value before the tab.
        assert_eq!(
            found("title: a\nreviewed: 2026-05-01\n\treviewed_by: \"OIM\"\n", 2),
            (3, 1, "yaml-tab")
        );
        assert_eq!(found("title:\"Hola\"\n", 1), (1, 7, "yaml-no-space"));
        assert_eq!(found("languages:\n  - es\n  en\n", 3), (3, 3, "yaml-list-dash"));
        assert_eq!(found("summary: Ojo: no confíes\n", 1), (1, 13, "yaml-colon-in-text"));
        assert!(syntax("url: https://example.org\nhours: 8:30\n", 2).is_none());
    }

    #[test]
    fn empty_value_names_the_colour() {
        let (m, _, col) = empty_value("colors:\n  primary: #5b2a86\n", 2, 11);
        assert_eq!((m.id, col), ("yaml-hash-colour", 12));
        assert_eq!(empty_value("title:\n", 1, 7).0.id, "yaml-empty");
    }
}
