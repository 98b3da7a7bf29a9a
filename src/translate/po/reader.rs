//! Reads a PO file as translation tools save it (Poedit, Weblate, Crowdin, a text editor):
//! entries in any wrapping, comments, flags, obsolete `#~` entries (skipped), CRLF line ends,
//! every C escape. Each entry keeps the line and column of its `msgstr`, so a problem in a
//! translation is reported where the translator can find it. Never panics: a line it does not
//! understand is an error at that line.

/// One entry, as read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub context: Option<String>,
    pub id: String,
    pub text: String,
    pub fuzzy: bool,
    /// Line and column (1-based, in characters) of the `msgstr` keyword.
    pub line: usize,
    pub col: usize,
}

/// A PO file: its header fields and its entries, in order.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct PoFile {
    pub header: Vec<(String, String)>,
    pub entries: Vec<Entry>,
}

impl PoFile {
    /// A header field, by name (case-insensitive, as gettext reads them).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.header
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

use crate::messages::Message;
use crate::msg;

/// Where a PO file is wrong, and how to fix it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxError {
    pub line: usize,
    pub col: usize,
    pub message: Message,
    pub hint: Message,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Field {
    Context,
    Id,
    Text,
}

/// The entry being read.
#[derive(Default)]
struct Partial {
    fuzzy: bool,
    context: Option<String>,
    id: Option<String>,
    text: Option<String>,
    at: (usize, usize),
    last: Option<Field>,
}

impl Partial {
    fn field(&mut self, field: Field) -> &mut String {
        let slot = match field {
            Field::Context => &mut self.context,
            Field::Id => &mut self.id,
            Field::Text => &mut self.text,
        };
        slot.get_or_insert_with(String::new)
    }
}

pub fn read(bytes: &[u8]) -> Result<PoFile, SyntaxError> {
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let (line, col) = crate::diag::line_col(&String::from_utf8_lossy(&bytes[..e.valid_up_to()]), e.valid_up_to());
        SyntaxError {
            line,
            col,
            message: msg!("po-not-utf8"),
            hint: msg!("po-not-utf8-hint"),
        }
    })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut file = PoFile::default();
    let mut entry = Partial::default();
    let mut entries = Vec::new();
    let mut last_line = 1;
    for (n, raw) in text.split('\n').enumerate() {
        let line_no = n + 1;
        let raw = raw.strip_suffix('\r').unwrap_or(raw);
        let indent = raw.len() - raw.trim_start().len();
        let line = raw.trim();
        let col = raw[..indent].chars().count() + 1;
        let error = |col: usize, message: Message, hint: Message| SyntaxError {
            line: line_no,
            col,
            message,
            hint,
        };
        if line.is_empty() {
            continue;
        }
        last_line = line_no;
        if let Some(comment) = line.strip_prefix('#') {
            if entry.id.is_some() && entry.text.is_none() {
                return Err(error(col, msg!("po-no-msgstr"), msg!("po-no-msgstr-hint")));
            }
            if entry.text.is_some() {
                entries.push(finish(std::mem::take(&mut entry)));
            }
            if comment.starts_with('~') {
                // An obsolete entry: its flags were not this entry's.
                entry.fuzzy = false;
            } else if let Some(flags) = comment.strip_prefix(',') {
                entry.fuzzy |= flags.split(',').any(|f| f.trim() == "fuzzy");
            }
            continue;
        }
        if line.starts_with('"') {
            let Some(field) = entry.last else {
                return Err(error(col, msg!("po-stray-text"), msg!("po-stray-text-hint")));
            };
            let value = string(raw, indent).map_err(|(c, m, h)| error(c, m, h))?;
            entry.field(field).push_str(&value);
            continue;
        }
        let keyword_end = line.find(|c: char| c.is_whitespace() || c == '"').unwrap_or(line.len());
        let keyword = &line[..keyword_end];
        let field = match keyword {
            "msgctxt" => Field::Context,
            "msgid" => Field::Id,
            "msgstr" => Field::Text,
            "msgid_plural" => {
                return Err(error(col, msg!("po-plural-id"), msg!("po-plural-id-hint")));
            }
            k if k.starts_with("msgstr[") => {
                return Err(error(col, msg!("po-plural-text"), msg!("po-plural-text-hint")));
            }
            _ => {
                return Err(error(
                    col,
                    msg!("po-not-po", line = short(line)),
                    msg!("po-not-po-hint"),
                ));
            }
        };
        if entry.text.is_some() && field != Field::Text {
            entries.push(finish(std::mem::take(&mut entry)));
        }
        match field {
            Field::Context | Field::Id if entry.id.is_some() => {
                return Err(error(col, msg!("po-above-no-msgstr"), msg!("po-above-no-msgstr-hint")));
            }
            Field::Context if entry.context.is_some() => {
                return Err(error(col, msg!("po-two-msgctxt"), msg!("po-two-msgctxt-hint")));
            }
            Field::Text if entry.id.is_none() || entry.text.is_some() => {
                return Err(error(col, msg!("po-no-msgid"), msg!("po-no-msgid-hint")));
            }
            _ => {}
        }
        let start = indent + keyword_end;
        let rest = &raw[start..];
        let quote = start + (rest.len() - rest.trim_start().len());
        let value = string(raw, quote).map_err(|(c, m, h)| error(c, m, h))?;
        if field == Field::Text {
            entry.at = (line_no, col);
        }
        *entry.field(field) = value;
        entry.last = Some(field);
    }
    if entry.id.is_some() && entry.text.is_none() {
        return Err(SyntaxError {
            line: last_line,
            col: 1,
            message: msg!("po-ends-no-msgstr"),
            hint: msg!("po-ends-no-msgstr-hint"),
        });
    }
    if entry.text.is_some() {
        entries.push(finish(entry));
    }
    let mut entries = entries.into_iter().peekable();
    if let Some(header) = entries.next_if(|e| e.context.is_none() && e.id.is_empty()) {
        file.header = header
            .text
            .lines()
            .filter_map(|l| l.split_once(':'))
            .map(|(k, v)| (k.trim().to_string(), v.trim().to_string()))
            .collect();
    }
    file.entries = entries.collect();
    Ok(file)
}

fn finish(partial: Partial) -> Entry {
    Entry {
        context: partial.context,
        id: partial.id.unwrap_or_default(),
        text: partial.text.unwrap_or_default(),
        fuzzy: partial.fuzzy,
        line: partial.at.0,
        col: partial.at.1,
    }
}

fn short(line: &str) -> String {
    let cut: String = line.chars().take(40).collect();
    if cut.len() < line.len() {
        format!("{cut}…")
    } else {
        cut
    }
}

type StringError = (usize, Message, Message);

/// The string in quotes that starts at byte `at` of `line`, unescaped; nothing but spaces may
/// follow it.
fn string(line: &str, at: usize) -> Result<String, StringError> {
    let col = |byte: usize| line[..byte.min(line.len())].chars().count() + 1;
    let Some(body) = line[at..].strip_prefix('"') else {
        return Err((col(at), msg!("po-quote-expected"), msg!("po-quote-expected-hint")));
    };
    let mut out = String::new();
    let mut chars = body.char_indices();
    while let Some((i, c)) = chars.next() {
        match c {
            '"' => {
                let after = &body[i + 1..];
                let next = after.trim_start();
                if next.is_empty() {
                    return Ok(out);
                }
                // `"a" "b"` on one line is one text, as gettext reads it.
                if next.starts_with('"') {
                    let rest = string(line, line.len() - next.len())?;
                    out.push_str(&rest);
                    return Ok(out);
                }
                return Err((
                    col(line.len() - next.len()),
                    msg!("po-after-quote"),
                    msg!("po-after-quote-hint"),
                ));
            }
            '\\' => {
                let Some((j, e)) = chars.next() else { break };
                match e {
                    'n' => out.push('\n'),
                    't' => out.push('\t'),
                    'r' => out.push('\r'),
                    'a' => out.push('\u{7}'),
                    'b' => out.push('\u{8}'),
                    'f' => out.push('\u{c}'),
                    'v' => out.push('\u{b}'),
                    '\\' | '"' | '\'' | '?' => out.push(e),
                    '0'..='7' => {
                        let digits: String = body[j..]
                            .chars()
                            .take(3)
                            .take_while(|d| ('0'..='7').contains(d))
                            .collect();
                        for _ in 1..digits.len() {
                            chars.next();
                        }
                        out.push(char::from(u8::from_str_radix(&digits, 8).unwrap_or(0)));
                    }
                    'x' => {
                        let digits: String = body[j + 1..]
                            .chars()
                            .take(2)
                            .take_while(char::is_ascii_hexdigit)
                            .collect();
                        if digits.is_empty() {
                            return Err((col(at + 1 + i), msg!("po-bad-hex"), msg!("po-bad-hex-hint")));
                        }
                        for _ in 0..digits.len() {
                            chars.next();
                        }
                        out.push(char::from(u8::from_str_radix(&digits, 16).unwrap_or(0)));
                    }
                    other => {
                        return Err((
                            col(at + 1 + i),
                            msg!("po-bad-escape", escape = format!("\\{other}")),
                            msg!("po-bad-escape-hint"),
                        ));
                    }
                }
            }
            c => out.push(c),
        }
    }
    Err((col(line.len()), msg!("po-not-closed"), msg!("po-not-closed-hint")))
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEADER: &str = "msgid \"\"\nmsgstr \"\"\n\"Language: en\\n\"\n\"X-Altavoz-Campaign: think-twice\\n\"\n\n";

    fn entries(body: &str) -> Vec<Entry> {
        read(format!("{HEADER}{body}").as_bytes()).unwrap().entries
    }

    fn error(body: &str) -> SyntaxError {
        read(format!("{HEADER}{body}").as_bytes()).unwrap_err()
    }

    #[test]
    fn header_entries_flags_and_positions() {
        let file = read(
            format!(
                "# intro\n#\n{HEADER}#. note\n#: a.md:3\n#, fuzzy, max-length:60\n#| msgid \"old\"\nmsgctxt \"a.md#p1\"\nmsgid \"\"\n\"Uno\\n\"\n\"dos\"\nmsgstr \"One\\n\" \"\"\n\"two\"\n\nmsgctxt \"a.md#p2\"\nmsgid \"x\"\n  msgstr \"\"\n"
            )
            .as_bytes(),
        )
        .unwrap();
        assert_eq!(file.header("language"), Some("en"));
        assert_eq!(file.header("X-Altavoz-Campaign"), Some("think-twice"));
        assert_eq!(
            file.entries,
            vec![
                Entry {
                    context: Some("a.md#p1".into()),
                    id: "Uno\ndos".into(),
                    text: "One\ntwo".into(),
                    fuzzy: true,
                    line: 16,
                    col: 1
                },
                Entry {
                    context: Some("a.md#p2".into()),
                    id: "x".into(),
                    text: String::new(),
                    fuzzy: false,
                    line: 21,
                    col: 3
                },
            ]
        );
    }

    #[test]
    fn fuzzy_without_a_space_obsolete_entries_crlf_and_escapes() {
        let got = entries(
            "#,fuzzy\r\nmsgctxt \"a\"\r\nmsgid \"x\"\r\nmsgstr \"A\\aB\\101\\x41\\\"\\\\\"\r\n\r\n#, fuzzy\n#~ msgctxt \"old\"\n#~ msgid \"y\"\n#~ msgstr \"z\"\n\nmsgctxt \"b\"\nmsgid \"y\"\nmsgstr \"Y\"\n",
        );
        assert_eq!(got.len(), 2);
        assert!(got[0].fuzzy);
        assert_eq!(got[0].text, "A\u{7}BAA\"\\");
        assert!(!got[1].fuzzy, "the obsolete entry's flag is its own");
        assert_eq!(got[1].text, "Y");
    }

    #[test]
    fn mistakes_are_placed_and_never_panic() {
        let cases = [
            ("msgctxt \"a\"\nmsgid \"x\"\nmsgstr \"Señal»\n", 8, "not closed"),
            ("msgctxt \"a\"\nmsgid \"x\"\nmsgstr \"\"\n\"\n", 9, "not closed"),
            ("msgctxt \"a\"\nmsgid \"x\"\nmsgstr \"Hola\" !\n", 8, "more after"),
            ("msgctxt \"a\"\nmsgid \"x\"\nmsgstr \"\\q\"\n", 8, "not a known escape"),
            ("msgctxt \"a\"\nmsgid \"x\"\n\nmsgctxt \"b\"\n", 9, "no msgstr"),
            ("msgctxt \"a\"\nmsgid \"x\"\n", 7, "no msgstr"),
            ("msgstr \"x\"\n", 6, "no msgid"),
            ("msgid \"x\"\nmsgid_plural \"xs\"\n", 7, "plural"),
            ("Hola\n", 6, "not part of a PO file"),
            (
                "msgctxt \"a\"\nmsgid \"x\"\nmsgstr \"a\"\nmsgstr \"b\"\n",
                9,
                "no msgid",
            ),
        ];
        for (body, line, words) in cases {
            let e = error(body);
            assert_eq!(e.line, line, "{body:?}: {e:?}");
            assert!(e.message.english().contains(words), "{body:?}: {e:?}");
        }
        let e = read(b"# a\n\"Hola\"\n").unwrap_err();
        assert_eq!((e.line, e.message.english().contains("belongs to no entry")), (2, true));
        let e = read(b"msgid \"\"\nmsgstr \"\"\n\"a\xff\"\n").unwrap_err();
        assert_eq!((e.line, e.message.english().contains("UTF-8")), (3, true));
        for bytes in [
            &b"#"[..],
            b"\"",
            b"msgstr",
            b"msgid \"\\",
            b"msgid \"\\x",
            b"#\n#,\n#~\n",
            b"",
        ] {
            let _ = read(bytes);
        }
    }
}
