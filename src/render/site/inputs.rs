//! What each document of the website is made from, hashed, so a rebuild reuses the documents a
//! change did not touch (in `serve`, a saved page re-renders itself, not the whole site).
//!
//! A document is made from its template data and nothing else but the theme, its UI strings
//! and this program: so its hash is taken over that data itself (serialized as the template
//! gets it; for a page, with its body's Markdown and what each of its links and pictures leads
//! to), the edition's UI strings, the theme's files and altavoz's version. Whatever a page
//! shows is in its data, so no input can be left out of the hash (as print and cards hash the
//! data they typeset).

use std::collections::HashMap;
use std::hash::Hasher;

use serde::Serialize;
use siphasher::sip::SipHasher13;

use crate::localize::Site;
use crate::theme::Theme;

pub struct Inputs {
    /// The theme's files and this program's version.
    global: u64,
    /// Each edition's UI strings (and the language each borrowed one is in), by language.
    strings: HashMap<String, u64>,
}

impl Inputs {
    pub fn new(site: &Site, theme: &Theme) -> Self {
        let mut global = SipHasher13::new();
        global.write(env!("CARGO_PKG_VERSION").as_bytes());
        for (path, bytes) in theme.files() {
            global.write(path.as_bytes());
            global.write_u64(bytes.len() as u64);
            global.write(bytes);
        }
        let strings = site
            .editions
            .iter()
            .map(|edition| {
                let mut hasher = SipHasher13::new();
                crate::render::reuse::hash_value(&mut hasher, &(&edition.ui.strings, &edition.ui.borrowed));
                (edition.language.code.clone(), hasher.finish())
            })
            .collect();
        Inputs {
            global: global.finish(),
            strings,
        }
    }

    /// 16 hex digits over every input of the document at `path`, made with `template` in the
    /// language `lang` from `data` (and, for a page, its `body`).
    pub fn hash(
        &self,
        path: &str,
        template: &str,
        lang: &str,
        data: &impl Serialize,
        body: Option<&impl Serialize>,
    ) -> String {
        let mut hasher = SipHasher13::new();
        hasher.write_u64(self.global);
        hasher.write_u64(self.strings.get(lang).copied().unwrap_or_default());
        hasher.write(path.as_bytes());
        hasher.write_u8(0);
        hasher.write(template.as_bytes());
        hasher.write_u8(0);
        crate::render::reuse::hash_value(&mut hasher, data);
        if let Some(body) = body {
            crate::render::reuse::hash_value(&mut hasher, body);
        }
        format!("{:016x}", hasher.finish())
    }
}
