//! Invalid projects: every problem reported at once, with file:line:column and a hint.
//! Each `tests/fixtures/invalid-*/expected.stderr` is the exact report `altavoz check` prints.

mod common;

use common::*;
use std::process::Command;

fn check_fixture(name: &str) {
    let root = fixture_path(name);
    let output = altavoz(&["check", "--root", root.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1), "{name}: {}", stderr(&output));
    assert_snapshot(&root.join("expected.stderr"), &stderr(&output));
}

#[test]
fn malformed_yaml_names_line_and_column() {
    check_fixture("invalid-yaml");
    let err = stderr(&altavoz(&[
        "check",
        "--root",
        fixture_path("invalid-yaml").to_str().unwrap(),
    ]));
    // Where the quote opens, not where the parser got lost.
    assert!(err.contains("campaigns/c/es/index.md:3:10"), "{err}");
    assert!(err.contains("never closes it"), "{err}");
}

#[test]
fn images_without_alt_text_unreadable_photos_and_broken_svg_are_errors() {
    check_fixture("invalid-images");
    let err = stderr(&altavoz(&[
        "check",
        "--root",
        fixture_path("invalid-images").to_str().unwrap(),
    ]));
    // A Markdown image and a raw <img> without alt text, each at its line and column.
    assert!(err.contains("campaigns/c/es/index.md:6:27"), "{err}");
    assert!(err.contains("campaigns/c/es/index.md:10:22"), "{err}");
    // Decorative images that say so, and a drawing with a script (sanitized), are fine.
    assert_eq!(err.matches("has no alt text").count(), 2, "{err}");
    assert!(!err.contains("script.svg"), "{err}");
    // In Spanish too.
    let root = fixture_path("invalid-images");
    let es = stderr(&altavoz(&[
        "check",
        "--messages",
        "es",
        "--root",
        root.to_str().unwrap(),
    ]));
    assert!(es.contains("esta imagen no tiene texto alternativo"), "{es}");
    assert!(es.contains("este <img> no tiene texto alternativo (alt)"), "{es}");
}

#[test]
fn three_broken_files_in_one_report() {
    check_fixture("invalid-three");
}

#[test]
fn meaning_errors_each_with_a_hint() {
    check_fixture("invalid-semantic");
    let err = stderr(&altavoz(&[
        "check",
        "--root",
        fixture_path("invalid-semantic").to_str().unwrap(),
    ]));
    for expected in [
        "unknown language `eng` in folder name",
        "did you mean `en`?",
        "duplicate page",
        "is not a colour",
        "contrast of 1.51:1",
        "is not a real phone number: it does not start with + and the country code",
        "link to a missing page: es/no-existe.md",
        "has no heading with id `nada`",
        "did you mean `myth`?",
        "fallback `xx` is not a project language",
    ] {
        assert!(err.contains(expected), "{expected} missing from\n{err}");
    }
}

#[test]
fn usage_errors_exit_with_code_2() {
    let empty = tempfile::tempdir().unwrap();
    let output = altavoz(&["build", "--root", empty.path().to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("no altavoz.yaml"));
    assert_eq!(altavoz(&["build", "--no-such-flag"]).status.code(), Some(2));
    assert_eq!(altavoz(&["build", "--only", "everything"]).status.code(), Some(2));
}

#[test]
fn help_shows_examples_and_version_names_the_commit() {
    let help = String::from_utf8(altavoz(&["build", "--help"]).stdout).unwrap();
    assert!(
        help.contains("Examples:") && help.contains("--base-url") && help.contains("--drafts"),
        "{help}"
    );
    let version = String::from_utf8(altavoz(&["--version"]).stdout).unwrap();
    assert!(
        version.starts_with(&format!("altavoz {} (", env!("CARGO_PKG_VERSION"))),
        "{version}"
    );
    // The commit it was built from, as git names it (when this is a git checkout).
    let head = Command::new("git")
        .args(["rev-parse", "HEAD"])
        .current_dir(repo())
        .output();
    if let Some(head) = head.ok().filter(|h| h.status.success()) {
        let head = String::from_utf8(head.stdout).unwrap();
        assert!(
            version.trim_end().ends_with(&format!("({})", &head[..9])),
            "{version} is not {head}"
        );
    }
}

#[test]
fn a_valid_project_checks_clean_and_writes_nothing() {
    let project = fixture("valid-minimal");
    let output = altavoz(&["check", "--root", project.path().to_str().unwrap()]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(!project.path().join("public").exists());
}

#[test]
fn a_ui_string_missing_with_no_fallback_names_key_and_language() {
    // The project's own en.yaml replaces the built-in one and lacks `share_whatsapp`; `ht` has its
    // own file, so only `en` is missing it.
    let output = altavoz(&[
        "build",
        "--root",
        fixture_path("invalid-ui-strings").to_str().unwrap(),
        "--out",
        "/nonexistent/out",
    ]);
    assert_eq!(output.status.code(), Some(1));
    let err = stderr(&output);
    assert!(
        err.contains("UI string `share_whatsapp` is missing for language `en`"),
        "{err}"
    );
    assert!(!err.contains("for language `ht`"), "{err}");
    assert!(err.contains("themes/default/i18n/en.yaml"), "{err}");
}

#[test]
fn pages_not_reviewed_for_too_long_get_a_warning_not_an_error() {
    let project = fixture("valid-minimal");
    let out = tempfile::tempdir().unwrap();
    let root = project.path().to_str().unwrap();
    // 2028-01-01: the demo pages were reviewed in January 2026, more than 365 days before.
    let output = altavoz_env(
        &["build", "--root", root, "--out", out.path().to_str().unwrap()],
        &[("SOURCE_DATE_EPOCH", "1830297600")],
    );
    assert!(output.status.success(), "{}", stderr(&output));
    let err = stderr(&output);
    // Two pages reviewed on that day: one group.
    assert!(
        err.contains("warning: 2 pages were last reviewed more than 365 days ago:")
            && err.contains("last reviewed on 2026-01-15, more than 365 days ago"),
        "{err}"
    );
}

/// A copy of `valid-minimal` with the project theme files `files` (theme-relative path, text).
fn with_theme_files(files: &[(&str, &str)]) -> tempfile::TempDir {
    let project = fixture("valid-minimal");
    for (path, text) in files {
        let path = project.path().join("themes/default").join(path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
    project
}

#[test]
fn a_template_syntax_error_names_the_template_file_and_line() {
    let project = with_theme_files(&[(
        "page.html",
        "{% extends \"base.html\" %}\n{% block content %}\n<p>{{ page.title </p>\n{% endblock content %}\n",
    )]);
    let output = altavoz(&["check", "--root", project.path().to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    let err = stderr(&output);
    assert!(err.contains("themes/default/page.html:3:"), "{err}");
    assert!(err.contains("a template of theme `default` does not parse"), "{err}");
}

#[test]
fn a_misspelt_template_name_got_no_place_and_no_suggestion() {
    let project = with_theme_files(&[(
        "page.html",
        "{% extends \"bse.html\" %}\n{% block content %}\n{% include \"partials/contact.html\" %}\n{% endblock content %}\n",
    )]);
    let err = check_errors(project.path());
    assert!(err.contains("themes/default/page.html:1:12"), "{err}");
    assert!(err.contains("there is no template `bse.html` in the theme"), "{err}");
    assert!(err.contains("did you mean `base.html`?"), "{err}");
    assert!(err.contains("themes/default/page.html:3:12"), "{err}");
    assert!(err.contains("did you mean `partials/contacts.html`?"), "{err}");
    // A name like none of them lists the theme's templates.
    let project = with_theme_files(&[("home.html", "{% extends 'plantilla-nueva.html' %}\n")]);
    let err = check_errors(project.path());
    assert!(err.contains("themes/default/home.html:1:12"), "{err}");
    assert!(err.contains("the theme's templates are: 404.html, base.html"), "{err}");
}

#[test]
fn a_template_using_missing_data_names_the_template_file_and_line() {
    let project = with_theme_files(&[("partials/contacts.html", "<p>\n{{ campaign.nonexistent }}</p>\n")]);
    let output = altavoz(&["check", "--root", project.path().to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    let err = stderr(&output);
    assert!(err.contains("themes/default/partials/contacts.html:2:"), "{err}");
    assert!(err.contains("nonexistent"), "{err}");
}

#[test]
fn a_ui_string_altavoz_needs_missing_from_every_file_fails_the_build_naming_key_and_language() {
    // Every language file of the theme without `myth_label`: no fallback can lend it.
    let mut files = Vec::new();
    for lang in ["ar", "en", "es", "fr", "ht", "pt"] {
        let built_in = std::fs::read_to_string(repo().join(format!("themes/default/i18n/{lang}.yaml"))).unwrap();
        let without: String = built_in
            .lines()
            .filter(|l| !l.starts_with("myth_label:"))
            .map(|l| format!("{l}\n"))
            .collect();
        files.push((format!("i18n/{lang}.yaml"), without));
    }
    let files: Vec<(&str, &str)> = files.iter().map(|(p, t)| (p.as_str(), t.as_str())).collect();
    let project = with_theme_files(&files);
    let output = altavoz(&["check", "--root", project.path().to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    let err = stderr(&output);
    for lang in ["es", "en", "ar", "mam"] {
        assert!(
            err.contains(&format!("UI string `myth_label` is missing for language `{lang}`")),
            "{lang}: {err}"
        );
    }
}
