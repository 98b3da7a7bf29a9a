//! A photo added to a campaign's `assets/`: JPEG, PNG, WebP or SVG only, known by its bytes,
//! not its name; up to [`super::MAX_UPLOAD`]; named as `check` wants names (the phone's
//! `IMG 2031.JPG` becomes `img-2031.jpg`); never over another file; its alt text asked for
//! before it goes into the page. The original stays in `assets/`, which is never published:
//! readers get only the copies the build makes, without any of the photo's metadata.

use serde::Serialize;

use super::form::Form;
use super::paths::{self, FileKind};
use super::{Editor, MAX_UPLOAD, respond};
use crate::imaging::Kind;
use crate::msg;
use crate::serve::Response;
use crate::validate::names::{is_windows_reserved, suggest_slug};

#[derive(Serialize)]
struct Added {
    /// `campaigns/c/assets/foto.jpg`.
    path: String,
    /// What to put in the page: `![alt](../assets/foto.jpg)`.
    markdown: String,
}

/// The file name a photo gets: its name made a slug, the extension of what it really is.
fn safe_name(given: &str, kind: Kind) -> String {
    let stem = given.rsplit_once('.').map_or(given, |(stem, _)| stem);
    let stem = suggest_slug(stem);
    let stem = if stem.is_empty() || is_windows_reserved(&stem) {
        format!("foto-{stem}")
    } else {
        stem
    };
    let extension = match kind {
        Kind::Jpeg => "jpg",
        Kind::Png => "png",
        Kind::Webp => "webp",
        _ => "svg",
    };
    format!("{}.{extension}", stem.trim_matches('-'))
}

pub fn save(editor: &Editor, form: &Form, json: bool) -> Response {
    let fail = |status: u16, message: crate::messages::Message| {
        if json {
            respond::json(status, &serde_json::json!({ "error": editor.pages.say(&message) }))
        } else {
            editor.pages.refused(status, message)
        }
    };
    let photos: Vec<_> = form.files.iter().filter(|f| f.field == "photo").collect();
    let [file] = photos.as_slice() else {
        return fail(400, msg!("edit-upload-one"));
    };
    if file.bytes.len() > MAX_UPLOAD {
        return fail(413, msg!("edit-too-large"));
    }
    let kind = Kind::of(&file.file_name, &file.bytes);
    let svg = kind == Kind::Svg && std::str::from_utf8(&file.bytes).is_ok_and(|t| t.contains("<svg"));
    if !kind.is_raster() && !svg {
        return fail(415, msg!("edit-upload-not-picture"));
    }
    let alt = form.text("alt").trim().to_string();
    let decorative = form.ticked("decorative");
    if alt.is_empty() && !decorative {
        return fail(422, msg!("edit-upload-no-alt"));
    }
    // The page the photo goes into: its depth decides the link to `assets/`.
    let Ok(page) = paths::parse(form.get("page").unwrap_or_default()) else {
        return fail(400, msg!("edit-path-refused"));
    };
    let FileKind::Page { page: page_rel, .. } = &page.kind else {
        return fail(400, msg!("edit-path-refused"));
    };
    let name = safe_name(&file.file_name, kind);
    let (stem, extension) = name.rsplit_once('.').unwrap_or((&name, "jpg"));
    let mut chosen = None;
    for n in 1..1000 {
        let candidate = if n == 1 {
            name.clone()
        } else {
            format!("{stem}-{n}.{extension}")
        };
        let rel = format!("campaigns/{}/assets/{candidate}", page.campaign);
        let Ok(path) = paths::parse(&rel) else {
            return fail(400, msg!("edit-path-refused"));
        };
        let Ok(disk) = path.on_disk(&editor.root, true) else {
            return fail(400, msg!("edit-path-refused"));
        };
        match std::fs::read(&disk) {
            // The same photo again: nothing to write.
            Ok(bytes) if bytes == file.bytes => {
                chosen = Some((candidate, None));
                break;
            }
            Ok(_) => continue,
            Err(_) => {
                chosen = Some((candidate, Some(disk)));
                break;
            }
        }
    }
    let Some((name, write)) = chosen else {
        return fail(409, msg!("edit-not-saved"));
    };
    if let Some(disk) = write
        && let Err(error) = crate::write::source_file(&disk, &file.bytes)
    {
        return fail(500, error.message());
    }
    let up = "../".repeat(page_rel.matches('/').count() + 1);
    let alt_text = if decorative {
        "\"\"".to_string()
    } else {
        alt.replace(['[', ']'], "")
    };
    let added = Added {
        path: format!("campaigns/{}/assets/{name}", page.campaign),
        markdown: format!("![{alt_text}]({up}assets/{name})"),
    };
    if json {
        return respond::json(200, &added);
    }
    let text = editor
        .pages
        .say(&msg!("edit-upload-done", markdown = added.markdown.clone()));
    editor.pages.page(
        200,
        "message.html",
        text.clone(),
        editor.secrets.csrf(),
        serde_json::json!({ "text": text, "back": true, "code": added.markdown }),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_made_safe_and_follow_the_bytes() {
        assert_eq!(safe_name("IMG 2031.JPG", Kind::Jpeg), "img-2031.jpg");
        assert_eq!(
            safe_name("Taller en Quetzaltenango.jpeg", Kind::Png),
            "taller-en-quetzaltenango.png"
        );
        assert_eq!(safe_name("con.jpg", Kind::Jpeg), "foto-con.jpg");
        assert_eq!(safe_name("¿?.webp", Kind::Webp), "foto.webp");
    }
}
