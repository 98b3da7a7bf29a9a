//! UI strings (`themes/<theme>/i18n/<lang>.yaml`): each language's own file, then its fallback
//! chain, then the default language. A string that none of them has is an error.

use std::collections::BTreeMap;
use std::path::PathBuf;

use crate::diag::{Diagnostic, Diagnostics};
use crate::load::yaml;
use crate::project::Project;
use crate::theme::Theme;

/// One language's UI strings, complete.
#[derive(Debug, Clone, Default)]
pub struct Ui {
    pub strings: BTreeMap<String, String>,
    /// The language most strings are written in: the first of the chain with a file of its own.
    pub lang: String,
}

impl Ui {
    pub fn get(&self, key: &str) -> &str {
        self.strings.get(key).map_or("", String::as_str)
    }

    /// A string with `{name}` placeholders filled in.
    pub fn format(&self, key: &str, values: &[(&str, &str)]) -> String {
        let mut text = self.get(key).to_string();
        for (name, value) in values {
            text = text.replace(&format!("{{{name}}}"), value);
        }
        text
    }
}

/// The UI strings of every project language, in project order.
pub fn load(project: &Project, theme: &Theme, diagnostics: &mut Diagnostics) -> Vec<Ui> {
    let mut files: BTreeMap<String, BTreeMap<String, String>> = BTreeMap::new();
    for (rel, bytes) in theme.files_under("i18n") {
        let Some(code) = rel.strip_suffix(".yaml") else {
            continue;
        };
        let path = PathBuf::from(theme.display_path(&format!("i18n/{rel}")));
        let text = String::from_utf8_lossy(bytes);
        match yaml::parse::<BTreeMap<String, String>>(&text, &path, 1) {
            Ok(map) => {
                files.insert(code.to_string(), map);
            }
            Err(d) => diagnostics.push(d),
        }
    }
    // Every key any language file defines is a key the theme uses.
    let keys: Vec<String> = {
        let mut keys: Vec<String> = files.values().flat_map(|m| m.keys().cloned()).collect();
        keys.sort();
        keys.dedup();
        keys
    };
    project
        .languages
        .iter()
        .map(|language| {
            let chain = project.text_chain(&language.code);
            let lang = chain
                .iter()
                .find(|c| files.contains_key(*c))
                .cloned()
                .unwrap_or_else(|| language.code.clone());
            let mut strings = BTreeMap::new();
            for key in &keys {
                match chain.iter().find_map(|c| files.get(c).and_then(|f| f.get(key))) {
                    Some(text) => {
                        strings.insert(key.clone(), text.clone());
                    }
                    None => diagnostics.push(
                        Diagnostic::error(theme.display_path(&format!("i18n/{}.yaml", language.code)), 0, 0, format!(
                            "UI string `{key}` is missing for language `{}`",
                            language.code
                        ))
                        .with_hint(format!(
                            "add `{key}:` to themes/{}/i18n/{}.yaml, or give `{}` a `fallback:` language in altavoz.yaml",
                            theme.name, language.code, language.code
                        )),
                    ),
                }
            }
            Ui { strings, lang }
        })
        .collect()
}
