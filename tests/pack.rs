//! `altavoz build --pack`: one zip per language that works unzipped from `file://`.

mod common;

use std::collections::BTreeMap;
use std::io::Read;
use std::path::Path;

use common::*;

/// The files of a zip, by path inside it.
fn unzip(bytes: &[u8]) -> BTreeMap<String, Vec<u8>> {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    (0..archive.len())
        .map(|i| {
            let mut file = archive.by_index(i).unwrap();
            let mut bytes = Vec::new();
            file.read_to_end(&mut bytes).unwrap();
            (file.name().unwrap().to_string(), bytes)
        })
        .collect()
}

/// Every local address a page loads or links: `href`, `src` and each `srcset` candidate.
fn local_links(html: &str) -> Vec<String> {
    let mut links: Vec<String> = attribute_values(html, "href")
        .into_iter()
        .chain(attribute_values(html, "src"))
        .map(str::to_string)
        .collect();
    for set in attribute_values(html, "srcset") {
        links.extend(
            set.split(',')
                .filter_map(|c| c.split_whitespace().next())
                .map(str::to_string),
        );
    }
    links
        .into_iter()
        .map(|l| l.replace("&amp;", "&"))
        .filter(|l| !l.contains(':') && !l.starts_with('#') && !l.starts_with("//"))
        .collect()
}

/// `link`, written in the file at `from`, as a path inside the same tree.
fn resolve(from: &str, link: &str) -> String {
    let mut parts: Vec<&str> = from.split('/').collect();
    parts.pop();
    let target = link.split('#').next().unwrap();
    let target = percent_encoding::percent_decode_str(target)
        .decode_utf8()
        .unwrap()
        .to_string();
    let mut out: Vec<String> = parts.iter().map(std::string::ToString::to_string).collect();
    for part in target.split('/') {
        match part {
            "" | "." => {}
            ".." => assert!(out.pop().is_some(), "{from}: {link} leaves the pack"),
            p => out.push(p.to_string()),
        }
    }
    out.join("/")
}

#[test]
fn each_demo_language_gets_an_offline_pack_whose_every_link_resolves_inside_it() {
    let out = tempfile::tempdir().unwrap();
    let out = out.path().join("public");
    let output = altavoz(&["build", "--pack", "--out", out.to_str().unwrap()]);
    assert!(output.status.success(), "{}", stderr(&output));
    let report = stderr(&output);
    let site = tree(&out);
    for lang in ["es", "en", "quc"] {
        let path = format!("{lang}/{lang}-offline.zip");
        let zip = &site[&path];
        // Its size is printed, and the language's home page links it with its size.
        let size = if zip.len() < 1024 * 1024 {
            format!("{} KB", zip.len().div_ceil(1024))
        } else {
            format!("{:.1} MB", zip.len() as f64 / 1048576.0)
        };
        assert!(
            report.contains(&format!("{path} {size}")),
            "{path} {size} not in\n{report}"
        );
        let home = String::from_utf8(site[&format!("{lang}/index.html")].clone()).unwrap();
        assert!(home.contains(&format!("href=\"{lang}-offline.zip\"")), "{home}");
        assert!(home.contains(&size), "{home}");
        assert!(zip.len() < 5 * 1024 * 1024, "{path} is {} bytes", zip.len());

        let files = unzip(zip);
        let root = format!("{lang}-offline/");
        assert!(files.keys().all(|p| p.starts_with(&root)), "{:?}", files.keys());
        let files: BTreeMap<String, Vec<u8>> = files
            .into_iter()
            .map(|(p, b)| (p[root.len()..].to_string(), b))
            .collect();
        // Pages, handouts and the small pictures; no cards, no other language, no large copy.
        assert!(files.contains_key("index.html") && files.contains_key(&format!("{lang}/index.html")));
        assert!(files.keys().any(|p| p.ends_with("-a4.pdf")), "no handouts");
        assert!(files.keys().any(|p| p.contains("sendero-360.") && p.ends_with(".webp")));
        for path in files.keys() {
            assert!(!path.ends_with(".png") && !path.contains("/cards/"), "{path}");
            assert!(!path.contains("-720.") && !path.contains("-1080."), "{path}");
            assert!(!path.ends_with(".zip"), "{path}");
            let other = ["es", "en", "quc"]
                .iter()
                .any(|l| *l != lang && path.starts_with(&format!("{l}/")));
            assert!(!other, "{path}");
        }
        let mut count = 0;
        for (page, bytes) in files.iter().filter(|(p, _)| p.ends_with(".html")) {
            let html = String::from_utf8(bytes.clone()).unwrap();
            assert!(!html.contains("-offline.zip"), "{page} links the pack itself");
            for link in local_links(&html) {
                let target = resolve(page, &link);
                assert!(
                    files.contains_key(&target),
                    "{lang} pack: {page} links {link}, not in the pack"
                );
                count += 1;
            }
        }
        assert!(count > 200, "only {count} links in the {lang} pack");
        eprintln!(
            "{path}: {} files, {} links, all inside the pack, {size}",
            files.len(),
            count
        );
        if lang == "es" {
            opens_from_file_in_chromium(&files, lang);
        }
    }
    // The same sources make the same zip.
    let again = tempfile::tempdir().unwrap();
    let again = again.path().join("public");
    let output = altavoz(&["build", "--pack", "--out", again.to_str().unwrap()]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(
        std::fs::read(again.join("es/es-offline.zip")).unwrap(),
        site["es/es-offline.zip"],
        "the pack is not byte-identical"
    );
}

/// Unzips the pack and opens its home page from `file://` in headless Chromium, as a phone's
/// browser would: the page and its picture load from the folder.
fn opens_from_file_in_chromium(files: &BTreeMap<String, Vec<u8>>, lang: &str) {
    let dir = tempfile::tempdir().unwrap();
    for (path, bytes) in files {
        let target = dir.path().join(path);
        std::fs::create_dir_all(target.parent().unwrap()).unwrap();
        std::fs::write(target, bytes).unwrap();
    }
    let page = dir
        .path()
        .join(format!("{lang}/think-twice/antes-de-viajar/index.html"));
    let output = std::process::Command::new("chromium")
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            "--virtual-time-budget=3000",
            "--dump-dom",
        ])
        .arg(format!("file://{}", page.display()))
        .output()
        .expect("chromium is needed (apt-get install chromium; .ci/run installs it)");
    let dom = String::from_utf8_lossy(&output.stdout);
    assert!(dom.contains("<h1>Antes de viajar"), "{dom}");
    assert!(dom.contains("sendero-360."), "{dom}");
    assert!(Path::new(&page).exists());
}
