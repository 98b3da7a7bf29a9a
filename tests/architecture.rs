//! The imports between altavoz's modules go one way, as the guide's architecture page says:
//! every `crate::…` and `super::…` path of the library's code is read, each becomes an edge
//! between two modules (the top-level modules, and each renderer of `render` on its own), and
//! the test fails on an edge the page's table does not list or on any circle.
//!
//! Tests inside the code (`#[cfg(test)]` modules, the last item of a file) may reach anywhere
//! and are left out; so is the command line (`main.rs`, `cli.rs`, `cmd/`), which uses the
//! library from outside as `altavoz::…`.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

type Graph = BTreeMap<String, BTreeSet<String>>;

/// The renderers of `render`, which are peers: each is a module of its own here.
const RENDERERS: [&str; 3] = ["site", "print", "cards"];

/// The module a path inside the library names (`["render", "site", "data"]` → `render::site`).
fn module_of(parts: &[&str]) -> Option<String> {
    let first = *parts.first()?;
    if first == "render"
        && let Some(second) = parts.get(1).filter(|s| RENDERERS.contains(s))
    {
        return Some(format!("render::{second}"));
    }
    // `crate::msg!` is the catalog's macro.
    Some(if first == "msg" {
        "messages".into()
    } else {
        first.into()
    })
}

/// A source file's module path (`src/render/site/data/page.rs` → render, site, data, page).
fn file_path(rel: &Path) -> Vec<String> {
    let mut parts: Vec<String> = rel.iter().map(|p| p.to_string_lossy().to_string()).collect();
    if let Some(last) = parts.last_mut() {
        *last = last.trim_end_matches(".rs").to_string();
    }
    if parts.last().is_some_and(|l| l == "mod" || l == "lib") {
        parts.pop();
    }
    parts
}

/// The code of a file without its comments and its test module (a file's last item).
fn code_of(text: &str) -> String {
    let mut end = text.len();
    let mut from = 0;
    while let Some(at) = text[from..].find("#[cfg(test)]\nmod ").map(|i| from + i) {
        if text[at..].lines().nth(1).is_some_and(|l| l.trim_end().ends_with('{')) {
            end = at;
            break;
        }
        from = at + 1;
    }
    text[..end]
        .lines()
        .map(|line| match line.find("//") {
            Some(at) => &line[..at],
            None => line,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Every `crate::a::b` and `super::…::a` path in `code`, as module paths.
fn paths_in(code: &str, here: &[String]) -> Vec<Vec<String>> {
    let mut found = Vec::new();
    let bytes = code.as_bytes();
    for start in ["crate::", "super::"] {
        let mut from = 0;
        while let Some(at) = code[from..].find(start).map(|i| from + i) {
            from = at + start.len();
            // Inside a longer name, or the second `super` of `super::super::`.
            if at > 0 && (bytes[at - 1].is_ascii_alphanumeric() || bytes[at - 1] == b'_' || bytes[at - 1] == b':') {
                continue;
            }
            let rest: String = code[at..]
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == ':')
                .collect();
            let mut segments: Vec<&str> = rest.split("::").filter(|s| !s.is_empty()).collect();
            let path = if segments[0] == "crate" {
                segments.remove(0);
                segments.iter().map(std::string::ToString::to_string).collect()
            } else {
                // `super` of a file's module is its parent; each further `super` goes up.
                let mut base: Vec<String> = here[..here.len().saturating_sub(1)].to_vec();
                while segments.first() == Some(&"super") {
                    segments.remove(0);
                    if segments.first() == Some(&"super") {
                        base.pop();
                    }
                }
                base.extend(segments.iter().map(std::string::ToString::to_string));
                base
            };
            found.push(path);
        }
    }
    found
}

/// Files declared only for tests (`#[cfg(test)] mod name;`), by path without `.rs`.
fn test_files(src: &Path) -> BTreeSet<std::path::PathBuf> {
    let mut found = BTreeSet::new();
    for (path, text) in sources(src) {
        let dir = if path.ends_with("mod.rs") || path.ends_with("lib.rs") {
            path.parent().unwrap().to_path_buf()
        } else {
            path.with_extension("")
        };
        let mut rest = text.as_str();
        while let Some(at) = rest.find("#[cfg(test)]\nmod ") {
            let line = rest[at..].lines().nth(1).unwrap_or("");
            if let Some(name) = line.strip_prefix("mod ").and_then(|l| l.strip_suffix(';')) {
                found.insert(dir.join(name));
            }
            rest = &rest[at + 1..];
        }
    }
    found
}

fn sources(src: &Path) -> Vec<(std::path::PathBuf, String)> {
    let mut files = Vec::new();
    let mut dirs = vec![src.to_path_buf()];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).unwrap();
                files.push((path, text));
            }
        }
    }
    files.sort();
    files
}

/// The modules `lib.rs` declares: a file outside them is not part of the library.
fn declared(src: &Path) -> BTreeSet<String> {
    let lib = std::fs::read_to_string(src.join("lib.rs")).unwrap();
    lib.lines()
        .filter_map(|l| {
            l.trim()
                .strip_prefix("pub mod ")
                .or_else(|| l.trim().strip_prefix("mod "))
        })
        .map(|l| l.trim_end_matches(';').to_string())
        .collect()
}

/// The imports between the library's modules.
fn imports(src: &Path) -> Graph {
    let tests = test_files(src);
    let declared = declared(src);
    let files: Vec<_> = sources(src)
        .into_iter()
        .filter(|(path, _)| {
            let rel = path.strip_prefix(src).unwrap();
            let outside = rel.starts_with("cmd") || rel == Path::new("main.rs") || rel == Path::new("cli.rs");
            let for_tests = tests.contains(&path.with_extension("")) || tests.contains(path.parent().unwrap());
            let top = rel.iter().next().unwrap().to_string_lossy();
            let module = top.trim_end_matches(".rs");
            !outside && rel != Path::new("lib.rs") && !for_tests && declared.contains(module)
        })
        .collect();
    let modules: BTreeSet<String> = files
        .iter()
        .filter_map(|(path, _)| {
            let parts = file_path(path.strip_prefix(src).unwrap());
            module_of(&parts.iter().map(String::as_str).collect::<Vec<_>>())
        })
        .collect();
    let mut graph = Graph::new();
    for (path, text) in &files {
        let here = file_path(path.strip_prefix(src).unwrap());
        let from = module_of(&here.iter().map(String::as_str).collect::<Vec<_>>()).unwrap();
        for target in paths_in(&code_of(text), &here) {
            let Some(to) = module_of(&target.iter().map(String::as_str).collect::<Vec<_>>()) else {
                continue;
            };
            if to != from && modules.contains(&to) {
                graph.entry(from.clone()).or_default().insert(to);
            }
        }
    }
    graph
}

/// A circle of the graph, if it has one, as the modules around it.
fn circle(graph: &Graph) -> Option<Vec<String>> {
    fn visit(node: &str, graph: &Graph, path: &mut Vec<String>, done: &mut BTreeSet<String>) -> Option<Vec<String>> {
        if let Some(at) = path.iter().position(|n| n == node) {
            let mut found = path[at..].to_vec();
            found.push(node.to_string());
            return Some(found);
        }
        if done.contains(node) {
            return None;
        }
        path.push(node.to_string());
        for next in graph.get(node).into_iter().flatten() {
            if let Some(found) = visit(next, graph, path, done) {
                return Some(found);
            }
        }
        path.pop();
        done.insert(node.to_string());
        None
    }
    let mut done = BTreeSet::new();
    graph
        .keys()
        .find_map(|node| visit(node, graph, &mut Vec::new(), &mut done))
}

/// The table of the guide's architecture page: each module and the modules it may import.
fn documented(page: &str) -> Graph {
    let mut graph = Graph::new();
    for line in page.lines().filter(|l| l.starts_with("| `")) {
        let cells: Vec<&str> = line.split('|').map(str::trim).collect();
        let names =
            |cell: &str| -> BTreeSet<String> { cell.split('`').skip(1).step_by(2).map(str::to_string).collect() };
        let module = names(cells[1]).into_iter().next().unwrap();
        graph.insert(module, names(cells[cells.len() - 2]));
    }
    graph
}

#[test]
fn imports_go_one_way_as_the_architecture_page_says() {
    let repo = common::repo();
    let graph = imports(&repo.join("src"));
    assert!(graph.len() > 15, "too few modules found: {graph:?}");
    if let Some(found) = circle(&graph) {
        panic!("the modules import each other in a circle: {}", found.join(" → "));
    }
    let page = std::fs::read_to_string(repo.join("guide/architecture.md")).unwrap();
    let allowed = documented(&page);
    let mut unlisted = Vec::new();
    for (from, targets) in &graph {
        for to in targets {
            if !allowed.get(from).is_some_and(|a| a.contains(to)) {
                unlisted.push(format!("{from} → {to}"));
            }
        }
    }
    assert!(
        unlisted.is_empty(),
        "imports the architecture page (guide/architecture.md) does not list: {}",
        unlisted.join(", ")
    );
    // And the page lists no import that is not there, so it stays true.
    let mut stale = Vec::new();
    for (from, targets) in &allowed {
        for to in targets {
            if !graph.get(from).is_some_and(|g| g.contains(to)) {
                stale.push(format!("{from} → {to}"));
            }
        }
    }
    assert!(
        stale.is_empty(),
        "the architecture page lists imports the code no longer has: {}",
        stale.join(", ")
    );
}

#[test]
fn a_planted_circle_is_found() {
    let edge = |a: &str, b: &str| (a.to_string(), BTreeSet::from([b.to_string()]));
    let graph: Graph = [edge("diag", "messages"), edge("messages", "url"), edge("url", "diag")].into();
    assert_eq!(
        circle(&graph).unwrap(),
        ["diag", "messages", "url", "diag"].map(String::from)
    );
    let acyclic: Graph = [edge("diag", "messages"), edge("render", "diag")].into();
    assert_eq!(circle(&acyclic), None);
    // Read from code as the test reads the library.
    let code = code_of(
        "use crate::render::site::data;\nuse super::super::diag::x; // crate::nope\n#[cfg(test)]\nmod tests {\n use crate::pipeline;\n}\n",
    );
    let here: Vec<String> = ["render", "print", "data"].map(String::from).to_vec();
    let found: Vec<Option<String>> = paths_in(&code, &here)
        .iter()
        .map(|p| module_of(&p.iter().map(String::as_str).collect::<Vec<_>>()))
        .collect();
    assert_eq!(found, [Some("render::site".into()), Some("render".into())]);
}
