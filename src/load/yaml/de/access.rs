//! The serde accesses over a YAML tree's lists and maps: the items of a list, the entries of a
//! mapping (with placeholders for keys found missing), and the parts of a `Spanned` value.

use serde::de::{self, DeserializeSeed, IntoDeserializer};

use super::{De, Error, ErrorKind, State};
use crate::load::yaml::tree::Node;

pub(super) struct Items<'a, 't> {
    pub(super) items: std::slice::Iter<'a, Node>,
    pub(super) state: &'a State<'t>,
}

impl<'a> de::SeqAccess<'a> for Items<'a, '_> {
    type Error = Error;

    fn next_element_seed<T: DeserializeSeed<'a>>(&mut self, seed: T) -> Result<Option<T::Value>, Error> {
        match self.items.next() {
            Some(node) => seed
                .deserialize(De {
                    node,
                    state: self.state,
                })
                .map(Some),
            None => Ok(None),
        }
    }
}

/// The entries of a mapping: the known ones, then placeholders for keys found missing.
pub(super) struct Entries<'a, 't> {
    pub(super) known: std::vec::IntoIter<(&'a Node, &'a Node)>,
    pub(super) missing: std::vec::IntoIter<&'static str>,
    pub(super) pending: Option<Pending<'a>>,
    pub(super) state: &'a State<'t>,
    /// The mapping read as a struct, which an unknown key is reported against.
    pub(super) mapping: Option<usize>,
}

pub(super) enum Pending<'a> {
    Value(&'a Node),
    Placeholder,
}

impl<'a, 't> Entries<'a, 't> {
    pub(super) fn all(entries: &'a [(Node, Node)], state: &'a State<'t>) -> Self {
        Entries {
            known: entries.iter().map(|(k, v)| (k, v)).collect::<Vec<_>>().into_iter(),
            missing: Vec::new().into_iter(),
            pending: None,
            state,
            mapping: None,
        }
    }
}

impl<'a> de::MapAccess<'a> for Entries<'a, '_> {
    type Error = Error;

    fn next_key_seed<K: DeserializeSeed<'a>>(&mut self, seed: K) -> Result<Option<K::Value>, Error> {
        if let Some((key, value)) = self.known.next() {
            self.pending = Some(Pending::Value(value));
            return seed
                .deserialize(De {
                    node: key,
                    state: self.state,
                })
                .map(Some)
                .map_err(|mut e| {
                    if matches!(e.kind, ErrorKind::Unknown) {
                        e.node = self.mapping;
                    }
                    e
                });
        }
        if let Some(field) = self.missing.next() {
            self.pending = Some(Pending::Placeholder);
            let key: de::value::BorrowedStrDeserializer<Error> = de::value::BorrowedStrDeserializer::new(field);
            return seed.deserialize(key).map(Some);
        }
        Ok(None)
    }

    fn next_value_seed<V: DeserializeSeed<'a>>(&mut self, seed: V) -> Result<V::Value, Error> {
        match self.pending.take() {
            Some(Pending::Value(node)) => seed.deserialize(De {
                node,
                state: self.state,
            }),
            _ => seed.deserialize(De {
                node: shared_placeholder(),
                state: self.state,
            }),
        }
    }
}

/// The one placeholder node, shared: it is never changed.
fn shared_placeholder() -> &'static Node {
    static NODE: std::sync::OnceLock<Node> = std::sync::OnceLock::new();
    NODE.get_or_init(|| Node::placeholder(usize::MAX))
}

/// The `{value, line, column}` of a `Spanned<T>`: the value first, so a value that was noted
/// as wrong gets line 0.
pub(super) struct SpannedEntries<'a, 't> {
    pub(super) de: De<'a, 't>,
    pub(super) before: usize,
    pub(super) step: u8,
}

impl<'a> de::MapAccess<'a> for SpannedEntries<'a, '_> {
    type Error = Error;

    fn next_key_seed<K: DeserializeSeed<'a>>(&mut self, seed: K) -> Result<Option<K::Value>, Error> {
        let key = match self.step {
            0 => "value",
            1 => "line",
            2 => "column",
            3 => "offset",
            4 => "len",
            _ => return Ok(None),
        };
        seed.deserialize(de::value::BorrowedStrDeserializer::new(key)).map(Some)
    }

    fn next_value_seed<V: DeserializeSeed<'a>>(&mut self, seed: V) -> Result<V::Value, Error> {
        let step = self.step;
        self.step += 1;
        let reported = self.de.state.count() > self.before || self.de.placeholder();
        let node = self.de.node;
        let bytes = node.bytes.filter(|_| !reported);
        let number = match step {
            0 => return seed.deserialize(self.de),
            1 => {
                if reported {
                    0
                } else {
                    node.line as u64
                }
            }
            2 => {
                if reported {
                    0
                } else {
                    node.col as u64
                }
            }
            3 => bytes.map_or(u64::MAX, |(offset, _)| offset as u64),
            _ => bytes.map_or(u64::MAX, |(_, len)| len as u64),
        };
        seed.deserialize(number.into_deserializer())
    }
}
