//! The converter against typst itself: hostile text stays text, random text round-trips, and
//! every CommonMark spec example compiles.

use std::collections::{BTreeMap, HashSet};

use super::convert::{Resolved, convert, escape_text, string_literal};
use crate::project::Date;
use crate::theme::Theme;
use crate::typeset::{Document, Typesetter};

fn typesetter() -> Typesetter {
    Typesetter::new(&Theme::load("default", &BTreeMap::new()))
}

fn document(main: String, body: &str) -> Document {
    let mut files = BTreeMap::new();
    files.insert("/body/0.typ".to_string(), crate::load::Blob::from(body.to_string()));
    Document {
        main,
        files,
        today: Date::parse("2026-11-18").unwrap(),
    }
}

/// Typst code that turns content back into the plain text a reader sees.
const PLAIN: &str = r#"
#let plain(it) = {
  if type(it) == str { it }
  else if it == [ ] { " " }
  else if it.has("text") { plain(it.text) }
  else if it.has("children") { it.children.map(plain).sum(default: "") }
  else if it.has("body") { plain(it.body) }
  else if it.func() == smartquote { if it.double { "\"" } else { "'" } }
  else { "" }
}
"#;

/// A small deterministic generator, so a failure can be replayed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

/// Generates `batches` × 250 random strings, escapes them with `escape` and checks with typst
/// that each compiles and reads back as the original. Returns the errors.
fn round_trip(escape: &dyn Fn(&str) -> String, batches: usize) -> Vec<String> {
    let alphabet: Vec<char> = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~ abcxyzABC019 ñ¿¡éÑ\u{200f}مرحبا\n\t"
        .chars()
        .collect();
    let typesetter = typesetter();
    let mut rng = Rng(0x5eed_1234_abcd_ef01);
    let mut errors = Vec::new();
    for batch in 0..batches {
        let mut main = String::from(PLAIN);
        for case in 0..250 {
            let len = (rng.next() % 40) as usize;
            let text: String = (0..len)
                .map(|_| alphabet[(rng.next() % alphabet.len() as u64) as usize])
                .collect();
            // Line breaks and tabs are spaces in print; markup collapses runs of spaces.
            let mut expected = String::new();
            for c in text.replace(['\n', '\t'], " ").chars() {
                if !(c == ' ' && expected.ends_with(' ')) {
                    expected.push(c);
                }
            }
            main.push_str(&format!(
                "#assert.eq(plain([{}]), {}, message: {})\n",
                escape(&text),
                string_literal(&expected),
                string_literal(&format!("batch {batch} case {case}: {text:?}"))
            ));
        }
        if let Err(e) = typesetter.check(&document(main, "")) {
            errors.extend(e.iter().map(std::string::ToString::to_string));
        }
    }
    errors
}

#[test]
fn random_text_compiles_and_round_trips() {
    // 3,000 strings of punctuation, letters, accents and Arabic.
    let errors = round_trip(&escape_text, 12);
    assert!(errors.is_empty(), "{}", errors.join("\n"));
}

#[test]
fn escaping_is_needed_a_negative_control() {
    // Put text into the literals without escaping backslashes, and the same test fails: it can
    // catch a broken escaper.
    let broken = |text: &str| escape_text(text).replace("\\\\", "\\");
    assert!(!round_trip(&broken, 2).is_empty());
    // And so does text written as markup, without literals.
    let bare = |text: &str| text.replace(['\n', '\t'], " ");
    assert!(!round_trip(&bare, 2).is_empty());
}

#[test]
fn hostile_bodies_stay_text() {
    let body = "# #read(\"/etc/passwd\")\n\n$x$ ] #panic(\"x\") [ #import \"@preview/x:0.1.0\"\n\n\
                `#panic(\"code\")`\n\n```\n#panic(\"fenced\")\n```\n\n- #set text(size: 1pt)\n\n[l](javascript:alert(1)) \
                <script>alert(1)</script> // c /* d */ <l> @r \\u{41}";
    let converted = convert(body, "t", &|_, _| Resolved::Text).unwrap();
    let main = format!(
        "{PLAIN}#let body = include \"/body/0.typ\"\n#let text = plain(body)\n\
                        #assert(text.contains(\"#read(\\\"/etc/passwd\\\")\"), message: text)\n\
                        #assert(text.contains(\"#panic(\\\"x\\\")\"), message: text)\n\
                        #assert(text.contains(\"#import\"), message: text)\n#body\n"
    );
    let typesetter = typesetter();
    if let Err(errors) = typesetter.check(&document(main, &converted.markup)) {
        panic!("{errors:?}\n{}", converted.markup);
    }
    assert!(converted.plain.contains("#read(\"/etc/passwd\")"));
    assert!(!converted.markup.contains("<script"));
}

#[test]
fn deep_nesting_is_flattened_and_huge_bodies_refused() {
    let deep = format!("{}x\n", "> ".repeat(200));
    let lists: String = (0..100).map(|i| format!("{}- item {i}\n", "  ".repeat(i))).collect();
    let typesetter = typesetter();
    for body in [deep, lists] {
        let converted = convert(&body, "t", &|_, _| Resolved::Text).unwrap();
        let main = "#include \"/body/0.typ\"\n".to_string();
        if let Err(errors) = typesetter.check(&document(main, &converted.markup)) {
            panic!("{errors:?}");
        }
    }
    assert!(convert(&"x".repeat(super::convert::MAX_BYTES + 1), "t", &|_, _| Resolved::Text).is_err());
}

#[test]
fn a_footnote_referenced_many_times_is_written_once() {
    let note = "Una nota larga. ".repeat(50);
    let body = format!("{}\n\n[^n]: {note}\n", "Texto[^n] y más[^n].\n\n".repeat(300));
    let converted = convert(&body, "t", &|_, _| Resolved::Text).unwrap();
    assert_eq!(
        converted.markup.matches("Una nota larga").count(),
        50,
        "the note's text once"
    );
    assert_eq!(converted.markup.matches("#footnote(<altavoz-t-1>)").count(), 599);
    let main = "#set text(font: \"Noto Sans\")\n#include \"/body/0.typ\"\n".to_string();
    let text = typesetter().page_text(&document(main, &converted.markup)).unwrap();
    assert!(text.contains("Una nota larga"), "{text}");
}

#[test]
fn every_commonmark_spec_example_compiles() {
    let spec: Vec<serde_json::Value> =
        serde_json::from_str(include_str!("../../../tests/data/commonmark-spec-0.31.2.json")).unwrap();
    assert_eq!(spec.len(), 652);
    let typesetter = typesetter();
    let mut failures = Vec::new();
    let mut seen = HashSet::new();
    for example in &spec {
        let markdown = example["markdown"].as_str().unwrap();
        let number = example["number"].as_u64().unwrap();
        seen.insert(number);
        let converted = convert(markdown, "spec", &|dest, is_image| {
            if is_image {
                Resolved::Text
            } else {
                Resolved::Url(dest.to_string())
            }
        })
        .unwrap();
        let main = "#set text(font: (\"Noto Sans\", \"Noto Sans Arabic\"))\n#include \"/body/0.typ\"\n".to_string();
        if let Err(errors) = typesetter.pdf(&document(main, &converted.markup), "spec") {
            failures.push(format!(
                "example {number}: {:?}\n{markdown}\n---\n{}",
                errors, converted.markup
            ));
        }
    }
    assert_eq!(seen.len(), 652);
    assert!(
        failures.is_empty(),
        "{} examples failed:\n{}",
        failures.len(),
        failures.join("\n\n")
    );
}
