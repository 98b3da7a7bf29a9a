//! The theme's Tera templates, and their errors placed at the template file and line.

use std::collections::{BTreeMap, HashMap};
use std::sync::Mutex;

use serde::Serialize;
use tera::{Context, ErrorKind, Tera, Value};

use super::data::TemplateData;

use crate::diag::{Diagnostic, Diagnostics};
use crate::theme::Theme;

pub struct Templates<'t> {
    tera: Tera,
    theme: &'t Theme,
    /// Each edition's UI strings as a template value, by the address of its map: made once,
    /// shared by every page (Tera's values share their contents), where serializing them for
    /// each page was a tenth of a website build. The maps outlive this value.
    strings: Mutex<HashMap<usize, Value>>,
}

/// A template that does not parse or fails to render, as the theme author's diagnostic.
pub struct TemplateError(pub Diagnostic);

/// Loads the theme's templates; one that does not parse is the theme author's error.
pub fn load(theme: &Theme) -> Result<Templates<'_>, Diagnostics> {
    let missing = missing_templates(theme);
    if !missing.is_empty() {
        return Err(missing);
    }
    let mut tera = Tera::new();
    tera.set_escape_fn(escape_html);
    tera.add_raw_templates(theme.templates())
        .map_err(|e| Diagnostics::from(diagnostic(theme, None, &e, crate::msg!("template-does-not-parse"))))?;
    Ok(Templates {
        tera,
        theme,
        strings: Mutex::default(),
    })
}

/// Tera's own escaping (`&`, `<`, `>`, `"` and `'`, to the same entities), writing the text
/// between them in one piece: Tera's writes each byte apart, a twentieth of a website's build.
fn escape_html(input: &str, out: &mut dyn std::io::Write) -> std::io::Result<()> {
    let bytes = input.as_bytes();
    let mut done = 0;
    for (i, byte) in bytes.iter().enumerate() {
        let entity: &[u8] = match byte {
            b'&' => b"&amp;",
            b'<' => b"&lt;",
            b'>' => b"&gt;",
            b'"' => b"&quot;",
            b'\'' => b"&#39;",
            _ => continue,
        };
        out.write_all(&bytes[done..i])?;
        out.write_all(entity)?;
        done = i + 1;
    }
    out.write_all(&bytes[done..])
}

impl Templates<'_> {
    /// Renders `template` with `data`.
    pub fn render<T: Serialize>(&self, template: &str, data: &TemplateData<T>) -> Result<String, TemplateError> {
        let fail = |e: &tera::Error| {
            TemplateError(diagnostic(
                self.theme,
                Some(template),
                e,
                crate::msg!("template-cannot-fill"),
            ))
        };
        let mut context = Context::from_serialize(data).map_err(|e| fail(&e))?;
        context.insert_value("t", self.strings(data.frame.t));
        context.insert_value("t_lang", self.strings(data.frame.t_lang));
        self.tera.render(template, &context).map_err(|e| fail(&e))
    }

    /// `strings` as a template value, made on first use.
    fn strings(&self, strings: &BTreeMap<String, String>) -> Value {
        let key = std::ptr::from_ref(strings) as usize;
        let mut made = self.strings.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        made.entry(key)
            .or_insert_with(|| Value::from_serializable(strings))
            .clone()
    }
}

/// Each `{% include "…" %}`, `{% extends "…" %}` and `{% import "…" %}` that names a template
/// the theme does not have, at its place, with the nearest name the theme has. Tera reports
/// these too, but without the place for `extends` and without "did you mean" for any.
fn missing_templates(theme: &Theme) -> Diagnostics {
    let names: Vec<&str> = theme.templates().map(|(name, _)| name).collect();
    let mut found = Diagnostics::default();
    for (file, text) in theme.templates() {
        let mut rest = 0;
        while let Some(start) = text[rest..].find("{%").map(|i| rest + i + 2) {
            rest = start;
            let tag = text[start..].trim_start_matches('-').trim_start();
            let Some(after) = ["include", "extends", "import"]
                .iter()
                .find_map(|k| tag.strip_prefix(k).filter(|a| a.starts_with(char::is_whitespace)))
            else {
                continue;
            };
            let quoted = after.trim_start();
            let Some(quote) = quoted.chars().next().filter(|q| matches!(q, '"' | '\'')) else {
                continue;
            };
            let Some(name) = quoted[1..].split(quote).next().filter(|n| !names.contains(n)) else {
                continue;
            };
            let (line, col) = crate::diag::line_col(text, text.len() - quoted.len());
            let hint = match crate::diag::suggest(name, names.iter().copied()) {
                Some(best) => crate::msg!("did-you-mean", name = best),
                None => crate::msg!("template-missing-hint", names = names.join(", ")),
            };
            let message = crate::msg!("template-missing", name = name);
            found.push(Diagnostic::error(theme.display_path(file), line, col, message).with_hint(hint));
        }
    }
    found
}

/// Where Tera places the error (template file, 1-based line and column), and what it says.
fn diagnostic(
    theme: &Theme,
    template: Option<&str>,
    error: &tera::Error,
    failed: crate::messages::Message,
) -> Diagnostic {
    let (file, line, col, message) = match error.kind() {
        ErrorKind::SyntaxError(report) | ErrorKind::RenderingError(report) => {
            let span = report.span();
            let file = if report.filename().is_empty() {
                template.unwrap_or_default()
            } else {
                report.filename()
            };
            (
                file.to_string(),
                span.start_line,
                span.start_col + 1,
                report.message().to_string(),
            )
        }
        _ => (template.unwrap_or_default().to_string(), 0, 0, error_text(error)),
    };
    let path = if file.is_empty() {
        format!("themes/{}", theme.name)
    } else {
        theme.display_path(&file)
    };
    Diagnostic::error(
        path,
        line,
        col,
        crate::msg!(
            "template-failed",
            theme = &theme.name,
            failed = failed,
            reason = message
        ),
    )
    .with_hint(crate::msg!("template-failed-hint"))
}

/// An error with its causes, on one line.
fn error_text(error: &dyn std::error::Error) -> String {
    let mut text = error.to_string();
    let mut source = error.source();
    while let Some(cause) = source {
        text.push_str(": ");
        text.push_str(&cause.to_string());
        source = cause.source();
    }
    text
}

#[cfg(test)]
mod tests {
    #[test]
    fn escaping_writes_what_teras_own_escaping_writes() {
        let samples = [
            "",
            "plain",
            "K'iche' & Mam <b>\"quoted\"</b> > done",
            "&&<<>>\"\"''",
            "ñandú 🚨 'a' \u{202e}",
            "trailing &",
            "<script>alert('x')</script>",
        ];
        for sample in samples {
            let (mut ours, mut teras) = (Vec::new(), Vec::new());
            super::escape_html(sample, &mut ours).unwrap();
            tera::escape_html(sample, &mut teras).unwrap();
            assert_eq!(
                String::from_utf8(ours).unwrap(),
                String::from_utf8(teras).unwrap(),
                "{sample:?}"
            );
        }
    }
}
