//! Photos through the real binary: published only as processed copies (upright, resized, no
//! metadata), with `srcset`; alt text required; pages weighed against the budget.

mod common;

use std::fs;

use common::photo::{CAMERA, jpeg_with_gps};
use common::*;

/// A copy of `valid-minimal` whose Spanish landing page shows `photo` as `assets/foto.jpg`.
fn fixture_with_photo(photo: &[u8], markdown: &str) -> tempfile::TempDir {
    let dir = fixture("valid-minimal");
    let campaign = dir.path().join("campaigns/demo");
    fs::write(campaign.join("assets/foto.jpg"), photo).unwrap();
    let index = campaign.join("es/index.md");
    let text = fs::read_to_string(&index).unwrap();
    fs::write(&index, format!("{text}\n{markdown}\n")).unwrap();
    dir
}

/// Byte strings that only the test photo's metadata contains (typst writes XMP of its own into
/// PDF files: the document's title and language, nothing of the photo).
fn metadata_markers() -> Vec<Vec<u8>> {
    vec![
        b"Exif\0\0".to_vec(),
        CAMERA.as_bytes().to_vec(),
        b"http://ns.adobe.com/exif/1.0/".to_vec(),
        b"14,38.09N".to_vec(),
    ]
}

#[test]
fn a_phone_photo_with_gps_is_published_upright_resized_and_without_metadata() {
    let photo = jpeg_with_gps(4000, 3000, 6);
    let project = fixture_with_photo(&photo, "![Un bloque rojo sobre un degradado azul](../assets/foto.jpg)");
    let out = project.path().join("public");
    let output = build_into(project.path(), &out, &[]);
    assert!(output.status.success(), "{}", stderr(&output));
    let site = tree(&out);

    // The original is never published, under any name.
    assert!(!site.contains_key("assets/demo/foto.jpg"));
    assert!(site.values().all(|bytes| bytes != &photo));
    // No file of the output (pages, pictures, PDF handouts, cards) has the photo's metadata.
    for (path, bytes) in &site {
        for marker in metadata_markers() {
            assert!(
                !bytes.windows(marker.len()).any(|w| w == marker.as_slice()),
                "{path} contains {:?}",
                String::from_utf8_lossy(&marker)
            );
        }
    }
    // exiftool, as a reader's phone or an investigator would look.
    let pictures: Vec<String> = site
        .keys()
        .filter(|p| p.starts_with("assets/demo/foto-"))
        .cloned()
        .collect();
    assert_eq!(pictures.len(), 6, "{pictures:?}");
    let handouts: Vec<&String> = site.keys().filter(|p| p.ends_with(".pdf")).collect();
    let mut args = vec!["-j".to_string(), "-a".into(), "-G1".into(), "-ee".into()];
    args.extend(
        pictures
            .iter()
            .chain(handouts.iter().copied())
            .map(|p| out.join(p).to_string_lossy().to_string()),
    );
    let exif = std::process::Command::new("exiftool")
        .args(&args)
        .output()
        .expect("exiftool is needed (apt-get install libimage-exiftool-perl; .ci/run installs it)");
    let report = String::from_utf8_lossy(&exif.stdout);
    for group in [
        "\"GPS:",
        "\"IFD0:",
        "\"ExifIFD:",
        "\"IFD1:",
        "\"XMP-exif:",
        "\"ICC_Profile:",
        "\"IPTC:",
    ] {
        assert!(!report.contains(group), "exiftool finds {group} in\n{report}");
    }
    assert!(!report.contains(CAMERA), "{report}");

    // Upright: the stored 4000×3000 picture with orientation 6 is 3000×4000, its red corner
    // (stored top-left) now top-right; every width exists, never wider than the photo.
    for (width, height) in [(360, 480), (720, 960), (1080, 1440)] {
        for ext in ["webp", "jpg"] {
            let path = pictures
                .iter()
                .find(|p| p.starts_with(&format!("assets/demo/foto-{width}.")) && p.ends_with(ext))
                .unwrap_or_else(|| panic!("no {width} px {ext} in {pictures:?}"));
            let picture = image::load_from_memory(&site[path]).unwrap().to_rgb8();
            assert_eq!((picture.width(), picture.height()), (width, height), "{path}");
            let corner = picture.get_pixel(width - 5, 5);
            assert!(
                corner[0] > 170 && corner[1] < 90,
                "{path}: top-right is {corner:?}, not red"
            );
            let other = picture.get_pixel(5, 5);
            assert!(other[0] < 170, "{path}: top-left is {other:?}, red: not rotated");
        }
    }

    // The page lists every width in `srcset`, with the size of the fallback and lazy loading.
    let page = String::from_utf8(site["es/demo/index.html"].clone()).unwrap();
    let srcsets = attribute_values(&page, "srcset");
    assert_eq!(srcsets.len(), 2, "{page}");
    for width in [360, 720, 1080] {
        for set in &srcsets {
            assert!(
                set.contains(&format!("foto-{width}.")) && set.contains(&format!(" {width}w")),
                "{set}"
            );
        }
    }
    assert!(page.contains("<source type=\"image/webp\""), "{page}");
    assert!(page.contains("width=\"720\" height=\"960\""), "{page}");
    assert!(
        page.contains("alt=\"Un bloque rojo sobre un degradado azul\""),
        "{page}"
    );
    assert!(page.contains("decoding=\"async\""), "{page}");

    // A reader on a phone 360 px wide pays at most 60 KB for this page, photo included.
    let check = altavoz(&["check", "--root", project.path().to_str().unwrap()]);
    let report = stderr(&check);
    let line = report
        .lines()
        .find(|l| l.trim_start().starts_with("es/demo/index.html "))
        .unwrap_or_else(|| panic!("no weight for es/demo/index.html in\n{report}"));
    let total: f64 = line
        .split("total")
        .nth(1)
        .and_then(|rest| rest.split_whitespace().next())
        .and_then(|n| n.parse().ok())
        .unwrap();
    assert!(total <= 60.0, "{line}");
    assert!(line.contains("foto-360.") && line.contains(".webp"), "{line}");
}

#[test]
fn an_unchanged_photo_is_not_processed_again() {
    let project = fixture_with_photo(&jpeg_with_gps(1200, 900, 1), "![Una foto](../assets/foto.jpg)");
    let out = project.path().join("public");
    let first = build_into(project.path(), &out, &["--only", "site"]);
    assert!(
        stderr(&first).contains("pictures: processed 1, 0 unchanged"),
        "{}",
        stderr(&first)
    );
    let before = tree(&out);
    let second = build_into(project.path(), &out, &["--only", "site"]);
    assert!(
        stderr(&second).contains("pictures: processed 0, 1 unchanged"),
        "{}",
        stderr(&second)
    );
    assert_eq!(before, tree(&out));
}

#[test]
fn a_page_pushed_over_its_budget_by_a_large_photo_is_named_with_its_figure() {
    // Noise does not compress: the 360 px copy alone weighs about 20 KB.
    let mut seed = 7u32;
    let noisy = image::RgbImage::from_fn(1600, 1200, |_, _| {
        seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
        image::Rgb([(seed >> 8) as u8, (seed >> 16) as u8, (seed >> 24) as u8])
    });
    let mut png = Vec::new();
    noisy
        .write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png)
        .unwrap();
    let project = fixture_with_photo(&png, "![Ruido de colores](../assets/foto.jpg)");
    let yaml = project.path().join("altavoz.yaml");
    let text = fs::read_to_string(&yaml).unwrap();
    fs::write(&yaml, format!("{text}budget: {{ page_kb: 10 }}\n")).unwrap();
    let root = project.path().to_str().unwrap();

    let check = altavoz(&["check", "--root", root]);
    assert!(check.status.success(), "{}", stderr(&check));
    let report = stderr(&check);
    let warning = report
        .lines()
        .find(|l| l.contains("over the budget"))
        .unwrap_or_else(|| panic!("no budget warning in\n{report}"));
    assert!(warning.contains("es/demo/index.html weighs"), "{warning}");
    assert!(warning.contains("over the budget of 10.0 KB"), "{warning}");
    assert!(
        warning.contains("the heaviest part is assets/demo/foto-360."),
        "{warning}"
    );
    assert!(report.contains("campaigns/demo/es/index.md"), "{report}");
    // That page, and the Mam page that shows it as a fallback; the others are light.
    assert_eq!(report.matches("over the budget").count(), 2, "{report}");
    assert!(report.contains("mam/demo/index.html weighs"), "{report}");

    // With every other warning of the fixture settled (a translation to mark as done, pages
    // without a review date), the budget alone fails a `--deny-warnings` run.
    let done = altavoz(&["translate", "--done", "--root", root, "campaigns/demo/en/index.md"]);
    assert!(done.status.success(), "{}", stderr(&done));
    for entry in walkdir::WalkDir::new(project.path().join("campaigns")) {
        let path = entry.unwrap().into_path();
        let text = fs::read_to_string(&path).unwrap_or_default();
        if path.extension().is_some_and(|e| e == "md") && !text.contains("\nreviewed:") {
            let text = text.replacen("---\n", "---\nreviewed: 2026-01-15\nreviewed_by: \"Equipo\"\n", 1);
            fs::write(&path, text).unwrap();
        }
    }
    let denied = altavoz(&["check", "--deny-warnings", "--root", root]);
    let report = stderr(&denied);
    assert!(report.contains("over the budget"), "{report}");
    assert_eq!(report.matches("warning:").count(), 0, "only errors now: {report}");
    assert_eq!(denied.status.code(), Some(1), "{}", stderr(&denied));
    let out = project.path().join("public");
    let build = build_into(project.path(), &out, &["--deny-warnings", "--only", "site"]);
    assert_eq!(build.status.code(), Some(1), "{}", stderr(&build));
    assert!(stderr(&build).contains("over the budget"), "{}", stderr(&build));
    assert!(!out.exists(), "a denied build wrote its output");
}

#[test]
fn a_photo_replaced_by_one_of_the_same_size_renames_its_copies_on_a_reused_page() {
    // Orientation 1 and 3 (upside down): the same number of bytes, other pixels.
    let (before, after) = (jpeg_with_gps(1200, 900, 1), jpeg_with_gps(1200, 900, 3));
    assert_eq!(before.len(), after.len());
    let project = fixture_with_photo(&before, "![Una foto](../assets/foto.jpg)");
    let out = project.path().join("public");
    assert!(build_into(project.path(), &out, &["--only", "site"]).status.success());
    fs::write(project.path().join("campaigns/demo/assets/foto.jpg"), &after).unwrap();
    let second = build_into(project.path(), &out, &["--only", "site"]);
    assert!(
        stderr(&second).contains("pictures: processed 1, 0 unchanged"),
        "{}",
        stderr(&second)
    );
    let site = tree(&out);
    let page = String::from_utf8(site["es/demo/index.html"].clone()).unwrap();
    for set in attribute_values(&page, "srcset") {
        for candidate in set.split(", ") {
            let file = candidate.split(' ').next().unwrap().trim_start_matches("../../");
            assert!(
                site.contains_key(file),
                "the page names {file}, which is not in the output"
            );
        }
    }
}
