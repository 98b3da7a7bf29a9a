//! Workshop slides, facilitator notes and posters (issue 24), end to end on the demo: real PDFs
//! checked with poppler (pdfinfo, pdffonts, pdftotext, pdftoppm) and zbar (zbarimg), as a
//! trainer's projector, printer and the phones in the room would see them.

mod common;

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use common::*;

fn pages_of(pdf: &Path) -> usize {
    tool("pdfinfo", &[pdf.to_str().unwrap()])
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .unwrap()
}

fn page_text(pdf: &Path, page: usize) -> String {
    let n = page.to_string();
    tool(
        "pdftotext",
        &["-enc", "UTF-8", "-f", &n, "-l", &n, pdf.to_str().unwrap(), "-"],
    )
}

/// Renders page `page` of `pdf` in gray at `dpi` and decodes the QR codes on it.
fn qr_on(pdf: &Path, page: usize, dpi: u32, work: &Path) -> (String, PathBuf) {
    let prefix = work.join(format!("{}-{page}", pdf.file_stem().unwrap().to_string_lossy()));
    let n = page.to_string();
    tool(
        "pdftoppm",
        &[
            "-r",
            &dpi.to_string(),
            "-png",
            "-gray",
            "-f",
            &n,
            "-l",
            &n,
            "-singlefile",
            pdf.to_str().unwrap(),
            prefix.to_str().unwrap(),
        ],
    );
    let png = prefix.with_extension("png");
    let decoded = tool("zbarimg", &["--raw", "-q", png.to_str().unwrap()]);
    (decoded.trim().to_string(), png)
}

/// The width of the QR code of `modules` modules in the picture `png` made at `dpi`, in cm,
/// measured between the centres of its two top finder patterns (the 1:1:3:1:1 runs a QR
/// reader looks for), which are `modules - 7` modules apart.
fn qr_width_cm(png: &Path, modules: usize, dpi: f64) -> f64 {
    let image = image::open(png).unwrap().to_luma8();
    let mut distances: BTreeMap<u32, usize> = BTreeMap::new();
    for y in 0..image.height() {
        let dark: Vec<bool> = (0..image.width()).map(|x| image.get_pixel(x, y).0[0] < 128).collect();
        // Runs of one colour: (dark, start, length).
        let mut runs: Vec<(bool, u32, u32)> = Vec::new();
        for (x, d) in dark.iter().enumerate() {
            match runs.last_mut() {
                Some((c, _, len)) if c == d => *len += 1,
                _ => runs.push((*d, x as u32, 1)),
            }
        }
        let mut centres = Vec::new();
        for w in runs.windows(5) {
            if !w[0].0 {
                continue;
            }
            let unit = (w.iter().map(|r| r.2).sum::<u32>()) as f64 / 7.0;
            let near = |len: u32, n: f64| (len as f64 - n * unit).abs() <= unit * 0.6;
            if unit >= 2.0
                && near(w[0].2, 1.0)
                && near(w[1].2, 1.0)
                && near(w[2].2, 3.0)
                && near(w[3].2, 1.0)
                && near(w[4].2, 1.0)
            {
                centres.push(w[2].1 + w[2].2 / 2);
            }
        }
        if let (Some(first), Some(last)) = (centres.first(), centres.last())
            && last > first
        {
            *distances.entry(last - first).or_default() += 1;
        }
    }
    let (distance, _) = distances.iter().max_by_key(|(_, n)| **n).expect("finder patterns");
    let width_px = *distance as f64 * modules as f64 / (modules as f64 - 7.0);
    width_px / dpi * 2.54
}

/// The slugs of a campaign's pages in `lang` (own or fallback from the source language), with
/// their kind, read from the sources.
fn shown_pages(root: &Path, campaign: &str, lang: &str) -> Vec<(String, String)> {
    let source = root.join(format!("campaigns/{campaign}/es"));
    let mut pages = Vec::new();
    for entry in fs::read_dir(&source).unwrap() {
        let name = entry.unwrap().file_name().to_string_lossy().to_string();
        let own = root.join(format!("campaigns/{campaign}/{lang}/{name}"));
        let file = if own.is_file() { own } else { source.join(&name) };
        let text = fs::read_to_string(file).unwrap();
        let kind = text
            .lines()
            .find_map(|l| l.strip_prefix("kind:"))
            .map_or("page".to_string(), |k| k.trim().to_string());
        pages.push((name.trim_end_matches(".md").to_string(), kind));
    }
    pages
}

#[test]
fn slides_are_16_9_one_or_two_a_page_with_text_inside_and_a_qr_code_to_the_campaign() {
    let out = tempfile::tempdir().unwrap();
    let output = build_into(&repo(), out.path(), &["--quiet", "--only", "print"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let work = tempfile::tempdir().unwrap();
    let mut decks = 0;
    for lang in ["es", "en", "quc"] {
        for campaign in ["think-twice", "online-safety"] {
            let pdf = out
                .path()
                .join(format!("{lang}/{campaign}/print/{campaign}-slides.pdf"));
            let info = tool("pdfinfo", &[pdf.to_str().unwrap()]);
            assert!(
                info.contains("Page size:       960 x 540 pts"),
                "{}: {info}",
                pdf.display()
            );
            assert!(info.contains("Tagged:          yes"), "{info}");
            // The title slide, two slides for a myth or a question, one for any other page
            // (a contacts page has the contacts slide), and the contacts slide.
            let expected: usize = 2 + shown_pages(&repo(), campaign, lang)
                .iter()
                .filter(|(slug, kind)| slug != "index" && kind != "contacts")
                .map(|(_, kind)| if kind == "myth" || kind == "faq" { 2 } else { 1 })
                .sum::<usize>();
            let pages = pages_of(&pdf);
            assert_eq!(pages, expected, "{}", pdf.display());
            // Every slide's words are text, and inside the slide.
            let boxes = tool("pdftotext", &["-bbox", pdf.to_str().unwrap(), "-"]);
            for page in 1..=pages {
                assert!(
                    page_text(&pdf, page).split_whitespace().count() >= 3,
                    "{}: slide {page}",
                    pdf.display()
                );
            }
            for word in boxes.lines().filter(|l| l.trim_start().starts_with("<word")) {
                let number = |key: &str| -> f64 {
                    let at = word.find(&format!("{key}=\"")).unwrap() + key.len() + 2;
                    word[at..].split('"').next().unwrap().parse().unwrap()
                };
                let (x0, y0, x1, y1) = (number("xMin"), number("yMin"), number("xMax"), number("yMax"));
                assert!(
                    x0 >= 0.0 && y0 >= 0.0 && x1 <= 960.0 && y1 <= 540.0,
                    "{}: {word}",
                    pdf.display()
                );
            }
            // The last slide's QR code opens the campaign in the slides' language.
            let (decoded, _) = qr_on(&pdf, pages, 150, work.path());
            assert_eq!(
                decoded,
                format!("https://altavoz.example.org/{lang}/{campaign}/"),
                "{}",
                pdf.display()
            );
            let last = page_text(&pdf, pages);
            assert!(last.contains("2026"), "the review date on the last slide: {last}");
            decks += 1;
        }
    }
    assert_eq!(decks, 6);
}

#[test]
fn the_notes_hold_every_pages_notes_on_a4_and_letter_and_the_website_none() {
    let out = tempfile::tempdir().unwrap();
    let output = build_into(&repo(), out.path(), &["--quiet", "--only", "print,site"]);
    assert!(output.status.success(), "{}", stderr(&output));
    for lang in ["es", "en"] {
        let dir = repo().join(format!("campaigns/think-twice/{lang}"));
        let mut notes = Vec::new();
        for entry in fs::read_dir(&dir).unwrap() {
            let text = fs::read_to_string(entry.unwrap().path()).unwrap();
            // The first words of each page's notes (`notes: |` and its first line).
            if let Some(first) = text.split("notes: |\n").nth(1).and_then(|n| n.lines().next()) {
                let words: Vec<&str> = first.split_whitespace().take(4).collect();
                notes.push(words.join(" ").replace("**", "").replace('*', ""));
            }
        }
        assert!(notes.len() >= 4, "{lang}: {notes:?}");
        for (paper, size) in [
            ("a4", "595.276 x 841.89 pts (A4)"),
            ("letter", "612 x 792 pts (letter)"),
        ] {
            let pdf = out
                .path()
                .join(format!("{lang}/think-twice/print/think-twice-slides-notes-{paper}.pdf"));
            let info = tool("pdfinfo", &[pdf.to_str().unwrap()]);
            assert!(info.contains(size), "{}: {info}", pdf.display());
            let text = tool("pdftotext", &["-enc", "UTF-8", pdf.to_str().unwrap(), "-"])
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
            for note in &notes {
                assert!(text.contains(note.as_str()), "{}: {note:?} missing", pdf.display());
            }
        }
        // Never on the website.
        for entry in walkdir::WalkDir::new(out.path().join(lang))
            .into_iter()
            .filter_map(Result::ok)
        {
            if entry.path().extension().is_some_and(|e| e == "html") {
                let html = fs::read_to_string(entry.path()).unwrap();
                for note in &notes {
                    assert!(!html.contains(note.as_str()), "{}: {note}", entry.path().display());
                }
            }
        }
    }
}

#[test]
fn posters_are_a3_and_tabloid_with_fonts_embedded_tags_and_a_qr_code_of_4_cm_read_at_150_dpi() {
    let out = tempfile::tempdir().unwrap();
    let output = build_into(&repo(), out.path(), &["--quiet", "--only", "print,site"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let work = tempfile::tempdir().unwrap();
    let mut posters = 0;
    for (lang, campaign, page) in [
        ("es", "think-twice", "coyote-seguro"),
        ("en", "think-twice", "senales-de-fraude"),
        ("es", "think-twice", "contactos"),
        ("quc", "online-safety", "confianza"),
    ] {
        for (size, dimensions) in [("a3", "841.89 x 1190.55 pts (A3)"), ("tabloid", "792 x 1224 pts")] {
            let pdf = out
                .path()
                .join(format!("{lang}/{campaign}/print/{page}-poster-{size}.pdf"));
            let info = tool("pdfinfo", &[pdf.to_str().unwrap()]);
            assert!(
                info.contains(&format!("Page size:       {dimensions}")),
                "{}: {info}",
                pdf.display()
            );
            assert!(info.contains("Tagged:          yes") && pages_of(&pdf) == 1, "{info}");
            let fonts = tool("pdffonts", &[pdf.to_str().unwrap()]);
            for row in fonts.lines().skip(2) {
                let columns: Vec<&str> = row.split_whitespace().collect();
                assert_eq!(
                    columns[columns.len() - 5],
                    "yes",
                    "{}: not embedded: {row}",
                    pdf.display()
                );
            }
            let url = format!("https://altavoz.example.org/{lang}/{campaign}/{page}/");
            let (decoded, png) = qr_on(&pdf, 1, 150, work.path());
            assert_eq!(decoded, url, "{}", pdf.display());
            let modules = qrcode::QrCode::with_error_correction_level(url.as_bytes(), qrcode::EcLevel::M)
                .unwrap()
                .width();
            let width = qr_width_cm(&png, modules, 150.0);
            assert!(width >= 4.0, "{}: the QR code is {width:.2} cm wide", pdf.display());
            let text = page_text(&pdf, 1);
            assert!(
                text.contains("2026") && text.contains("+502"),
                "review date and contacts: {text}"
            );
            posters += 1;
        }
        // Linked from the page, as its handouts are.
        let html = fs::read_to_string(out.path().join(format!("{lang}/{campaign}/{page}/index.html"))).unwrap();
        assert!(html.contains(&format!("/print/{page}-poster-a3.pdf\"")), "{html}");
    }
    assert_eq!(posters, 8);
    // The landing page links the slides and their notes.
    let landing = fs::read_to_string(out.path().join("es/think-twice/index.html")).unwrap();
    for file in [
        "think-twice-slides.pdf",
        "think-twice-slides-notes-a4.pdf",
        "think-twice-slides-notes-letter.pdf",
    ] {
        assert!(landing.contains(&format!("print/{file}")), "{file}");
    }
    // Stories, FAQs and plain pages have none.
    assert!(
        !out.path()
            .join("es/think-twice/print/antes-de-viajar-poster-a3.pdf")
            .exists()
    );
}

#[test]
fn posters_can_be_turned_off_for_a_page_and_for_a_campaign() {
    let project = demo();
    let root = project.path();
    let page = root.join("campaigns/think-twice/es/coyote-seguro.md");
    let text = fs::read_to_string(&page)
        .unwrap()
        .replacen("order: 1\n", "order: 1\nposter: false\n", 1);
    fs::write(&page, text).unwrap();
    let campaign = root.join("campaigns/online-safety/campaign.yaml");
    fs::write(&campaign, fs::read_to_string(&campaign).unwrap() + "posters: false\n").unwrap();
    let out = tempfile::tempdir().unwrap();
    let output = build_into(root, out.path(), &["--quiet", "--only", "print"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let posters: Vec<String> = tree(out.path())
        .into_keys()
        .filter(|p| p.contains("-poster-"))
        .collect();
    assert!(
        !posters
            .iter()
            .any(|p| p.contains("/online-safety/") || p.contains("es/think-twice/print/coyote-seguro")),
        "{posters:?}"
    );
    assert!(
        posters
            .iter()
            .any(|p| p.contains("es/think-twice/print/senales-de-fraude-poster-a3.pdf"))
    );
}

#[test]
fn arabic_slides_run_right_to_left() {
    let out = tempfile::tempdir().unwrap();
    let output = build_into(&fixture_path("print-rtl"), out.path(), &["--quiet", "--only", "print"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let pdf = out.path().join("ar/c/print/c-slides.pdf");
    let work = tempfile::tempdir().unwrap();
    let prefix = work.path().join("title");
    tool(
        "pdftoppm",
        &[
            "-r",
            "36",
            "-png",
            "-f",
            "1",
            "-l",
            "1",
            "-singlefile",
            pdf.to_str().unwrap(),
            prefix.to_str().unwrap(),
        ],
    );
    // The accent band is on the start edge: the right one in Arabic.
    let image = image::open(prefix.with_extension("png")).unwrap().to_rgb8();
    let (w, h) = image.dimensions();
    let edge = |x: u32| image.get_pixel(x, h / 2).0;
    assert_ne!(edge(2), edge(w - 3), "the two edges differ");
    assert_eq!(
        edge(w - 3),
        image.get_pixel(w - 3, h / 4).0,
        "a band down the right edge"
    );
    // Its words are Arabic text, in reading order.
    let text = page_text(&pdf, 1);
    assert!(text.contains("مرتين"), "{text}");
}

#[test]
fn a_fact_too_long_for_a_slide_is_an_error_at_its_line() {
    let project = demo();
    let root = project.path();
    let page = root.join("campaigns/think-twice/es/coyote-seguro.md");
    let long = "Muchas personas que viajan con coyotes son abandonadas en el camino, sin agua ni comida. ".repeat(12);
    let text = fs::read_to_string(&page).unwrap();
    let line = text.lines().position(|l| l.starts_with("fact:")).unwrap() + 1;
    let text: String = text
        .lines()
        .map(|l| {
            if l.starts_with("fact:") {
                format!("fact: \"{}\"", long.trim())
            } else {
                l.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
        + "\n";
    fs::write(&page, text).unwrap();
    let out = tempfile::tempdir().unwrap();
    let output = build_into(root, out.path(), &["--quiet", "--only", "print"]);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    let err = stderr(&output);
    assert!(
        err.contains(&format!("campaigns/think-twice/es/coyote-seguro.md:{line}"))
            && err.contains("does not fit on its workshop slide"),
        "{err}"
    );
    assert!(!out.path().join("es").exists(), "nothing written");
}
