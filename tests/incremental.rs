//! A build into the previous output reuses the pages a change did not touch (as `serve` does
//! in memory): the result must be exactly what a build from scratch makes.

mod common;

use std::fs;
use std::path::Path;

use common::*;

fn build(root: &Path, out: &Path) -> String {
    let output = build_into(root, out, &[]);
    assert!(output.status.success(), "{}", stderr(&output));
    stderr(&output)
}

/// (pages rendered, pages reused) from the build's summary.
fn site_counts(log: &str) -> (usize, usize) {
    let line = log.lines().find(|l| l.starts_with("site: rendered")).expect(log);
    let numbers: Vec<usize> = line
        .split(' ')
        .filter_map(|w| w.trim_matches(',').parse().ok())
        .collect();
    (numbers[0], numbers[1])
}

fn edit(path: &Path, from: &str, to: &str) {
    let text = fs::read_to_string(path).unwrap();
    assert!(text.contains(from), "{} has no `{from}`", path.display());
    fs::write(path, text.replacen(from, to, 1)).unwrap();
}

#[test]
fn an_incremental_build_equals_a_build_from_scratch() {
    let project = fixture("valid-minimal");
    let root = project.path();
    let out = tempfile::tempdir().unwrap();
    let kept = out.path().join("kept");
    let first = build(root, &kept);
    let (pages, _) = site_counts(&first);
    assert!(pages >= 10, "{first}");
    let (rendered, reused) = site_counts(&build(root, &kept));
    assert_eq!((rendered, reused), (0, pages), "a build with no change renders no page");

    let demo = root.join("campaigns/demo");
    // (what changes, which edit, the fewest and most pages it may render again)
    let steps: [(&str, &dyn Fn(), usize, usize); 5] = [
        (
            "a page's body",
            &|| edit(&demo.join("es/mito.md"), "Texto con nota", "Otro texto con nota"),
            1,
            3,
        ),
        (
            "a page's title",
            &|| edit(&demo.join("es/consejos/uno.md"), "title: \"", "title: \"Nuevo: "),
            4,
            pages,
        ),
        (
            "the logo",
            &|| edit(&demo.join("assets/logo.svg"), "#0b4f6c", "#6c4f0b"),
            1,
            pages,
        ),
        (
            "campaign.yaml",
            &|| {
                edit(
                    &demo.join("campaign.yaml"),
                    "Una campaña de prueba",
                    "Una campaña nueva",
                );
            },
            4,
            pages,
        ),
        (
            // Handouts are hashed without their QR code, which the address decides.
            "the site's address",
            &|| {
                edit(
                    &root.join("altavoz.yaml"),
                    "https://example.org/sub/",
                    "https://example.net/",
                );
            },
            pages,
            pages,
        ),
    ];
    for (i, (what, change, fewest, most)) in steps.into_iter().enumerate() {
        change();
        let (rendered, _) = site_counts(&build(root, &kept));
        assert!(
            (fewest..=most).contains(&rendered),
            "{what}: rendered {rendered} pages, expected {fewest} to {most}"
        );
        let fresh = out.path().join(format!("fresh-{i}"));
        build(root, &fresh);
        let (kept_tree, fresh_tree) = (tree(&kept), tree(&fresh));
        assert_eq!(
            kept_tree.keys().collect::<Vec<_>>(),
            fresh_tree.keys().collect::<Vec<_>>(),
            "{what}"
        );
        for (path, bytes) in &fresh_tree {
            assert!(
                kept_tree[path] == *bytes,
                "after a change to {what}, {path} differs from a fresh build"
            );
        }
    }
}

/// Builds `root` into `out` and returns what it wrote.
fn built(root: &Path, out: &Path) -> std::collections::BTreeMap<String, Vec<u8>> {
    build(root, out);
    tree(out)
}

/// Every file under `from` linked at the same place under `to`, as `cp -al` or a backup with
/// `rsync --link-dest` does: the two folders share their files.
#[cfg(unix)]
fn link_copy(from: &Path, to: &Path) {
    for path in tree(from).keys() {
        let target = to.join(path);
        fs::create_dir_all(target.parent().unwrap()).unwrap();
        fs::hard_link(from.join(path), target).unwrap();
    }
}

#[cfg(unix)]
#[test]
fn unchanged_handouts_and_cards_are_linked_and_a_copy_made_by_linking_stays_as_built() {
    use std::os::unix::fs::MetadataExt;
    let (project, out) = (fixture("valid-minimal"), tempfile::tempdir().unwrap());
    let (root, kept) = (project.path(), out.path().join("kept"));
    let first = built(root, &kept);
    let backup = out.path().join("backup");
    link_copy(&kept, &backup);

    edit(
        &root.join("campaigns/demo/es/mito.md"),
        "Texto con nota",
        "Otro texto con nota",
    );
    build(root, &kept);
    let fresh = out.path().join("fresh");
    build(root, &fresh);
    assert!(
        tree(&kept) == tree(&fresh),
        "the rebuild differs from a build from scratch"
    );

    // Each document is either the previous file itself (same inode as the backup's) or new.
    let inode = |dir: &Path, path: &str| fs::metadata(dir.join(path)).unwrap().ino();
    let (linked, made): (Vec<&String>, Vec<&String>) = first
        .keys()
        .filter(|p| p.ends_with(".pdf") || p.ends_with(".png"))
        .partition(|p| inode(&kept, p) == inode(&backup, p));
    // The page's handouts in each language that shows it, and the booklets that hold it.
    assert!(
        made.iter()
            .all(|p| p.contains("/print/mito-") || p.contains("/print/demo-")),
        "made anew: {made:?}"
    );
    let handout = "es/demo/print/mito-a4.pdf";
    assert!(made.contains(&&handout.to_string()), "made anew: {made:?}");
    assert!(tree(&kept)[handout] != first[handout], "{handout} did not change");
    assert!(linked.iter().any(|p| p.ends_with("-og.png")), "linked: {linked:?}");
    assert!(linked.len() > made.len(), "linked {linked:?}, made {made:?}");
    // Nothing was written into a shared file: the backup is still the first build.
    assert!(tree(&backup) == first, "the rebuild changed the backup made by linking");
}

#[cfg(unix)]
#[test]
fn documents_reused_through_a_symbolic_link_out_of_the_output() {
    let (project, out) = (fixture("valid-minimal"), tempfile::tempdir().unwrap());
    let (root, kept) = (project.path(), out.path().join("kept"));
    let first = built(root, &kept);
    // Files outside the output that start like the real ones, each behind a link planted in it.
    let outside = out.path().join("outside");
    fs::create_dir_all(&outside).unwrap();
    let planted = [
        ("es/demo/print/mito-a4.pdf", &b"%PDF-1.7 not ours"[..]),
        ("es/demo/cards/mito-og.png", b"\x89PNG\r\n\x1a\n not ours"),
        ("es/demo/mito/index.html", b"<!DOCTYPE html> not ours"),
    ];
    for (i, (path, bytes)) in planted.iter().enumerate() {
        let target = outside.join(i.to_string());
        fs::write(&target, bytes).unwrap();
        fs::remove_file(kept.join(path)).unwrap();
        std::os::unix::fs::symlink(&target, kept.join(path)).unwrap();
    }
    build(root, &kept);
    for (path, _) in planted {
        let meta = fs::symlink_metadata(kept.join(path)).unwrap();
        assert!(meta.is_file(), "{path} is still a link");
        assert!(
            fs::read(kept.join(path)).unwrap() == first[path],
            "{path} is not the document"
        );
    }
}

/// The bug: a rebuild into the previous output reused the English landing page as it was, so
/// after its Spanish source changed, readers of the rebuilt site got no notice that the
/// translation may be out of date (a fresh build and `serve` had it).
#[test]
fn a_rebuild_after_the_source_changed_shows_the_outdated_notice() {
    let project = demo();
    let root = project.path();
    let out = tempfile::tempdir().unwrap();
    let kept = out.path().join("kept");
    let notice = "has changed since it was translated";
    let landing = "en/think-twice/index.html";
    let first = built(root, &kept);
    let html = String::from_utf8_lossy(&first[landing]).to_string();
    assert!(!html.contains(notice), "the notice is there before the change");

    let source = root.join("campaigns/think-twice/es/index.md");
    let text = fs::read_to_string(&source).unwrap();
    fs::write(&source, format!("{text}\nUn párrafo nuevo sobre los coyotes.\n")).unwrap();
    let rebuilt = built(root, &kept);
    let html = String::from_utf8_lossy(&rebuilt[landing]).to_string();
    assert!(
        html.contains(notice),
        "{landing} has no outdated notice after its source changed"
    );
    let fresh = built(root, &out.path().join("fresh"));
    assert!(rebuilt == fresh, "the rebuild differs from a build from scratch");
}
