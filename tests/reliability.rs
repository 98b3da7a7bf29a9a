//! Regression tests for failures found by trying altavoz against hostile input and the
//! mistakes that hit other site generators (issue 12), each through the real binary and named
//! after the bug.

mod common;

use std::fs;
use std::path::Path;

use common::*;

fn build(root: &Path, out: &Path) -> std::process::Output {
    build_into(root, out, &["--quiet"])
}

/// Builds a copy of `valid-minimal` with `files` added; returns it and its output folder.
fn built_with(files: &[(&str, &str)]) -> (tempfile::TempDir, std::path::PathBuf) {
    let project = project_with(files);
    let out = project.path().join("public");
    let output = build(project.path(), &out);
    assert!(output.status.success(), "{}", stderr(&output));
    (project, out)
}

#[cfg(unix)]
#[test]
fn output_guard_bypassed_through_a_symlinked_root() {
    let dir = tempfile::tempdir().unwrap();
    let real = dir.path().join("real");
    copy_dir(&fixture_path("valid-minimal"), &real.join("proj"));
    std::os::unix::fs::symlink(&real, dir.path().join("lnk")).unwrap();
    let root = dir.path().join("lnk/proj");
    for out in ["campaigns/site", "campaigns/demo/es/site", "themes/default", "."] {
        let output = build(&root, &root.join(out));
        assert_eq!(
            output.status.code(),
            Some(2),
            "--out lnk/proj/{out}: {}",
            stderr(&output)
        );
        assert!(stderr(&output).contains("refusing to write"), "{}", stderr(&output));
    }
    assert!(!real.join("proj/campaigns/site").exists());
    assert!(!real.join("proj/campaigns/demo/es/site").exists());
    assert!(!real.join("proj/themes").exists());
    // The project reached through the link still builds into a folder of its own.
    let output = build(&root, &root.join("public"));
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(real.join("proj/public/index.html").is_file());
}

#[test]
fn cards_and_handouts_reused_after_a_theme_file_they_import_changed() {
    let project = fixture("valid-minimal");
    let theme = project.path().join("themes/default");
    fs::create_dir_all(theme.join("cards")).unwrap();
    fs::create_dir_all(theme.join("print")).unwrap();
    // A card that imports from print/, and a handout that imports from cards/.
    fs::write(
        theme.join("cards/card.typ"),
        "#import \"/print/brand.typ\": stamp\n\
         #let card(data) = { set page(width: data.width * 1pt, height: data.height * 1pt, margin: 0pt, fill: stamp); [] }\n",
    )
    .unwrap();
    fs::write(
        theme.join("print/handout.typ"),
        "#import \"/cards/mark.typ\": mark\n\
         #let handout(data, body) = { set page(paper: data.paper, fill: mark); set text(font: \"Noto Sans\"); body }\n",
    )
    .unwrap();
    fs::write(theme.join("print/brand.typ"), "#let stamp = rgb(\"#ff0000\")\n").unwrap();
    fs::write(theme.join("cards/mark.typ"), "#let mark = rgb(\"#ffff00\")\n").unwrap();
    let only = |out: &Path| {
        let output = altavoz(&[
            "build",
            "--quiet",
            "--only",
            "print,cards",
            "--root",
            project.path().to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
        ]);
        assert!(output.status.success(), "{}", stderr(&output));
        tree(out)
            .into_iter()
            .filter(|(path, _)| path.ends_with(".png") || path.ends_with(".pdf"))
            .collect::<std::collections::BTreeMap<_, _>>()
    };
    let out = tempfile::tempdir().unwrap();
    let mut before = only(out.path());
    assert!(before.keys().any(|p| p.ends_with("-og.png")) && before.keys().any(|p| p.ends_with("-a4.pdf")));
    // Each file is changed alone, so only the other output's templates see the change.
    for (file, text, kind) in [
        ("print/brand.typ", "#let stamp = rgb(\"#0000ff\")\n", ".png"),
        ("cards/mark.typ", "#let mark = rgb(\"#00ffff\")\n", "-a4.pdf"),
    ] {
        fs::write(theme.join(file), text).unwrap();
        let again = only(out.path());
        let fresh = only(&tempfile::tempdir().unwrap().path().join("site"));
        // Booklets use the built-in booklet.typ, which imports neither file.
        for (path, bytes) in fresh
            .iter()
            .filter(|(p, _)| p.ends_with(kind) && !p.contains("/print/demo-"))
        {
            assert!(
                before.get(path) != Some(bytes),
                "{path} did not change after {file} changed"
            );
            assert!(again.get(path) == Some(bytes), "{path} was reused after {file} changed");
        }
        before = again;
    }
    // The card shows the new colour of the file it imports.
    let card = before.iter().find(|(p, _)| p.ends_with("-og.png")).unwrap().1;
    let mut decoder = png::Decoder::new(std::io::Cursor::new(card.as_slice()));
    decoder.set_transformations(png::Transformations::EXPAND);
    let mut reader = decoder.read_info().unwrap();
    let mut pixels = vec![0; reader.output_buffer_size().unwrap()];
    reader.next_frame(&mut pixels).unwrap();
    assert_eq!(&pixels[..3], &[0, 0, 255]);
}

/// A project written at test time: names like `con.md` or two files that differ only in case
/// cannot be checked out on Windows or macOS, so they are not kept in the repository.
fn project_with(files: &[(&str, &str)]) -> tempfile::TempDir {
    let project = fixture("valid-minimal");
    for (path, text) in files {
        let path = project.path().join(path);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, text).unwrap();
    }
    project
}

const SIMPLE_PAGE: &str = "---\ntitle: \"Una página\"\nsummary: \"Un resumen.\"\n---\nTexto.\n";

#[test]
fn windows_reserved_names_and_names_differing_only_in_case_are_refused() {
    let project = project_with(&[
        ("campaigns/demo/es/con.md", SIMPLE_PAGE),
        ("campaigns/demo/es/aux/pasos.md", SIMPLE_PAGE),
        ("campaigns/demo/es/lpt1.tar.md", SIMPLE_PAGE),
        ("campaigns/com1/campaign.yaml", "name: \"C\"\n"),
        ("campaigns/com1/es/index.md", SIMPLE_PAGE),
        ("campaigns/demo/assets/nul.png", "x"),
        ("campaigns/demo/assets/Foto.png", "x"),
        ("campaigns/demo/assets/foto.png", "x"),
        ("campaigns/demo/assets/Fotos/a.png", "x"),
        ("campaigns/demo/assets/fotos/b.png", "x"),
    ]);
    let err = check_errors(project.path());
    for (place, name) in [
        ("campaigns/demo/es/con.md", "`con`"),
        ("campaigns/demo/es/aux/pasos.md", "`aux`"),
        ("campaigns/demo/es/lpt1.tar.md", "`lpt1`"),
        ("campaigns/com1", "`com1`"),
        ("campaigns/demo/assets/nul.png", "`nul`"),
    ] {
        let line = err
            .lines()
            .position(|l| l.contains(place))
            .unwrap_or_else(|| panic!("{place} not reported:\n{err}"));
        let report = err
            .lines()
            .skip(line.saturating_sub(2))
            .take(6)
            .collect::<Vec<_>>()
            .join("\n");
        assert!(
            report.contains(name) && report.contains("Windows"),
            "{place}:\n{report}"
        );
    }
    assert!(
        err.contains("CON, PRN, AUX, NUL, COM1 to COM9 and LPT1 to LPT9"),
        "the rule is in the message:\n{err}"
    );
    for pair in [
        "assets/Foto.png` and `assets/foto.png",
        "assets/Fotos` and `assets/fotos`",
    ] {
        assert!(err.contains(pair), "{pair}:\n{err}");
    }
    assert!(err.contains("differ only in upper and lower case"), "{err}");

    // A language code names a folder of the site too (`con` is Cofán).
    let project = project_with(&[(
        "altavoz.yaml",
        "title: \"T\"\nbase_url: \"https://example.org/\"\nlanguages:\n  - { code: es, name: \"Español\" }\n  - { code: con, name: \"A'ingae\" }\n",
    )]);
    let output = altavoz(&["check", "--root", project.path().to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("altavoz.yaml:5:"), "{}", stderr(&output));
    assert!(stderr(&output).contains("con-EC"), "{}", stderr(&output));
}

/// A project of one Spanish page whose body (from line 5 of the file) is `body`.
fn one_page(body: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let files = [
        (
            "altavoz.yaml",
            "title: \"T\"\nbase_url: \"https://example.org/\"\nlanguages:\n  - { code: es, name: \"Español\" }\n"
                .to_string(),
        ),
        ("campaigns/c/campaign.yaml", "name: \"C\"\n".to_string()),
        (
            "campaigns/c/es/index.md",
            format!("---\ntitle: \"Inicio\"\nsummary: \"Resumen.\"\n---\n{body}\nfin\n"),
        ),
    ];
    for (path, text) in files {
        let path = dir.path().join(path);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, text).unwrap();
    }
    dir
}

#[test]
fn pathological_markdown_stalls_the_build() {
    // Refused at the place where they go too far, quickly (the benchmark `hostile` times them).
    for (body, place, message) in [
        ("> ".repeat(100_000), "index.md:5:65", "nested more than 32 levels deep"),
        (
            "*a".repeat(100_000),
            "index.md:5:8001",
            "more than 2000 pieces of formatting",
        ),
        (
            "<div>".repeat(100_000),
            "index.md:5:156",
            "nested more than 32 levels deep",
        ),
        // 200,000 `[` without a space: one line typst cannot break (half a gigabyte to print).
        (
            "[".repeat(200_000),
            "index.md:5:1",
            "more than 2000 characters with no place where a line can break",
        ),
        (
            format!("~~~\n{}", "x\n".repeat(5_000)),
            "index.md:5:1",
            "more than 2000 lines",
        ),
    ] {
        let project = one_page(&body);
        let out = project.path().join("public");
        let output = build(project.path(), &out);
        let err = stderr(&output);
        assert_eq!(output.status.code(), Some(1), "{}", &err[..err.len().min(2000)]);
        assert!(
            err.contains(place) && err.contains(message),
            "{place}: {}",
            &err[..err.len().min(2000)]
        );
        // The long line is not printed whole.
        assert!(err.len() < 2_000, "{} bytes of messages", err.len());
        assert!(!out.exists());
    }
    // 200,000 characters in paragraphs, with places to break, are text: the page and its handout show them.
    let project = one_page(&vec!["[a ".repeat(1_000); 70].join("\n\n"));
    let out = project.path().join("public");
    let output = build(project.path(), &out);
    assert!(output.status.success(), "{}", stderr(&output));
    let page = fs::read_to_string(out.join("es/c/index.html")).unwrap();
    assert_eq!(page.matches(&"[a ".repeat(999)).count(), 70);
    let text = std::process::Command::new("pdftotext")
        .args([out.join("es/c/print/index-a4.pdf").to_str().unwrap(), "-"])
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&text.stdout).contains("[a [a [a"));
}

/// How many pixels of `rgb` (RGB or RGBA rows) are the red of the 🚨 emoji (Twemoji's
/// `#dd2e44`), which no other part of the fixture's pictures has.
fn emoji_red_pixels(pixels: &[u8], channels: usize) -> usize {
    pixels
        .chunks(channels)
        .filter(|p| p[0] > 190 && p[1] < 90 && p[2] < 110 && p[0] as i32 - p[2] as i32 > 100)
        .count()
}

#[test]
fn emoji_stop_the_whole_build() {
    let project = fixture("emoji");
    let out = project.path().join("public");
    let output = build(project.path(), &out);
    assert!(output.status.success(), "{}", stderr(&output));
    // The website shows the title as written (the reader's phone draws the emoji).
    let page = fs::read_to_string(out.join("es/c/index.html")).unwrap();
    assert!(page.contains("<h1>¡Cuidado! 🚨</h1>"), "{page}");
    // The link preview card draws it in colour.
    let card = fs::read(out.join("es/c/cards/index-og.png")).unwrap();
    let mut decoder = png::Decoder::new(std::io::Cursor::new(card));
    decoder.set_transformations(png::Transformations::EXPAND);
    let mut reader = decoder.read_info().unwrap();
    let mut pixels = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut pixels).unwrap();
    let channels = info.color_type.samples();
    assert!(emoji_red_pixels(&pixels, channels) > 400, "no red 🚨 on the card");
    // And so does the handout, printed at 100 dpi.
    let pdf = out.join("es/c/print/index-a4.pdf");
    let picture = project.path().join("handout");
    let status = std::process::Command::new("pdftoppm")
        .args(["-r", "100", "-f", "1", "-l", "1", "-png", "-singlefile"])
        .arg(&pdf)
        .arg(&picture)
        .status()
        .unwrap();
    assert!(status.success());
    let mut decoder = png::Decoder::new(std::io::BufReader::new(
        fs::File::open(picture.with_extension("png")).unwrap(),
    ));
    decoder.set_transformations(png::Transformations::EXPAND);
    let mut reader = decoder.read_info().unwrap();
    let mut pixels = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut pixels).unwrap();
    assert!(
        emoji_red_pixels(&pixels, info.color_type.samples()) > 40,
        "no red 🚨 in the handout"
    );
}

#[test]
fn missing_ui_strings_silently_borrowed_from_another_language() {
    // A project's own Arabic strings that lack two keys: `ar` falls back to `en`.
    let builtin = fs::read_to_string(repo().join("themes/default/i18n/ar.yaml")).unwrap();
    let partial: String = builtin
        .lines()
        .filter(|l| !l.starts_with("share_whatsapp:") && !l.starts_with("contacts_title:"))
        .map(|l| format!("{l}\n"))
        .collect();
    // `quc` has neither strings of its own nor a `fallback:`: it is given the default language's.
    let config = fs::read_to_string(repo().join("tests/fixtures/valid-minimal/altavoz.yaml"))
        .unwrap()
        .replace(
            "fallback: es }\n",
            "fallback: es }\n  - { code: quc, name: \"K'iche'\" }\n",
        );
    let project = project_with(&[
        ("themes/default/i18n/ar.yaml", partial.as_str()),
        ("altavoz.yaml", config.as_str()),
    ]);
    let out = project.path().join("public");
    let output = build_into(project.path(), &out, &[]);
    assert!(output.status.success(), "{}", stderr(&output));
    let err = stderr(&output);
    assert!(
        err.contains(
            "warning: UI strings missing for language `ar`, shown in `en` instead: `contacts_title`, `share_whatsapp`"
        ),
        "{err}"
    );
    assert!(err.contains("themes/default/i18n/ar.yaml"), "{err}");
    // A language with no strings of its own and no `fallback:` is named too; one that chose
    // its fallback (`mam: es`) is not.
    assert!(err.contains("language `quc` has no UI strings of its own"), "{err}");
    assert!(!err.contains("`mam`"), "{err}");
    // The borrowed English texts are marked as English on the Arabic page; Arabic ones are not.
    let page = fs::read_to_string(out.join("ar/demo/index.html")).unwrap();
    assert!(page.contains(" lang=\"en\">Share on WhatsApp</a>"), "{page}");
    assert!(
        page.contains("<h2 id=\"av-contacts\" lang=\"en\">Where to get help</h2>"),
        "{page}"
    );
    assert!(
        page.contains("<a class=\"home-link\" href=\"../../ar/index.html\">الرئيسية</a>"),
        "{page}"
    );
    let spanish = fs::read_to_string(out.join("es/demo/index.html")).unwrap();
    assert!(!spanish.contains(" lang=\"en\">Share"), "{spanish}");
}

#[test]
fn dependencies_unchecked_no_deny_toml() {
    let policy = fs::read_to_string(repo().join("deny.toml")).expect("deny.toml");
    for section in ["[advisories]", "[licenses]", "[bans]", "[sources]"] {
        assert!(policy.contains(section), "deny.toml has no {section}");
    }
    assert!(policy.contains("unknown-registry = \"deny\"") && policy.contains("unknown-git = \"deny\""));
    // Every ignored advisory says why, and when to look at it again.
    let ignored: Vec<&str> = policy
        .lines()
        .filter(|l| l.trim_start().starts_with("{ id = \"RUSTSEC-"))
        .collect();
    assert!(!ignored.is_empty());
    for line in ignored {
        assert!(line.contains("reason = \"") && line.contains("review 20"), "{line}");
    }
    // CI runs it offline, and fails when there is no advisory database.
    let ci = fs::read_to_string(repo().join(".ci/run")).unwrap();
    assert!(ci.contains("cargo deny --offline check advisories bans licenses sources"));
    assert!(ci.contains("error: no RustSec advisory database"));
    // Where cargo-deny is installed (CI installs it), the policy holds for the lock file.
    let cargo_deny = std::env::var_os("HOME")
        .map(|home| Path::new(&home).join(".cache/altavoz-ci/deny-venv/bin/cargo-deny"))
        .filter(|p| p.is_file());
    let database = std::env::var_os("CARGO_HOME")
        .map(std::path::PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| Path::new(&h).join(".cargo")))
        .map(|home| home.join("advisory-dbs/advisory-db-3157b0e258782691/crates"))
        .filter(|p| p.is_dir());
    if let (Some(cargo_deny), Some(_)) = (cargo_deny, database) {
        let output = std::process::Command::new(cargo_deny)
            .args(["--offline", "check", "advisories", "bans", "licenses", "sources"])
            .current_dir(repo())
            .output()
            .unwrap();
        assert!(output.status.success(), "{}", stderr(&output));
    }
}

#[test]
fn duplicate_front_matter_key_shows_only_its_second_line() {
    let project = project_with(&[(
        "campaigns/demo/es/consejos/uno.md",
        "---\ntitle: \"Uno\"\nsummary: \"Un consejo.\"\norder: 1\ntitle: \"Otra vez\"\n---\nTexto.\n",
    )]);
    let err = check_errors(project.path());
    assert!(err.contains("campaigns/demo/es/consejos/uno.md:5:1"), "{err}");
    // Both lines are shown, the first one labelled.
    assert!(err.contains("2 │ title: \"Uno\""), "{err}");
    assert!(err.contains("5 │ title: \"Otra vez\""), "{err}");
    assert!(err.contains("first given here"), "{err}");
}

#[test]
fn alias_bomb_message_shows_internals_counted_from_the_yaml() {
    let mut bomb =
        String::from("---\ntitle: \"Bomba\"\nsummary: \"Resumen.\"\ncard:\n  - &a0 [x, x, x, x, x, x, x, x, x, x]\n");
    for i in 1..8 {
        bomb.push_str(&format!(
            "  - &a{i} [{}]\n",
            vec![format!("*a{}", i - 1); 10].join(", ")
        ));
    }
    bomb.push_str("---\nTexto.\n");
    let project = project_with(&[("campaigns/demo/es/mito.md", &bomb)]);
    let err = check_errors(project.path());
    // Plain words, the place in the file (the bomb goes off at `*a4` on line 9), no internals.
    assert!(err.contains("`&` and `*`"), "{err}");
    assert!(err.contains("campaigns/demo/es/mito.md:9:"), "{err}");
    for internal in ["budget", "Nodes", "{ nodes", "at line", "defined at"] {
        assert!(!err.contains(internal), "{internal} in\n{err}");
    }
}

#[test]
fn page_name_saved_with_decomposed_accents_is_suggested_as_mi_pa_gina() {
    // "mi página.md" as macOS saves it: `a` followed by a combining acute accent.
    let project = project_with(&[("campaigns/demo/es/mi pa\u{301}gina.md", SIMPLE_PAGE)]);
    let err = check_errors(project.path());
    assert!(err.contains("rename it to `mi-pagina`"), "{err}");
    assert!(!err.contains("mi-pa-gina"), "{err}");
}

#[test]
fn logo_and_links_spelled_in_another_case_get_no_case_hint() {
    let campaign = fs::read_to_string(fixture_path("valid-minimal/campaigns/demo/campaign.yaml"))
        .unwrap()
        .replace("logo: assets/logo.svg", "logo: assets/Logo.svg");
    let project = project_with(&[
        ("campaigns/demo/campaign.yaml", campaign.as_str()),
        (
            "campaigns/demo/es/index.md",
            "---\ntitle: \"Inicio\"\nsummary: \"Resumen.\"\n---\nVer el [mito](Mito.md) y el [logo](../assets/LOGO.svg).\n",
        ),
    ]);
    let err = check_errors(project.path());
    for (wrong, right) in [
        ("assets/Logo.svg", "assets/logo.svg"),
        ("Mito.md", "mito.md"),
        ("assets/LOGO.svg", "assets/logo.svg"),
    ] {
        assert!(
            err.contains(wrong) && err.contains(&format!("the file is `{right}`: upper and lower case letters count")),
            "{wrong}:\n{err}"
        );
    }
}

#[test]
fn links_to_headings_are_checked_on_the_page_itself_and_on_the_page_they_name() {
    let project = project_with(&[(
        "campaigns/demo/es/index.md",
        "---\ntitle: \"Inicio\"\nsummary: \"Resumen.\"\n---\n## Arriba\n\n[a](#arriba), [b](#abajo), \
         [c](consejos/uno.md#paso-dos), [d](consejos/uno.md#paso-tres), [e](consejos/uno.md#paso-uno).\n",
    )]);
    let err = check_errors(project.path());
    assert!(err.contains("no heading with id `abajo` on this page"), "{err}");
    assert!(
        err.contains("es/consejos/uno.md has no heading with id `paso-tres`"),
        "{err}"
    );
    for found in ["`arriba`", "`paso-dos`", "`paso-uno`"] {
        assert!(!err.contains(found), "{found}: {err}");
    }
}

#[test]
fn raw_html_links_skip_the_link_check() {
    let project = project_with(&[(
        "campaigns/demo/es/index.md",
        "---\ntitle: \"Inicio\"\nsummary: \"Resumen.\"\n---\nLee <a href=\"no-existe.md\">esto</a> y <a href=\"mito.md#nada\">aquello</a>.\n\n\
         <div><a href='javascript:alert(1)'>x</a></div>\n",
    )]);
    let err = check_errors(project.path());
    assert!(
        err.contains("link to a missing page: es/no-existe.md does not exist") && err.contains("index.md:5:"),
        "{err}"
    );
    assert!(err.contains("es/mito.md has no heading with id `nada`"), "{err}");
    assert!(
        err.contains("the link `javascript:alert(1)` will be removed") && err.contains("index.md:7:"),
        "{err}"
    );

    // A raw link to a page that exists leads to its address on the site, like a Markdown link.
    let (_project, out) = built_with(&[(
        "campaigns/demo/es/index.md",
        "---\ntitle: \"Inicio\"\nsummary: \"Resumen.\"\n---\nLee <a href=\"mito.md\">el mito</a> y [el consejo](consejos/uno.md).\n",
    )]);
    let page = fs::read_to_string(out.join("es/demo/index.html")).unwrap();
    assert!(
        page.contains("<a href=\"../../es/demo/mito/index.html\">el mito</a>"),
        "{page}"
    );
}

#[test]
fn email_autolink_refused_as_a_page_link() {
    let (_project, out) = built_with(&[(
        "campaigns/demo/es/index.md",
        "---\ntitle: \"Inicio\"\nsummary: \"Resumen.\"\n---\nEscribe a <ayuda@example.org> o lee el [mito](mito.md).\n",
    )]);
    let page = fs::read_to_string(out.join("es/demo/index.html")).unwrap();
    assert!(
        page.contains("<a href=\"mailto:ayuda@example.org\">ayuda@example.org</a>"),
        "{page}"
    );
    let text = std::process::Command::new("pdftotext")
        .args([out.join("es/demo/print/index-a4.pdf").to_str().unwrap(), "-"])
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&text.stdout).contains("ayuda@example.org"));
}

#[test]
fn files_put_into_the_output_folder_are_deleted_with_no_static_folder() {
    let project = project_with(&[
        ("static/CNAME", "campaigns.example.org\n"),
        (
            "static/.well-known/security.txt",
            "Contact: mailto:security@example.org\n",
        ),
        ("static/favicon.ico", "icon"),
        ("static/docs/guia.pdf", "%PDF-1.4 guía"),
        ("static/favicon.ico~", "an editor's backup"),
    ]);
    let out = project.path().join("public");
    for _ in 0..2 {
        // The second build replaces the output, and puts the files back.
        let output = build(project.path(), &out);
        assert!(output.status.success(), "{}", stderr(&output));
        assert_eq!(
            fs::read_to_string(out.join("CNAME")).unwrap(),
            "campaigns.example.org\n"
        );
        assert!(out.join(".well-known/security.txt").is_file());
        assert_eq!(fs::read(out.join("favicon.ico")).unwrap(), b"icon");
        assert!(out.join("docs/guia.pdf").is_file());
        assert!(!out.join("favicon.ico~").exists());
        assert!(out.join("es/demo/index.html").is_file());
    }
    // A file of static/ may not take the place of one altavoz makes.
    let project = project_with(&[("static/index.html", "<p>mine</p>"), ("static/es/x.txt", "x")]);
    let err = check_errors(project.path());
    assert!(
        err.contains("static/index.html") && err.contains("static/es/x.txt"),
        "{err}"
    );
    assert!(err.contains("altavoz makes"), "{err}");
}

#[test]
fn card_settings_mistakes_said_only_wrong_form() {
    // `card:` is `false` or settings; read as "one of two forms", every mistake in it was
    // "this value does not have the form altavoz expects here", at the `{`.
    let project = project_with(&[(
        "campaigns/demo/es/consejos/uno.md",
        "---\ntitle: \"Uno\"\nsummary: \"Un consejo.\"\norder: 1\ncard: { headlin: \"Hola\", formats: [ogg] }\n---\nTexto.\n",
    )]);
    let err = check_errors(project.path());
    assert!(err.contains("campaigns/demo/es/consejos/uno.md:5:9"), "{err}");
    assert!(
        err.contains("unknown key `headlin`") && err.contains("did you mean `headline`?"),
        "{err}"
    );
    assert!(err.contains("campaigns/demo/es/consejos/uno.md:5:36"), "{err}");
    assert!(err.contains("did you mean `og`?"), "{err}");
    assert!(!err.contains("does not have the form"), "{err}");
    // A value of another kind says what `card:` takes; `card: false` still turns cards off.
    let project = project_with(&[(
        "campaigns/demo/es/consejos/uno.md",
        "---\ntitle: \"Uno\"\nsummary: \"Un consejo.\"\norder: 1\ncard: hola\n---\nTexto.\n",
    )]);
    let err = check_errors(project.path());
    assert!(err.contains("expected `false`, `true`, or keys and values"), "{err}");
    assert!(err.contains("headline, formats, image"), "{err}");
    let project = project_with(&[(
        "campaigns/demo/es/consejos/uno.md",
        "---\ntitle: \"Uno\"\nsummary: \"Un consejo.\"\norder: 1\nreviewed: 2026-11-01\nreviewed_by: \"A\"\ncard: false\n---\n## Paso dos\n",
    )]);
    let output = altavoz(&["check", "--root", project.path().to_str().unwrap()]);
    assert!(output.status.success(), "{}", stderr(&output));
}
