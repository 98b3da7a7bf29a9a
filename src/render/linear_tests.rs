//! Every page body costs time in proportion to its length: twice the text takes at most three
//! times as long to check, to turn into safe HTML and to typeset, whatever the text. Property
//! tests (proptest) over random and adversarial Markdown, repeated to twice its length.
//!
//! A body beyond the limits of `markdown::limits` is refused quickly; one within them is
//! rendered. Each measurement is the fastest of a few runs, with typst's cache emptied before
//! each, on bodies of 32 and 64 KiB: large enough that a quadratic cost shows (it would take
//! four times as long), small enough for CI (under 10 s in all). typst reuses the layout of a
//! paragraph it has seen, so a unit repeated into identical paragraphs costs less than varied
//! text would: the adversarial units that matter make one long paragraph or one deep structure.

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use proptest::prelude::*;

use crate::markdown::limits;
use crate::project::Date;
use crate::render::print::convert::{Resolved, convert};
use crate::render::site::body_html::to_html;
use crate::theme::Theme;
use crate::typeset::{self, Document, Typesetter};

/// Bodies are made of a unit repeated to about this many bytes, then to twice as many.
const SIZE: usize = 32 * 1024;

/// Pieces of Markdown and HTML known to make parsers, sanitizers or typesetters slow: from
/// the pathological tests of cmark, md4c and pulldown-cmark, html5ever's open-element scans,
/// and typst's paragraph layout.
const ADVERSARIAL: &[&str] = &[
    "> ",
    "*a",
    "[",
    "- ",
    "* ",
    "1. ",
    "  - a\n",
    "<div>",
    "<span>",
    "<em></b>",
    "<b><i></b></i>",
    "<table><tr><td>",
    "<p><b>x",
    "`",
    "``\\",
    "e`",
    "[a](<b",
    "[ (](",
    "[](",
    "a***",
    "*a **a ",
    " a** a*",
    "_a _a",
    "a_ ",
    "[*_a",
    "<!--",
    "a <![CDATA[",
    "a <?",
    "<>",
    "<a",
    "|a",
    "|\n",
    "[^a] ",
    "\"",
    "'",
    "&amp;",
    "\\",
    "#",
    "$",
    "~~a",
    "![a](b)",
    "<a href=x>",
    "[x]: y\n[x] ",
    "a\n",
    "\n\n",
    "    ",
    "\t",
    "Texto normal, con «comillas», acentos y un [enlace](https://example.org). ",
    "%a ",
    "a, b. ",
];

fn typesetter() -> &'static Typesetter {
    static TYPESETTER: std::sync::OnceLock<Typesetter> = std::sync::OnceLock::new();
    TYPESETTER.get_or_init(|| Typesetter::new(&Theme::load("default", &BTreeMap::new())))
}

/// The time a build spends on `body`: the limits, then (within them) HTML and typesetting.
fn cost(body: &str) -> Duration {
    let started = Instant::now();
    if !limits::check(body).is_empty() {
        return started.elapsed();
    }
    to_html(body, &|_| None, "Tabla");
    let Ok(converted) = convert(body, "p", &|dest, _| Resolved::Url(dest.to_string())) else {
        return started.elapsed();
    };
    let mut files = BTreeMap::new();
    files.insert("/body/0.typ".to_string(), crate::load::Blob::from(converted.markup));
    let document = Document {
        main: "#set page(paper: \"a4\")\n#set text(font: (\"Noto Sans\", \"Noto Sans Arabic\"))\n#include \"/body/0.typ\"\n"
            .to_string(),
        files,
        today: Date::parse("2026-11-18").expect("a date"),
    };
    let typeset = typesetter().check(&document);
    let elapsed = started.elapsed();
    assert!(typeset.is_ok(), "{body:?} does not typeset: {typeset:?}");
    elapsed
}

/// The fastest of `runs` runs (the machine is shared: the fastest is the least disturbed).
fn fastest(body: &str, runs: usize) -> Duration {
    (0..runs)
        .map(|_| {
            typeset::clear_cache();
            cost(body)
        })
        .min()
        .unwrap_or_default()
}

/// `unit` repeated to about `bytes`.
fn repeated(unit: &str, bytes: usize) -> String {
    unit.repeat(bytes / unit.len().max(1) + 1)
}

/// Checks that twice `unit`'s text costs at most three times as much (with 10 ms for noise).
/// A failure is measured again with more runs before it counts: a busy machine can slow one
/// run down, but not every run.
fn doubling_at_most_triples(unit: &str) -> Result<(), String> {
    let (once, twice) = (repeated(unit, SIZE), repeated(unit, 2 * SIZE));
    let mut result = Ok(());
    for runs in [3, 7] {
        let (t1, t2) = (fastest(&once, runs), fastest(&twice, runs));
        if t2 <= t1 * 3 + Duration::from_millis(10) {
            return Ok(());
        }
        result = Err(format!("{unit:?}: {t1:?} for {SIZE} bytes, {t2:?} for twice as many"));
    }
    result
}

#[test]
fn adversarial_markdown_costs_linear_time() {
    let failures: Vec<String> = ADVERSARIAL
        .iter()
        .filter_map(|unit| doubling_at_most_triples(unit).err())
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Units: a few adversarial pieces and random characters that mean something in Markdown.
fn unit() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        proptest::sample::select(ADVERSARIAL).prop_map(str::to_string),
        "[a-c *_`>#\\[\\]()<>!|\\\\~\"'&;:/.\n-]{1,12}",
    ];
    proptest::collection::vec(piece, 1..4).prop_map(|pieces| pieces.concat())
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 32,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn random_markdown_costs_linear_time(unit in unit()) {
        let result = doubling_at_most_triples(&unit);
        prop_assert!(result.is_ok(), "{}", result.err().unwrap_or_default());
    }
}
