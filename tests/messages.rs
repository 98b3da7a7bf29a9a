//! The message catalogs (`src/messages/es.ftl`, `en.ftl`): both well-formed, with the same
//! messages taking the same values; every message the code (and the status page's template)
//! uses is in them, given every value it names; every message in them is used.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

use fluent_bundle::FluentResource;

fn repo() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Message id → the `$values` it names.
fn catalog(lang: &str) -> BTreeMap<String, BTreeSet<String>> {
    let text = fs::read_to_string(repo().join(format!("src/messages/{lang}.ftl"))).unwrap();
    if let Err((_, errors)) = FluentResource::try_new(text.clone()) {
        panic!("{lang}.ftl does not parse: {errors:?}");
    }
    let mut messages: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut current = None;
    for line in text.lines() {
        let is_id = line.starts_with(|c: char| c.is_ascii_alphabetic()) && line.contains(" =");
        if is_id {
            let id = line.split(" =").next().unwrap().trim().to_string();
            assert!(
                messages.insert(id.clone(), BTreeSet::new()).is_none(),
                "{lang}: {id} twice"
            );
            current = Some(id);
        } else if line.starts_with('#') || line.trim().is_empty() {
            current = None;
        }
        if let Some(id) = &current {
            let values = messages.get_mut(id).unwrap();
            for part in line.split('$').skip(1) {
                let name: String = part
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                    .collect();
                values.insert(name);
            }
        }
    }
    messages
}

/// Every `msg!("id", name = …)` in the sources: (file, id, names given).
fn uses() -> Vec<(String, String, BTreeSet<String>)> {
    let mut found = Vec::new();
    for entry in walkdir::WalkDir::new(repo().join("src")).sort_by_file_name() {
        let entry = entry.unwrap();
        let extension = entry.path().extension().and_then(|e| e.to_str());
        if !matches!(extension, Some("rs" | "html")) {
            continue;
        }
        let mut text = fs::read_to_string(entry.path()).unwrap();
        // Built-in pages say their words with `t(id="…", name=…)` (the status page).
        if extension == Some("html") {
            text = text.replace("t(id=", "msg!(");
        }
        let file = entry.path().strip_prefix(repo()).unwrap().display().to_string();
        let mut rest = text.as_str();
        while let Some(start) = rest.find("msg!(") {
            let call = &rest[start + 4..];
            let line_start = rest[..start].rfind('\n').map_or(0, |i| i + 1);
            let in_doc = rest[line_start..start].trim_start().starts_with("//");
            if in_doc || !call[1..].trim_start().starts_with('"') {
                rest = &call[1..];
                continue;
            }
            let (mut depth, mut end) = (0, call.len());
            for (i, c) in call.char_indices() {
                match c {
                    '(' | '[' | '{' => depth += 1,
                    ')' | ']' | '}' => {
                        depth -= 1;
                        if depth == 0 {
                            end = i;
                            break;
                        }
                    }
                    _ => {}
                }
            }
            let inner = call[1..end].trim_start();
            let id = inner[1..].split('"').next().unwrap().to_string();
            let mut names = BTreeSet::new();
            let (mut depth, mut token) = (0, String::new());
            for c in inner.chars() {
                match c {
                    '(' | '[' | '{' => depth += 1,
                    ')' | ']' | '}' => depth -= 1,
                    ',' if depth == 0 => token.clear(),
                    '=' if depth == 0 => {
                        let name = token.trim().to_string();
                        if !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
                            names.insert(name);
                        }
                        token.clear();
                    }
                    _ => token.push(c),
                }
            }
            found.push((file.clone(), id, names));
            rest = &call[end..];
        }
    }
    found
}

#[test]
fn both_catalogs_have_the_same_messages_with_the_same_values() {
    let (es, en) = (catalog("es"), catalog("en"));
    let es_ids: BTreeSet<&String> = es.keys().collect();
    let en_ids: BTreeSet<&String> = en.keys().collect();
    assert_eq!(
        es_ids.symmetric_difference(&en_ids).collect::<Vec<_>>(),
        Vec::<&&String>::new(),
        "ids in one catalog only"
    );
    for (id, values) in &es {
        assert_eq!(values, &en[id], "{id}: es and en use different values");
    }
}

#[test]
fn every_message_used_is_in_the_catalogs_with_its_values() {
    let en = catalog("en");
    let uses = uses();
    assert!(uses.len() > 100, "the scan finds the messages ({})", uses.len());
    for (file, id, given) in &uses {
        let Some(needed) = en.get(id) else {
            panic!("{file}: `{id}` is in no catalog");
        };
        for value in needed {
            assert!(given.contains(value), "{file}: `{id}` needs ${value}, given {given:?}");
        }
    }
}

#[test]
fn every_message_in_the_catalogs_is_used() {
    let used: BTreeSet<String> = uses().into_iter().map(|(_, id, _)| id).collect();
    let mut templates = String::new();
    for entry in walkdir::WalkDir::new(repo().join("src/starter/project")) {
        let entry = entry.unwrap();
        if entry.file_type().is_file() {
            templates.push_str(&fs::read_to_string(entry.path()).unwrap_or_default());
        }
    }
    for id in catalog("en").keys() {
        let grouped = id.strip_suffix("-many").is_some_and(|base| used.contains(base));
        let in_template = templates.contains(&format!("{{{{{id}}}}}"));
        assert!(
            // `follows` is never shown.
            used.contains(id) || grouped || in_template || id == "follows",
            "`{id}` is never used"
        );
    }
}
