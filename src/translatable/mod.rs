//! What of a page is translated (its title, summary, myth, fact, card headline, facilitator
//! notes, chat and text messages, and body blocks), the short hash a translation records of it (`translated_from`), and what changed
//! between two versions of a source page.
//!
//! The hash is part of the file format: every translation of every project records one, so the
//! algorithm never changes (a golden test holds it). Line wrapping, `order`, `reviewed` and
//! `draft` are not part of it; a changed link address or a paragraph turned into a list item is.

pub mod blocks;
mod diff;
mod origin;

use std::hash::Hasher;

use siphasher::sip::SipHasher13;

pub use blocks::{Block, BlockKind, blocks};
pub use diff::{Change, ChangeKind, Pair, align, changes, summary, what, what_words};
pub use origin::{Origin, origin};

use crate::load::{CardSetting, FrontMatter, front_matter, yaml};
use crate::project::Page;

/// The front-matter fields a translator translates, in the order they are hashed. A field a
/// page does not have is not hashed, so fields added here leave the hashes of pages without
/// them as they were.
pub const FIELDS: [&str; 8] = [
    "title",
    "summary",
    "myth",
    "fact",
    "card.headline",
    "notes",
    "chat",
    "sms",
];

/// The translatable content of one version of a page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Content {
    /// (field name, text) of the fields the page has, in the order of [`FIELDS`].
    pub fields: Vec<(&'static str, String)>,
    pub blocks: Vec<Block>,
}

impl Content {
    /// The content of a checked page.
    pub fn of(page: &Page) -> Content {
        Content::new(Content::fields_of(page), &page.body)
    }

    /// The translatable fields of a checked page, in the order of [`FIELDS`].
    pub fn fields_of(page: &Page) -> [Option<String>; 8] {
        let headline = match &page.card {
            Some(CardSetting::Custom(card)) => card.headline.clone(),
            _ => None,
        };
        [
            Some(page.title.clone()),
            Some(page.summary.clone()),
            page.myth.clone(),
            page.fact.clone(),
            headline,
            page.notes.clone(),
            page.chat.clone(),
            page.sms.clone(),
        ]
    }

    /// The content of a page's whole text (front matter and body), as a file in the project's
    /// history holds it; `None` if it does not parse.
    pub fn of_text(text: &str) -> Option<Content> {
        let split = front_matter::split(text).ok()?;
        let front: FrontMatter = yaml::parse(split.yaml, std::path::Path::new(""), split.yaml_line).ok()?;
        let headline = match &front.card {
            Some(CardSetting::Custom(card)) => card.headline.clone(),
            _ => None,
        };
        Some(Content::new(
            [
                Some(front.title.value),
                Some(front.summary.value),
                front.myth.map(|m| m.value),
                front.fact.map(|f| f.value),
                headline,
                front.notes.map(|n| n.value),
                front.chat.map(|c| c.value),
                front.sms.map(|s| s.value),
            ],
            split.body,
        ))
    }

    fn new(fields: [Option<String>; 8], body: &str) -> Content {
        Content {
            fields: FIELDS
                .into_iter()
                .zip(fields)
                .filter_map(|(name, value)| {
                    let value = value?.trim().to_string();
                    (!value.is_empty()).then_some((name, value))
                })
                .collect(),
            blocks: blocks(body),
        }
    }

    /// The short hash a translation made from this content records: 8 lowercase hex digits.
    pub fn hash(&self) -> String {
        let mut hasher = SipHasher13::new();
        hasher.write(b"altavoz-translatable-v1\0");
        for (name, value) in &self.fields {
            for part in [name.as_bytes(), value.as_bytes()] {
                hasher.write(part);
                hasher.write_u8(0);
            }
        }
        for block in &self.blocks {
            for part in [block.id.as_bytes(), block.kind.name().as_bytes(), block.text.as_bytes()] {
                hasher.write(part);
                hasher.write_u8(0);
            }
        }
        format!("{:016x}", hasher.finish())[..8].to_string()
    }
}

/// Whether `text` has the form of a recorded hash.
pub fn is_hash(text: &str) -> bool {
    text.len() == 8 && text.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = "---\ntitle: \"Título\"\nsummary: \"Resumen.\"\norder: 3\nreviewed: 2026-01-01\n---\n## Uno\n\nUna frase\nlarga.\n\n- a\n- b\n";

    #[test]
    fn the_hash_is_frozen() {
        // Part of the file format: changing it would outdate every translation there is.
        assert_eq!(Content::of_text(PAGE).unwrap().hash(), "ac949934");
    }

    #[test]
    fn order_review_date_and_wrapping_do_not_count_text_does() {
        let base = Content::of_text(PAGE).unwrap().hash();
        let same = PAGE
            .replace("order: 3", "order: 9")
            .replace("2026-01-01", "2026-05-05")
            .replace("Una frase\nlarga.", "Una\nfrase larga.");
        assert_eq!(Content::of_text(&same).unwrap().hash(), base);
        for changed in [
            PAGE.replace("Título", "Otro título"),
            PAGE.replace("- b", "- c"),
            PAGE.replace("- b", "- b\n- c"),
            PAGE.replace("## Uno", "## Dos"),
        ] {
            assert_ne!(Content::of_text(&changed).unwrap().hash(), base, "{changed}");
        }
    }

    #[test]
    fn hashes_have_one_form() {
        assert!(is_hash("3f9a1c2e"));
        for bad in ["3F9A1C2E", "3f9a1c2", "3f9a1c2e0", "xyz", ""] {
            assert!(!is_hash(bad), "{bad}");
        }
    }
}
