//! A page as its form shows it: each front-matter field as text, the body as Markdown. Read
//! from a page's file, read back from the form, and written into the file by changing only what
//! the author changed ([`super::fields`]).

use serde::Serialize;

use super::form::Form;
use crate::load::yaml::edit::{self as fields, Value};
use crate::load::yaml::quote;
use crate::load::{CardFormat, CardSetting, FrontMatter, front_matter, yaml};

/// A page's fields as the form holds them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct PageValues {
    pub title: String,
    pub summary: String,
    pub kind: String,
    pub myth: String,
    pub fact: String,
    pub order: String,
    pub reviewed: String,
    pub reviewed_by: String,
    pub sources: Vec<SourceRow>,
    /// `card: false`.
    pub no_cards: bool,
    pub card_headline: String,
    /// Formats of the page's own (`None`: the campaign's).
    pub card_formats: Option<Vec<String>>,
    /// `assets/photo.jpg` behind the cards' text, or empty.
    pub card_image: String,
    pub handout: bool,
    /// `poster: false` when not ticked.
    pub poster: bool,
    /// Facilitator notes, the chat message and the text message, as written (several lines).
    pub notes: String,
    pub chat: String,
    pub sms: String,
    pub draft: bool,
    pub body: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct SourceRow {
    pub title: String,
    pub url: String,
}

impl PageValues {
    /// The values of the page `text`; `None` when its front matter cannot be read as fields
    /// (not YAML at all): the editor then offers the text itself to mend.
    pub fn of_text(text: &str) -> Option<PageValues> {
        let split = front_matter::split(text).ok()?;
        let front: FrontMatter = yaml::parse(split.yaml, std::path::Path::new(""), split.yaml_line).ok()?;
        let (no_cards, card) = match &front.card {
            Some(CardSetting::Enabled(on)) => (!on, None),
            Some(CardSetting::Custom(card)) => (false, Some(card)),
            None => (false, None),
        };
        Some(PageValues {
            title: front.title.value.clone(),
            summary: front.summary.value.clone(),
            kind: front.kind.as_ref().map_or("page", |k| k.value.as_str()).to_string(),
            myth: front.myth.map(|m| m.value).unwrap_or_default(),
            fact: front.fact.map(|f| f.value).unwrap_or_default(),
            order: if front.order == 0 {
                String::new()
            } else {
                front.order.to_string()
            },
            reviewed: front.reviewed.map(|r| r.value).unwrap_or_default(),
            reviewed_by: front.reviewed_by.unwrap_or_default(),
            sources: front
                .sources
                .iter()
                .map(|s| SourceRow {
                    title: s.title.clone(),
                    url: s.url.as_ref().map(|u| u.value.clone()).unwrap_or_default(),
                })
                .collect(),
            no_cards,
            card_headline: card.and_then(|c| c.headline.clone()).unwrap_or_default(),
            card_formats: card
                .and_then(|c| c.formats.as_ref())
                .map(|f| f.iter().map(|f| f.as_str().to_string()).collect()),
            card_image: card.and_then(|c| c.image.clone()).unwrap_or_default(),
            handout: front.handout,
            poster: front.poster,
            notes: front.notes.map(|n| n.value).unwrap_or_default(),
            chat: front.chat.map(|c| c.value).unwrap_or_default(),
            sms: front.sms.map(|s| s.value).unwrap_or_default(),
            draft: front.draft,
            body: split.body.to_string(),
        })
    }

    /// The values a page form sent. `campaign_formats`: the campaign's card formats, which a
    /// page that ticks the same ones does not need to repeat.
    pub fn of_form(form: &Form, campaign_formats: &[CardFormat]) -> PageValues {
        let formats: Vec<String> = form
            .all("card_format")
            .iter()
            .map(std::string::ToString::to_string)
            .collect();
        let campaign: Vec<String> = campaign_formats.iter().map(|f| f.as_str().to_string()).collect();
        let sources = form
            .all("source_title")
            .into_iter()
            .zip(form.all("source_url").into_iter().chain(std::iter::repeat("")))
            .map(|(title, url)| SourceRow {
                title: title.trim().to_string(),
                url: url.trim().to_string(),
            })
            .filter(|s| !s.title.is_empty() || !s.url.is_empty())
            .collect();
        PageValues {
            title: one_line(&form.text("title")),
            summary: one_line(&form.text("summary")),
            kind: form.get("kind").unwrap_or("page").to_string(),
            myth: one_line(&form.text("myth")),
            fact: one_line(&form.text("fact")),
            order: form.text("order").trim().to_string(),
            reviewed: form.text("reviewed").trim().to_string(),
            reviewed_by: one_line(&form.text("reviewed_by")),
            sources,
            no_cards: form.ticked("no_cards"),
            card_headline: one_line(&form.text("card_headline")),
            card_formats: (form.ticked("card_formats_sent") && formats != campaign).then_some(formats),
            card_image: form.text("card_image").trim().to_string(),
            handout: form.ticked("handout"),
            poster: form.ticked("poster"),
            notes: lines(&form.text("notes")),
            chat: lines(&form.text("chat")),
            sms: one_line(&form.text("sms")),
            draft: form.ticked("draft"),
            body: form.text("body").replace("\r\n", "\n"),
        }
    }

    /// The front-matter changes that turn `old` into `self`: only the keys that differ.
    pub fn changes(&self, old: &PageValues) -> Vec<(&'static str, Option<Value>)> {
        let mut changes = Vec::new();
        for (key, new, was, required) in [
            ("title", &self.title, &old.title, true),
            ("summary", &self.summary, &old.summary, true),
            ("myth", &self.myth, &old.myth, false),
            ("fact", &self.fact, &old.fact, false),
            ("reviewed_by", &self.reviewed_by, &old.reviewed_by, false),
            ("notes", &self.notes, &old.notes, false),
            ("chat", &self.chat, &old.chat, false),
            ("sms", &self.sms, &old.sms, false),
        ] {
            if new != was {
                let value = (required || !new.is_empty()).then(|| Value::Text(new.clone()));
                changes.push((key, value));
            }
        }
        // Names, numbers and dates, each with the value that needs no key.
        for (key, new, was, default) in [
            ("kind", &self.kind, &old.kind, "page"),
            ("order", &self.order, &old.order, "0"),
            ("reviewed", &self.reviewed, &old.reviewed, ""),
        ] {
            if new != was {
                let value = (new != default && !new.is_empty()).then(|| Value::Plain(plain_or_text(new)));
                changes.push((key, value));
            }
        }
        if self.sources != old.sources {
            let rows: Vec<String> = self
                .sources
                .iter()
                .map(|s| match s.url.is_empty() {
                    true => format!("- {{ title: {} }}", quote(&s.title)),
                    false => format!("- {{ title: {}, url: {} }}", quote(&s.title), quote(&s.url)),
                })
                .collect();
            changes.push(("sources", (!rows.is_empty()).then_some(Value::Lines(rows))));
        }
        let card = |v: &PageValues| {
            (
                v.no_cards,
                v.card_headline.clone(),
                v.card_formats.clone(),
                v.card_image.clone(),
            )
        };
        if card(self) != card(old) {
            changes.push(("card", self.card_value()));
        }
        if self.handout != old.handout {
            changes.push(("handout", (!self.handout).then(|| Value::Plain("false".into()))));
        }
        if self.poster != old.poster {
            changes.push(("poster", (!self.poster).then(|| Value::Plain("false".into()))));
        }
        if self.draft != old.draft {
            changes.push(("draft", self.draft.then(|| Value::Plain("true".into()))));
        }
        changes
    }

    fn card_value(&self) -> Option<Value> {
        if self.no_cards {
            return Some(Value::Plain("false".into()));
        }
        let mut lines = Vec::new();
        if !self.card_headline.is_empty() {
            lines.push(format!("headline: {}", quote(&self.card_headline)));
        }
        if let Some(formats) = &self.card_formats {
            lines.push(format!("formats: [{}]", formats.join(", ")));
        }
        if !self.card_image.is_empty() {
            lines.push(format!("image: {}", plain_or_text(&self.card_image)));
        }
        (!lines.is_empty()).then_some(Value::Lines(lines))
    }
}

/// A form field's text of several lines: as typed, without the browser's carriage returns or
/// space around it.
fn lines(text: &str) -> String {
    text.replace("\r\n", "\n").trim().to_string()
}

/// A form field's text on one line (a line break in a one-line field is a mistake of pasting).
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `text` as it is where YAML reads it as the same plain text (a number, a date, a name, a
/// path), else quoted.
fn plain_or_text(text: &str) -> String {
    let plain = text
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.' | '/'))
        && !text.is_empty();
    if plain { text.to_string() } else { quote(text) }
}

/// The page `text` with the form's values `new` written over `old` (the values of `text`):
/// front matter edited in place, the body replaced only when it changed, the file's line
/// endings kept. `None` when `text` has no front matter to edit.
pub fn apply(text: &str, old: &PageValues, new: &PageValues) -> Option<String> {
    let mut out = fields::edit(text, &new.changes(old))?;
    if new.body != old.body.replace("\r\n", "\n") {
        let split = front_matter::split(&out).ok()?;
        let body = if out.contains("\r\n") {
            new.body.replace('\n', "\r\n")
        } else {
            new.body.clone()
        };
        out.replace_range(split.body_offset.., &body);
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = "---\n# Revisado con la OIM\ntitle: 'Te ofrecieron un viaje'\nsummary: \"Lo que no te cuentan.\"  # corto\nkind: myth\nmyth: \"Es seguro.\"\nfact: Los coyotes abandonan.\nsources:\n  - { title: \"OIM\", url: \"https://example.org\" }\n---\n## Título\n\nTexto.\n";

    #[test]
    fn one_changed_field_changes_only_its_bytes() {
        let old = PageValues::of_text(PAGE).unwrap();
        assert_eq!(old.kind, "myth");
        assert_eq!(old.sources[0].url, "https://example.org");
        let mut new = old.clone();
        new.summary = "Lo que los coyotes no te cuentan.".into();
        let text = apply(PAGE, &old, &new).unwrap();
        assert_eq!(
            text,
            PAGE.replace("\"Lo que no te cuentan.\"", "\"Lo que los coyotes no te cuentan.\"")
        );
        assert_eq!(
            apply(PAGE, &old, &old).unwrap(),
            PAGE,
            "nothing changed, nothing written"
        );
    }

    #[test]
    fn the_body_and_new_keys() {
        let old = PageValues::of_text(PAGE).unwrap();
        let mut new = old.clone();
        new.body = "## Título\n\nOtro texto.\n".into();
        new.reviewed = "2026-12-07".into();
        new.draft = true;
        new.sources.clear();
        let text = apply(PAGE, &old, &new).unwrap();
        assert!(
            text.ends_with("reviewed: 2026-12-07\ndraft: true\n---\n## Título\n\nOtro texto.\n"),
            "{text}"
        );
        assert!(!text.contains("sources"), "{text}");
        assert_eq!(PageValues::of_text(&text).unwrap(), new);
    }

    #[test]
    fn crlf_files_stay_crlf_and_textareas_send_crlf() {
        let page = PAGE.replace('\n', "\r\n");
        let old = PageValues::of_text(&page).unwrap();
        let mut new = old.clone();
        new.body = "Uno\nDos\n".into();
        new.title = "Nuevo".into();
        let text = apply(&page, &old, &new).unwrap();
        assert!(text.ends_with("---\r\nUno\r\nDos\r\n"));
        assert!(!text.replace("\r\n", "").contains('\n'), "{text:?}");
    }

    #[test]
    fn card_settings_are_written_as_one_value() {
        let old = PageValues::of_text(PAGE).unwrap();
        let mut new = old.clone();
        new.card_headline = "¿Seguro?".into();
        new.card_formats = Some(vec!["og".into()]);
        let text = apply(PAGE, &old, &new).unwrap();
        assert!(
            text.contains("card:\n  headline: \"¿Seguro?\"\n  formats: [og]\n---"),
            "{text}"
        );
        assert_eq!(PageValues::of_text(&text).unwrap(), new);
        new.no_cards = true;
        assert!(
            apply(&text, &PageValues::of_text(&text).unwrap(), &new)
                .unwrap()
                .contains("card: false\n")
        );
    }
}
