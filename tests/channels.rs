//! Every channel (issue 25), through the real binary: each page's chat message, text messages
//! counted as a phone network counts them and listed in a CSV that Python's `csv` reads, the
//! campaign's notice on every page, handout and story card and in every language, and voice
//! notes published without a trace of their tags (checked with exiftool and ffprobe, as anyone
//! who downloads one could).

mod common;

use std::fs;
use std::path::Path;
use std::process::Command;

use common::*;

/// The notice of `campaign` in `lang`, read from campaign.yaml (the fallback's for K'iche').
fn notice(root: &Path, campaign: &str, lang: &str) -> String {
    let yaml = fs::read_to_string(root.join(format!("campaigns/{campaign}/campaign.yaml"))).unwrap();
    let line = yaml.lines().find(|l| l.starts_with("notice:")).unwrap();
    let lang = if lang == "quc" { "es" } else { lang };
    let at = line.find(&format!(" {lang}: \"")).unwrap() + lang.len() + 4;
    line[at..].split('"').next().unwrap().to_string()
}

#[test]
fn every_page_has_a_chat_message_with_the_notice_a_contact_and_a_link_that_resolves() {
    let out = tempfile::tempdir().unwrap();
    let output = build_into(&repo(), out.path(), &["--quiet", "--only", "site"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let site = tree(out.path());
    let mut messages = 0;
    for (path, _) in site
        .iter()
        .filter(|(p, _)| p.ends_with("/index.html") && p.split('/').count() >= 3)
    {
        let parts: Vec<&str> = path.split('/').collect();
        let (lang, campaign) = (parts[0], parts[1]);
        if campaign == "cards" {
            continue;
        }
        let page = if parts.len() == 3 {
            "index".to_string()
        } else {
            parts[2..parts.len() - 1].join("/")
        };
        let chat = String::from_utf8(site[&format!("{lang}/{campaign}/chat/{page}.txt")].clone()).unwrap();
        assert!(
            chat.chars().count() <= 700,
            "{lang}/{campaign}/{page}: {} characters",
            chat.chars().count()
        );
        assert!(chat.starts_with('*'), "the title in bold: {chat}");
        assert!(
            chat.contains(&notice(&repo(), campaign, lang)),
            "{lang}/{campaign}/{page}: no notice in {chat}"
        );
        assert!(chat.contains("+502 5555 0"), "a contact: {chat}");
        let link = chat.lines().find_map(|l| l.strip_prefix("👉 ")).expect("a link");
        let target = link.strip_prefix("https://altavoz.example.org/").unwrap();
        assert!(
            site.contains_key(&format!("{target}index.html")),
            "{link} does not resolve"
        );
        assert_eq!(target, format!("{}/", path.trim_end_matches("/index.html")));
        messages += 1;
    }
    assert!(messages >= 40, "{messages}");
    // The share page shows each message in a box to copy, without JavaScript.
    let share = String::from_utf8(site["es/cards/index.html"].clone()).unwrap();
    assert!(
        share.contains("<textarea class=\"chat\"") && share.contains(" readonly"),
        "{share}"
    );
    assert!(!share.contains("<script"));
    let coyote = String::from_utf8(site["es/think-twice/chat/coyote-seguro.txt"].clone()).unwrap();
    let first = coyote.lines().nth(2).unwrap();
    assert!(share.contains(&first.replace('"', "&quot;")), "{first}");
}

#[test]
fn text_messages_are_listed_in_a_csv_that_python_reads() {
    let out = tempfile::tempdir().unwrap();
    let output = build_into(&repo(), out.path(), &["--quiet", "--only", "site"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let csv = out.path().join("es/think-twice/sms.csv");
    let read = "import csv, sys, json\nrows = list(csv.reader(open(sys.argv[1], newline='', encoding='utf-8')))\nprint(json.dumps(rows))";
    let output = Command::new("python3")
        .args(["-c", read, csv.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let rows: Vec<Vec<String>> = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(rows[0], ["page", "title", "message", "encoding", "length", "link"]);
    let coyote = rows
        .iter()
        .find(|r| r[0] == "coyote-seguro")
        .expect("the page with an sms");
    assert_eq!(coyote[3], "GSM-7");
    assert_eq!(coyote[4], coyote[2].chars().count().to_string());
    assert!(coyote[5].ends_with("/es/think-twice/coyote-seguro/"));
}

#[test]
fn a_text_message_over_one_sms_names_its_count_and_the_character_that_made_it_ucs2() {
    let project = demo();
    let root = project.path();
    let page = root.join("campaigns/think-twice/es/videos-de-tiktok.md");
    let sms = "Esos videos son publicidad de coyotes: no muestran la extorsión ni los riesgos del camino.";
    let text = fs::read_to_string(&page)
        .unwrap()
        .replacen("---\n", &format!("---\nsms: \"{sms}\"\n"), 1);
    fs::write(&page, text).unwrap();
    let output = altavoz(&["check", "--root", root.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    let err = stderr(&output);
    assert!(err.contains("videos-de-tiktok.md:2:6"), "{err}");
    assert!(
        err.contains(&format!(
            "`sms` is {} characters long in UCS-2; one text message holds 70",
            sms.encode_utf16().count()
        )),
        "{err}"
    );
    assert!(err.contains("«ó» is not in the GSM alphabet"), "{err}");
}

#[test]
fn a_language_with_pages_of_its_own_but_no_notice_fails_at_campaign_yaml_and_status_lists_it() {
    let project = demo();
    let root = project.path();
    let campaign = root.join("campaigns/online-safety/campaign.yaml");
    let yaml = fs::read_to_string(&campaign).unwrap();
    let without_en: String = yaml
        .lines()
        .map(|l| {
            if l.starts_with("notice:") {
                let cut = l.find(", en: ").unwrap();
                format!("{} }}", &l[..cut])
            } else {
                l.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
        + "\n";
    fs::write(&campaign, without_en).unwrap();
    let output = altavoz(&["check", "--root", root.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    let err = stderr(&output);
    assert!(
        err.contains("campaigns/online-safety/campaign.yaml:") && err.contains("has no text in en"),
        "{err}"
    );
    let output = altavoz(&["status", "--root", root.to_str().unwrap(), "--format", "json"]);
    let status: serde_json::Value =
        serde_json::from_slice(&output.stdout).unwrap_or_else(|_| panic!("{}", stderr(&output)));
    let campaign = status["campaigns"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["slug"] == "online-safety")
        .unwrap();
    let notices: Vec<(&str, &str)> = campaign["languages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| (l["code"].as_str().unwrap(), l["notice"].as_str().unwrap()))
        .collect();
    assert_eq!(notices, [("en", "missing"), ("quc", "fallback")]);
}

#[test]
fn the_notice_is_on_every_page_handout_and_story_card_and_no_other_card() {
    let out = tempfile::tempdir().unwrap();
    let output = build_into(&repo(), out.path(), &["--quiet", "--only", "site,print,cards"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let site = tree(out.path());
    for (path, html) in html_files(&site) {
        let parts: Vec<&str> = path.split('/').collect();
        if parts.len() < 3 || parts[1] == "cards" {
            continue;
        }
        assert!(html.contains(&notice(&repo(), parts[1], parts[0])), "{path}");
    }
    let mut handouts = 0;
    for path in site.keys().filter(|p| p.ends_with("-a4.pdf") && !p.contains("-slides")) {
        let parts: Vec<&str> = path.split('/').collect();
        let text = Command::new("pdftotext")
            .args(["-enc", "UTF-8", out.path().join(path).to_str().unwrap(), "-"])
            .output()
            .expect("pdftotext (poppler-utils)");
        let text = String::from_utf8_lossy(&text.stdout)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        assert!(text.contains(&notice(&repo(), parts[1], parts[0])), "{path}: {text}");
        handouts += 1;
    }
    assert!(handouts > 30);
    // A story card is posted alone: it carries the notice; a link preview does not need it.
    // Without the notice, the story cards change and the others stay as they were, pixel for pixel.
    let project = demo();
    let campaign = project.path().join("campaigns/think-twice/campaign.yaml");
    let yaml: String = fs::read_to_string(&campaign)
        .unwrap()
        .lines()
        .filter(|l| !l.starts_with("notice:"))
        .map(|l| format!("{l}\n"))
        .collect();
    fs::write(&campaign, yaml).unwrap();
    let without = tempfile::tempdir().unwrap();
    let output = build_into(project.path(), without.path(), &["--quiet", "--only", "cards"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let pixels = |path: &Path| image::open(path).unwrap().to_rgba8().into_raw();
    for format in ["og", "square", "story"] {
        let rel = format!("es/think-twice/cards/coyote-seguro-{format}.png");
        let same = pixels(&out.path().join(&rel)) == pixels(&without.path().join(&rel));
        assert_eq!(same, format != "story", "{rel}");
    }
}

#[test]
fn the_notice_goes_through_po_export_and_import() {
    let project = demo();
    let root = project.path();
    let file = root.join("tt.en.po");
    let output = altavoz(&[
        "po",
        "export",
        "think-twice",
        "en",
        "--root",
        root.to_str().unwrap(),
        "-o",
        file.to_str().unwrap(),
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    let po = fs::read_to_string(&file).unwrap();
    assert!(po.contains("msgctxt \"campaign.yaml#notice\""), "{po}");
    let new = "Migration guidance is FREE. Never pay anyone for papers, work or a journey.";
    let old = notice(root, "think-twice", "en");
    fs::write(
        &file,
        po.replace(&format!("msgstr \"{old}\""), &format!("msgstr \"{new}\"")),
    )
    .unwrap();
    let output = altavoz(&["po", "import", file.to_str().unwrap(), "--root", root.to_str().unwrap()]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(notice(root, "think-twice", "en"), new);
    assert_eq!(notice(root, "think-twice", "es"), notice(&repo(), "think-twice", "es"));
}

/// A recording with every kind of tag a phone writes (`tests/fixtures/audio/make-fixtures.sh`).
const TAGGED: &str = "tests/fixtures/audio/tagged-phone.m4a";

#[test]
fn a_voice_note_is_published_without_its_tags_with_the_same_audio_and_played_only_on_demand() {
    let project = demo();
    let root = project.path();
    fs::copy(
        repo().join(TAGGED),
        root.join("campaigns/think-twice/assets/coyote.m4a"),
    )
    .unwrap();
    let page = root.join("campaigns/think-twice/es/coyote-seguro.md");
    let text = fs::read_to_string(&page)
        .unwrap()
        .replacen("order: 1\n", "order: 1\naudio: assets/coyote.m4a\n", 1);
    fs::write(&page, text).unwrap();
    let out = tempfile::tempdir().unwrap();
    let output = build_into(root, out.path(), &["--quiet", "--only", "site"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let site = tree(out.path());
    let voices: Vec<&String> = site.keys().filter(|p| p.ends_with(".m4a")).collect();
    assert_eq!(
        voices.len(),
        1,
        "only the rebuilt file, never the recording as it was: {voices:?}"
    );
    let published = out.path().join(voices[0]);
    let html = String::from_utf8(site["es/think-twice/coyote-seguro/index.html"].clone()).unwrap();
    assert!(
        html.contains("<audio controls preload=\"none\"") && html.contains("type=\"audio/mp4\""),
        "{html}"
    );
    // None of the tags, as exiftool and ffprobe see them.
    let exif = Command::new("exiftool")
        .args(["-a", "-G1", "-ee"])
        .arg(&published)
        .output()
        .expect("exiftool");
    let exif = String::from_utf8_lossy(&exif.stdout).to_string();
    for tag in [
        "Title", "Artist", "GPS", "Location", "Make", "Model", "Chapter", "Comment",
    ] {
        assert!(
            !exif.lines().any(|l| l.contains(&format!("] {tag}"))),
            "{tag} in\n{exif}"
        );
    }
    assert!(
        exif.contains("Create Date                     : 0000:00:00 00:00:00"),
        "{exif}"
    );
    let ffprobe = |path: &Path, args: &[&str]| {
        let output = Command::new("ffprobe")
            .args(["-v", "error"])
            .args(args)
            .arg(path)
            .output()
            .expect("ffprobe (ffmpeg)");
        String::from_utf8_lossy(&output.stdout).to_string()
    };
    let tags = ffprobe(
        &published,
        &["-show_entries", "format_tags:stream_tags:chapters", "-of", "json"],
    );
    for word in ["title", "artist", "location", "date", "comment"] {
        assert!(!tags.to_lowercase().contains(word), "{word} in {tags}");
    }
    // The same audio: every packet's payload and timing as they were.
    let packets = |path: &Path| {
        ffprobe(
            path,
            &[
                "-select_streams",
                "a:0",
                "-show_entries",
                "packet=pts,duration,size:packet=data_hash",
                "-show_data_hash",
                "sha256",
                "-of",
                "csv",
            ],
        )
    };
    let original = packets(&repo().join(TAGGED));
    assert!(!original.is_empty());
    assert_eq!(packets(&published), original);
    // Weighed apart: it loads when the reader presses play.
    let output = altavoz(&["check", "--root", root.to_str().unwrap()]);
    assert!(
        stderr(&output).contains("es/think-twice/coyote-seguro/index.html also plays")
            || String::from_utf8_lossy(&output.stdout).contains("also plays")
    );
}

#[test]
fn an_unreadable_voice_note_is_a_clear_error_at_its_line() {
    let project = demo();
    let root = project.path();
    fs::write(
        root.join("campaigns/think-twice/assets/voz.m4a"),
        b"not a recording at all, only some text",
    )
    .unwrap();
    let page = root.join("campaigns/think-twice/es/coyote-seguro.md");
    let text = fs::read_to_string(&page).unwrap();
    let line = text.lines().position(|l| l == "order: 1").unwrap() + 2;
    fs::write(
        &page,
        text.replacen("order: 1\n", "order: 1\naudio: assets/voz.m4a\n", 1),
    )
    .unwrap();
    let output = altavoz(&["check", "--root", root.to_str().unwrap(), "--messages", "es"]);
    assert_eq!(output.status.code(), Some(1));
    let err = stderr(&output);
    assert!(err.contains(&format!("coyote-seguro.md:{line}")), "{err}");
    assert!(
        err.contains("no es una grabación que altavoz pueda publicar") && err.contains("M4A (AAC), MP3"),
        "{err}"
    );
}

#[test]
fn a_recording_named_like_a_video_or_only_linked_is_never_published_as_it_was() {
    let project = demo();
    let root = project.path();
    let assets = root.join("campaigns/think-twice/assets");
    // The file a page names, under a video's name; another no page names, under WebM's.
    fs::copy(repo().join(TAGGED), assets.join("voz.mp4")).unwrap();
    fs::copy(
        repo().join("tests/fixtures/audio/tagged.opus"),
        assets.join("otra.webm"),
    )
    .unwrap();
    fs::copy(
        repo().join("tests/fixtures/audio/tagged.mp3"),
        assets.join("borrador.mp3"),
    )
    .unwrap();
    let page = root.join("campaigns/think-twice/es/coyote-seguro.md");
    let text = fs::read_to_string(&page)
        .unwrap()
        .replacen("order: 1\n", "order: 1\naudio: assets/voz.mp4\n", 1);
    fs::write(&page, text).unwrap();
    // A draft's recording stays unpublished while the draft does.
    fs::write(
        root.join("campaigns/think-twice/es/borrador.md"),
        "---\ntitle: \"Borrador\"\nsummary: \"Aún no.\"\ndraft: true\naudio: assets/borrador.mp3\n---\nTexto.\n",
    )
    .unwrap();
    let out = tempfile::tempdir().unwrap();
    let output = altavoz(&[
        "build",
        "--quiet",
        "--pack",
        "--only",
        "site",
        "--root",
        root.to_str().unwrap(),
        "--out",
        out.path().to_str().unwrap(),
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    let site = tree(out.path());
    let recordings: Vec<&String> = site
        .keys()
        .filter(|p| {
            p.starts_with("assets/")
                && [".mp4", ".webm", ".mp3", ".m4a", ".ogg", ".opus"]
                    .iter()
                    .any(|e| p.ends_with(e))
        })
        .collect();
    assert_eq!(
        recordings.len(),
        1,
        "only the page's voice note, rebuilt: {recordings:?}"
    );
    assert!(
        recordings[0].ends_with(".m4a") && recordings[0].starts_with("assets/think-twice/voz."),
        "{recordings:?}"
    );
    for (path, bytes) in site.iter().filter(|(p, _)| p.ends_with(".zip")) {
        let listing = zip_names(bytes);
        assert!(
            !listing
                .iter()
                .any(|n| n.ends_with(".webm") || n.ends_with(".mp4") || n.ends_with(".mp3")),
            "{path}: {listing:?}"
        );
    }
}

fn zip_names(bytes: &[u8]) -> Vec<String> {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    (0..archive.len())
        .map(|i| archive.by_index(i).unwrap().name().unwrap().to_string())
        .collect()
}

#[test]
fn a_link_to_a_recording_is_an_error_that_points_to_audio() {
    let project = demo();
    let root = project.path();
    fs::copy(repo().join(TAGGED), root.join("campaigns/think-twice/assets/voz.m4a")).unwrap();
    let page = root.join("campaigns/think-twice/es/coyote-seguro.md");
    fs::write(
        &page,
        fs::read_to_string(&page).unwrap() + "\n[Escucha](../assets/voz.m4a)\n",
    )
    .unwrap();
    let output = altavoz(&["check", "--root", root.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    let err = stderr(&output);
    assert!(
        err.contains("links to the recording `voz.m4a`") && err.contains("audio: assets/voz.m4a"),
        "{err}"
    );
}

#[test]
fn a_text_message_that_starts_like_a_spreadsheet_formula_is_refused() {
    let project = demo();
    let root = project.path();
    let page = root.join("campaigns/think-twice/es/videos-de-tiktok.md");
    let text = fs::read_to_string(&page)
        .unwrap()
        .replacen("---\n", "---\nsms: \"=HYPERLINK(\\\"http://x\\\")\"\n", 1);
    fs::write(&page, text).unwrap();
    let output = altavoz(&["check", "--root", root.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("spreadsheets read as the start of a formula"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn a_blank_notice_in_a_language_shown_in_its_fallback_shows_the_fallbacks_notice() {
    let project = demo();
    let root = project.path();
    let campaign = root.join("campaigns/think-twice/campaign.yaml");
    let yaml: String = fs::read_to_string(&campaign)
        .unwrap()
        .lines()
        .map(|l| match l.strip_prefix("notice:") {
            Some(_) => format!("{}, quc: \"\" }}\n", l.trim_end_matches(" }")),
            None => format!("{l}\n"),
        })
        .collect();
    assert!(yaml.contains("quc: \"\" }"), "{yaml}");
    fs::write(&campaign, yaml).unwrap();
    let out = tempfile::tempdir().unwrap();
    let output = build_into(root, out.path(), &["--quiet", "--only", "site"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let html = fs::read_to_string(out.path().join("quc/think-twice/coyote-seguro/index.html")).unwrap();
    let spanish = notice(&repo(), "think-twice", "es");
    assert!(
        html.contains(&format!(
            "<p class=\"campaign-notice\" role=\"note\" lang=\"es\">{spanish}"
        )),
        "{html}"
    );
    let chat = fs::read_to_string(out.path().join("quc/think-twice/chat/coyote-seguro.txt")).unwrap();
    assert!(chat.contains(&format!("⚠️ {spanish}")), "{chat}");
}
