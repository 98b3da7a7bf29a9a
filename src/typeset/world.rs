//! A typst `World` that sees only what we hand it: the generated main file and data, the
//! theme's templates, the campaign's assets (all already in memory) and the theme's fonts.
//! No disk, no packages, no system fonts, a fixed date.

use std::path::PathBuf;

use typst::diag::{FileError, FileResult, PackageError};
use typst::foundations::{Bytes, Datetime, Duration};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, World};

use super::{Document, Typesetter};
use crate::load::Blob;

pub struct SandboxWorld<'a> {
    typesetter: &'a Typesetter,
    document: &'a Document,
    main: FileId,
}

/// File ids are interned for the life of the process (at most 2^16): documents reuse a fixed
/// set of paths, so long builds never run out.
fn file_id(path: &str) -> FileId {
    let vpath = VirtualPath::new(path).unwrap_or_else(|_| VirtualPath::new("/invalid").expect("a valid path"));
    RootedPath::new(VirtualRoot::Project, vpath).intern()
}

impl<'a> SandboxWorld<'a> {
    pub fn new(typesetter: &'a Typesetter, document: &'a Document) -> Self {
        SandboxWorld {
            typesetter,
            document,
            main: file_id("/main.typ"),
        }
    }

    fn bytes(&self, id: FileId) -> FileResult<&'a Blob> {
        if let VirtualRoot::Package(spec) = id.root() {
            return Err(FileError::Package(PackageError::NotFound(spec.clone())));
        }
        let path = id.vpath().get_with_slash();
        // Plugins run code: no `.wasm` file is ever served.
        if path.ends_with(".wasm") {
            return Err(FileError::AccessDenied);
        }
        self.document
            .files
            .get(path)
            .or_else(|| self.typesetter.templates.get(path))
            .ok_or_else(|| FileError::NotFound(PathBuf::from(path)))
    }
}

impl World for SandboxWorld<'_> {
    fn library(&self) -> &LazyHash<Library> {
        &self.typesetter.library
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &self.typesetter.fonts.book
    }

    fn main(&self) -> FileId {
        self.main
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.main {
            return Ok(Source::new(id, self.document.main.clone()));
        }
        let bytes = self.bytes(id)?;
        let text = std::str::from_utf8(bytes).map_err(|_| FileError::InvalidUtf8)?;
        Ok(Source::new(id, text.to_string()))
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if id == self.main {
            return Ok(Bytes::from_string(self.document.main.clone()));
        }
        // Shared, not copied: the bytes stay where the theme or the campaign keeps them.
        self.bytes(id).map(|b| Bytes::new(b.clone()))
    }

    fn font(&self, index: usize) -> Option<Font> {
        self.typesetter.fonts.fonts.get(index).cloned()
    }

    fn today(&self, _offset: Option<Duration>) -> Option<Datetime> {
        let d = self.document.today;
        Datetime::from_ymd(d.year(), d.month(), d.day())
    }
}
