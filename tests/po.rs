//! `altavoz po export` and `altavoz po import` through the real binary, on copies of the demo:
//! the files pass GNU gettext's `msgfmt --check` and load in Python's polib; a round trip
//! without edits changes no byte; an edited text changes exactly that text; a fuzzy entry is
//! never published; a text that would break a page is refused at its line.
//!
//! `msgfmt`, `msgcat` and Python's polib are needed (`.ci/run` installs them). Without them the
//! checks that use them are skipped with a message, except in CI (`CI` set), where they fail.

mod common;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use common::{altavoz, demo, git, stderr, tree};
use tempfile::TempDir;

const CAMPAIGNS: [&str; 2] = ["think-twice", "online-safety"];
const LANGUAGES: [&str; 2] = ["en", "quc"];

fn root(dir: &Path) -> &str {
    dir.to_str().unwrap()
}

/// Runs `po export`, returning the file it wrote.
fn export(dir: &Path, campaign: &str, lang: &str) -> PathBuf {
    let file = dir.join(format!("{campaign}.{lang}.po"));
    let output = altavoz(&[
        "po",
        "export",
        campaign,
        lang,
        "--root",
        root(dir),
        "-o",
        file.to_str().unwrap(),
    ]);
    assert!(output.status.success(), "export {campaign} {lang}: {}", stderr(&output));
    file
}

fn import(dir: &Path, file: &Path) -> std::process::Output {
    altavoz(&["po", "import", file.to_str().unwrap(), "--root", root(dir)])
}

/// Builds the website only into `out`.
fn build_site(dir: &Path, out: &Path) {
    let output = altavoz(&[
        "build",
        "--only",
        "site",
        "--root",
        root(dir),
        "--out",
        out.to_str().unwrap(),
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
}

/// Whether `program` runs; `false` (with a message) where it is missing, a failure in CI.
fn have(program: &str, args: &[&str], install: &str) -> bool {
    let runs = Command::new(program)
        .args(args)
        .output()
        .is_ok_and(|o| o.status.success());
    if !runs {
        assert!(
            std::env::var_os("CI").is_none(),
            "{program} {args:?} does not run in CI: .ci/run must install it ({install})"
        );
        eprintln!("skipped: `{program} {}` does not run here ({install})", args.join(" "));
    }
    runs
}

fn have_msgfmt() -> bool {
    have("msgfmt", &["--version"], "apt-get install gettext")
}

fn have_polib() -> bool {
    have("python3", &["-c", "import polib"], "python3 -m pip install polib")
}

/// What Python's polib reads in `file`: entries, percent translated, fuzzy entries, entries
/// with a previous msgid, and the campaign of the header.
fn polib_summary(file: &Path) -> String {
    let script = "import sys, polib\n\
                  po = polib.pofile(sys.argv[1])\n\
                  fuzzy = [e for e in po if 'fuzzy' in e.flags]\n\
                  previous = [e for e in po if e.previous_msgid]\n\
                  print(len(po), po.percent_translated(), len(fuzzy), len(previous), po.metadata['X-Altavoz-Campaign'])\n";
    let output = run("python3", &["-c", script, file.to_str().unwrap()], None);
    String::from_utf8(output.stdout).unwrap().trim().to_string()
}

/// `msgfmt --check` passes with nothing to say, and `msgcat --no-wrap` gives the same bytes.
fn assert_gettext_accepts(file: &Path) {
    let output = run("msgfmt", &["--check", "-o", "/dev/null", file.to_str().unwrap()], None);
    assert!(
        output.stderr.is_empty(),
        "msgfmt --check {}: {}",
        file.display(),
        String::from_utf8_lossy(&output.stderr)
    );
    let output = run("msgcat", &["--no-wrap", file.to_str().unwrap()], None);
    // msgcat drops flags it does not know, such as Weblate's max-length.
    let text = fs::read_to_string(file).unwrap();
    let limit = format!("max-length:{}", 80);
    let expected = text
        .replace(&format!("#, {limit}\n"), "")
        .replace(&format!(", {limit}"), "");
    assert!(
        String::from_utf8(output.stdout).unwrap() == expected,
        "msgcat --no-wrap rewrites {}",
        file.display()
    );
}

/// Runs `program` (in `dir`), checking that it succeeds.
fn run(program: &str, args: &[&str], dir: Option<&Path>) -> std::process::Output {
    let mut command = Command::new(program);
    command.args(args);
    if let Some(dir) = dir {
        command.current_dir(dir);
    }
    let output = command.output().unwrap();
    assert!(
        output.status.success(),
        "{program} {args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    output
}

/// The demo in a git repository, with paragraph 2 of the Spanish `coyote-seguro.md` changed in
/// a second commit: its English translation is outdated.
fn outdated_demo() -> TempDir {
    let dir = demo();
    git(dir.path(), &["init", "-q"], "2026-11-10T12:00:00Z");
    git(dir.path(), &["add", "-A"], "2026-11-10T12:00:00Z");
    git(dir.path(), &["commit", "-qm", "demo"], "2026-11-10T12:00:00Z");
    let page = dir.path().join("campaigns/think-twice/es/coyote-seguro.md");
    let text = fs::read_to_string(&page).unwrap();
    let changed = text.replace("es un delito. Cuando", "es un delito grave. Cuando");
    assert_ne!(text, changed);
    fs::write(&page, changed).unwrap();
    git(
        dir.path(),
        &["commit", "-qam", "Un delito grave"],
        "2026-11-12T12:00:00Z",
    );
    dir
}

/// `file` with the msgstr of the entry `context` set to `text` (and `#, fuzzy` added before
/// it when `fuzzy`). The entries altavoz writes have one-line msgid and msgstr.
fn edit_entry(file: &Path, context: &str, text: &str, fuzzy: bool) {
    let po = fs::read_to_string(file).unwrap();
    let at = po
        .find(&format!("msgctxt \"{context}\"\n"))
        .unwrap_or_else(|| panic!("no entry {context}"));
    let msgstr = at + po[at..].find("\nmsgstr \"").unwrap() + 1;
    let end = msgstr + po[msgstr..].find('\n').unwrap();
    let mut edited = format!("{}msgstr \"{text}\"{}", &po[..msgstr], &po[end..]);
    if fuzzy {
        edited.insert_str(at, "#, fuzzy\n");
    }
    fs::write(file, edited).unwrap();
}

/// Every entry of `page` translated as "QUC " and its source text.
fn translate_page(file: &Path, page: &str) {
    let po = fs::read_to_string(file).unwrap();
    let entries: Vec<String> = po
        .split("\n\n")
        .map(|entry| {
            if !entry.contains(&format!("msgctxt \"{page}#")) {
                return entry.to_string();
            }
            let id = entry
                .lines()
                .find_map(|l| l.strip_prefix("msgid \""))
                .and_then(|l| l.strip_suffix('"'))
                .filter(|id| !id.is_empty())
                .expect("one-line msgid");
            entry.replace("\nmsgstr \"\"", &format!("\nmsgstr \"QUC {id}\""))
        })
        .collect();
    fs::write(file, entries.join("\n\n")).unwrap();
}

/// The 1-based line of the `msgstr` of entry `context`.
fn msgstr_line(file: &Path, context: &str) -> usize {
    let po = fs::read_to_string(file).unwrap();
    let at = po.find(&format!("msgctxt \"{context}\"\n")).unwrap();
    let msgstr = at + po[at..].find("\nmsgstr \"").unwrap() + 1;
    po[..msgstr].matches('\n').count() + 1
}

#[test]
fn po_export_of_every_demo_language_passes_msgfmt_and_polib() {
    let dir = demo();
    let (msgfmt, polib) = (have_msgfmt(), have_polib());
    for campaign in CAMPAIGNS {
        for lang in LANGUAGES {
            let file = export(dir.path(), campaign, lang);
            let text = fs::read_to_string(&file).unwrap();
            let entries = text.matches("\nmsgctxt \"").count();
            assert!(entries > 100, "{campaign} {lang}: {entries} entries");
            // Every translatable kind of block is there.
            for id in ["#title\"", "#summary\"", "#h1\"", "#p1\"", "#li1\"", "#t1.r0.c0\""] {
                assert!(text.contains(id), "{campaign} {lang}: no entry {id}");
            }
            if msgfmt {
                assert_gettext_accepts(&file);
            }
            if polib {
                // en is translated and up to date; quc has no translations.
                let percent = if lang == "en" { 100 } else { 0 };
                assert_eq!(polib_summary(&file), format!("{entries} {percent} 0 0 {campaign}"));
            }
        }
    }
}

#[test]
fn an_outdated_translation_exports_fuzzy_entries_with_the_previous_source_text() {
    let dir = outdated_demo();
    let file = export(dir.path(), "think-twice", "en");
    let text = fs::read_to_string(&file).unwrap();
    let entry = text
        .split("\n\n")
        .find(|e| e.contains("msgctxt \"coyote-seguro.md#p2\""))
        .unwrap();
    assert!(entry.contains("\n#, fuzzy\n"), "{entry}");
    assert!(
        entry.contains("\n#| msgid \"El tráfico de migrantes es un delito. Cuando"),
        "{entry}"
    );
    assert!(
        entry.contains("\nmsgid \"El tráfico de migrantes es un delito grave. Cuando"),
        "{entry}"
    );
    assert!(entry.contains("\nmsgstr \"Migrant smuggling is a crime."), "{entry}");
    assert_eq!(
        text.matches("#, fuzzy").count(),
        1,
        "only the changed paragraph is fuzzy"
    );
    if have_msgfmt() {
        assert_gettext_accepts(&file);
    }
    if have_polib() {
        let entries = text.matches("\nmsgctxt \"").count();
        let summary = polib_summary(&file);
        assert!(summary.starts_with(&format!("{entries} 99 1 1 ")), "{summary}");
    }
}

#[test]
fn export_then_import_without_edits_leaves_the_built_website_byte_identical() {
    for (state, dir) in [("up to date", demo()), ("outdated", outdated_demo())] {
        let before = tree(&dir.path().join("campaigns"));
        let out = tempfile::tempdir().unwrap();
        build_site(dir.path(), &out.path().join("before"));
        for campaign in CAMPAIGNS {
            for lang in LANGUAGES {
                let file = export(dir.path(), campaign, lang);
                if have_polib() {
                    // Saved again by a tool that wraps long lines (as Poedit and Weblate do).
                    let save = "import sys, polib\npolib.pofile(sys.argv[1]).save(sys.argv[1])\n";
                    run("python3", &["-c", save, file.to_str().unwrap()], None);
                }
                let output = import(dir.path(), &file);
                assert!(output.status.success(), "{state}: {}", stderr(&output));
                assert!(
                    stderr(&output).contains("nothing to import"),
                    "{state}: {}",
                    stderr(&output)
                );
            }
        }
        assert!(
            tree(&dir.path().join("campaigns")) == before,
            "{state}: import changed a page"
        );
        build_site(dir.path(), &out.path().join("after"));
        let (a, b) = (tree(&out.path().join("before")), tree(&out.path().join("after")));
        assert_eq!(a.keys().collect::<Vec<_>>(), b.keys().collect::<Vec<_>>());
        for (path, bytes) in &a {
            assert!(b[path] == *bytes, "{state}: {path} differs");
        }
    }
}

#[test]
fn editing_one_msgstr_changes_exactly_that_text_in_the_page() {
    let dir = demo();
    let out = tempfile::tempdir().unwrap();
    build_site(dir.path(), &out.path().join("before"));
    let page = dir.path().join("campaigns/think-twice/en/coyote-seguro.md");
    let source_before = fs::read_to_string(&page).unwrap();
    let file = export(dir.path(), "think-twice", "en");
    let old = "Migrant smuggling is a crime. When something goes wrong, the smuggler does not answer for you.";
    let new = "Migrant smuggling is a serious crime. If something goes wrong, the smuggler will not answer for you.";
    let po = fs::read_to_string(&file).unwrap();
    let msgstr = po
        .lines()
        .skip_while(|l| *l != "msgctxt \"coyote-seguro.md#p2\"")
        .find_map(|l| l.strip_prefix("msgstr \""))
        .unwrap()
        .trim_end_matches('"')
        .to_string();
    assert!(msgstr.starts_with(old), "{msgstr}");
    edit_entry(&file, "coyote-seguro.md#p2", &msgstr.replace(old, new), false);

    let output = import(dir.path(), &file);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(
        stderr(&output).contains("translated campaigns/think-twice/en/coyote-seguro.md"),
        "{}",
        stderr(&output)
    );
    // The page's file: that one line, and nothing else.
    let source_after = fs::read_to_string(&page).unwrap();
    assert_eq!(source_after, source_before.replace(old, new));

    build_site(dir.path(), &out.path().join("after"));
    let (a, b) = (tree(&out.path().join("before")), tree(&out.path().join("after")));
    assert_eq!(a.keys().collect::<Vec<_>>(), b.keys().collect::<Vec<_>>());
    let changed: Vec<&String> = a.keys().filter(|p| a[*p] != b[*p]).collect();
    let html = "en/think-twice/coyote-seguro/index.html".to_string();
    assert_eq!(
        changed,
        [&".altavoz-site.json".to_string(), &html],
        "files that changed"
    );
    let (before, after) = (
        String::from_utf8(a[&html].clone()).unwrap(),
        String::from_utf8(b[&html].clone()).unwrap(),
    );
    assert_eq!(before.matches(old).count(), 1);
    assert_eq!(after, before.replace(old, new));
}

#[test]
fn a_fuzzy_entry_is_not_published_as_translated() {
    let dir = demo();
    let out = tempfile::tempdir().unwrap();
    let page = dir.path().join("campaigns/think-twice/quc/contactos.md");
    let built = out.path().join("site/quc/think-twice/contactos/index.html");

    // A K'iche' page with every text translated but one, still fuzzy: a draft.
    let file = export(dir.path(), "think-twice", "quc");
    translate_page(&file, "contactos.md");
    // The campaign's notice too: a language with a page of its own needs it.
    let po = fs::read_to_string(&file).unwrap();
    let at = po.find("msgctxt \"campaign.yaml#notice\"").unwrap();
    let empty = at + po[at..].find("msgstr \"\"").unwrap();
    let po = format!(
        "{}msgstr \"Aviso (ejemplo)\"{}",
        &po[..empty],
        &po[empty + "msgstr \"\"".len()..]
    );
    fs::write(&file, po).unwrap();
    let po = fs::read_to_string(&file).unwrap();
    let fuzzy = "#, fuzzy\nmsgctxt \"contactos.md#summary\"";
    fs::write(&file, po.replace("msgctxt \"contactos.md#summary\"", fuzzy)).unwrap();
    let output = import(dir.path(), &file);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(stderr(&output).contains("as a draft"), "{}", stderr(&output));
    let draft = fs::read_to_string(&page).unwrap();
    assert!(draft.contains("\ndraft: true\n"), "{draft}");
    assert!(draft.contains("\ntitle: \"QUC Contactos\"\n"), "{draft}");
    assert!(
        !draft.contains("summary: \"QUC"),
        "the fuzzy text is not written: {draft}"
    );
    build_site(dir.path(), &out.path().join("site"));
    let html = fs::read_to_string(&built).unwrap();
    assert!(!html.contains("QUC"), "readers get the Spanish page, not the draft");
    assert!(html.contains("lang=\"es\""), "the fallback page is marked Spanish");

    // The fuzzy mark cleared: the page is published, made from the source as it is now.
    fs::write(
        &file,
        fs::read_to_string(&file)
            .unwrap()
            .replace(fuzzy, "msgctxt \"contactos.md#summary\""),
    )
    .unwrap();
    let output = import(dir.path(), &file);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(stderr(&output).contains("published"), "{}", stderr(&output));
    let done = fs::read_to_string(&page).unwrap();
    assert!(!done.contains("draft:") && !done.contains("# altavoz:"), "{done}");
    assert!(done.contains("summary: \"QUC "), "{done}");
    let status = altavoz(&[
        "status",
        "--root",
        root(dir.path()),
        "--format",
        "json",
        "--lang",
        "quc",
        "--campaign",
        "think-twice",
    ]);
    let json = String::from_utf8(status.stdout).unwrap();
    let at = json.find("\"page\": \"contactos.md\"").unwrap();
    assert!(
        json[at..]
            .split('}')
            .next()
            .unwrap()
            .contains("\"status\": \"up_to_date\""),
        "{json}"
    );
    build_site(dir.path(), &out.path().join("site"));
    assert!(fs::read_to_string(&built).unwrap().contains("QUC Contactos"));

    // A published English page with a fuzzy edit is left as it is.
    let page = dir.path().join("campaigns/think-twice/en/coyote-seguro.md");
    let before = fs::read_to_string(&page).unwrap();
    let file = export(dir.path(), "think-twice", "en");
    edit_entry(&file, "coyote-seguro.md#p2", "A guess that nobody checked.", true);
    let output = import(dir.path(), &file);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(
        stderr(&output).contains("left campaigns/think-twice/en/coyote-seguro.md as it is"),
        "{}",
        stderr(&output)
    );
    assert_eq!(fs::read_to_string(&page).unwrap(), before);
}

#[test]
fn a_text_that_would_change_the_page_layout_is_refused_at_its_line() {
    let dir = demo();
    let before = tree(&dir.path().join("campaigns"));
    let file = export(dir.path(), "think-twice", "en");
    let original = fs::read_to_string(&file).unwrap();
    let cases = [
        (
            "coyote-seguro.md#p2",
            "1986. That year, things changed.",
            "write `1986\\.` instead",
        ),
        (
            "coyote-seguro.md#p2",
            "Smuggling is a crime.\\n- so is this",
            "starts a list",
        ),
        (
            "coyote-seguro.md#h1",
            "What they\\npromise you",
            "a heading is one line",
        ),
    ];
    for (context, text, words) in cases {
        fs::write(&file, &original).unwrap();
        edit_entry(&file, context, text, false);
        let line = msgstr_line(&file, context);
        let output = import(dir.path(), &file);
        let err = stderr(&output);
        assert_eq!(output.status.code(), Some(1), "{text}: {err}");
        assert!(err.contains(&format!("think-twice.en.po:{line}:1")), "{text}: {err}");
        assert!(err.contains(words), "{text}: {err}");
        assert!(err.contains("error: 1 problem found"), "one problem, said once: {err}");
    }
    // A link to a page that does not exist would stop the next build: refused too.
    fs::write(&file, &original).unwrap();
    edit_entry(
        &file,
        "coyote-seguro.md#li6",
        "Check the [warning signs](nowhere.md).",
        false,
    );
    let output = import(dir.path(), &file);
    let err = stderr(&output);
    assert_eq!(output.status.code(), Some(1), "{err}");
    assert!(err.contains("campaigns/think-twice/en/coyote-seguro.md:"), "{err}");
    assert!(err.contains("nowhere.md"), "{err}");
    // A file a text editor broke: the line and column of the mistake.
    fs::write(
        &file,
        original.replacen("msgstr \"Think Twice\"", "msgstr \"Think Twice", 1),
    )
    .unwrap();
    let line = msgstr_line(&file, "index.md#title");
    let output = import(dir.path(), &file);
    let err = stderr(&output);
    assert_eq!(output.status.code(), Some(1), "{err}");
    assert!(
        err.contains(&format!("think-twice.en.po:{line}:")) && err.contains("not closed"),
        "{err}"
    );
    assert!(tree(&dir.path().join("campaigns")) == before, "nothing was written");
}

#[test]
fn a_card_headline_entry_states_its_limit_and_a_longer_headline_is_refused() {
    let dir = demo();
    let with_card = |path: &str, headline: &str| {
        let page = dir.path().join(path);
        let text = fs::read_to_string(&page).unwrap();
        let text = text.replacen(
            "\norder: 1\n",
            &format!("\norder: 1\ncard: {{ headline: \"{headline}\" }}\n"),
            1,
        );
        fs::write(&page, text).unwrap();
    };
    with_card(
        "campaigns/think-twice/es/coyote-seguro.md",
        "¿Un viaje «seguro»? No con un coyote.",
    );
    with_card(
        "campaigns/think-twice/en/coyote-seguro.md",
        "A “safe” trip? Not with a smuggler.",
    );
    let done = altavoz(&[
        "translate",
        "--root",
        root(dir.path()),
        "--done",
        "campaigns/think-twice/en/coyote-seguro.md",
    ]);
    assert!(done.status.success(), "{}", stderr(&done));
    let file = export(dir.path(), "think-twice", "en");
    let text = fs::read_to_string(&file).unwrap();
    let entry = text
        .split("\n\n")
        .find(|e| e.contains("msgctxt \"coyote-seguro.md#card.headline\""))
        .unwrap();
    assert!(entry.contains("at most 80 characters"), "{entry}");
    assert!(entry.contains("\n#, max-length:80\n"), "{entry}");
    assert!(
        entry.contains("\nmsgstr \"A “safe” trip? Not with a smuggler.\""),
        "{entry}"
    );
    if have_msgfmt() {
        assert_gettext_accepts(&file);
    }
    let page = dir.path().join("campaigns/think-twice/en/coyote-seguro.md");
    let before = fs::read_to_string(&page).unwrap();
    edit_entry(&file, "coyote-seguro.md#card.headline", &"Long ".repeat(17), false);
    let output = import(dir.path(), &file);
    let err = stderr(&output);
    assert_eq!(output.status.code(), Some(1), "{err}");
    assert!(
        err.contains("this card headline has 84 characters; at most 80"),
        "{err}"
    );
    assert_eq!(fs::read_to_string(&page).unwrap(), before);
    // Within the limit, it is written into the card's settings, and nothing else changes.
    edit_entry(
        &file,
        "coyote-seguro.md#card.headline",
        "A safe trip? Not with a smuggler.",
        false,
    );
    let output = import(dir.path(), &file);
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(
        fs::read_to_string(&page).unwrap(),
        before.replace(
            "A “safe” trip? Not with a smuggler.",
            "A safe trip? Not with a smuggler."
        )
    );
}

/// The bug: a translation without `translated_from` whose body has another number of blocks
/// than its source was exported with every `msgstr` empty, throwing away the work done.
#[test]
fn a_translation_of_another_structure_is_exported_as_fuzzy_suggestions_not_lost() {
    let dir = demo();
    let page = dir.path().join("campaigns/think-twice/en/coyote-seguro.md");
    let text = fs::read_to_string(&page).unwrap();
    // No record of its source, and one paragraph more than the Spanish page.
    let text = text
        .lines()
        .filter(|l| !l.starts_with("translated_from:"))
        .collect::<Vec<_>>()
        .join("\n")
        .replacen(
            "## What really happens",
            "An extra paragraph only the English page has.\n\n## What really happens",
            1,
        );
    fs::write(&page, format!("{text}\n")).unwrap();
    let before = tree(&dir.path().join("campaigns"));

    let file = export(dir.path(), "think-twice", "en");
    let po = fs::read_to_string(&file).unwrap();
    let entry = |context: &str| {
        let context = format!("msgctxt \"{context}\"");
        po.split("\n\n")
            .find(|e| e.contains(&context))
            .unwrap_or_else(|| panic!("{context}\n{po}"))
            .to_string()
    };
    // The headings and list items keep their English text, as fuzzy suggestions.
    let heading = entry("coyote-seguro.md#h1");
    assert!(
        heading.contains("fuzzy") && heading.contains("What they promise you"),
        "{heading}"
    );
    let item = po.contains("msgstr \"Some smugglers **abandon** people halfway");
    assert!(item, "a list item's translation was not offered:\n{po}");
    assert!(!po.contains("its text is not offered here"), "{po}");

    // Imported as it was exported, the pages stay as they were.
    let output = import(dir.path(), &file);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(tree(&dir.path().join("campaigns")) == before, "import changed a page");
}
