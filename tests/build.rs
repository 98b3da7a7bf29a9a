//! `altavoz build` end to end, through the real binary.

mod common;

use std::fs;
use std::path::Path;

use common::*;

fn build(root: &Path, out: &Path) -> std::process::Output {
    build_into(root, out, &["--quiet"])
}

/// Pages of each campaign in its source language (`es` in the demo).
fn source_pages(campaign: &Path) -> usize {
    walkdir::WalkDir::new(campaign.join("es"))
        .into_iter()
        .filter(|e| e.as_ref().unwrap().path().extension().is_some_and(|x| x == "md"))
        .count()
}

#[test]
fn demo_builds_every_page_of_every_campaign_in_every_language() {
    let out = tempfile::tempdir().unwrap();
    let output = build(&repo(), &out.path().join("site"));
    assert!(output.status.success(), "{}", stderr(&output));
    let site = tree(&out.path().join("site"));
    let campaigns: Vec<_> = fs::read_dir(repo().join("campaigns"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(campaigns.len(), 2);
    let languages = ["es", "en", "quc"];
    let mut expected = 0;
    for campaign in &campaigns {
        let pages = source_pages(campaign);
        assert!(pages >= 7, "{} has {pages} pages", campaign.display());
        expected += pages * languages.len();
    }
    let built = site
        .keys()
        .filter(|p| {
            p.ends_with("index.html")
                && !p.contains("/cards/")
                && p.split('/').count() >= 3
                && languages.iter().any(|l| p.starts_with(&format!("{l}/")))
        })
        .count();
    assert_eq!(built, expected);
    for required in [
        "index.html",
        "404.html",
        "sitemap.xml",
        "robots.txt",
        "static/style.css",
        "es/index.html",
    ] {
        assert!(site.contains_key(required), "{required} missing");
    }
    // K'iche' has no translation: every page falls back to Spanish, honestly marked.
    let quc = String::from_utf8(site["quc/think-twice/index.html"].clone()).unwrap();
    assert!(quc.contains("<html lang=\"quc\""));
    assert!(quc.contains("<article class=\"page landing\" lang=\"es\""), "{quc}");
    assert!(quc.contains("class=\"notice\""));
}

#[test]
fn builds_are_byte_identical_whatever_the_thread_count() {
    let out = tempfile::tempdir().unwrap();
    let (a, b) = (out.path().join("a"), out.path().join("b"));
    assert!(build(&repo(), &a).status.success());
    let single = altavoz_env(
        &[
            "build",
            "--quiet",
            "--root",
            repo().to_str().unwrap(),
            "--out",
            b.to_str().unwrap(),
        ],
        &[("RAYON_NUM_THREADS", "1")],
    );
    assert!(single.status.success());
    let (ta, tb) = (tree(&a), tree(&b));
    assert_eq!(ta.keys().collect::<Vec<_>>(), tb.keys().collect::<Vec<_>>());
    for (path, bytes) in &ta {
        assert!(bytes == &tb[path], "{path} differs between builds");
    }
}

#[test]
fn the_site_has_no_javascript_and_loads_nothing_from_other_origins() {
    let out = tempfile::tempdir().unwrap();
    assert!(build(&repo(), out.path()).status.success());
    let site = tree(out.path());
    assert!(!site.keys().any(|p| p.ends_with(".js")));
    for (path, html) in html_files(&site) {
        let lower = html.to_ascii_lowercase();
        assert!(!lower.contains("<script"), "{path} has a script");
        assert!(!lower.contains("javascript:"), "{path}");
        for src in attribute_values(&html, "src") {
            assert!(!src.contains(':') && !src.starts_with("//"), "{path}: src={src}");
        }
        for tag in html.split("<link ").skip(1) {
            let tag = &tag[..tag.find('>').unwrap()];
            let href = attribute_values(&format!(" {tag}"), "href")[0].to_string();
            if href.contains("://") {
                // Only canonical and hreflang links are absolute, and they name this site.
                assert!(
                    tag.contains("rel=\"canonical\"") || tag.contains("rel=\"alternate\""),
                    "{path}: {tag}"
                );
                assert!(href.starts_with("https://altavoz.example.org/"), "{path}: {href}");
            }
        }
    }
}

/// Every relative link and image of every page points to a file of the output, so the site
/// works from a USB stick; every hreflang alternate names a page that was built.
fn assert_no_dead_links(out: &Path, base_url: &str, at_least: usize) {
    let site = tree(out);
    let mut checked = 0;
    for (path, html) in html_files(&site) {
        let dir = Path::new(path.as_str()).parent().unwrap().to_path_buf();
        for target in attribute_values(&html, "href")
            .into_iter()
            .chain(attribute_values(&html, "src"))
        {
            let target = target.replace("&amp;", "&");
            if let Some(rest) = target.strip_prefix(base_url) {
                let file = format!("{rest}index.html");
                assert!(
                    site.contains_key(&file) || rest.is_empty() || site.contains_key(rest),
                    "{path}: {target}"
                );
                checked += 1;
                continue;
            }
            if target.contains(':') || target.starts_with('#') || (path == "404.html" && target.starts_with('/')) {
                continue;
            }
            let file = target.split('#').next().unwrap();
            let mut resolved = dir.clone();
            for part in file.split('/') {
                match part {
                    ".." => assert!(resolved.pop(), "{path}: {target} leaves the site"),
                    "." | "" => {}
                    p => resolved.push(p),
                }
            }
            let resolved = resolved.to_string_lossy().replace('\\', "/");
            assert!(site.contains_key(&resolved), "{path}: dead link {target} ({resolved})");
            checked += 1;
        }
    }
    assert!(checked >= at_least, "only {checked} links checked");
}

#[test]
fn language_switcher_hreflang_and_all_links_point_to_existing_pages() {
    let out = tempfile::tempdir().unwrap();
    assert!(build(&repo(), out.path()).status.success());
    assert_no_dead_links(out.path(), "https://altavoz.example.org/", 500);

    let project = fixture("valid-minimal");
    let out = tempfile::tempdir().unwrap();
    assert!(build(project.path(), out.path()).status.success());
    assert_no_dead_links(out.path(), "https://example.org/sub/", 50);
    let site = tree(out.path());
    // `mito` exists in es (and so in mam through its fallback) but not in en or ar.
    assert!(site.contains_key("mam/demo/mito/index.html"));
    assert!(!site.contains_key("en/demo/mito/index.html"));
    assert!(!site.contains_key("ar/demo/mito/index.html"));
    let es = String::from_utf8(site["es/demo/mito/index.html"].clone()).unwrap();
    let langs: Vec<_> = attribute_values(&es, "hreflang");
    assert!(
        langs.contains(&"mam") && !langs.contains(&"en") && !langs.contains(&"ar"),
        "{langs:?}"
    );
    // hreflang alternates name real translations only: mam is a fallback copy, not one.
    assert!(!es.contains("rel=\"alternate\" hreflang=\"mam\""));
    let ar = String::from_utf8(site["ar/demo/index.html"].clone()).unwrap();
    assert!(
        !ar.contains("mito/index.html"),
        "a page the language does not have is linked"
    );
}

#[test]
fn fallback_pages_say_so_and_right_to_left_languages_are_marked() {
    let project = fixture("valid-minimal");
    let out = tempfile::tempdir().unwrap();
    assert!(build(project.path(), out.path()).status.success());
    let site = tree(out.path());
    let page = |p: &str| String::from_utf8(site[p].clone()).unwrap();
    let mam = page("mam/demo/mito/index.html");
    assert!(mam.contains("<html lang=\"mam\" dir=\"ltr\">"));
    assert!(mam.contains("<article class=\"page kind-myth\" lang=\"es\""));
    assert!(mam.contains("no está disponible en Mam"), "{mam}");
    assert!(mam.contains("<link rel=\"canonical\" href=\"https://example.org/sub/es/demo/mito/\">"));
    let ar = page("ar/demo/index.html");
    assert!(ar.contains("<html lang=\"ar\" dir=\"rtl\">"));
    assert!(
        ar.contains("lang=\"en\" dir=\"ltr\""),
        "English content inside an Arabic page keeps its direction"
    );
    let en = page("en/demo/index.html");
    assert!(!en.contains("class=\"notice\""));
}

#[test]
fn contacts_share_link_and_review_line_are_on_every_page() {
    let project = fixture("valid-minimal");
    let out = tempfile::tempdir().unwrap();
    assert!(build(project.path(), out.path()).status.success());
    let site = tree(out.path());
    let es = String::from_utf8(site["es/demo/index.html"].clone()).unwrap();
    assert!(es.contains("href=\"tel:+50255550100\""));
    assert!(es.contains("href=\"https://wa.me/50255550100\""));
    assert!(es.contains("href=\"https://wa.me/?text=Revisa%20esto"), "{es}");
    assert!(es.contains("Revisado el 15 de enero de 2026 por Equipo de prueba"));
    assert!(es.contains("class=\"skip\" href=\"#av-main\""));
    let en = String::from_utf8(site["en/demo/index.html"].clone()).unwrap();
    assert!(en.contains("Reviewed on January 15, 2026 by Test team"));
}

#[test]
fn hostile_markup_in_a_page_never_reaches_the_html() {
    let project = fixture("injection");
    let out = tempfile::tempdir().unwrap();
    let output = build(project.path(), out.path());
    assert!(output.status.success(), "{}", stderr(&output));
    let html = String::from_utf8(fs::read(out.path().join("es/c/index.html")).unwrap()).unwrap();
    let body = &html[html.find("<div class=\"body\">").unwrap()..];
    let body = &body[..body.find("</article>").unwrap()];
    let lower = body.to_ascii_lowercase();
    for bad in [
        "<script",
        "onerror",
        "onclick",
        "javascript:",
        "<iframe",
        "<form",
        "<style",
        "<object",
        "<base",
        "<meta",
        "data:text",
        "evil.example",
    ] {
        assert!(!lower.contains(bad), "{bad} reached the page body: {body}");
    }
    // The title is text, shown escaped.
    assert!(
        html.contains("<h1>&lt;script&gt;alert(&#39;title&#39;)&lt;&#x2F;script&gt; &amp; &quot;quotes&quot;</h1>")
            || html.contains("<h1>&lt;script&gt;"),
        "{html}"
    );
    assert!(!html.to_ascii_lowercase().contains("<script"));
}

#[test]
fn a_broken_page_leaves_the_previous_output_byte_identical() {
    let project = fixture("valid-minimal");
    let parent = tempfile::tempdir().unwrap();
    let out = parent.path().join("public");
    assert!(build(project.path(), &out).status.success());
    let before = tree(&out);
    let page = project.path().join("campaigns/demo/es/mito.md");
    fs::write(&page, "---\ntitle: \"Mito\"\nsummary: [sin cerrar\n---\nTexto.\n").unwrap();
    let output = build(project.path(), &out);
    assert_eq!(output.status.code(), Some(1));
    let err = stderr(&output);
    assert!(err.contains("campaigns/demo/es/mito.md:3:"), "{err}");
    assert_eq!(tree(&out), before);
    let leftovers: Vec<_> = fs::read_dir(parent.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(
        leftovers,
        vec![std::ffi::OsString::from("public")],
        "a staging folder was left behind"
    );
}

#[test]
fn three_broken_files_are_reported_in_one_run() {
    let output = altavoz(&[
        "build",
        "--root",
        fixture_path("invalid-three").to_str().unwrap(),
        "--out",
        "/nonexistent/never-written",
    ]);
    assert_eq!(output.status.code(), Some(1));
    let err = stderr(&output);
    for place in [
        "campaigns/c/campaign.yaml:2:1",
        "campaigns/c/es/dos.md:4:8",
        "campaigns/c/es/index.md:2:1",
    ] {
        assert!(err.contains(place), "{place} not in {err}");
    }
    assert!(!Path::new("/nonexistent/never-written").exists());
}

#[test]
fn unsafe_output_folders_are_refused_and_left_untouched() {
    let project = fixture("valid-minimal");
    let root = project.path().to_str().unwrap();
    for out in [".", "campaigns", "campaigns/demo/es", "themes/x", ".."] {
        let out = project.path().join(out);
        let output = altavoz(&["build", "--root", root, "--out", out.to_str().unwrap()]);
        assert_eq!(output.status.code(), Some(2), "--out {out:?}: {}", stderr(&output));
    }
    let stranger = project.path().join("notes");
    fs::create_dir(&stranger).unwrap();
    fs::write(stranger.join("mine.txt"), "do not delete").unwrap();
    let output = altavoz(&["build", "--root", root, "--out", stranger.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("not empty"), "{}", stderr(&output));
    assert_eq!(fs::read_to_string(stranger.join("mine.txt")).unwrap(), "do not delete");
    assert!(!project.path().join("campaigns/demo/es/index.html").exists());
}

#[test]
fn the_valid_fixture_matches_its_snapshot() {
    let project = fixture("valid-minimal");
    let out = tempfile::tempdir().unwrap();
    assert!(build(project.path(), out.path()).status.success());
    let site = tree(out.path());
    let listing: String = site.iter().map(|(p, b)| format!("{p} {}\n", b.len())).collect();
    let expected = fixture_path("valid-minimal").join("expected");
    assert_snapshot(&expected.join("files.txt"), &listing);
    for page in [
        "index.html",
        "es/demo/mito/index.html",
        "ar/demo/index.html",
        "sitemap.xml",
    ] {
        let text = String::from_utf8(site[page].clone()).unwrap();
        assert_snapshot(&expected.join(page.replace('/', "__")), &text);
    }
}

#[test]
fn selection_flags_build_part_of_the_site() {
    let project = fixture("valid-minimal");
    let out = tempfile::tempdir().unwrap();
    let output = build_into(project.path(), out.path(), &["-q", "--lang", "en"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let site = tree(out.path());
    assert!(site.contains_key("en/demo/index.html"));
    assert!(!site.keys().any(|p| p.starts_with("es/")));
    assert_no_dead_links(out.path(), "https://example.org/sub/", 15);
    let output = build_into(project.path(), out.path(), &["--lang", "fr"]);
    assert_eq!(output.status.code(), Some(2));
}

#[test]
fn drafts_are_built_only_on_request_and_never_linked_otherwise() {
    let project = fixture("valid-minimal");
    let out = tempfile::tempdir().unwrap();
    let root = project.path().to_str().unwrap();
    assert!(build(project.path(), out.path()).status.success());
    let site = tree(out.path());
    assert!(!site.keys().any(|p| p.contains("borrador")));
    let index = String::from_utf8(site["es/demo/index.html"].clone()).unwrap();
    assert!(index.contains("pronto el borrador."), "{index}");
    assert!(!index.contains("borrador/index.html"));
    assert_no_dead_links(out.path(), "https://example.org/sub/", 50);

    let output = altavoz(&[
        "build",
        "-q",
        "--drafts",
        "--root",
        root,
        "--out",
        out.path().to_str().unwrap(),
    ]);
    assert!(output.status.success());
    let site = tree(out.path());
    assert!(site.contains_key("es/demo/borrador/index.html"));
    let index = String::from_utf8(site["es/demo/index.html"].clone()).unwrap();
    assert!(index.contains("href=\"../../es/demo/borrador/index.html\""), "{index}");
}

#[test]
fn a_page_links_its_neighbours_not_every_page_of_its_campaign() {
    // Every page listing every page made a page of a 125-page campaign 31 KB, 21.5 KB of it the
    // list: pages grew with the square of their campaign.
    let project = fixture("valid-minimal");
    let es = project.path().join("campaigns/demo/es");
    for i in 10..70 {
        fs::write(
            es.join(format!("p{i}.md")),
            format!("---\ntitle: \"Página {i}\"\nsummary: \"Resumen {i}.\"\norder: {i}\n---\nTexto.\n"),
        )
        .unwrap();
    }
    let out = tempfile::tempdir().unwrap();
    assert!(
        build_into(project.path(), out.path(), &["--only", "site"])
            .status
            .success()
    );
    let site = tree(out.path());
    let page = String::from_utf8(site["es/demo/p40/index.html"].clone()).unwrap();
    let nav = &page[page.find("<nav class=\"pages\"").unwrap()..];
    let nav = &nav[..nav.find("</nav>").unwrap()];
    assert_eq!(
        attribute_values(nav, "href"),
        [
            "../../../es/demo/p39/index.html",
            "../../../es/demo/p41/index.html",
            "../../../es/demo/index.html"
        ],
        "{nav}"
    );
    assert!(nav.contains("rel=\"prev\"") && nav.contains("rel=\"next\""), "{nav}");
    // The ends have one neighbour; the landing page lists them all.
    let last = String::from_utf8(site["es/demo/p69/index.html"].clone()).unwrap();
    assert!(!last.contains("rel=\"next\"") && last.contains("rel=\"prev\""));
    let landing = String::from_utf8(site["es/demo/index.html"].clone()).unwrap();
    for i in 10..70 {
        assert!(
            landing.contains(&format!("href=\"../../es/demo/p{i}/index.html\"")),
            "p{i}"
        );
    }
    // A page no longer grows with its campaign: the middle page is about as small as a page of a
    // campaign of two.
    assert!(page.len() < 8_000, "{} bytes", page.len());
}
