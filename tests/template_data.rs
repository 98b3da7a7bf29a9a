//! The theme chapter of the guide (`guide/themes.md`) against the data templates really get:
//! every key a template, a handout or a card receives is documented, and every documented key
//! exists. The data comes from the typed contexts, serialized as the templates see them.

mod common;

use std::collections::BTreeSet;

use altavoz::pipeline::{self, BuildOptions, Mode};
use altavoz::render::Output;
use altavoz::render::site::data::{self, Flavour};
use serde_json::Value;

use common::*;

/// The text of the guide's theme chapter under the heading `heading`, up to the next heading
/// of the same or a higher level.
fn section<'a>(guide: &'a str, heading: &str) -> &'a str {
    let level = heading.chars().take_while(|c| *c == '#').count();
    let start = guide
        .find(&format!("\n{heading}\n"))
        .unwrap_or_else(|| panic!("no section `{heading}` in the guide"))
        + heading.len()
        + 2;
    let rest = &guide[start..];
    let end = rest
        .match_indices("\n#")
        .find(|(i, _)| {
            let hashes = rest[i + 1..].chars().take_while(|c| *c == '#').count();
            hashes <= level && rest[i + 1 + hashes..].starts_with(' ')
        })
        .map_or(rest.len(), |(i, _)| i);
    &rest[..end]
}

/// The tables of a section: for each row, the names in its first column and its description.
fn tables(section: &str) -> Vec<Vec<(Vec<String>, String)>> {
    let mut tables: Vec<Vec<(Vec<String>, String)>> = Vec::new();
    let mut in_table = false;
    for line in section.lines() {
        if !line.starts_with('|') {
            in_table = false;
            continue;
        }
        if !in_table {
            tables.push(Vec::new());
            in_table = true;
        }
        let cells: Vec<&str> = line.split(" | ").collect();
        let first = cells[0].trim_start_matches('|').trim();
        if first.starts_with("---") || !first.starts_with('`') {
            continue;
        }
        let names = first
            .split(',')
            .filter_map(|n| n.trim().strip_prefix('`').and_then(|n| n.strip_suffix('`')))
            .map(str::to_string)
            .collect();
        tables.last_mut().unwrap().push((names, cells[1..].join(" | ")));
    }
    tables.retain(|t| !t.is_empty());
    tables
}

fn names(table: &[(Vec<String>, String)]) -> BTreeSet<String> {
    table.iter().flat_map(|(n, _)| n.iter().cloned()).collect()
}

/// The keys of an object, or of the first object of a list.
fn keys(value: &Value) -> BTreeSet<String> {
    match value {
        Value::Object(map) => map.keys().cloned().collect(),
        Value::Array(items) => items
            .iter()
            .find_map(|v| v.as_object())
            .map_or_else(BTreeSet::new, |m| m.keys().cloned().collect()),
        _ => BTreeSet::new(),
    }
}

/// The names a description lists as the shape of a value: `{ lang, href }` (web templates) or
/// `(name, tagline, …)` and `(n: 2, label: …)` (Typst data), at the top level of the group.
fn documented_shape(description: &str, open: char, close: char) -> Option<BTreeSet<String>> {
    let start = description.find(&format!("`{open}"))? + 2;
    let mut depth = 0;
    let mut names = BTreeSet::new();
    let mut current = String::new();
    let mut taking = true;
    for c in description[start..].chars() {
        match c {
            c if c == open || c == '(' => depth += 1,
            c if (c == close || c == ')') && depth > 0 => depth -= 1,
            c if c == close && depth == 0 => break,
            ',' if depth == 0 => {
                if !current.trim().is_empty() {
                    names.insert(current.trim().to_string());
                }
                current.clear();
                taking = true;
            }
            ':' if depth == 0 => taking = false,
            c if depth == 0 && taking => current.push(c),
            _ => {}
        }
    }
    if !current.trim().is_empty() {
        names.insert(current.trim().to_string());
    }
    names.retain(|n| n.chars().all(|c| c.is_ascii_lowercase() || c == '_'));
    (!names.is_empty()).then_some(names)
}

/// Every documented key is in `value` and every key of `value` is documented; rows that give a
/// shape (`{ … }` or `( … )`) match the keys of their value too.
fn assert_documented(what: &str, value: &Value, table: &[(Vec<String>, String)], shape: (char, char)) {
    assert_eq!(keys(value), names(table), "{what}: keys against the guide");
    for (names, description) in table {
        if let [name] = names.as_slice()
            && let Some(shape) = documented_shape(description, shape.0, shape.1)
        {
            let nested = keys(&value[name.as_str()]);
            if !nested.is_empty() {
                assert_eq!(nested, shape, "{what}: `{name}` against the guide");
            }
        }
    }
}

fn without(value: &Value, frame: &BTreeSet<String>) -> Value {
    let mut value = value.clone();
    if let Value::Object(map) = &mut value {
        map.retain(|k, _| !frame.contains(k));
    }
    value
}

#[test]
fn the_guide_documents_exactly_the_data_templates_get() {
    let guide = std::fs::read_to_string(repo().join("guide/themes.md")).unwrap();
    let mut options = BuildOptions::new(fixture_path("valid-minimal"));
    options.mode = Mode::Check;
    let ((), _) = pipeline::with_context(&options, &Output::ALL, |cx, _| {
        let site = cx.site;
        let edition = &site.editions[0];
        let web = |heading: &str| tables(section(&guide, heading));
        let every = web("### Every template");
        let frame = names(&every[0]);
        let chooser = data::chooser(cx, edition, Flavour::Online).to_json();
        assert_documented(
            "every template",
            &chooser,
            &[every[0].clone(), web("### `chooser.html`")[0].clone()].concat(),
            ('{', '}'),
        );
        let home = data::home(cx, edition, Flavour::Online, None).to_json();
        assert_documented(
            "home.html",
            &without(&home, &frame),
            &web("### `home.html`")[0],
            ('{', '}'),
        );
        let not_found = data::not_found(site, edition, cx.theme).to_json();
        assert_documented(
            "404.html",
            &without(&not_found, &frame),
            &web("### `404.html`")[0],
            ('{', '}'),
        );
        let cards_tables = web("### `cards.html`");
        let cards = data::cards_page(cx, edition).to_json();
        assert_documented("cards.html", &without(&cards, &frame), &cards_tables[0], ('{', '}'));
        assert_documented(
            "cards.html pages",
            &cards["campaigns"][0]["pages"],
            &cards_tables[1],
            ('{', '}'),
        );
        for planned in &cx.plan.pages {
            let page = data::page(cx, planned, Flavour::Online).into_data().to_json();
            let own = without(&page, &frame);
            assert_documented(
                &planned.html,
                &own,
                &web("### `campaign.html` and `page.html`")[0],
                ('{', '}'),
            );
            assert_documented(&planned.html, &page["page"], &web("### A page")[0], ('{', '}'));
            assert_documented(&planned.html, &page["campaign"], &web("### A campaign")[0], ('{', '}'));
        }

        let print = section(&guide, "## Handout templates");
        let print_tables = tables(section(print, "### The data"));
        let (handout_keys, booklet_table) = (&print_tables[0], &print_tables[1]);
        let page_only = {
            let sentence = section(print, "### The data").replace('\n', " ");
            let start = sentence.find("except the page's own ones (").unwrap();
            let end = start + sentence[start..].find(')').unwrap();
            let list = &sentence[start..end];
            list.split('`')
                .skip(1)
                .step_by(2)
                .map(str::to_string)
                .collect::<BTreeSet<_>>()
        };
        let mut saw = (false, false);
        for (path, data) in altavoz::render::print::template_data(cx) {
            if data.get("pages").is_some() {
                saw.1 = true;
                let mut documented: BTreeSet<String> = names(handout_keys).difference(&page_only).cloned().collect();
                documented.extend(names(booklet_table));
                assert_eq!(keys(&data), documented, "{path}: booklet keys against the guide");
                let (_, pages) = booklet_table.iter().find(|(n, _)| n == &["pages"]).unwrap();
                let listed = pages
                    .split("page keys of a handout:")
                    .nth(1)
                    .unwrap()
                    .split(". Page")
                    .next()
                    .unwrap();
                let documented: BTreeSet<String> = listed.split('`').skip(1).step_by(2).map(str::to_string).collect();
                assert_eq!(
                    keys(&data["pages"]),
                    documented,
                    "{path}: booklet pages against the guide"
                );
            } else {
                saw.0 = true;
                assert_documented(&path, &data, handout_keys, ('(', ')'));
            }
        }
        assert_eq!(saw, (true, true), "handouts and booklets were checked");

        let card_table = &tables(section(section(&guide, "## Card templates"), "### The data"))[0];
        let mut cards_checked = 0;
        for planned in &cx.plan.pages {
            for card in &planned.cards {
                let made = cx.plan.card_document(planned, card);
                let data: Value = made.data();
                assert_documented(&card.path, &data, card_table, ('(', ')'));
                cards_checked += 1;
            }
        }
        assert!(cards_checked > 10, "{cards_checked} cards checked");
        Ok(())
    })
    .unwrap();
}

#[test]
fn the_shape_parser_reads_both_notations() {
    let web = documented_shape("List of `{ code, name, dir, href, current }`: ...", '{', '}').unwrap();
    assert_eq!(
        web.into_iter().collect::<Vec<_>>(),
        ["code", "current", "dir", "href", "name"]
    );
    let typst = documented_shape("For a tip, `(n: 2, label: \"Consejo 2 de 5\")`; else none.", '(', ')').unwrap();
    assert_eq!(typst.into_iter().collect::<Vec<_>>(), ["label", "n"]);
    let nested = documented_shape("`(size: 33, runs: ((row, column, length), …))`", '(', ')').unwrap();
    assert_eq!(nested.into_iter().collect::<Vec<_>>(), ["runs", "size"]);
}
