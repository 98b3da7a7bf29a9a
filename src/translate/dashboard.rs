//! The status as one self-contained HTML page a coordinator can open or publish: no script,
//! nothing from another origin, readable at 320 px and printed.

use std::collections::BTreeMap;

use serde::Serialize;

use similar::{ChangeTag, TextDiff};

use super::status::{State, Status};
use super::text::state_words;
use crate::html::escape;
use crate::messages::{Arg, Catalog, Lang};
use crate::translatable::what_words;

const TEMPLATE: &str = include_str!("dashboard.html");

#[derive(Serialize)]
struct StateName {
    key: &'static str,
    words: String,
}

#[derive(Serialize)]
struct Data<'a> {
    /// The language of the page's words (`--messages`), for `<html lang>`.
    lang: &'static str,
    title: &'a str,
    status: &'a Status,
    states: Vec<StateName>,
    totals: BTreeMap<&'static str, usize>,
    /// Language names by code, for "readers get the page in Español".
    names: &'a BTreeMap<String, String>,
    /// For each change (`campaign/lang/page/id`): the old and the new text as HTML, the words
    /// that went marked `<del>`, the words that came `<ins>`.
    marked: BTreeMap<String, (String, String, String)>,
    /// The mark before each state's words: ✓, ⟳, ✗, ✎, ?.
    marks: BTreeMap<&'static str, &'static str>,
}

/// The dashboard of `status`, for the project titled `title` whose languages are `names`
/// (code → name), its words in `lang`.
pub fn dashboard(status: &Status, title: &str, names: &BTreeMap<String, String>, lang: Lang) -> Result<String, String> {
    let words = Catalog::get(lang);
    let mut totals = BTreeMap::new();
    for language in status.campaigns.iter().flat_map(|c| &c.languages) {
        for state in State::ALL {
            *totals.entry(state.name()).or_insert(0) += language.counts.get(state);
        }
    }
    let data = Data {
        lang: lang.code(),
        title,
        status,
        states: State::ALL
            .iter()
            .map(|s| StateName {
                key: s.name(),
                words: words.text(&state_words(*s)),
            })
            .collect(),
        totals,
        names,
        marked: marked(status, words),
        marks: State::ALL.iter().map(|s| (s.name(), mark(*s))).collect(),
    };
    let mut tera = tera::Tera::new();
    tera.register_function("t", move |kwargs: tera::Kwargs, _: &tera::State| say(words, &kwargs));
    tera.add_raw_template("dashboard.html", TEMPLATE)
        .map_err(|e| e.to_string())?;
    let context = tera::Context::from_serialize(&data).map_err(|e| e.to_string())?;
    tera.render("dashboard.html", &context).map_err(|e| e.to_string())
}

/// `t(id="…", name=value, …)` in the template: the catalog's message `id`, its values escaped;
/// a value whose name starts with `code` is shown as code. Safe HTML: the catalogs are ours.
pub fn say(words: &Catalog, kwargs: &tera::Kwargs) -> tera::Value {
    let mut id = String::new();
    let mut args: Vec<(String, Arg)> = Vec::new();
    for (key, value) in kwargs.iter() {
        let name = key.to_string();
        let text = value.as_str().map_or_else(|| value.to_string(), str::to_string);
        if name == "id" {
            id = text;
        } else if let Some(n) = value.as_i64().filter(|_| value.is_number()) {
            args.push((name, Arg::Number(n)));
        } else if name.starts_with("code") {
            args.push((name, Arg::Text(format!("<code>{}</code>", escape(&text)))));
        } else {
            args.push((name, Arg::Text(escape(&text))));
        }
    }
    let text = words
        .format_id(&id, &args)
        .or_else(|| Catalog::get(Lang::En).format_id(&id, &args));
    tera::Value::safe_string(&text.unwrap_or(id))
}

fn mark(state: State) -> &'static str {
    match state {
        State::UpToDate => "✓",
        State::Outdated => "⟳",
        State::Missing => "✗",
        State::Draft => "✎",
        State::Unknown => "?",
    }
}

/// The old and new text of every change, with the words that differ marked, and what changed
/// in words.
fn marked(status: &Status, words: &Catalog) -> BTreeMap<String, (String, String, String)> {
    let mut out = BTreeMap::new();
    for campaign in &status.campaigns {
        for language in &campaign.languages {
            for page in &language.pages {
                for item in page.changes.iter().flat_map(|c| &c.items) {
                    let key = format!("{}/{}/{}/{}", campaign.slug, language.code, page.page, item.id);
                    let (old, new) = (item.old.as_deref().unwrap_or(""), item.new.as_deref().unwrap_or(""));
                    let (old, new) = word_diff(old, new);
                    out.insert(key, (old, new, words.text(&what_words(&item.id, item.kind))));
                }
            }
        }
    }
    out
}

/// `old` and `new` as escaped HTML, with removed words in `<del>` and added ones in `<ins>`
/// (neighbouring words in one mark).
pub fn word_diff(old: &str, new: &str) -> (String, String) {
    let (mut before, mut after) = (String::new(), String::new());
    let mut runs: Vec<(ChangeTag, String)> = Vec::new();
    for change in TextDiff::from_words(old, new).iter_all_changes() {
        match runs.last_mut() {
            Some((tag, text)) if *tag == change.tag() => text.push_str(change.value()),
            _ => runs.push((change.tag(), change.value().to_string())),
        }
    }
    for (tag, text) in runs {
        let text = escape(&text);
        match tag {
            ChangeTag::Equal => {
                before.push_str(&text);
                after.push_str(&text);
            }
            ChangeTag::Delete => before.push_str(&format!("<del>{text}</del>")),
            ChangeTag::Insert => after.push_str(&format!("<ins>{text}</ins>")),
        }
    }
    (before, after)
}

#[cfg(test)]
mod tests {
    #[test]
    fn changed_words_are_marked_and_escaped() {
        let (old, new) = super::word_diff("Es un delito. <b>", "Es un delito grave. <b>");
        assert_eq!(old, "Es un <del>delito.</del> &lt;b&gt;");
        assert_eq!(new, "Es un <ins>delito grave.</ins> &lt;b&gt;");
    }
}
