//! Handouts end to end: real PDFs checked with poppler (pdfinfo, pdffonts, pdftotext,
//! pdftoppm) and zbar (zbarimg), as a trainer's printer and phone would see them.
//! Needs `poppler-utils` and `zbar-tools` (`.ci/run` installs them).

mod common;

use std::fs;
use std::path::{Path, PathBuf};

use common::*;

fn build_print(root: &Path, out: &Path) -> std::process::Output {
    altavoz(&[
        "build",
        "--quiet",
        "--only",
        "print",
        "--root",
        root.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ])
}

/// The handouts and booklets under `dir` (not the trainers' slides, notes and posters: see
/// `tests/trainers.rs`).
fn pdfs(dir: &Path) -> Vec<PathBuf> {
    let mut all: Vec<PathBuf> = walkdir::WalkDir::new(dir)
        .into_iter()
        .map(|e| e.unwrap().into_path())
        .filter(|p| p.extension().is_some_and(|x| x == "pdf"))
        .filter(|p| {
            let name = p.file_name().unwrap().to_string_lossy();
            !name.contains("-slides") && !name.contains("-poster-")
        })
        .collect();
    all.sort();
    all
}

/// One-line text of a PDF (pdftotext breaks lines where the layout does).
fn text_of(pdf: &Path) -> String {
    tool("pdftotext", &["-enc", "UTF-8", pdf.to_str().unwrap(), "-"])
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn every_demo_page_has_a4_and_letter_handouts_and_every_campaign_booklets() {
    let out = tempfile::tempdir().unwrap();
    let output = build_print(&repo(), out.path());
    assert!(output.status.success(), "{}", stderr(&output));
    let mut handouts = 0;
    for lang in ["es", "en", "quc"] {
        for campaign in ["think-twice", "online-safety"] {
            let pages: Vec<String> = fs::read_dir(repo().join("campaigns").join(campaign).join("es"))
                .unwrap()
                .map(|e| {
                    e.unwrap()
                        .file_name()
                        .to_string_lossy()
                        .trim_end_matches(".md")
                        .to_string()
                })
                .collect();
            for page in pages.iter().map(String::as_str).chain([campaign]) {
                for (paper, size) in [
                    ("a4", "595.276 x 841.89 pts (A4)"),
                    ("letter", "612 x 792 pts (letter)"),
                ] {
                    let pdf = out.path().join(format!("{lang}/{campaign}/print/{page}-{paper}.pdf"));
                    assert!(pdf.is_file(), "{} missing", pdf.display());
                    let info = tool("pdfinfo", &[pdf.to_str().unwrap()]);
                    assert!(
                        info.contains(&format!("Page size:       {size}")),
                        "{}: {info}",
                        pdf.display()
                    );
                    handouts += 1;
                }
            }
        }
    }
    assert_eq!(handouts, pdfs(out.path()).len());
    // Every font is embedded (the `emb` column), so the sheets print the same everywhere.
    for pdf in pdfs(out.path()).iter().step_by(7) {
        let fonts = tool("pdffonts", &[pdf.to_str().unwrap()]);
        let rows: Vec<&str> = fonts.lines().skip(2).collect();
        assert!(!rows.is_empty(), "{}: no fonts", pdf.display());
        for row in rows {
            let columns: Vec<&str> = row.split_whitespace().collect();
            let emb = columns[columns.len() - 5];
            assert_eq!(emb, "yes", "{}: {row}", pdf.display());
        }
    }
}

#[test]
fn each_handout_qr_code_leads_to_its_page_in_the_same_language() {
    let out = tempfile::tempdir().unwrap();
    assert!(build_print(&repo(), out.path()).status.success());
    let images = tempfile::tempdir().unwrap();
    let mut decoded = 0;
    for pdf in pdfs(out.path()) {
        let name = pdf.file_name().unwrap().to_string_lossy().to_string();
        let rel = pdf
            .strip_prefix(out.path())
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        let parts: Vec<&str> = rel.split('/').collect();
        let (lang, campaign) = (parts[0], parts[1]);
        if !name.ends_with("-a4.pdf") {
            continue;
        }
        let stem = name.trim_end_matches("-a4.pdf");
        let expected = if stem == campaign || stem == "index" {
            format!("https://altavoz.example.org/{lang}/{campaign}/")
        } else {
            format!("https://altavoz.example.org/{lang}/{campaign}/{stem}/")
        };
        let prefix = images.path().join(format!("{lang}-{campaign}-{stem}"));
        // The booklet's code is on its cover; a handout's is on its last page.
        let page = if stem == campaign {
            "1".to_string()
        } else {
            page_count(&pdf).to_string()
        };
        tool(
            "pdftoppm",
            &[
                "-r",
                "150",
                "-png",
                "-gray",
                "-f",
                &page,
                "-l",
                &page,
                "-singlefile",
                pdf.to_str().unwrap(),
                prefix.to_str().unwrap(),
            ],
        );
        let scanned = tool("zbarimg", &["--raw", "-q", &format!("{}.png", prefix.display())]);
        assert_eq!(scanned.trim(), expected, "{rel}");
        decoded += 1;
    }
    assert_eq!(decoded, 3 * 2 * 8, "7 pages and a booklet per campaign and language");
}

#[test]
fn spanish_text_survives_and_right_to_left_text_starts_at_the_right() {
    let project = fixture("print-rtl");
    let out = tempfile::tempdir().unwrap();
    let output = build_print(project.path(), out.path());
    assert!(output.status.success(), "{}", stderr(&output));
    let es = text_of(&out.path().join("es/c/print/index-a4.pdf"));
    assert!(es.contains("¡Año nuevo, señales claras! ¿Qué hacer?"), "{es}");
    let info = tool(
        "pdfinfo",
        &[out.path().join("es/c/print/index-a4.pdf").to_str().unwrap()],
    );
    assert!(
        info.contains("Title:           ¡Año nuevo, señales claras! ¿Qué hacer?"),
        "{info}"
    );
    assert!(info.contains("Author:          Piénsalo dos veces"), "{info}");
    // The title line (the only text that tall) sits against the right margin in Arabic and
    // against the left one in Spanish.
    let (ar_left, ar_right) = title_extent(&out.path().join("ar/c/print/index-a4.pdf"));
    let (es_left, _) = title_extent(&out.path().join("es/c/print/index-a4.pdf"));
    let (margin_left, margin_right) = (17.0 * 72.0 / 25.4, 595.276 - 17.0 * 72.0 / 25.4);
    assert!(
        (ar_right - margin_right).abs() < 1.0,
        "Arabic title ends at {ar_right}, not at the right margin"
    );
    assert!(
        ar_left > margin_left + 20.0,
        "Arabic title starts at the left margin ({ar_left})"
    );
    assert!((es_left - margin_left).abs() < 1.0, "Spanish title starts at {es_left}");
    // The QR code is drawn the same way in both directions.
    let images = tempfile::tempdir().unwrap();
    for lang in ["ar", "es"] {
        let pdf = out.path().join(format!("{lang}/c/print/index-a4.pdf"));
        let png = images.path().join(lang);
        tool(
            "pdftoppm",
            &[
                "-r",
                "150",
                "-png",
                "-gray",
                "-singlefile",
                pdf.to_str().unwrap(),
                png.to_str().unwrap(),
            ],
        );
        let scanned = tool("zbarimg", &["--raw", "-q", &format!("{}.png", png.display())]);
        assert_eq!(scanned.trim(), format!("https://example.org/{lang}/c/"));
    }
}

/// Regression: an Arabic handout of three pages said "3 / 1" on its first page (the page
/// count laid out right to left); it must read "1 / 3" from the left, as in the slides' notes.
#[test]
fn an_arabic_handout_longer_than_a_page_numbers_its_pages_from_the_left() {
    let project = fixture("print-rtl");
    let page = project.path().join("campaigns/c/ar/index.md");
    let mut text = fs::read_to_string(&page).unwrap();
    for _ in 0..60 {
        text.push_str("\nتحدّث مع عائلتك قبل أن تقرّر، واسأل عن الطرق النظامية والآمنة للسفر والعمل في الخارج.\n");
    }
    fs::write(&page, text).unwrap();
    let out = tempfile::tempdir().unwrap();
    let output = build_print(project.path(), out.path());
    assert!(output.status.success(), "{}", stderr(&output));
    let pdf = out.path().join("ar/c/print/index-a4.pdf");
    // The footer is the lowest line: its numbers, left to right.
    let words = first_page_words(&pdf);
    let bottom = words.iter().map(|w| w.y_max).fold(0.0, f64::max);
    let mut footer: Vec<&Word> = words.iter().filter(|w| w.y_max > bottom - 5.0).collect();
    footer.sort_by(|a, b| a.x_min.total_cmp(&b.x_min));
    let numbers: String = footer
        .iter()
        .map(|w| w.text.as_str())
        .filter(|w| w.chars().all(|c| c.is_ascii_digit() || c == '/'))
        .collect();
    let total = page_count(&pdf);
    assert!(total > 1, "the page should come to more than one page");
    assert_eq!(numbers, format!("1/{total}"), "the footer reads {footer:?}");
}

/// A word of a PDF page as poppler places it (points, from the top left).
#[derive(Debug)]
struct Word {
    x_min: f64,
    x_max: f64,
    y_min: f64,
    y_max: f64,
    text: String,
}

/// The words of a PDF's first page (`pdftotext -bbox`).
fn first_page_words(pdf: &Path) -> Vec<Word> {
    let boxes = tool(
        "pdftotext",
        &["-bbox", "-f", "1", "-l", "1", pdf.to_str().unwrap(), "-"],
    );
    let attr = |line: &str, key: &str| -> f64 {
        let start = line.find(&format!("{key}=\"")).unwrap() + key.len() + 2;
        line[start..].split('"').next().unwrap().parse().unwrap()
    };
    boxes
        .lines()
        .filter(|l| l.trim_start().starts_with("<word"))
        .map(|l| Word {
            x_min: attr(l, "xMin"),
            x_max: attr(l, "xMax"),
            y_min: attr(l, "yMin"),
            y_max: attr(l, "yMax"),
            text: l[l.find('>').unwrap() + 1..l.rfind("</word>").unwrap()].to_string(),
        })
        .collect()
}

/// The number of pages of a PDF (`pdfinfo`).
fn page_count(pdf: &Path) -> usize {
    tool("pdfinfo", &[pdf.to_str().unwrap()])
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .unwrap()
}

/// Leftmost and rightmost x of the words of a PDF's title line (the tallest words on page 1).
fn title_extent(pdf: &Path) -> (f64, f64) {
    let words = first_page_words(pdf);
    let height = |w: &Word| w.y_max - w.y_min;
    let tallest = words.iter().map(height).fold(0.0, f64::max);
    let title: Vec<&Word> = words.iter().filter(|w| height(w) > tallest - 1.0).collect();
    (
        title.iter().map(|w| w.x_min).fold(f64::MAX, f64::min),
        title.iter().map(|w| w.x_max).fold(0.0, f64::max),
    )
}

#[test]
fn typst_code_in_sources_is_printed_literally() {
    let project = fixture("injection-typst");
    let out = tempfile::tempdir().unwrap();
    let output = build_print(project.path(), out.path());
    assert!(output.status.success(), "{}", stderr(&output));
    let text = text_of(&out.path().join("es/c/print/index-a4.pdf"));
    for literal in [
        "#read(\"/etc/passwd\") $x$ ] #panic(\"x\") [",
        "#import \"@preview/x:0.1.0\"",
        "#panic(\"fenced\")",
        "#set text(size: 1pt)",
        "#show: none",
        "// comment /* block */",
        "@ref \\u{41} -- --- ... ~",
        "C #panic(\"name\")",
        "] #panic(\"label\") [",
    ] {
        assert!(text.contains(literal), "`{literal}` not in {text}");
    }
    assert!(!text.contains("root:"), "a file was read");
    assert!(!text.contains("<script>"), "raw HTML is left out of print");
}

#[test]
fn a_character_no_font_has_fails_the_build_naming_page_language_and_character() {
    let project = fixture("invalid-glyph");
    let out = tempfile::tempdir().unwrap();
    let output = build_print(project.path(), out.path());
    assert_eq!(output.status.code(), Some(1));
    let err = stderr(&output);
    assert!(err.contains("campaigns/c/es/index.md"), "{err}");
    assert!(err.contains("language `es`"), "{err}");
    assert!(err.contains("U+1FAE9") && err.contains("U+13000"), "{err}");
    assert!(!out.path().join("es").exists());
}

#[test]
fn pages_link_their_handouts_only_when_they_are_built() {
    let project = fixture("valid-minimal");
    let out = tempfile::tempdir().unwrap();
    let root = project.path().to_str().unwrap();
    assert!(
        altavoz(&["build", "-q", "--root", root, "--out", out.path().to_str().unwrap()])
            .status
            .success()
    );
    let page = fs::read_to_string(out.path().join("es/demo/mito/index.html")).unwrap();
    assert!(page.contains("href=\"../../../es/demo/print/mito-a4.pdf\""), "{page}");
    assert!(out.path().join("es/demo/print/mito-a4.pdf").is_file());
    let landing = fs::read_to_string(out.path().join("es/demo/index.html")).unwrap();
    assert!(landing.contains("es/demo/print/demo-letter.pdf"), "{landing}");
    assert!(
        altavoz(&[
            "build",
            "-q",
            "--only",
            "site",
            "--root",
            root,
            "--out",
            out.path().to_str().unwrap()
        ])
        .status
        .success()
    );
    let page = fs::read_to_string(out.path().join("es/demo/mito/index.html")).unwrap();
    assert!(!page.contains(".pdf"), "a site built without print links to PDFs");
}

#[test]
fn a_broken_print_template_is_reported_at_its_line_without_host_paths() {
    let project = fixture("valid-minimal");
    let print = project.path().join("themes/default/print");
    fs::create_dir_all(&print).unwrap();
    fs::write(
        print.join("handout.typ"),
        "#import \"common.typ\": *\n\n#let handout(data, body) = {\n  data.no-such-field\n}\n",
    )
    .unwrap();
    let out = tempfile::tempdir().unwrap();
    let output = build_print(project.path(), out.path());
    assert_eq!(output.status.code(), Some(1));
    let err = stderr(&output);
    assert!(err.contains("themes/default/print/handout.typ:4:"), "{err}");
    assert!(err.contains("no-such-field"), "{err}");
    assert!(
        !err.contains(project.path().to_str().unwrap()),
        "a host path leaked: {err}"
    );
}

/// Every page's footer counts right, on one-page handouts and on longer ones (typst counts the
/// pages: a handout is made once, whatever its length).
#[test]
fn every_handout_page_shows_its_number_of_the_right_total() {
    let out = tempfile::tempdir().unwrap();
    let output = build_print(&repo(), out.path());
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let (mut one, mut more) = (0, 0);
    for pdf in pdfs(out.path())
        .iter()
        .filter(|p| !p.parent().unwrap().ends_with("print") || !is_booklet(p))
    {
        let pages = page_count(pdf);
        if pages == 1 {
            one += 1;
        } else {
            more += 1;
        }
        for page in 1..=pages {
            let n = page.to_string();
            let text = tool(
                "pdftotext",
                &["-enc", "UTF-8", "-f", &n, "-l", &n, pdf.to_str().unwrap(), "-"],
            );
            // pdftotext keeps the thin spaces of "1 / 2" or not, as the layout goes.
            let footer: String = text.split_whitespace().collect();
            assert!(
                footer.ends_with(&format!("{page}/{pages}")),
                "{}: page {page} of {pages} ends with {:?}",
                pdf.display(),
                &footer[footer.len().saturating_sub(40)..]
            );
        }
    }
    // The demo has both kinds, so the footers of one-page and longer handouts are both checked.
    assert!(one > 0 && more > 0, "{one} one-page and {more} longer handouts");
}

/// Booklets are named after their campaign (`think-twice-a4.pdf`), handouts after their page.
fn is_booklet(pdf: &Path) -> bool {
    let name = pdf.file_stem().unwrap().to_string_lossy();
    let campaign = pdf
        .parent()
        .unwrap()
        .parent()
        .unwrap()
        .file_name()
        .unwrap()
        .to_string_lossy();
    name == format!("{campaign}-a4") || name == format!("{campaign}-letter")
}
