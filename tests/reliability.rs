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
        assert_eq!(output.status.code(), Some(2), "--out lnk/proj/{out}: {}", stderr(&output));
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
