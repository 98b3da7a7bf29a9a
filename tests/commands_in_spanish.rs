//! The commands' own messages in the author's language (issue 13, item 3), through the real
//! binary with `--messages es`: what `build`, `translate`, `po import` and `status` say
//! themselves, beside the diagnostics of `tests/authoring.rs`.

mod common;

use std::fs;

use common::*;

#[test]
fn a_refused_output_folder_is_explained_in_spanish() {
    let project = fixture("valid-minimal");
    let out = project.path().join("campaigns/site");
    let output = build_into(project.path(), &out, &["--messages", "es"]);
    assert_eq!(output.status.code(), Some(2), "{}", stderr(&output));
    let err = stderr(&output);
    assert!(err.contains("no voy a escribir en"), "{err}");
    assert!(err.contains("está dentro de las fuentes (campaigns)"), "{err}");
    assert!(!out.exists());
    // A file in the way of the output folder.
    let file = project.path().join("salida");
    fs::write(&file, "x").unwrap();
    let err = stderr(&build_into(project.path(), &file, &["--messages", "es"]));
    assert!(err.contains("es un archivo, no una carpeta"), "{err}");
}

#[test]
fn translating_into_the_source_language_is_refused_in_spanish() {
    let project = fixture("valid-minimal");
    let root = project.path().to_str().unwrap();
    let output = altavoz(&["translate", "demo", "es", "--root", root, "--messages", "es"]);
    assert_eq!(output.status.code(), Some(2), "{}", stderr(&output));
    let err = stderr(&output);
    assert!(
        err.contains("`es` es el idioma en que está escrita la campaña `demo`: elige un idioma al que traducir"),
        "{err}"
    );
    // A page that is not there, and a page left alone with its reason.
    let err = stderr(&altavoz(&[
        "translate",
        "demo",
        "en",
        "nada",
        "--root",
        root,
        "--messages",
        "es",
    ]));
    assert!(
        err.contains("la campaña `demo` no tiene ninguna página `nada` en `es`"),
        "{err}"
    );
    let output = altavoz(&["translate", "demo", "en", "index", "--root", root, "--messages", "es"]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(stderr(&output).contains("ya existe"), "{}", stderr(&output));
}

#[test]
fn a_broken_po_file_is_reported_in_spanish_at_its_line() {
    let project = fixture("valid-minimal");
    let po = project.path().join("demo-en.po");
    fs::write(
        &po,
        "msgid \"\"\nmsgstr \"\"\n\"Language: en\\n\"\n\nmsgctxt \"index.md#title\"\nmsgid \"Hola\"\nmsgstr \"Hi \\q\"\n",
    )
    .unwrap();
    let output = altavoz(&[
        "po",
        "import",
        po.to_str().unwrap(),
        "--root",
        project.path().to_str().unwrap(),
        "--messages",
        "es",
    ]);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    let err = stderr(&output);
    assert!(err.contains("demo-en.po:7:"), "{err}");
    assert!(err.contains("`\\q` no es una secuencia de escape conocida"), "{err}");
    assert!(err.contains("un salto de línea se escribe \\n"), "{err}");
    assert!(err.contains("no se escribió ninguna página"), "{err}");
}

#[test]
fn the_status_report_speaks_spanish_and_the_status_page_says_so() {
    let project = fixture("valid-minimal");
    let root = project.path().to_str().unwrap();
    let output = altavoz(&["status", "--root", root, "--messages", "es"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let text = String::from_utf8_lossy(&output.stdout);
    assert!(text.contains("demo  es → en (English)   1 al día · 3 falta"), "{text}");
    assert!(
        text.contains("quien lee ve la página en es; altavoz translate demo mam index.md"),
        "{text}"
    );
    assert!(text.contains("textos de interfaz: todavía no tiene propios"), "{text}");
    assert!(!text.contains("missing") && !text.contains("readers"), "{text}");
    // The same in English, by default in the tests.
    let text = String::from_utf8_lossy(&altavoz(&["status", "--root", root]).stdout).to_string();
    assert!(text.contains("1 up to date · 3 missing"), "{text}");

    let page = altavoz(&["status", "--format", "html", "--root", root, "--messages", "es"]);
    let html = String::from_utf8_lossy(&page.stdout);
    assert!(html.contains("<html lang=\"es\">"), "{html}");
    assert!(html.contains("<h1>Estado de las traducciones</h1>"), "{html}");
    assert!(
        html.contains("Empiézala con <code>altavoz translate demo mam index.md</code>."),
        "{html}"
    );
    assert!(!html.contains("Readers get"), "{html}");
    // The JSON keeps its English keys and values, whatever the language of messages.
    let json =
        String::from_utf8_lossy(&altavoz(&["status", "--format", "json", "--root", root, "--messages", "es"]).stdout)
            .to_string();
    assert!(json.contains("\"status\": \"missing\""), "{json}");
}
