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
    let steps: [(&str, &dyn Fn(), usize, usize); 4] = [
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
                )
            },
            4,
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
