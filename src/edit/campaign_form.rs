//! A campaign's `campaign.yaml` as a form: its name, tagline and notice in each language, its colours
//! (the contrast shown as they are picked), and its contacts (phone numbers checked against the
//! real numbering plans, as `check` does). Saved in place like a page: only the settings that
//! changed are written, the rest of the file stays as it was.

use std::path::Path;

use serde::Serialize;

use super::Editor;
use super::check::Problem;
use super::form::Form;
use super::page_form::fingerprint;
use super::paths::{self, FileKind};
use super::respond::{self, query_value};
use crate::load::yaml::edit::{self as fields, Value};
use crate::load::yaml::{self, quote};
use crate::load::{CampaignConfig, Localized};
use crate::msg;
use crate::serve::Response;

/// A text in one language.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
struct LangText {
    code: String,
    text: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
struct Settings {
    /// By language code, in the project's language order.
    name: Vec<LangText>,
    tagline: Vec<LangText>,
    /// The notice every page of the campaign carries, per language.
    notice: Vec<LangText>,
    primary: String,
    accent: String,
    contacts: Vec<Contact>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
struct Contact {
    label: Vec<LangText>,
    phone: String,
    whatsapp: String,
    hours: Vec<LangText>,
    country: String,
}

fn texts(localized: Option<&Localized>, languages: &[String]) -> Vec<LangText> {
    languages
        .iter()
        .map(|code| {
            let text = match localized {
                Some(Localized::Text(text)) => text.clone(),
                Some(Localized::PerLanguage(map)) => map.get(code).cloned().unwrap_or_default(),
                None => String::new(),
            };
            LangText {
                code: code.clone(),
                text,
            }
        })
        .collect()
}

impl Settings {
    fn of_text(text: &str, languages: &[String]) -> Option<Settings> {
        let config: CampaignConfig = yaml::parse(text, Path::new(""), 1).ok()?;
        Some(Settings {
            name: texts(Some(&config.name.value), languages),
            tagline: texts(config.tagline.as_ref().map(|t| &t.value), languages),
            notice: texts(config.notice.as_ref().map(|n| &n.value), languages),
            primary: config
                .colors
                .as_ref()
                .map(|c| c.primary.value.clone())
                .unwrap_or_default(),
            accent: config
                .colors
                .as_ref()
                .and_then(|c| c.accent.as_ref())
                .map(|a| a.value.clone())
                .unwrap_or_default(),
            contacts: config
                .contacts
                .iter()
                .map(|c| Contact {
                    label: texts(Some(&c.label.value), languages),
                    phone: c.phone.as_ref().map(|p| p.value.clone()).unwrap_or_default(),
                    whatsapp: c.whatsapp.as_ref().map(|p| p.value.clone()).unwrap_or_default(),
                    hours: texts(c.hours.as_ref().map(|h| &h.value), languages),
                    country: c.country.as_ref().map(|c| c.value.clone()).unwrap_or_default(),
                })
                .collect(),
        })
    }

    fn of_form(form: &Form, languages: &[String]) -> Settings {
        let per_language = |prefix: &str| -> Vec<LangText> {
            languages
                .iter()
                .map(|code| LangText {
                    code: code.clone(),
                    text: form.text(&format!("{prefix}_{code}")).trim().to_string(),
                })
                .collect()
        };
        let rows = form.all("contact_phone").len();
        let contacts = (0..rows)
            .map(|i| Contact {
                label: languages
                    .iter()
                    .map(|code| LangText {
                        code: code.clone(),
                        text: form.text(&format!("contact_{i}_label_{code}")).trim().to_string(),
                    })
                    .collect(),
                phone: form.all("contact_phone")[i].trim().to_string(),
                whatsapp: form.all("contact_whatsapp").get(i).map_or("", |v| v.trim()).to_string(),
                hours: languages
                    .iter()
                    .map(|code| LangText {
                        code: code.clone(),
                        text: form.text(&format!("contact_{i}_hours_{code}")).trim().to_string(),
                    })
                    .collect(),
                country: form.all("contact_country").get(i).map_or("", |v| v.trim()).to_string(),
            })
            .filter(|c| c.label.iter().any(|l| !l.text.is_empty()) || !c.phone.is_empty())
            .collect();
        Settings {
            name: per_language("name"),
            tagline: per_language("tagline"),
            notice: per_language("notice"),
            primary: form.text("primary").trim().to_string(),
            accent: form.text("accent").trim().to_string(),
            contacts,
        }
    }

    fn changes(&self, old: &Settings) -> Vec<(&'static str, Option<Value>)> {
        let mut changes = Vec::new();
        if self.name != old.name {
            changes.push(("name", Some(Value::Plain(flow(&self.name)))));
        }
        if self.tagline != old.tagline {
            let empty = self.tagline.iter().all(|t| t.text.is_empty());
            changes.push(("tagline", (!empty).then(|| Value::Plain(flow(&self.tagline)))));
        }
        if self.notice != old.notice {
            let empty = self.notice.iter().all(|t| t.text.is_empty());
            changes.push(("notice", (!empty).then(|| Value::Plain(flow(&self.notice)))));
        }
        if (&self.primary, &self.accent) != (&old.primary, &old.accent) {
            let mut colors = format!("{{ primary: {}", quote(&self.primary));
            if !self.accent.is_empty() {
                colors.push_str(&format!(", accent: {}", quote(&self.accent)));
            }
            colors.push_str(" }");
            changes.push(("colors", (!self.primary.is_empty()).then_some(Value::Plain(colors))));
        }
        if self.contacts != old.contacts {
            let mut lines = Vec::new();
            for contact in &self.contacts {
                lines.push(format!("- label: {}", flow(&contact.label)));
                for (key, value) in [("phone", &contact.phone), ("whatsapp", &contact.whatsapp)] {
                    if !value.is_empty() {
                        lines.push(format!("  {key}: {}", quote(value)));
                    }
                }
                if contact.hours.iter().any(|h| !h.text.is_empty()) {
                    lines.push(format!("  hours: {}", flow(&contact.hours)));
                }
                if !contact.country.is_empty() {
                    lines.push(format!("  country: {}", contact.country.to_ascii_uppercase()));
                }
            }
            changes.push(("contacts", (!lines.is_empty()).then_some(Value::Lines(lines))));
        }
        changes
    }
}

/// `{ es: "…", en: "…" }`, the languages that have a text.
fn flow(texts: &[LangText]) -> String {
    let pairs: Vec<String> = texts
        .iter()
        .filter(|t| !t.text.is_empty())
        .map(|t| format!("{}: {}", t.code, quote(&t.text)))
        .collect();
    format!("{{ {} }}", pairs.join(", "))
}

#[derive(Serialize)]
struct CampaignPage {
    path: String,
    campaign: String,
    base: String,
    /// The project's languages: code (as `code`) and name (as `text`).
    languages: Vec<LangText>,
    values: Settings,
    /// The contacts and an empty row for a new one.
    rows: Vec<Contact>,
    problems: Vec<Problem>,
    notice: Option<String>,
}

/// The project's languages (`code`, and the name as `text`), read from its altavoz.yaml.
fn languages(editor: &Editor) -> Vec<LangText> {
    let Ok(text) = std::fs::read_to_string(editor.root.join("altavoz.yaml")) else {
        return Vec::new();
    };
    let Ok(config) = yaml::parse::<crate::load::ProjectConfig>(&text, Path::new("altavoz.yaml"), 1) else {
        return Vec::new();
    };
    config
        .languages
        .value
        .iter()
        .map(|l| LangText {
            code: l.code.value.clone(),
            text: l.name.clone(),
        })
        .collect()
}

pub fn show(editor: &Editor, query: &Form) -> Response {
    let rel = format!("campaigns/{}/campaign.yaml", query.text("campaign"));
    page(
        editor,
        &rel,
        None,
        query.get("saved").map(|_| editor.pages.say(&msg!("edit-saved"))),
        200,
    )
}

fn page(editor: &Editor, rel: &str, sent: Option<(Settings, String)>, notice: Option<String>, status: u16) -> Response {
    let Ok(path) = paths::parse(rel) else {
        return editor.pages.refused(400, msg!("edit-path-refused"));
    };
    let Ok(disk) = path.on_disk(&editor.root, false).map_err(|_| ()) else {
        return editor.pages.refused(400, msg!("edit-path-refused"));
    };
    let Ok(bytes) = std::fs::read(&disk) else {
        return editor.pages.refused(404, msg!("edit-not-found"));
    };
    let text = String::from_utf8_lossy(&bytes).to_string();
    let languages = languages(editor);
    let codes: Vec<String> = languages.iter().map(|l| l.code.clone()).collect();
    let (values, checked_text) = match sent {
        Some((values, text)) => (values, text),
        None => match Settings::of_text(&text, &codes) {
            Some(values) => (values, text.clone()),
            None => return editor.pages.refused(422, msg!("edit-project-broken")),
        },
    };
    let problems = editor.check(&path.campaign, &path.rel, &checked_text).problems;
    let mut rows = values.contacts.clone();
    rows.push(Contact {
        label: texts(None, &codes),
        hours: texts(None, &codes),
        ..Contact::default()
    });
    let data = CampaignPage {
        path: path.rel.clone(),
        campaign: path.campaign.clone(),
        base: fingerprint(&bytes),
        languages,
        values,
        rows,
        problems,
        notice,
    };
    let title = editor
        .pages
        .say(&msg!("edit-campaign-title", campaign = &path.campaign));
    editor
        .pages
        .page(status, "campaign.html", title, editor.secrets.csrf(), data)
}

/// The campaign settings' text with the form's values, and the values.
fn text_of_form(editor: &Editor, form: &Form, text: &str) -> Option<(Settings, String)> {
    let codes: Vec<String> = languages(editor).into_iter().map(|l| l.code).collect();
    let old = Settings::of_text(text, &codes)?;
    let new = Settings::of_form(form, &codes);
    let edited = fields::edit_yaml(text, &new.changes(&old))?;
    Some((new, edited))
}

pub fn check(editor: &Editor, form: &Form, json: bool) -> Response {
    let rel = form.text("path");
    let Some((_, disk)) = paths::parse(&rel)
        .ok()
        .filter(|p| p.kind == FileKind::CampaignSettings)
        .and_then(|p| p.on_disk(&editor.root, false).ok().map(|d| (p, d)))
    else {
        return editor.pages.refused(400, msg!("edit-path-refused"));
    };
    let text = std::fs::read_to_string(&disk).unwrap_or_default();
    let Some((values, edited)) = text_of_form(editor, form, &text) else {
        return editor.pages.refused(422, msg!("edit-project-broken"));
    };
    if json {
        let path = paths::parse(&rel).ok();
        let campaign = path.map(|p| p.campaign).unwrap_or_default();
        let checked = editor.check(&campaign, &rel, &edited);
        return respond::json(200, &checked.problems);
    }
    page(editor, &rel, Some((values, edited)), None, 200)
}

pub fn save(editor: &Editor, form: &Form) -> Response {
    let rel = form.text("path");
    let Ok(path) = paths::parse(&rel) else {
        return editor.pages.refused(400, msg!("edit-path-refused"));
    };
    if path.kind != FileKind::CampaignSettings {
        return editor.pages.refused(400, msg!("edit-path-refused"));
    }
    let Ok(disk) = path.on_disk(&editor.root, false) else {
        return editor.pages.refused(400, msg!("edit-path-refused"));
    };
    let Ok(bytes) = std::fs::read(&disk) else {
        return editor.pages.refused(404, msg!("edit-not-found"));
    };
    let text = String::from_utf8_lossy(&bytes).to_string();
    let Some((values, edited)) = text_of_form(editor, form, &text) else {
        return editor.pages.refused(422, msg!("edit-project-broken"));
    };
    if form.get("base") != Some(fingerprint(&bytes).as_str()) {
        let notice = Some(editor.pages.say(&msg!("edit-changed-on-disk")));
        return page(editor, &rel, Some((values, edited)), notice, 409);
    }
    if edited != text
        && let Err(error) = crate::write::source_file(&disk, edited.as_bytes())
    {
        let notice = Some(editor.pages.say(&error.message()));
        return page(editor, &rel, Some((values, edited)), notice, 500);
    }
    let answer = respond::see_other(&format!(
        "/_edit/campaign?campaign={}&saved=1",
        query_value(&path.campaign)
    ));
    if edited == text {
        answer
    } else {
        answer.wrote(&path.rel)
    }
}
