//! The YAML of a file as a tree of values with their positions, read by serde-saphyr (which
//! refuses duplicate keys and bounds alias bombs and nesting). The typed reading of
//! [`super::de`] walks this tree, so it can report every mistake instead of the first.

use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_saphyr::Spanned;

/// One YAML value. `line` and `col` are 1-based within the YAML text; 0 for a value that is not
/// in the text (a placeholder for a missing or broken one).
#[derive(Debug, Clone)]
pub struct Node {
    pub id: usize,
    pub line: usize,
    pub col: usize,
    /// Bytes of the value in the YAML text (scalars), when known.
    pub bytes: Option<(usize, usize)>,
    pub kind: Kind,
}

#[derive(Debug, Clone)]
pub enum Kind {
    Null,
    Bool(bool),
    Int(i64),
    Float(f64),
    Str(String),
    Seq(Vec<Node>),
    Map(Vec<(Node, Node)>),
    /// Stands in for a value that is missing or was reported as wrong: it reads as whatever the
    /// reader asks for, silently.
    Placeholder,
}

impl Node {
    pub fn placeholder(id: usize) -> Node {
        Node {
            id,
            line: 0,
            col: 0,
            bytes: None,
            kind: Kind::Placeholder,
        }
    }

    /// How the author wrote a plain scalar (`007`, `yes`): numbers and booleans where text is
    /// expected are taken as written.
    pub fn as_written<'t>(&self, yaml: &'t str) -> Option<&'t str> {
        let line = yaml.lines().nth(self.line.checked_sub(1)?)?;
        let start: usize = line.chars().take(self.col.saturating_sub(1)).map(char::len_utf8).sum();
        let rest = line.get(start..)?;
        let end = rest.find([',', ']', '}', '#']).unwrap_or(rest.len());
        Some(rest[..end].trim_end())
    }
}

/// A value as serde-saphyr hands it over, before ids are given.
struct Raw(RawKind);

enum RawKind {
    Null,
    Bool(bool),
    Int(i64),
    Float(f64),
    Str(String),
    Seq(Vec<Spanned<Raw>>),
    Map(Vec<(Spanned<Raw>, Spanned<Raw>)>),
}

impl<'de> Deserialize<'de> for Raw {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Raw, D::Error> {
        deserializer.deserialize_any(RawVisitor)
    }
}

struct RawVisitor;

impl<'de> Visitor<'de> for RawVisitor {
    type Value = Raw;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("any YAML value")
    }

    fn visit_unit<E: de::Error>(self) -> Result<Raw, E> {
        Ok(Raw(RawKind::Null))
    }

    fn visit_none<E: de::Error>(self) -> Result<Raw, E> {
        Ok(Raw(RawKind::Null))
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Raw, D::Error> {
        Raw::deserialize(deserializer)
    }

    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Raw, E> {
        Ok(Raw(RawKind::Bool(v)))
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Raw, E> {
        Ok(Raw(RawKind::Int(v)))
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Raw, E> {
        Ok(Raw(match i64::try_from(v) {
            Ok(v) => RawKind::Int(v),
            Err(_) => RawKind::Float(v as f64),
        }))
    }

    fn visit_i128<E: de::Error>(self, v: i128) -> Result<Raw, E> {
        Ok(Raw(RawKind::Float(v as f64)))
    }

    fn visit_u128<E: de::Error>(self, v: u128) -> Result<Raw, E> {
        Ok(Raw(RawKind::Float(v as f64)))
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Raw, E> {
        Ok(Raw(RawKind::Float(v)))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Raw, E> {
        Ok(Raw(RawKind::Str(v.to_string())))
    }

    fn visit_string<E: de::Error>(self, v: String) -> Result<Raw, E> {
        Ok(Raw(RawKind::Str(v)))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Raw, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element::<Spanned<Raw>>()? {
            items.push(item);
        }
        Ok(Raw(RawKind::Seq(items)))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Raw, A::Error> {
        let mut entries = Vec::new();
        while let Some(key) = map.next_key::<Spanned<Raw>>()? {
            let value = map.next_value::<Spanned<Raw>>()?;
            entries.push((key, value));
        }
        Ok(Raw(RawKind::Map(entries)))
    }
}

/// Parses `yaml` into a tree, or returns serde-saphyr's error.
pub fn read(yaml: &str) -> Result<Node, serde_saphyr::Error> {
    let options = serde_saphyr::options! {
        budget: serde_saphyr::budget! {
            max_depth: 32,
            max_aliases: 256,
            max_anchors: 256,
            max_events: 200_000,
            max_nodes: 50_000,
            max_documents: 1,
        },
    };
    let raw: Spanned<Raw> = serde_saphyr::from_str_with_options(yaml, options)?;
    let mut next = 0;
    Ok(number(raw, &mut next))
}

/// Gives every node an id, in document order.
fn number(raw: Spanned<Raw>, next: &mut usize) -> Node {
    let id = *next;
    *next += 1;
    let kind = match raw.value.0 {
        RawKind::Null => Kind::Null,
        RawKind::Bool(b) => Kind::Bool(b),
        RawKind::Int(i) => Kind::Int(i),
        RawKind::Float(f) => Kind::Float(f),
        RawKind::Str(s) => Kind::Str(s),
        RawKind::Seq(items) => Kind::Seq(items.into_iter().map(|i| number(i, next)).collect()),
        RawKind::Map(entries) => Kind::Map(
            entries
                .into_iter()
                .map(|(k, v)| {
                    let k = number(k, next);
                    (k, number(v, next))
                })
                .collect(),
        ),
    };
    let span = raw.referenced.span();
    let bytes = span
        .byte_offset()
        .zip(span.byte_len())
        .map(|(offset, len)| (offset as usize, len as usize));
    Node {
        id,
        line: raw.referenced.line() as usize,
        col: raw.referenced.column() as usize,
        bytes,
        kind,
    }
}
