//! For random sequences of source edits (texts, front matter, translation states, drafts,
//! deletions, languages added), a rebuild into the previous output equals a build from scratch,
//! file for file, for the website, the handouts and the cards; and so does each of `serve`'s
//! in-memory rebuilds. Whatever a document shows must be an input of its reuse.
//!
//! Builds run in this process through the library (as `build` and `serve` run them), on a small
//! generated project, with a fixed seed and a bounded number of cases.

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;
use std::sync::Arc;

use altavoz::pipeline::{self, BuildOptions, Mode};
use altavoz::project::Date;
use altavoz::render::{FileMap, Output};
use altavoz::translatable::Content;
use proptest::prelude::*;
use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};

/// Pages of the generated campaign, by slug; page 0 is the landing page.
const PAGES: [&str; 4] = ["index", "mito", "consejo", "historia"];

/// One change an author or translator makes.
#[derive(Debug, Clone)]
enum Edit {
    /// A paragraph added to a Spanish page (its translations become outdated).
    Body(usize),
    /// A new title, in Spanish or in English.
    Title(usize, bool),
    /// `draft: true` turned on or off on the English page.
    Draft(usize),
    /// The English translation written, up to date with its source.
    Translate(usize),
    /// The English translation deleted.
    Untranslate(usize),
    /// A Spanish page (not the landing page) deleted with its translation.
    Delete(usize),
    /// A page of that name added back (or added) in Spanish.
    Add(usize),
    /// French added to the project, falling back to Spanish.
    AddLanguage,
    /// The campaign's tagline changed.
    Tagline,
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        (0..PAGES.len()).prop_map(Edit::Body),
        (0..PAGES.len(), any::<bool>()).prop_map(|(i, en)| Edit::Title(i, en)),
        (1..PAGES.len()).prop_map(Edit::Draft),
        (0..PAGES.len()).prop_map(Edit::Translate),
        (1..PAGES.len()).prop_map(Edit::Untranslate),
        (1..PAGES.len()).prop_map(Edit::Delete),
        (1..PAGES.len()).prop_map(Edit::Add),
        Just(Edit::AddLanguage),
        Just(Edit::Tagline),
    ]
}

fn page_text(slug: &str, title: &str, extra: &str) -> String {
    let kind = match slug {
        "mito" => "kind: myth\nmyth: \"Todo es seguro.\"\nfact: \"No todo es seguro.\"\n",
        "consejo" => "kind: tip\n",
        _ => "",
    };
    format!(
        "---\ntitle: \"{title}\"\nsummary: \"Resumen de {slug}.\"\n{kind}reviewed: 2026-10-01\n---\n\
         Texto de {slug}, con un [enlace al inicio](index.md).\n\n- uno\n- dos\n{extra}"
    )
}

fn write(root: &Path, rel: &str, text: &str) {
    let path = root.join(rel);
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    fs::write(path, text).unwrap();
}

fn page_path(lang: &str, i: usize) -> String {
    format!("campaigns/demo/{lang}/{}.md", PAGES[i])
}

/// A small project: Spanish source, English translations, Arabic falling back to English and
/// Mam to Spanish.
fn write_project(root: &Path) {
    write(
        root,
        "altavoz.yaml",
        "title: \"Prueba\"\nbase_url: \"https://example.org/\"\nlanguages:\n  - { code: es, name: \"Español\" }\n  \
         - { code: en, name: \"English\" }\n  - { code: ar, name: \"العربية\", fallback: en }\n  \
         - { code: mam, name: \"Mam\", fallback: es }\n",
    );
    write(
        root,
        "campaigns/demo/campaign.yaml",
        "name: { es: \"Demostración\", en: \"Demo\" }\ntagline: { es: \"Una campaña\", en: \"A campaign\" }\n\
         contacts:\n  - label: { es: \"Línea (EJEMPLO)\", en: \"Line (EXAMPLE)\" }\n    phone: \"+502 5555 0100\"\n",
    );
    for (i, slug) in PAGES.iter().enumerate() {
        write(
            root,
            &page_path("es", i),
            &page_text(slug, &format!("Página {slug}"), ""),
        );
    }
    translate(root, 0);
    translate(root, 1);
}

/// Writes the English page `i` as an up-to-date translation of the Spanish one.
fn translate(root: &Path, i: usize) {
    let Ok(source) = fs::read_to_string(root.join(page_path("es", i))) else {
        return;
    };
    let hash = Content::of_text(&source).expect("a page").hash();
    let english = page_text(PAGES[i], &format!("Page {}", PAGES[i]), "").replacen(
        "---\n",
        &format!("---\ntranslated_from: {hash}\n"),
        1,
    );
    write(root, &page_path("en", i), &english);
}

fn replace_in(root: &Path, rel: &str, from: &str, to: &str) {
    if let Ok(text) = fs::read_to_string(root.join(rel)) {
        fs::write(root.join(rel), text.replacen(from, to, 1)).unwrap();
    }
}

fn apply(root: &Path, edit: &Edit, step: usize) {
    match *edit {
        Edit::Body(i) => {
            if let Ok(text) = fs::read_to_string(root.join(page_path("es", i))) {
                write(root, &page_path("es", i), &format!("{text}\nOtro párrafo {step}.\n"));
            }
        }
        Edit::Title(i, en) => {
            let lang = if en { "en" } else { "es" };
            replace_in(root, &page_path(lang, i), "title: \"", &format!("title: \"{step} "));
        }
        Edit::Draft(i) => {
            let rel = page_path("en", i);
            match fs::read_to_string(root.join(&rel)) {
                Ok(text) if text.contains("draft: true\n") => replace_in(root, &rel, "draft: true\n", ""),
                Ok(_) => replace_in(root, &rel, "---\n", "---\ndraft: true\n"),
                Err(_) => {}
            }
        }
        Edit::Translate(i) => translate(root, i),
        Edit::Untranslate(i) => {
            let _ = fs::remove_file(root.join(page_path("en", i)));
        }
        Edit::Delete(i) => {
            let _ = fs::remove_file(root.join(page_path("es", i)));
            let _ = fs::remove_file(root.join(page_path("en", i)));
        }
        Edit::Add(i) => {
            if !root.join(page_path("es", i)).exists() {
                write(
                    root,
                    &page_path("es", i),
                    &page_text(PAGES[i], &format!("Nueva {step}"), ""),
                );
            }
        }
        Edit::AddLanguage => replace_in(
            root,
            "altavoz.yaml",
            "  - { code: mam",
            "  - { code: fr, name: \"Français\", fallback: es }\n  - { code: mam",
        ),
        Edit::Tagline => replace_in(
            root,
            "campaigns/demo/campaign.yaml",
            "es: \"Una campaña",
            &format!("es: \"{step} Una campaña"),
        ),
    }
}

fn options(root: &Path) -> BuildOptions {
    let mut options = BuildOptions::new(root);
    options.today = Date::from_unix(1_795_000_000);
    options
}

/// Builds into `out` (replacing it) and returns every file, or the failure as text.
fn build_into(root: &Path, out: &Path) -> Result<BTreeMap<String, Vec<u8>>, String> {
    let mut options = options(root);
    options.out = Some(out.to_path_buf());
    pipeline::build(&options).map_err(|e| format!("{e}"))?;
    let mut files = BTreeMap::new();
    for entry in walkdir(out) {
        let rel = entry.strip_prefix(out).unwrap().to_string_lossy().replace('\\', "/");
        files.insert(rel, fs::read(&entry).unwrap());
    }
    Ok(files)
}

fn walkdir(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut files = Vec::new();
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files.extend(walkdir(&path));
        } else {
            files.push(path);
        }
    }
    files
}

/// A preview build (as `serve` makes it, in memory), reusing `previous` when given.
fn preview(root: &Path, previous: Option<Arc<FileMap>>) -> Result<Arc<FileMap>, String> {
    let mut options = options(root);
    options.mode = Mode::Preview;
    options.previous = previous;
    let steps: [&[Output]; 2] = [&[Output::Site], &[Output::Print, Output::Cards]];
    let mut all = FileMap::new();
    pipeline::build_in_steps(&options, &steps, &mut |step| all.extend(step.files)).map_err(|e| format!("{e}"))?;
    Ok(Arc::new(all))
}

fn differences(kept: &BTreeMap<String, Vec<u8>>, fresh: &BTreeMap<String, Vec<u8>>) -> Vec<String> {
    let mut differ: Vec<String> = fresh
        .iter()
        .filter(|(path, bytes)| kept.get(*path) != Some(*bytes))
        .map(|(path, _)| path.clone())
        .collect();
    differ.extend(kept.keys().filter(|p| !fresh.contains_key(*p)).cloned());
    differ
}

fn runner(cases: u32) -> TestRunner {
    let config = Config {
        cases,
        failure_persistence: None,
        max_shrink_iters: 32,
        ..Config::default()
    };
    TestRunner::new_with_rng(config, TestRng::from_seed(RngAlgorithm::ChaCha, &[7; 32]))
}

#[test]
fn a_rebuild_into_the_previous_output_equals_a_fresh_build() {
    runner(6)
        .run(&proptest::collection::vec(edit(), 1..5), |edits| {
            let project = tempfile::tempdir().unwrap();
            let out = tempfile::tempdir().unwrap();
            let (root, kept) = (project.path(), out.path().join("kept"));
            write_project(root);
            build_into(root, &kept).expect("the first build");
            for (step, edit) in edits.iter().enumerate() {
                apply(root, edit, step);
                let Ok(rebuilt) = build_into(root, &kept) else {
                    // A build that fails writes nothing; the next one starts from the last.
                    continue;
                };
                let fresh = build_into(root, &out.path().join(format!("fresh-{step}"))).expect("a fresh build");
                let differ = differences(&rebuilt, &fresh);
                prop_assert!(differ.is_empty(), "after {:?}: {differ:?} differ", &edits[..=step]);
            }
            Ok(())
        })
        .unwrap();
}

#[test]
fn a_preview_rebuilt_in_memory_equals_a_fresh_preview() {
    runner(6)
        .run(&proptest::collection::vec(edit(), 1..5), |edits| {
            let project = tempfile::tempdir().unwrap();
            let root = project.path();
            write_project(root);
            let mut last = preview(root, None).expect("the first preview");
            for (step, edit) in edits.iter().enumerate() {
                apply(root, edit, step);
                let Ok(rebuilt) = preview(root, Some(Arc::clone(&last))) else {
                    continue;
                };
                let fresh = preview(root, None).expect("a fresh preview");
                let as_bytes = |files: &FileMap| -> BTreeMap<String, Vec<u8>> {
                    files.iter().map(|(p, b)| (p.clone(), b.to_vec())).collect()
                };
                let differ = differences(&as_bytes(&rebuilt), &as_bytes(&fresh));
                prop_assert!(differ.is_empty(), "after {:?}: {differ:?} differ", &edits[..=step]);
                last = rebuilt;
            }
            Ok(())
        })
        .unwrap();
}
