//! What changed between two versions of a source page: the fields, and the body blocks by a
//! sequence diff (`similar`), where a block replaced by one of the same kind is "changed" and
//! the rest "added" or "removed".

use similar::{Algorithm, DiffOp, capture_diff_slices};

use super::{Block, BlockKind, Content};

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ChangeKind {
    Changed,
    Added,
    Removed,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Change {
    pub change: ChangeKind,
    /// What changed, in words: `title`, `paragraph 3`, `list item 2.1`.
    pub what: String,
    /// A field name (`title`) or a block id (`p3`) in the new version (the old one if removed).
    pub id: String,
    /// The block's kind; `None` for a front-matter field.
    pub kind: Option<BlockKind>,
    pub old: Option<String>,
    pub new: Option<String>,
}

/// "paragraph 3", "list item 2.1", "footnote fn-note", "title".
pub fn what(id: &str, kind: Option<BlockKind>) -> String {
    match kind {
        None => id.to_string(),
        Some(kind) => format!("{} {}", kind.name(), number(id, kind)),
    }
}

/// The same as [`what`], in the author's language (the JSON status keeps `what` in English).
pub fn what_words(id: &str, kind: Option<BlockKind>) -> crate::messages::Message {
    match kind {
        None => crate::msg!("block-field", id = id),
        Some(kind) => crate::msg!("block-what", kind = kind.key(), number = number(id, kind)),
    }
}

/// The number of a block (`2.1` of `li2.1`), or its whole id when it has none.
fn number(id: &str, kind: BlockKind) -> String {
    let number: String = id.chars().skip_while(|c| !c.is_ascii_digit()).collect();
    if number.is_empty() || kind == BlockKind::Footnote {
        id.to_string()
    } else {
        number
    }
}

/// The changes from `old` to `new`, fields first, then blocks in document order.
pub fn changes(old: &Content, new: &Content) -> Vec<Change> {
    let mut out = Vec::new();
    for name in super::FIELDS {
        let value = |content: &Content| content.fields.iter().find(|(n, _)| *n == name).map(|(_, v)| v.clone());
        let (before, after) = (value(old), value(new));
        let change = match (&before, &after) {
            (Some(a), Some(b)) if a != b => ChangeKind::Changed,
            (None, Some(_)) => ChangeKind::Added,
            (Some(_), None) => ChangeKind::Removed,
            _ => continue,
        };
        out.push(Change {
            change,
            what: what(name, None),
            id: name.to_string(),
            kind: None,
            old: before,
            new: after,
        });
    }
    for pair in align(&old.blocks, &new.blocks) {
        let (change, block, before, after) = match pair {
            Pair::Same { .. } => continue,
            Pair::Changed { old: o, new: n } => (
                ChangeKind::Changed,
                &new.blocks[n],
                Some(&old.blocks[o]),
                Some(&new.blocks[n]),
            ),
            Pair::Added { new: n } => (ChangeKind::Added, &new.blocks[n], None, Some(&new.blocks[n])),
            Pair::Removed { old: o } => (ChangeKind::Removed, &old.blocks[o], Some(&old.blocks[o]), None),
        };
        out.push(Change {
            change,
            what: what(&block.id, Some(block.kind)),
            id: block.id.clone(),
            kind: Some(block.kind),
            old: before.map(|b| b.text.clone()),
            new: after.map(|b| b.text.clone()),
        });
    }
    out
}

/// How a block of one version of a page corresponds to a block of another (indices into the
/// old and new block lists).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pair {
    /// The same kind and text.
    Same {
        old: usize,
        new: usize,
    },
    /// A block replaced by one of the same kind, in the same place.
    Changed {
        old: usize,
        new: usize,
    },
    Added {
        new: usize,
    },
    Removed {
        old: usize,
    },
}

/// The blocks of `old` and `new` paired by a sequence diff (`similar`): at each place where they
/// differ, removed and added blocks of the same kind, in order, are one changed block. Within
/// one place, changed and added blocks come first (in new order), then removed ones.
pub fn align(old: &[Block], new: &[Block]) -> Vec<Pair> {
    let key = |b: &Block| (b.kind, b.text.clone());
    let before: Vec<_> = old.iter().map(key).collect();
    let after: Vec<_> = new.iter().map(key).collect();
    let mut out = Vec::new();
    for op in capture_diff_slices(Algorithm::Myers, &before, &after) {
        let (removed, added) = match op {
            DiffOp::Equal {
                old_index,
                new_index,
                len,
            } => {
                out.extend((0..len).map(|i| Pair::Same {
                    old: old_index + i,
                    new: new_index + i,
                }));
                continue;
            }
            DiffOp::Delete { old_index, old_len, .. } => (old_index..old_index + old_len, 0..0),
            DiffOp::Insert { new_index, new_len, .. } => (0..0, new_index..new_index + new_len),
            DiffOp::Replace {
                old_index,
                old_len,
                new_index,
                new_len,
            } => (old_index..old_index + old_len, new_index..new_index + new_len),
        };
        let mut taken = vec![false; removed.len()];
        for n in added {
            let partner = removed
                .clone()
                .zip(taken.iter_mut())
                .find(|(o, taken)| !**taken && old[*o].kind == new[n].kind)
                .map(|(o, taken)| {
                    *taken = true;
                    o
                });
            out.push(match partner {
                Some(o) => Pair::Changed { old: o, new: n },
                None => Pair::Added { new: n },
            });
        }
        out.extend(
            removed
                .zip(taken)
                .filter(|(_, taken)| !taken)
                .map(|(o, _)| Pair::Removed { old: o }),
        );
    }
    out
}

/// "paragraph 3 changed, 1 list item added": changes in words, for people.
pub fn summary(changes: &[Change]) -> String {
    let mut parts: Vec<String> = changes
        .iter()
        .filter(|c| c.change == ChangeKind::Changed)
        .map(|c| format!("{} changed", c.what))
        .collect();
    for (change, word) in [(ChangeKind::Added, "added"), (ChangeKind::Removed, "removed")] {
        let mut kinds: Vec<String> = Vec::new();
        for c in changes.iter().filter(|c| c.change == change) {
            kinds.push(c.kind.map_or_else(|| c.id.clone(), |k| k.name().to_string()));
        }
        kinds.sort();
        let mut i = 0;
        while i < kinds.len() {
            let n = kinds[i..].iter().take_while(|k| **k == kinds[i]).count();
            let name = if n == 1 {
                kinds[i].clone()
            } else if kinds[i].ends_with('y') {
                format!("{}ies", &kinds[i][..kinds[i].len() - 1])
            } else {
                format!("{}s", kinds[i])
            };
            parts.push(format!("{n} {name} {word}"));
            i += n;
        }
    }
    parts.join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn content(body: &str) -> Content {
        Content::of_text(&format!("---\ntitle: \"T\"\nsummary: \"S\"\n---\n{body}")).unwrap()
    }

    #[test]
    fn a_changed_paragraph_and_an_added_item() {
        let old = content("Uno.\n\nDos.\n\nTres.\n\n- a\n");
        let new = content("Uno.\n\nDos.\n\nTres, cambiado.\n\n- a\n- b\n");
        let found = changes(&old, &new);
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(found[0].change, ChangeKind::Changed);
        assert_eq!(found[0].what, "paragraph 3");
        assert_eq!(found[0].old.as_deref(), Some("Tres."));
        assert_eq!(found[0].new.as_deref(), Some("Tres, cambiado."));
        assert_eq!((found[1].change, found[1].id.as_str()), (ChangeKind::Added, "li2"));
        assert_eq!(summary(&found), "paragraph 3 changed, 1 list item added");
    }

    #[test]
    fn fields_and_removals() {
        let old = Content::of_text("---\ntitle: \"A\"\nsummary: \"S\"\n---\nUno.\n\nDos.\n").unwrap();
        let new = Content::of_text("---\ntitle: \"B\"\nsummary: \"S\"\n---\nUno.\n").unwrap();
        let found = changes(&old, &new);
        assert_eq!(summary(&found), "title changed, 1 paragraph removed");
        assert!(changes(&new, &new).is_empty());
    }
}
