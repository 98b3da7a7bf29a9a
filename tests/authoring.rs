//! Authoring (issue 13), through the real binary: every mistake in one run, in the author's
//! language; YAML mistakes explained where they are; real phone numbers; grouped warnings and
//! `--deny-warnings`; `altavoz new`; progress on a terminal.

mod common;

use std::fs;
use std::path::Path;
use std::process::Command;

use common::*;

const MIXED: &str = "invalid-authoring";

fn check(root: &Path, extra: &[&str], env: &[(&str, &str)]) -> std::process::Output {
    let mut args = vec!["check", "--root", root.to_str().unwrap()];
    args.extend(extra);
    altavoz_env(&args, env)
}

#[test]
fn every_mistake_in_one_run_at_its_place_in_spanish_and_english() {
    let root = fixture_path(MIXED);
    for (lang, snapshot) in [("es", "expected.es.stderr"), ("en", "expected.en.stderr")] {
        let output = check(&root, &["--messages", lang], &[]);
        assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
        assert_snapshot(&root.join(snapshot), &stderr(&output));
    }
    let err = stderr(&check(&root, &["--messages", "en"], &[]));
    // The six mixed mistakes of the issue, each at its line and column.
    for place in [
        "campaigns/c/es/mixto.md:3:1",  // sumary
        "campaigns/c/es/mixto.md:4:1",  // reviwed
        "campaigns/c/es/mixto.md:5:8",  // order: primero
        "campaigns/c/es/mixto.md:7:13", // a broken link, behind front-matter mistakes
        "campaigns/c/es/fecha.md:4:11", // 2026-02-30
        "campaigns/c/es/index.md:6:5",  // señales-de-fraude.md
    ] {
        assert!(err.contains(place), "{place} missing from\n{err}");
    }
    assert!(err.contains("did you mean `summary`?") && err.contains("did you mean `reviewed`?"));
    assert!(
        !err.contains("`summary` is missing"),
        "a misspelt key is one mistake, not two"
    );
    assert!(err.contains("month 2 of that year has 28 days"), "{err}");
    assert!(err.contains("did you mean `senales-de-fraude.md`?"), "{err}");
    assert!(err.contains("15 problems found"), "{err}");
}

#[test]
fn each_yaml_mistake_gets_its_own_plain_message_at_its_line() {
    let err = stderr(&check(&fixture_path(MIXED), &["--messages", "en"], &[]));
    for (place, message) in [
        ("comillas.md:2:8", "this text opens with \" but never closes it"),
        (
            "campaign.yaml:3:12",
            "`#` starts a comment in YAML, so the colour #5b2a86 is not read",
        ),
        ("tabulacion.md:5:1", "this line is indented with a tab"),
        ("espacio.md:2:7", "`title:` needs a space after the `:`"),
        (
            "guion.md:7:5",
            "this line is inside a list but does not start with `- `",
        ),
        (
            "dos-puntos.md:3:13",
            "this text has `: ` in it, which YAML reads as a new key",
        ),
    ] {
        let at = err.find(place).unwrap_or_else(|| panic!("{place} missing from\n{err}"));
        // The message is the header just above the snippet that names the place.
        let header = err[..at].rfind("error: ").unwrap();
        assert!(err[header..at].contains(message), "{place}: {}", &err[header..at]);
    }
    assert!(err.contains("help: write \"#5b2a86\" in quotes"), "{err}");
    // The parser's words come after ours, as a note.
    assert!(err.contains("= the YAML reader says: invalid trailing content after double-quoted scalar"));
}

#[test]
fn invalid_phone_numbers_are_errors_with_the_reason() {
    let err = stderr(&check(&fixture_path(MIXED), &["--messages", "en"], &[]));
    assert!(
        err.contains("is too short for GT (+502): numbers there have 8 digits after +502"),
        "{err}"
    );
    assert!(
        err.contains("`+52 55 1234 5678` is a number of MX, but `country` says HN"),
        "{err}"
    );
    assert!(err.contains("`XX` is not a country code"), "{err}");
}

#[test]
fn pages_and_handouts_show_numbers_grouped_the_national_way() {
    let project = fixture("valid-minimal");
    let config = project.path().join("campaigns/demo/campaign.yaml");
    let text = fs::read_to_string(&config).unwrap();
    let text = text
        .replace("\"+502 5555 0100\"", "\"+50495550100\"")
        .replace("\"+50255550100\"", "\"+50495550100\"")
        .replace("country: GT", "country: HN");
    fs::write(&config, text).unwrap();
    let out = tempfile::tempdir().unwrap();
    let output = build_into(project.path(), out.path(), &["--only", "site,print"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let page = fs::read_to_string(out.path().join("es/demo/mito/index.html")).unwrap();
    assert!(page.contains("+504 9555-0100"), "Honduras writes 9555-0100");
    assert!(page.contains("tel:+50495550100"), "links dial the E.164 number");
    let pdf = Command::new("pdftotext")
        .args([out.path().join("es/demo/print/mito-a4.pdf").to_str().unwrap(), "-"])
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&pdf.stdout).contains("+504 9555-0100"));
}

#[test]
fn messages_follow_the_flag_then_the_project_then_the_system_locale() {
    let root = fixture_path(MIXED);
    let spanish = stderr(&check(&root, &[], &[("LANG", "es_GT.UTF-8")]));
    assert!(spanish.contains("no conozco la clave `sumary`"), "{spanish}");
    assert!(spanish.contains("se encontraron 15 problemas"), "{spanish}");
    let english = stderr(&check(
        &root,
        &[],
        &[("LANG", "es_GT.UTF-8"), ("LC_ALL", "en_US.UTF-8")],
    ));
    assert!(english.contains("unknown key `sumary`"), "{english}");
    // `messages:` in altavoz.yaml wins over the locale; --messages wins over both.
    let project = fixture(MIXED);
    let config = project.path().join("altavoz.yaml");
    let text = fs::read_to_string(&config).unwrap() + "messages: es\n";
    fs::write(&config, text).unwrap();
    let from_project = stderr(&check(project.path(), &[], &[("LANG", "en_US.UTF-8")]));
    assert!(from_project.contains("no conozco la clave `sumary`"), "{from_project}");
    let from_flag = stderr(&check(project.path(), &["--messages", "en"], &[]));
    assert!(from_flag.contains("unknown key `sumary`"), "{from_flag}");
    // A usage error too.
    let empty = tempfile::tempdir().unwrap();
    let output = altavoz(&["build", "--root", empty.path().to_str().unwrap(), "--messages", "es"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("altavoz new"), "{}", stderr(&output));
    assert!(
        stderr(&output).contains("no hay ningún altavoz.yaml"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn old_review_dates_come_as_one_grouped_warning_and_deny_warnings_fails_the_build() {
    let project = fixture("valid-minimal");
    let root = project.path().to_str().unwrap();
    let out = tempfile::tempdir().unwrap();
    let out = out.path().join("site");
    let later = [("SOURCE_DATE_EPOCH", "1830297600")]; // 2028-01-01
    let output = altavoz_env(&["check", "--root", root], &later);
    assert!(output.status.success(), "{}", stderr(&output));
    let err = stderr(&output);
    assert!(
        err.contains("warning: 2 pages were last reviewed more than 365 days ago:"),
        "{err}"
    );
    assert_eq!(err.matches("days ago").count(), 3, "one group of two pages:\n{err}");
    let output = altavoz_env(
        &[
            "build",
            "--root",
            root,
            "--out",
            out.to_str().unwrap(),
            "--deny-warnings",
        ],
        &later,
    );
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    assert!(stderr(&output).contains("nothing was written"), "{}", stderr(&output));
    assert!(!out.exists(), "nothing written");
    let output = altavoz_env(&["check", "--root", root, "--deny-warnings"], &later);
    assert_eq!(output.status.code(), Some(1));
    // Without old pages (and with every page dated), --deny-warnings lets it through.
    for page in ["campaigns/demo/es/mito.md", "campaigns/demo/es/consejos/uno.md"] {
        let path = project.path().join(page);
        let text = fs::read_to_string(&path)
            .unwrap()
            .replacen("---\n", "---\nreviewed: 2026-11-01\n", 1);
        fs::write(&path, text).unwrap();
    }
    let output = altavoz(&["check", "--root", root, "--deny-warnings"]);
    assert!(output.status.success(), "{}", stderr(&output));
}

#[test]
fn a_long_list_of_warnings_is_folded_after_five_unless_verbose() {
    let project = fixture("valid-minimal");
    for i in 0..7 {
        fs::write(
            project.path().join(format!("campaigns/demo/es/sin-fecha-{i}.md")),
            "---\ntitle: \"Sin fecha\"\nsummary: \"Una página sin revisión.\"\n---\nTexto.\n",
        )
        .unwrap();
    }
    let root = project.path().to_str().unwrap();
    let err = stderr(&altavoz(&["check", "--root", root]));
    // The 7 new pages and 2 of the fixture's.
    assert!(
        err.contains("9 pages do not say when their facts were last checked:"),
        "{err}"
    );
    assert!(err.contains("… and 4 more (add --verbose to see them all)"), "{err}");
    let all = stderr(&altavoz(&["check", "--root", root, "--verbose"]));
    assert!(
        all.contains("sin-fecha-6.md") && !all.contains("more (add --verbose"),
        "{all}"
    );
}

#[test]
fn new_makes_a_project_that_builds_with_no_warning_and_new_page_a_page_that_builds() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("demo");
    let output = altavoz(&["new", root.to_str().unwrap(), "--messages", "es"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let out = dir.path().join("public");
    let build = |extra: &[&str]| build_into(&root, &out, extra);
    let output = build(&["--deny-warnings"]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(!stderr(&output).contains("warning"), "{}", stderr(&output));
    assert!(out.join("en/mi-campana/mito/index.html").is_file());
    let config = fs::read_to_string(root.join("altavoz.yaml")).unwrap();
    assert!(
        config.contains("# El proyecto:"),
        "comments in the author's language:\n{config}"
    );
    // Again into the same folder: refused, nothing overwritten.
    let again = altavoz(&["new", root.to_str().unwrap()]);
    assert_eq!(again.status.code(), Some(2));

    let output = altavoz(&[
        "new",
        "page",
        "mi-campana/es/nuevo-mito",
        "--kind",
        "myth",
        "--root",
        root.to_str().unwrap(),
        "--messages",
        "es",
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    let page = fs::read_to_string(root.join("campaigns/mi-campana/es/nuevo-mito.md")).unwrap();
    assert!(
        page.contains("kind: myth") && page.contains("myth:") && page.contains("fact:"),
        "{page}"
    );
    assert!(page.contains("# La idea falsa"), "{page}");
    let output = build(&[]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(out.join("es/mi-campana/nuevo-mito/index.html").is_file());
    // A campaign that does not exist gets a suggestion.
    let output = altavoz(&[
        "new",
        "page",
        "mi-campaña/es/x",
        "--root",
        root.to_str().unwrap(),
        "--messages",
        "en",
    ]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("did you mean `mi-campana`?"),
        "{}",
        stderr(&output)
    );
}

/// A project of 20 campaigns of 100 pages.
fn big_project(root: &Path) {
    fs::write(
        root.join("altavoz.yaml"),
        "title: \"Grande\"\nbase_url: \"https://example.org/\"\nlanguages:\n  - { code: es, name: \"Español\" }\n",
    )
    .unwrap();
    for c in 0..20 {
        let dir = root.join(format!("campaigns/c{c}/es"));
        fs::create_dir_all(&dir).unwrap();
        fs::write(root.join(format!("campaigns/c{c}/campaign.yaml")), "name: \"C\"\n").unwrap();
        for p in 0..100 {
            let name = if p == 0 { "index".to_string() } else { format!("p{p}") };
            fs::write(
                dir.join(format!("{name}.md")),
                format!("---\ntitle: \"Página {p}\"\nsummary: \"Resumen.\"\nreviewed: 2026-11-01\n---\nTexto {p}.\n"),
            )
            .unwrap();
        }
    }
}

#[test]
fn a_big_build_shows_progress_bars_on_a_terminal_and_nothing_with_quiet() {
    if Command::new("script").arg("--version").output().is_err() {
        panic!("`script` (util-linux) is needed to run altavoz under a terminal");
    }
    let project = tempfile::tempdir().unwrap();
    big_project(project.path());
    let out = tempfile::tempdir().unwrap();
    let command = |quiet: &str| {
        format!(
            "{} build --root {} --out {} --only site {quiet}",
            env!("CARGO_BIN_EXE_altavoz"),
            project.path().display(),
            out.path().join("site").display()
        )
    };
    let run_after = |quiet: &str, after: Option<&str>| {
        let mut script = Command::new("script");
        script
            .args(["-qec", &command(quiet), "/dev/null"])
            .env("TERM", "xterm")
            .env("LANG", "C.UTF-8")
            .env("SOURCE_DATE_EPOCH", TODAY_EPOCH)
            .env_remove("ALTAVOZ_PROGRESS_AFTER");
        if let Some(ms) = after {
            script.env("ALTAVOZ_PROGRESS_AFTER", ms);
        }
        script.output().unwrap()
    };
    // The 2,000 web pages build in under a second on a fast machine, and a build shows its bars
    // only after a second: without a delay, they show whatever the machine.
    let run = |quiet: &str| run_after(quiet, Some("0"));
    let output = run("");
    assert!(output.status.success());
    let screen = String::from_utf8_lossy(&output.stdout).to_string();
    assert!(screen.contains("web pages ["), "a bar on the terminal:\n{screen}");
    // The pages, the chooser, the 404 page, the home page and the share page.
    assert!(screen.contains("2004/2004"), "counting the 2,004 web pages:\n{screen}");
    assert!(screen.contains("built 2000 pages"), "{screen}");
    let output = run("--quiet");
    assert!(output.status.success());
    assert_eq!(
        String::from_utf8_lossy(&output.stdout).trim(),
        "",
        "nothing with --quiet"
    );
    // A build quicker than the delay stays quiet on the terminal.
    let output = run_after("", Some("600000"));
    let screen = String::from_utf8_lossy(&output.stdout).to_string();
    assert!(!screen.contains("web pages ["), "{screen}");
    assert!(screen.contains("built 2000 pages"), "{screen}");
    // Not a terminal: plain lines, no bar.
    let output = build_into(project.path(), &out.path().join("site"), &["--only", "site"]);
    let err = stderr(&output);
    assert!(!err.contains("web pages ["), "{err}");
}

/// The bug: a tab at the start of `reviewed_by:` was reported on the line before, at the
/// previous value, in the YAML reader's own words ("while scanning a plain scalar…").
#[test]
fn a_tab_before_a_key_is_reported_at_the_tab_in_plain_words() {
    let project = fixture("valid-minimal");
    let page = project.path().join("campaigns/demo/es/mito.md");
    let text = fs::read_to_string(&page).unwrap();
    fs::write(
        &page,
        text.replacen("order: 1\n", "reviewed: 2026-05-01\n\treviewed_by: \"OIM\"\n", 1),
    )
    .unwrap();
    let line = fs::read_to_string(&page)
        .unwrap()
        .lines()
        .position(|l| l.starts_with('\t'))
        .unwrap()
        + 1;
    let place = format!("mito.md:{line}:1");
    for (lang, words) in [
        ("es", "esta línea tiene una tabulación al principio"),
        ("en", "this line is indented with a tab"),
    ] {
        let output = check(project.path(), &["--messages", lang], &[]);
        assert_eq!(output.status.code(), Some(1));
        let err = stderr(&output);
        // The diagnostic that names the place says it in words of its language.
        let block = err
            .split("\n\n")
            .find(|b| b.contains(&place))
            .unwrap_or_else(|| panic!("{place} missing from\n{err}"));
        assert!(block.contains(words), "{block}");
        assert!(!err.contains("plain scalar"), "the reader's own words:\n{err}");
    }
}

#[test]
fn a_review_date_written_today_east_of_utc_is_not_in_the_future() {
    // SOURCE_DATE_EPOCH is 2026-11-18 in UTC; in Manila it is already the 19th.
    let project = fixture("valid-minimal");
    let root = project.path();
    let page = root.join("campaigns/demo/es/index.md");
    let text = fs::read_to_string(&page).unwrap();
    let with = |date: &str| {
        let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
        let at = lines
            .iter()
            .position(|l| l.starts_with("reviewed:"))
            .expect("a reviewed line");
        lines[at] = format!("reviewed: {date}");
        fs::write(&page, lines.join("\n") + "\n").unwrap();
        check(root, &["--messages", "en"], &[])
    };
    let tomorrow = with("2026-11-19");
    assert!(tomorrow.status.success(), "{}", stderr(&tomorrow));
    let later = with("2026-11-20");
    assert!(
        stderr(&later).contains("`reviewed` 2026-11-20 is in the future"),
        "{}",
        stderr(&later)
    );
}
