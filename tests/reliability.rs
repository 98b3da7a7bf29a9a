//! Regression tests for failures found by trying altavoz against hostile input and the
//! mistakes that hit other site generators (issue 12), each through the real binary and named
//! after the bug.

mod common;

use std::fs;
use std::path::Path;

use common::*;

fn build(root: &Path, out: &Path) -> std::process::Output {
    altavoz(&[
        "build",
        "--quiet",
        "--root",
        root.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ])
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
