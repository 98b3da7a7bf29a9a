//! Social cards end to end: exact pixel sizes, weight for WhatsApp, previews on every page,
//! right-to-left layout, missing glyphs, hostile text, and the cache.

mod common;

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

use altavoz::pipeline::{self, BuildOptions, Mode};
use altavoz::project::Date;
use altavoz::render::Output;
use common::*;

fn build_cards(root: &Path, out: &Path, only: &str) -> std::process::Output {
    altavoz(&[
        "build",
        "--only",
        only,
        "--root",
        root.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ])
}

/// Width, height and RGBA pixels of a PNG.
fn decode(bytes: &[u8]) -> (u32, u32, Vec<u8>) {
    let mut decoder = png::Decoder::new(std::io::Cursor::new(bytes));
    decoder.set_transformations(png::Transformations::EXPAND | png::Transformations::ALPHA);
    let mut reader = decoder.read_info().unwrap();
    let mut pixels = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut pixels).unwrap();
    pixels.truncate(info.buffer_size());
    (info.width, info.height, pixels)
}

#[test]
fn every_demo_page_has_its_cards_at_exact_sizes_and_light_enough_for_whatsapp() {
    let out = tempfile::tempdir().unwrap();
    let output = build_cards(&repo(), out.path(), "site,cards");
    assert!(output.status.success(), "{}", stderr(&output));
    let site = tree(out.path());
    let pages: Vec<&String> = site
        .keys()
        .filter(|p| p.ends_with("/index.html") && p.split('/').count() >= 3 && !p.contains("/cards/"))
        .collect();
    assert_eq!(pages.len(), 42);
    let mut checked = 0;
    for page in pages {
        let parts: Vec<&str> = page
            .trim_end_matches("index.html")
            .trim_end_matches('/')
            .split('/')
            .collect();
        let (lang, campaign) = (parts[0], parts[1]);
        let name = if parts.len() > 2 {
            parts[2..].join("/")
        } else {
            "index".to_string()
        };
        for (format, size) in [("og", (1200, 630)), ("square", (1080, 1080)), ("story", (1080, 1920))] {
            let path = format!("{lang}/{campaign}/cards/{name}-{format}.png");
            let bytes = site.get(&path).unwrap_or_else(|| panic!("{path} missing"));
            let (w, h, _) = decode(bytes);
            assert_eq!((w, h), size, "{path}");
            if format == "og" {
                assert!(
                    bytes.len() <= 300 * 1024,
                    "{path} is {} KB: WhatsApp drops previews over 300 KB",
                    bytes.len() / 1024
                );
            }
            checked += 1;
        }
        // The page names its preview: absolute, existing, described.
        let html = String::from_utf8(site[page.as_str()].clone()).unwrap();
        let image = attribute_values(&html, "content")
            .into_iter()
            .find(|c| c.contains("-og.png?v="))
            .unwrap_or_else(|| panic!("{page} has no og:image"));
        let file = image
            .strip_prefix("https://altavoz.example.org/")
            .unwrap()
            .split('?')
            .next()
            .unwrap();
        assert!(site.contains_key(file), "{page}: og:image {image} does not exist");
        assert!(html.contains("<meta property=\"og:image:alt\" content=\""), "{page}");
        assert!(
            html.contains("<meta property=\"og:image:width\" content=\"1200\">"),
            "{page}"
        );
        assert!(
            html.contains(&format!("<meta name=\"twitter:image\" content=\"{image}\">")),
            "{page}"
        );
    }
    assert_eq!(checked, 42 * 3);
    // The communicators' page of each language lists every card.
    let cards_page = String::from_utf8(site["es/cards/index.html"].clone()).unwrap();
    assert_eq!(cards_page.matches("-story.png\" download").count(), 14);
}

#[test]
fn a_second_build_without_changes_renders_no_card_and_a_change_renders_only_its_cards() {
    let project = fixture("valid-minimal");
    let out = tempfile::tempdir().unwrap();
    let first = build_cards(project.path(), out.path(), "site,cards");
    assert!(first.status.success(), "{}", stderr(&first));
    let before = tree(out.path());
    let second = build_cards(project.path(), out.path(), "site,cards");
    assert!(stderr(&second).contains("cards: rendered 0,"), "{}", stderr(&second));
    assert_eq!(tree(out.path()), before, "reused cards must be the same bytes");
    // A new title changes that page's cards (and its og:image address) in es and in mam, which
    // shows the Spanish page; nothing else.
    let page = project.path().join("campaigns/demo/es/consejos/uno.md");
    let text = fs::read_to_string(&page)
        .unwrap()
        .replace("Consejo uno", "Consejo número uno");
    fs::write(&page, text).unwrap();
    let third = build_cards(project.path(), out.path(), "site,cards");
    assert!(stderr(&third).contains("cards: rendered 6,"), "{}", stderr(&third));
    let after = tree(out.path());
    assert_ne!(
        after["es/demo/cards/consejos/uno-og.png"],
        before["es/demo/cards/consejos/uno-og.png"]
    );
    assert_eq!(after["es/demo/cards/mito-og.png"], before["es/demo/cards/mito-og.png"]);
    let image = |t: &BTreeMap<String, Vec<u8>>| {
        let html = String::from_utf8(t["es/demo/consejos/uno/index.html"].clone()).unwrap();
        attribute_values(&html, "content")
            .into_iter()
            .find(|c| c.contains("-og.png?v="))
            .unwrap()
            .to_string()
    };
    assert_ne!(
        image(&before),
        image(&after),
        "the og:image address must change with the card"
    );
}

#[test]
fn arabic_cards_are_mirrored() {
    let project = fixture("print-rtl");
    let out = tempfile::tempdir().unwrap();
    let output = build_cards(project.path(), out.path(), "cards");
    assert!(output.status.success(), "{}", stderr(&output));
    let accent = [0xf5, 0xa3, 0x00]; // the default accent colour of this fixture's campaign
    let column = |path: &str, x: u32| {
        let (w, h, pixels) = decode(&fs::read(out.path().join(path)).unwrap());
        let i = (((h / 2) * w + x) * 4) as usize;
        ([pixels[i], pixels[i + 1], pixels[i + 2]], w)
    };
    let (es_left, w) = column("es/c/cards/index-og.png", 2);
    let (es_right, _) = column("es/c/cards/index-og.png", w - 3);
    let (ar_left, _) = column("ar/c/cards/index-og.png", 2);
    let (ar_right, _) = column("ar/c/cards/index-og.png", w - 3);
    assert_eq!(
        es_left, accent,
        "the accent band is at the start (left) of a Spanish card"
    );
    assert_ne!(es_right, accent);
    assert_eq!(
        ar_right, accent,
        "the accent band is at the start (right) of an Arabic card"
    );
    assert_ne!(ar_left, accent);
}

#[test]
fn a_character_no_font_has_fails_the_card_naming_it() {
    let project = fixture("invalid-glyph");
    let out = tempfile::tempdir().unwrap();
    let output = build_cards(project.path(), out.path(), "cards");
    assert_eq!(output.status.code(), Some(1));
    let err = stderr(&output);
    assert!(
        err.contains("campaigns/c/es/index.md") && err.contains("language `es`") && err.contains("U+1FAE9"),
        "{err}"
    );
}

#[test]
fn typst_code_in_sources_is_drawn_literally_on_cards() {
    let mut options = BuildOptions::new(fixture_path("injection-typst"));
    options.mode = Mode::Check;
    options.today = Date::parse("2026-11-18").unwrap();
    let (drawn, _) = pipeline::with_context(&options, &[Output::Cards], |context, _| {
        Ok(context
            .plan
            .pages
            .iter()
            .flat_map(|page| altavoz::render::cards::drawn_text(context, &page.html))
            .collect::<Vec<_>>())
    })
    .unwrap();
    assert_eq!(drawn.len(), 3, "the page's three cards");
    for (card, text) in drawn {
        // Lines wrap anywhere, so compare without spaces.
        let squeeze = |s: &str| s.split_whitespace().collect::<String>();
        let drawn = squeeze(&text.unwrap());
        for literal in [
            "#read(\"/etc/passwd\")",
            "$x$",
            "] #panic(\"x\") [",
            "#import \"@preview/x:0.1.0\"",
        ] {
            assert!(
                drawn.contains(&squeeze(literal)),
                "{card}: `{literal}` not drawn in {drawn}"
            );
        }
    }
}
