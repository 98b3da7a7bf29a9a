//! The translation workflow through the real binary: `status` (with the project's git
//! history), outdated notices, drafts that keep the fallback, `translate` and `--done`.

mod common;

use std::fs;
use std::path::Path;
use std::process::Command;

use common::*;
use serde_json::Value;

const PAGE: &str = "campaigns/think-twice/es/coyote-seguro.md";
const OLD: &str = "El tráfico de migrantes es un delito. Cuando algo sale mal,";
const NEW: &str = "El tráfico de migrantes es un delito grave. Cuando algo sale mal,";

/// The demo in a git repository, then one paragraph of a Spanish page changed and committed.
fn demo_with_a_changed_paragraph() -> tempfile::TempDir {
    let dir = demo();
    git(dir.path(), &["init", "-q", "-b", "main"], "2026-11-10T12:00:00Z");
    git(dir.path(), &["add", "."], "2026-11-10T12:00:00Z");
    git(
        dir.path(),
        &["commit", "-q", "-m", "La campaña"],
        "2026-11-10T12:00:00Z",
    );
    let path = dir.path().join(PAGE);
    let text = fs::read_to_string(&path).unwrap();
    assert!(text.contains(OLD));
    fs::write(&path, text.replace(OLD, NEW)).unwrap();
    git(
        dir.path(),
        &["commit", "-q", "-am", "Corrige el párrafo sobre el delito"],
        "2026-11-12T12:00:00Z",
    );
    dir
}

fn status_json(root: &Path) -> Value {
    let output = altavoz(&["status", "--format", "json", "--root", root.to_str().unwrap()]);
    assert!(output.status.success(), "{}", stderr(&output));
    serde_json::from_slice(&output.stdout).unwrap()
}

/// (campaign, language, page file, status) of every page of the report.
fn states(status: &Value) -> Vec<(String, String, String, String)> {
    let mut out = Vec::new();
    for campaign in status["campaigns"].as_array().unwrap() {
        for language in campaign["languages"].as_array().unwrap() {
            for page in language["pages"].as_array().unwrap() {
                out.push((
                    campaign["slug"].as_str().unwrap().to_string(),
                    language["code"].as_str().unwrap().to_string(),
                    page["page"].as_str().unwrap().to_string(),
                    page["status"].as_str().unwrap().to_string(),
                ));
            }
        }
    }
    out
}

fn build(root: &Path, out: &Path, extra: &[&str]) -> String {
    let mut args = vec![
        "build",
        "--quiet",
        "--root",
        root.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ];
    args.extend_from_slice(extra);
    let output = altavoz(&args);
    assert!(output.status.success(), "{}", stderr(&output));
    stderr(&output)
}

fn read(path: &Path) -> String {
    fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn a_changed_source_paragraph_outdates_exactly_that_page_with_its_old_and_new_text() {
    let project = demo_with_a_changed_paragraph();
    let status = status_json(project.path());
    assert_eq!(status["schema"], "altavoz-status");
    assert_eq!(status["version"], 1);
    assert_eq!(status["history"], "git");
    let states = states(&status);
    let outdated: Vec<_> = states.iter().filter(|s| s.3 == "outdated").collect();
    assert_eq!(
        outdated,
        vec![&(
            "think-twice".to_string(),
            "en".to_string(),
            "coyote-seguro.md".to_string(),
            "outdated".to_string()
        )],
        "only the changed page, in the one language that translated it"
    );
    for (campaign, lang, page, state) in &states {
        let expected = match lang.as_str() {
            "en" if page == "coyote-seguro.md" && campaign == "think-twice" => "outdated",
            "en" => "up_to_date",
            _ => "missing", // K'iche' has no translation
        };
        assert_eq!(state, expected, "{campaign} {lang} {page}");
    }
    let en = status["campaigns"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["slug"] == "think-twice")
        .unwrap()["languages"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["code"] == "en")
        .unwrap()
        .clone();
    let page = en["pages"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["page"] == "coyote-seguro.md")
        .unwrap();
    let changes = &page["changes"];
    assert_eq!(changes["history"], "git");
    assert_eq!(changes["since"], "2026-11-12");
    assert_eq!(changes["message"], "Corrige el párrafo sobre el delito");
    let items = changes["items"].as_array().unwrap();
    assert_eq!(items.len(), 1, "{items:?}");
    assert_eq!(items[0]["change"], "changed");
    assert_eq!(items[0]["kind"], "paragraph");
    assert!(
        items[0]["old"].as_str().unwrap().starts_with(OLD),
        "{}",
        items[0]["old"]
    );
    assert!(
        items[0]["new"].as_str().unwrap().starts_with(NEW),
        "{}",
        items[0]["new"]
    );
    assert_eq!(page["readers_get"]["how"], "translation_with_notice");
    assert_eq!(en["counts"]["outdated"], 1);
    assert_eq!(en["counts"]["up_to_date"], en["pages"].as_array().unwrap().len() - 1);

    // The same, for people.
    let text = altavoz(&["status", "--root", project.path().to_str().unwrap()]);
    let text = String::from_utf8_lossy(&text.stdout);
    assert!(text.contains("coyote-seguro.md"), "{text}");
    assert!(text.contains(&format!("was: {OLD}")), "{text}");
    assert!(text.contains(&format!("now: {NEW}")), "{text}");
    assert!(
        text.contains("altavoz translate --done campaigns/think-twice/en/coyote-seguro.md"),
        "{text}"
    );
}

#[test]
fn translate_done_brings_it_up_to_date_and_the_notice_goes() {
    let project = demo_with_a_changed_paragraph();
    let out = tempfile::tempdir().unwrap();
    let site = out.path().join("site");
    build(project.path(), &site, &[]);
    let notice = "The original of this page, in Español, was updated on November 12, 2026.";
    let en = read(&site.join("en/think-twice/coyote-seguro/index.html"));
    assert!(en.contains(notice), "{en}");
    assert!(
        en.contains("href=\"../../../es/think-twice/coyote-seguro/index.html\" hreflang=\"es\""),
        "{en}"
    );
    // Only on that page's translation: not the original, not the K'iche' fallback, not other pages.
    for page in [
        "es/think-twice/coyote-seguro/index.html",
        "quc/think-twice/coyote-seguro/index.html",
        "en/think-twice/senales-de-fraude/index.html",
    ] {
        assert!(!read(&site.join(page)).contains("was updated on"), "{page}");
    }

    let translation = "campaigns/think-twice/en/coyote-seguro.md";
    let done = altavoz(&[
        "translate",
        "--done",
        translation,
        "--root",
        project.path().to_str().unwrap(),
    ]);
    assert!(done.status.success(), "{}", stderr(&done));
    let states = states(&status_json(project.path()));
    assert!(
        states.iter().all(|s| s.3 != "outdated"),
        "{:?}",
        states.iter().filter(|s| s.3 == "outdated").collect::<Vec<_>>()
    );
    build(project.path(), &site, &[]);
    assert!(!read(&site.join("en/think-twice/coyote-seguro/index.html")).contains("was updated on"));
}

#[test]
fn the_outdated_notice_is_in_the_readers_language_and_only_on_outdated_pages() {
    let project = fixture("translation-notices");
    let out = tempfile::tempdir().unwrap();
    let site = out.path().join("site");
    build(project.path(), &site, &["--only", "site,print"]);
    let notice = |lang: &str, source: &str| {
        let strings = read(&repo().join(format!("themes/default/i18n/{lang}.yaml")));
        let line = strings
            .lines()
            .find(|l| l.starts_with("outdated_notice_undated:"))
            .unwrap();
        let text = line.split_once(": ").unwrap().1.trim_matches('"');
        text.replace("{source}", source)
    };
    // Campaign `a` is written in Spanish, `b` in English.
    for (lang, campaign, source) in [
        ("en", "a", "Español"),
        ("fr", "a", "Español"),
        ("ht", "a", "Español"),
        ("pt", "a", "Español"),
        ("ar", "a", "Español"),
        ("es", "b", "English"),
    ] {
        let page = read(&site.join(format!("{lang}/{campaign}/cambiada/index.html")));
        let expected = notice(lang, source);
        assert!(page.contains(&expected), "{lang}: `{expected}` not in the page");
        // Up-to-date translations and the originals say nothing of the kind.
        let home = read(&site.join(format!("{lang}/{campaign}/index.html")));
        assert!(!home.contains(&expected), "{lang} home");
    }
    let original = read(&site.join("es/a/cambiada/index.html"));
    assert!(!original.contains(&notice("es", "Español")));
    assert!(!original.contains("class=\"notice\""));
    // The handout says it too.
    let pdf = site.join("fr/a/print/cambiada-a4.pdf");
    let text = Command::new("pdftotext")
        .args([pdf.to_str().unwrap(), "-"])
        .output()
        .expect("pdftotext is needed for this test (apt-get install poppler-utils)");
    let text = String::from_utf8_lossy(&text.stdout)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    assert!(text.contains("a changé depuis sa traduction"), "{text}");
}

#[test]
fn deny_outdated_exits_1_when_a_translation_is_outdated_and_0_when_none_is() {
    let outdated = fixture("translation-notices");
    let denied = altavoz(&[
        "status",
        "--deny",
        "outdated",
        "--root",
        outdated.path().to_str().unwrap(),
    ]);
    assert_eq!(denied.status.code(), Some(1), "{}", stderr(&denied));
    let clean = fixture("valid-minimal");
    let allowed = altavoz(&["status", "--deny", "outdated", "--root", clean.path().to_str().unwrap()]);
    assert_eq!(allowed.status.code(), Some(0), "{}", stderr(&allowed));
    // Missing pages are another matter: valid-minimal has some.
    let missing = altavoz(&["status", "--deny", "missing", "--root", clean.path().to_str().unwrap()]);
    assert_eq!(missing.status.code(), Some(1));
}

#[test]
fn a_draft_translation_keeps_the_fallback_page_built_and_linked() {
    let project = demo();
    let root = project.path().to_str().unwrap();
    let started = altavoz(&["translate", "think-twice", "quc", "coyote-seguro", "--root", root]);
    assert!(started.status.success(), "{}", stderr(&started));
    let draft = project.path().join("campaigns/think-twice/quc/coyote-seguro.md");
    let text = read(&draft);
    assert!(text.contains("draft: true"), "{text}");
    assert!(text.contains("\ntranslated_from: "), "{text}");
    assert!(text.contains(OLD), "the source text, to translate");
    assert!(text.contains("# altavoz: "), "what to do");
    // The K'iche' words of the theme are started too, all still commented out.
    let ui = read(&project.path().join("themes/default/i18n/quc.yaml"));
    assert!(ui.lines().all(|l| l.starts_with('#') || l.is_empty()), "{ui}");
    assert!(ui.contains("# skip_link: \"Saltar al contenido\""), "{ui}");

    let out = tempfile::tempdir().unwrap();
    let site = out.path().join("site");
    build(project.path(), &site, &["--only", "site"]);
    let page = read(&site.join("quc/think-twice/coyote-seguro/index.html"));
    assert!(page.contains("<html lang=\"quc\""));
    assert!(page.contains("lang=\"es\""), "the Spanish fallback, marked");
    assert!(page.contains("class=\"notice\""), "with the fallback notice");
    let landing = read(&site.join("quc/think-twice/index.html"));
    assert!(
        landing.contains("quc/think-twice/coyote-seguro/index.html\""),
        "and linked"
    );
    let status = status_json(project.path());
    assert!(states(&status).contains(&(
        "think-twice".into(),
        "quc".into(),
        "coyote-seguro.md".into(),
        "draft".into()
    )));

    // A draft where there is no fallback: the page is left out, as without the draft, and
    // nothing links to it.
    let en = project.path().join("campaigns/think-twice/en/coyote-seguro.md");
    let text = read(&en).replace("\n---\n## ", "\ndraft: true\n---\n## ");
    fs::write(&en, text).unwrap();
    build(project.path(), &site, &["--only", "site"]);
    assert!(!site.join("en/think-twice/coyote-seguro/index.html").exists());
    assert!(!read(&site.join("en/think-twice/index.html")).contains("en/think-twice/coyote-seguro/index.html"));
}

#[test]
fn a_malformed_translated_from_is_an_error_at_its_line_and_column() {
    let project = fixture("valid-minimal");
    let page = project.path().join("campaigns/demo/en/index.md");
    let text = read(&page);
    let (before, after) = text.split_once("translated_from: ").unwrap();
    let (_, rest) = after.split_once('\n').unwrap();
    fs::write(&page, format!("{before}translated_from: 12ab\n{rest}")).unwrap();
    let output = altavoz(&["check", "--root", project.path().to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    let err = stderr(&output);
    let line = before.lines().count() + 1;
    assert!(err.contains(&format!("campaigns/demo/en/index.md:{line}:18")), "{err}");
    assert!(
        err.contains("`translated_from` `12ab` is not a translation mark"),
        "{err}"
    );
    assert!(err.contains("altavoz translate --done"), "{err}");
}

#[test]
fn outdated_source_serves_the_original_and_outdated_error_stops_the_build() {
    let project = fixture("translation-notices");
    let config = project.path().join("campaigns/a/campaign.yaml");
    let original = read(&config);
    fs::write(&config, format!("{original}outdated: source\n")).unwrap();
    let out = tempfile::tempdir().unwrap();
    let site = out.path().join("site");
    build(project.path(), &site, &["--only", "site"]);
    let page = read(&site.join("fr/a/cambiada/index.html"));
    assert!(page.contains("El original dice ahora otra cosa."), "the Spanish page");
    assert!(!page.contains("The old text fr."));
    assert!(page.contains("lang=\"es\""));

    fs::write(&config, format!("{original}outdated: error\n")).unwrap();
    let output = altavoz(&["check", "--root", project.path().to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    let err = stderr(&output);
    assert!(err.contains("campaigns/a/fr/cambiada.md:4:18"), "{err}");
    assert!(
        err.contains("the `es` page changed after this translation was made"),
        "{err}"
    );
}

#[test]
fn the_status_page_is_one_file_with_no_script_and_nothing_from_elsewhere() {
    let project = demo_with_a_changed_paragraph();
    let output = altavoz(&["status", "--format", "html", "--root", project.path().to_str().unwrap()]);
    assert!(output.status.success(), "{}", stderr(&output));
    let html = String::from_utf8(output.stdout).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>"));
    let lower = html.to_ascii_lowercase();
    for forbidden in ["<script", "<link", "src=", "@import", "url("] {
        assert!(!lower.contains(forbidden), "{forbidden}");
    }
    for href in attribute_values(&html, "href") {
        assert!(href.starts_with('#'), "only links inside the page: {href}");
        assert!(html.contains(&format!("id=\"{}\"", &href[1..])), "{href} leads nowhere");
    }
    // The old and new text, the words that changed marked.
    assert!(
        html.contains("El tráfico de migrantes es un <del>delito.</del> Cuando algo sale mal,"),
        "{html}"
    );
    assert!(
        html.contains("El tráfico de migrantes es un <ins>delito grave.</ins> Cuando algo sale mal,"),
        "{html}"
    );
    assert!(html.contains("altavoz translate --done campaigns/think-twice/en/coyote-seguro.md"));
}

#[test]
fn without_git_status_says_the_source_changed_but_not_what() {
    let project = fixture("translation-notices");
    let status = status_json(project.path());
    assert_eq!(status["history"], "none");
    let page = &status["campaigns"][0]["languages"][0]["pages"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["status"] == "outdated")
        .unwrap()
        .clone();
    assert_eq!(page["changes"]["history"], "none");
    assert_eq!(page["changes"]["since"], Value::Null);
    assert_eq!(page["changes"]["items"].as_array().unwrap().len(), 0);
}
