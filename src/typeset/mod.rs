//! The one module that talks to typst (PDF handouts and PNG cards): fonts, a sandboxed `World`,
//! compilation and export. An upgrade of typst touches only this folder.
//!
//! Documents are built from data, never from author text pasted into Typst code: values reach
//! templates as a virtual JSON file, and Markdown arrives already converted (and escaped) by
//! `render::print::convert`.

mod fonts;
mod world;

use std::collections::BTreeMap;

use typst::diag::{Severity, SourceDiagnostic, Warned};
use typst::foundations::Smart;
use typst::{World, WorldExt};
use typst_layout::PagedDocument;

pub use fonts::Fonts;
use world::SandboxWorld;

use crate::diag::Diagnostic;
use crate::load::Blob;
use crate::project::Date;
use crate::theme::Theme;

/// Everything one document needs: the main source, its virtual files and the date.
#[derive(Debug, Clone)]
pub struct Document {
    /// Source of `/main.typ`.
    pub main: String,
    /// Virtual files by absolute path (`/data.json`, `/body/0.typ`, `/assets/logo.svg`).
    pub files: BTreeMap<String, Blob>,
    pub today: Date,
}

/// A problem typst found, placed in the file where it happened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TypesetError {
    /// The virtual path (`/print/handout.typ`, `/main.typ`), never a host path.
    pub file: Option<String>,
    /// 1-based.
    pub line: usize,
    pub col: usize,
    pub message: String,
}

impl std::fmt::Display for TypesetError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.file {
            Some(file) => write!(f, "{file}:{}:{}: {}", self.line, self.col, self.message),
            None => write!(f, "{}", self.message),
        }
    }
}

/// PDF export options: `ident` identifies the document stably across builds (its hash becomes
/// the PDF's id) and no timestamp, so the bytes do not change between builds.
fn pdf_options(ident: &str) -> typst_pdf::PdfOptions {
    typst_pdf::PdfOptions {
        ident: Smart::Custom(ident.to_string()),
        creator: Smart::Custom(Some("altavoz".to_string())),
        timestamp: None,
        ..Default::default()
    }
}

/// The virtual path of the campaign file `rel` (inside its `assets/`), as templates read it.
pub fn asset_path(rel: &str) -> String {
    format!("/assets/{rel}")
}

/// The campaign file a virtual path names, if it names one.
pub fn asset_of(path: &str) -> Option<&str> {
    path.strip_prefix("/assets/")
}

/// The theme folders a document can read: any template may import any file under them
/// (a card may import `/print/common.typ`), so a change to any of them changes every document.
pub const THEME_DIRS: [&str; 3] = ["print", "cards", "fonts"];

/// Fonts and the standard library, loaded once and shared by every document and thread.
pub struct Typesetter {
    fonts: Fonts,
    library: typst::utils::LazyHash<typst::Library>,
    /// Theme files under [`THEME_DIRS`], served at `/print/…`, `/cards/…` and `/fonts/…`.
    templates: BTreeMap<String, Blob>,
}

impl Typesetter {
    pub fn new(theme: &Theme) -> Typesetter {
        use typst::LibraryExt;
        let mut templates = BTreeMap::new();
        for dir in THEME_DIRS {
            for (rel, bytes) in theme.files_under(dir) {
                templates.insert(format!("/{dir}/{rel}"), bytes.clone());
            }
        }
        Typesetter {
            fonts: Fonts::from_theme(theme),
            library: typst::utils::LazyHash::new(typst::Library::builder().build()),
            templates,
        }
    }

    pub fn fonts(&self) -> &Fonts {
        &self.fonts
    }

    /// Compiles `document` and exports it as PDF. `ident` identifies the document stably across
    /// builds (its hash becomes the PDF's id), so the bytes do not change between builds.
    pub fn pdf(&self, document: &Document, ident: &str) -> Result<Vec<u8>, Vec<TypesetError>> {
        let world = SandboxWorld::new(self, document);
        let compiled = self.compile(&world)?;
        let options = pdf_options(ident);
        typst_pdf::pdf(&compiled, &options).map_err(|errors| self.errors(&world, &errors))
    }

    /// Compiles `document` and exports it as PDF, with the values its templates reported as
    /// metadata labelled `label` (`#metadata(…) <altavoz-overflow>`), as JSON, in document order.
    pub fn pdf_reporting(
        &self,
        document: &Document,
        ident: &str,
        label: &str,
    ) -> Result<(Vec<u8>, Vec<serde_json::Value>), Vec<TypesetError>> {
        use typst::foundations::{Label, Selector};
        use typst::introspection::{Introspector, MetadataElem};
        let world = SandboxWorld::new(self, document);
        let compiled = self.compile(&world)?;
        let reports = Label::new(typst::utils::PicoStr::intern(label))
            .map(|label| {
                compiled
                    .introspector()
                    .query(&Selector::Label(label))
                    .iter()
                    .filter_map(|content| content.to_packed::<MetadataElem>())
                    .map(|meta| serde_json::to_value(&meta.value).unwrap_or_default())
                    .collect()
            })
            .unwrap_or_default();
        let options = pdf_options(ident);
        let pdf = typst_pdf::pdf(&compiled, &options).map_err(|errors| self.errors(&world, &errors))?;
        Ok((pdf, reports))
    }

    /// Compiles `document` and renders its first page as a PNG at `pixel_per_pt` (typst rounds
    /// `pixel_per_pt × size`, so choose page sizes that make it whole). Returns the PNG with its
    /// width and height in pixels.
    /// `fast` trades size for more speed in the PNG encoder (for the live preview).
    pub fn png(
        &self,
        document: &Document,
        pixel_per_pt: f64,
        fast: bool,
    ) -> Result<(Vec<u8>, u32, u32), Vec<TypesetError>> {
        let world = SandboxWorld::new(self, document);
        let compiled = self.compile(&world)?;
        let Some(page) = compiled.pages().first() else {
            return Err(vec![TypesetError {
                file: None,
                line: 0,
                col: 0,
                message: "the card has no page".into(),
            }]);
        };
        let options = typst_render::RenderOptions {
            pixel_per_pt: typst::utils::Scalar::new(pixel_per_pt),
            render_bleed: false,
        };
        let pixmap = typst_render::render(page, &options);
        let png = encode_png(&pixmap, fast).map_err(|e| {
            vec![TypesetError {
                file: None,
                line: 0,
                col: 0,
                message: format!("cannot encode the PNG: {e}"),
            }]
        })?;
        Ok((png, pixmap.width(), pixmap.height()))
    }

    /// The text typst lays out on the first page, in drawing order: for tests that check what a
    /// picture says.
    pub fn page_text(&self, document: &Document) -> Result<String, Vec<TypesetError>> {
        fn collect(frame: &typst::layout::Frame, out: &mut String) {
            for (_, item) in frame.items() {
                match item {
                    typst::layout::FrameItem::Group(group) => collect(&group.frame, out),
                    typst::layout::FrameItem::Text(text) => {
                        out.push_str(&text.text);
                        out.push(' ');
                    }
                    _ => {}
                }
            }
        }
        let world = SandboxWorld::new(self, document);
        let compiled = self.compile(&world)?;
        let mut out = String::new();
        if let Some(page) = compiled.pages().first() {
            collect(&page.frame, &mut out);
        }
        Ok(out)
    }

    /// Compiles `document` without exporting it: for checks and tests.
    pub fn check(&self, document: &Document) -> Result<(), Vec<TypesetError>> {
        let world = SandboxWorld::new(self, document);
        self.compile(&world).map(|_| ())
    }

    fn compile(&self, world: &SandboxWorld) -> Result<PagedDocument, Vec<TypesetError>> {
        let Warned { output, warnings } = typst::compile::<PagedDocument>(world);
        match output {
            Ok(document) => {
                // A warning in our own templates (unknown font, …) is a bug worth failing on.
                let serious: Vec<_> = warnings
                    .iter()
                    .filter(|w| w.severity == Severity::Warning)
                    .cloned()
                    .collect();
                if serious.is_empty() {
                    Ok(document)
                } else {
                    Err(self.errors(world, &serious))
                }
            }
            Err(errors) => Err(self.errors(world, &errors)),
        }
    }

    fn errors(&self, world: &SandboxWorld, diagnostics: &[SourceDiagnostic]) -> Vec<TypesetError> {
        diagnostics
            .iter()
            .map(|d| {
                let place = d.span.id().and_then(|id| {
                    let range = world.range(d.span)?;
                    let source = world.source(id).ok()?;
                    let (line, col) = source.lines().byte_to_line_column(range.start)?;
                    Some((id.vpath().get_with_slash().to_string(), line + 1, col + 1))
                });
                let mut message = d.message.to_string();
                for hint in &d.hints {
                    message.push_str(&format!(" (hint: {})", hint.v));
                }
                match place {
                    Some((file, line, col)) => TypesetError {
                        file: Some(file),
                        line,
                        col,
                        message,
                    },
                    None => TypesetError {
                        file: None,
                        line: 0,
                        col: 0,
                        message,
                    },
                }
            })
            .collect()
    }
}

/// PNG from typst's (premultiplied) pixmap. Encoding is much of a card's cost: a fast setting
/// for builds, the fastest (bigger files) for the preview.
fn encode_png(pixmap: &tiny_skia::Pixmap, fast: bool) -> Result<Vec<u8>, png::EncodingError> {
    let data = pixmap.data();
    // Cards are opaque: RGB is a quarter less to compress than RGBA, for the same picture.
    let opaque = data.chunks_exact(4).all(|px| px[3] == 255);
    let (color, pixels) = if opaque {
        let mut rgb = vec![0; data.len() / 4 * 3];
        for (to, from) in rgb.chunks_exact_mut(3).zip(data.chunks_exact(4)) {
            to.copy_from_slice(&from[..3]);
        }
        (png::ColorType::Rgb, rgb)
    } else {
        let mut rgba = data.to_vec();
        for px in rgba.chunks_exact_mut(4) {
            let a = u16::from(px[3]);
            if a != 0 && a != 255 {
                for c in &mut px[..3] {
                    *c = ((u16::from(*c) * 255 + a / 2) / a).min(255) as u8;
                }
            }
        }
        (png::ColorType::Rgba, rgba)
    };
    let mut out = Vec::new();
    let mut encoder = png::Encoder::new(&mut out, pixmap.width(), pixmap.height());
    encoder.set_color(color);
    encoder.set_depth(png::BitDepth::Eight);
    // fdeflate (`Fast`) with adaptive filters: 1.4x the cards/s of zlib's `Balanced` for og
    // cards about 27 % bigger (largest 86 KB of the 300 KB a link preview may weigh); the preview
    // takes the fastest setting (`Up` filter), bigger still.
    encoder.set_compression(if fast {
        png::Compression::Fastest
    } else {
        png::Compression::Fast
    });
    let mut writer = encoder.write_header()?;
    writer.write_image_data(&pixels)?;
    writer.finish()?;
    Ok(out)
}

/// A typst failure as an author's diagnostic: at the template line when a theme template is at
/// fault (`/print/…`, `/cards/…`), else at the page `source` whose document failed.
pub fn diagnostic(theme: &Theme, path: &str, source: &str, errors: &[TypesetError]) -> Diagnostic {
    let Some(first) = errors.first() else {
        return Diagnostic::error(source, 0, 0, crate::msg!("typeset-failed", path = path));
    };
    let (file, line, col) = match &first.file {
        Some(f) if f.starts_with("/print/") || f.starts_with("/cards/") => {
            (theme.display_path(&f[1..]), first.line, first.col)
        }
        _ => (source.to_string(), 0, 0),
    };
    let others: Vec<String> = errors.iter().skip(1).map(std::string::ToString::to_string).collect();
    let diagnostic = Diagnostic::error(
        file,
        line,
        col,
        crate::msg!("typeset-failed-because", path = path, reason = first.to_string()),
    );
    if others.is_empty() {
        diagnostic
    } else {
        diagnostic.with_note(crate::msg!("typeset-also", reasons = others.join("; ")))
    }
}

/// Typst wants an ISO 639 language code: the primary subtag of a BCP 47 code.
pub fn typst_lang(code: &str) -> String {
    code.split('-').next().unwrap_or(code).to_ascii_lowercase()
}

/// Every string of template data, except under the keys in `skip` (codes, colours, paths), for
/// the glyph-coverage check.
pub fn data_text(value: &serde_json::Value, skip: &[&str]) -> String {
    fn collect(value: &serde_json::Value, skip: &[&str], out: &mut String) {
        match value {
            serde_json::Value::String(s) => {
                out.push_str(s);
                out.push(' ');
            }
            serde_json::Value::Array(items) => items.iter().for_each(|v| collect(v, skip, out)),
            serde_json::Value::Object(map) => map
                .iter()
                .filter(|(k, _)| !skip.contains(&k.as_str()))
                .for_each(|(_, v)| collect(v, skip, out)),
            _ => {}
        }
    }
    let mut out = String::new();
    collect(value, skip, &mut out);
    out
}

/// Bounds typst's global memo cache (it grows by ~150 KB per distinct document, megabytes per
/// booklet): what no document used in the last two rounds goes; fonts and templates, used by
/// every document, stay.
pub fn evict_cache() {
    typst::comemo::evict(2);
}

/// Evicts typst's memo cache on a schedule as documents are made, from any thread: every 16
/// documents, and after each big one (a booklet). Measured on 300 pages of handouts: every 64
/// documents with age 10 never evicted anything in a run under 640 documents (memory grew with
/// the project, 1 GB); evicting after every document cost 50 % more time.
#[derive(Default)]
pub struct Eviction {
    done: std::sync::atomic::AtomicUsize,
}

impl Eviction {
    pub fn after_document(&self, big: bool) {
        let done = self.done.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        if big || done % 16 == 15 {
            evict_cache();
        }
    }
}

/// Forgets everything typst has cached, so the next document is typeset from scratch: for
/// tests that time typesetting.
#[cfg(test)]
pub fn clear_cache() {
    typst::comemo::evict(0);
}
