//! The offline pack of a language (`build --pack`): one zip with its pages, handouts, posters,
//! workshop slides, chat and text messages and the smallest copy of each picture, to pass on by WhatsApp, Bluetooth or a USB stick and read
//! unzipped from `file://`, with no network. Its pages are the website's, made for the pack:
//! no language switcher or cards (not in the pack), pictures at the small width only, and no
//! link to the pack itself.
//!
//! The pack is made before the language's home page, which links it with its size: the size
//! is known because no page inside the pack shows it (the chicken-and-egg of a page inside the
//! zip naming the zip's size is avoided, not solved by guessing).

use std::io::Write;

use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, DateTime, System, ZipWriter};

use super::data::{self, Flavour};
use super::templates::Templates;
use super::tidy;
use crate::imaging::Format;
use crate::load::Blob;
use crate::localize::Edition;
use crate::render::plan::printed;
use crate::render::{Context, Previous, RenderError};

/// Output path of a language's pack: `es/es-offline.zip`.
pub fn path(lang: &str) -> String {
    format!("{lang}/{}.zip", folder(lang))
}

/// The folder the pack unzips into: `es-offline/`.
fn folder(lang: &str) -> String {
    format!("{lang}-offline")
}

/// The pack of `edition`, as zip bytes. `files` are the website's files that pages load
/// (static files and assets, by output path); handouts come from `built`, the files of this
/// build's earlier step.
pub fn make(
    context: &Context,
    built: &dyn Previous,
    tera: &Templates,
    edition: &Edition,
    files: &[(String, Blob)],
    pictures: &[(String, Blob)],
) -> Result<Vec<u8>, RenderError> {
    let lang = edition.language.code.as_str();
    let mut entries: Vec<(String, Blob)> = Vec::new();
    let failed = |e: super::templates::TemplateError| RenderError::Problems(e.0.into());
    let page = |path: String, html: String| (path, Blob::from(tidy(&html)));
    entries.push(page(
        "index.html".into(),
        tera.render("chooser.html", &data::chooser(context, edition, Flavour::Offline))
            .map_err(failed)?,
    ));
    entries.push(page(
        format!("{lang}/index.html"),
        tera.render("home.html", &data::home(context, edition, Flavour::Offline, None))
            .map_err(failed)?,
    ));
    let mut campaigns = Vec::new();
    for planned in context.plan.pages.iter().filter(|p| std::ptr::eq(p.edition, edition)) {
        let template = if planned.page.page.is_index() {
            "campaign.html"
        } else {
            "page.html"
        };
        entries.push(page(
            planned.html.clone(),
            tera.render(template, &data::page(context, planned, Flavour::Offline).into_data())
                .map_err(failed)?,
        ));
        for path in planned
            .handouts
            .iter()
            .map(|(_, p)| p)
            .chain(planned.posters.iter().map(|(_, p)| p))
        {
            entries.extend(built.read(path).map(|bytes| (path.clone(), bytes)));
        }
        campaigns.push(planned.campaign.campaign.slug.as_str());
    }
    for booklet in context
        .plan
        .booklets
        .iter()
        .filter(|b| std::ptr::eq(b.edition, edition))
    {
        if printed(booklet.campaign).next().is_some() {
            entries.extend(built.read(&booklet.path).map(|bytes| (booklet.path.clone(), bytes)));
        }
    }
    for deck in context.plan.decks.iter().filter(|d| std::ptr::eq(d.edition, edition)) {
        for path in std::iter::once(&deck.slides).chain(deck.notes.iter().map(|(_, p)| p)) {
            entries.extend(built.read(path).map(|bytes| (path.clone(), bytes)));
        }
    }
    // Chat messages and text messages, to send on from a phone with no network.
    entries.extend(super::channels::of_edition(edition));
    campaigns.sort();
    campaigns.dedup();
    let in_campaigns = |path: &str| campaigns.iter().any(|c| path.starts_with(&format!("assets/{c}/")));
    for (path, bytes) in files {
        if path.starts_with("static/") || in_campaigns(path) {
            entries.push((path.clone(), bytes.clone()));
        }
    }
    // The smallest copy of each picture the pages of this language show.
    for image in context
        .plan
        .images
        .iter()
        .filter(|i| campaigns.contains(&i.campaign.as_str()))
    {
        for format in [Format::Webp, Format::Jpeg] {
            let Some(small) = image.smallest(format) else { continue };
            if let Some((_, bytes)) = pictures.iter().find(|(p, _)| *p == small.path) {
                entries.push((small.path.clone(), bytes.clone()));
            }
        }
    }
    zip(&folder(lang), entries).map_err(|e| {
        RenderError::Sink(crate::render::SinkError(crate::msg!(
            "pack-failed",
            lang = lang,
            reason = e.to_string()
        )))
    })
}

/// A zip of `entries` under `folder/`, the same bytes for the same files: sorted, with a fixed
/// date, Unix permissions and no extra fields. Pictures and PDFs are compressed already, so
/// they are stored; text is deflated.
fn zip(folder: &str, mut entries: Vec<(String, Blob)>) -> zip::result::ZipResult<Vec<u8>> {
    entries.sort_by(|a, b| a.0.cmp(&b.0));
    entries.dedup_by(|a, b| a.0 == b.0);
    let mut writer = ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let base = SimpleFileOptions::default()
        .last_modified_time(DateTime::default())
        .system(System::Unix)
        .unix_permissions(0o644);
    for (path, bytes) in entries {
        let stored = [".pdf", ".jpg", ".webp", ".png", ".zip"]
            .iter()
            .any(|e| path.ends_with(e));
        let options = if stored {
            base.compression_method(CompressionMethod::Stored)
        } else {
            base.compression_method(CompressionMethod::Deflated)
                .compression_level(Some(9))
        };
        writer.start_file(format!("{folder}/{path}"), options)?;
        writer.write_all(&bytes)?;
    }
    Ok(writer.finish()?.into_inner())
}

/// A size for people: `850 KB`, `2.1 MB`.
pub fn size(bytes: usize) -> String {
    if bytes < 1024 * 1024 {
        format!("{} KB", bytes.div_ceil(1024))
    } else {
        format!("{:.1} MB", bytes as f64 / (1024.0 * 1024.0))
    }
}
