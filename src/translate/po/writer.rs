//! Writes a PO file in the layout of `msgcat --no-wrap` (GNU gettext): a string on one line
//! unless it holds a line break, then `""` and one line per piece, so a file altavoz writes is
//! the same file after `msgcat --no-wrap`, and a translation tool's re-wrapping changes no text.

/// One entry of a PO file, as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    /// `#.` lines: notes for the translator.
    pub notes: Vec<String>,
    /// `#:` the source file and line.
    pub reference: String,
    pub fuzzy: bool,
    /// `#, max-length:N` (Weblate checks it; altavoz checks it again on import).
    pub max_length: Option<usize>,
    /// `#| msgid`: the source text the translation was made from, when it changed since.
    pub previous: Option<String>,
    /// `msgctxt`: the page and the block, `coyote-seguro.md#p3`.
    pub context: String,
    /// `msgid`: the source text.
    pub id: String,
    /// `msgstr`: the translation, empty when there is none.
    pub text: String,
}

/// A whole PO file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Catalog {
    /// `# ` lines above the header, for the person who opens the file.
    pub intro: Vec<String>,
    /// The header's `Key: value` fields, in order.
    pub header: Vec<(String, String)>,
    pub messages: Vec<Message>,
}

pub fn write(catalog: &Catalog) -> String {
    let mut out = String::new();
    for line in &catalog.intro {
        comment(&mut out, "#", line);
    }
    let header: String = catalog.header.iter().map(|(k, v)| format!("{k}: {v}\n")).collect();
    field(&mut out, "", "msgid", "");
    field(&mut out, "", "msgstr", &header);
    for message in &catalog.messages {
        out.push('\n');
        for note in &message.notes {
            comment(&mut out, "#.", note);
        }
        comment(&mut out, "#:", &message.reference);
        let mut flags = Vec::new();
        if message.fuzzy {
            flags.push("fuzzy".to_string());
        }
        if let Some(n) = message.max_length {
            flags.push(format!("max-length:{n}"));
        }
        if !flags.is_empty() {
            comment(&mut out, "#,", &flags.join(", "));
        }
        if let Some(previous) = &message.previous {
            field(&mut out, "#| ", "msgid", previous);
        }
        field(&mut out, "", "msgctxt", &message.context);
        field(&mut out, "", "msgid", &message.id);
        field(&mut out, "", "msgstr", &message.text);
    }
    out
}

/// A comment line; a line break in `text` would end the comment, so it becomes a space.
fn comment(out: &mut String, mark: &str, text: &str) {
    let text = text.replace(['\n', '\r'], " ");
    if text.is_empty() {
        out.push_str(mark);
    } else {
        out.push_str(mark);
        out.push(' ');
        out.push_str(&text);
    }
    out.push('\n');
}

/// `keyword "value"`, or `keyword ""` and one `"…\n"` line per piece when `value` has a line
/// break before its end; every line starts with `prefix` (`#| ` for a previous msgid).
fn field(out: &mut String, prefix: &str, keyword: &str, value: &str) {
    let pieces: Vec<&str> = value.split_inclusive('\n').collect();
    if pieces.len() <= 1 {
        out.push_str(&format!("{prefix}{keyword} \"{}\"\n", escape(value)));
        return;
    }
    out.push_str(&format!("{prefix}{keyword} \"\"\n"));
    for piece in pieces {
        out.push_str(&format!("{prefix}\"{}\"\n", escape(piece)));
    }
}

/// The C escapes of PO strings; every other character is written as it is (UTF-8).
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match crate::load::yaml::c_escape(c) {
            Some(escaped) => out.push_str(escaped),
            None if c.is_ascii_control() => out.push_str(&format!("\\{:03o}", c as u32)),
            None => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn message(id: &str, text: &str) -> Message {
        Message {
            notes: vec!["Page “T” (a.md): paragraph 1.".into()],
            reference: "campaigns/c/es/a.md:5".into(),
            fuzzy: false,
            max_length: None,
            previous: None,
            context: "a.md#p1".into(),
            id: id.into(),
            text: text.into(),
        }
    }

    #[test]
    fn one_line_strings_and_line_breaks_as_msgcat_writes_them() {
        let mut fuzzy = message("Línea:\n+502 \"5555\"", "Line:\n+502 \"5555\"");
        fuzzy.fuzzy = true;
        fuzzy.max_length = Some(60);
        fuzzy.previous = Some("Antes\tdel\\cambio".into());
        let catalog = Catalog {
            intro: vec!["Made by altavoz.".into(), String::new()],
            header: vec![("Language".into(), "en".into())],
            messages: vec![message("Hola", ""), fuzzy],
        };
        assert_eq!(
            write(&catalog),
            "# Made by altavoz.\n#\nmsgid \"\"\nmsgstr \"Language: en\\n\"\n\n\
             #. Page “T” (a.md): paragraph 1.\n#: campaigns/c/es/a.md:5\nmsgctxt \"a.md#p1\"\nmsgid \"Hola\"\nmsgstr \"\"\n\n\
             #. Page “T” (a.md): paragraph 1.\n#: campaigns/c/es/a.md:5\n#, fuzzy, max-length:60\n\
             #| msgid \"Antes\\tdel\\\\cambio\"\nmsgctxt \"a.md#p1\"\n\
             msgid \"\"\n\"Línea:\\n\"\n\"+502 \\\"5555\\\"\"\nmsgstr \"\"\n\"Line:\\n\"\n\"+502 \\\"5555\\\"\"\n"
        );
    }

    #[test]
    fn control_characters_are_escaped() {
        assert_eq!(escape("a\u{7}b\u{1}c\u{7f}"), "a\\ab\\001c\\177");
    }
}
