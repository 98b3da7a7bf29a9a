//! Reading a YAML tree into typed settings without stopping at the first mistake.
//!
//! A serde `Deserializer` over [`Node`]s that notes a problem and goes on: a value of the wrong
//! type is noted and read as a placeholder of the right type; an unknown key is noted (with the
//! nearest known key) and skipped; an unknown value of a list of names is noted and read as the
//! nearest name. A missing required key can only be seen by serde's derived code, which then
//! gives up: [`read`] notes it, puts a placeholder under that key and reads again, so every
//! missing key is found too. `Spanned` values that were noted get line 0, so later checks know
//! they were already reported.

use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use serde::de::{self, DeserializeOwned, IntoDeserializer, Visitor};

use super::tree::{Kind, Node};
use super::{SPANNED, SWITCH, explain};
use crate::diag::suggest;
use crate::messages::Message;
use crate::msg;

mod access;
use access::{Entries, Items, SpannedEntries};

/// A mistake in the YAML, at a 1-based line and column of the YAML text.
#[derive(Debug, Clone)]
pub struct Problem {
    pub line: usize,
    pub col: usize,
    pub message: Message,
    pub hint: Option<Message>,
}

/// Reads `tree` as `T`, noting every problem. `None` only when nothing could be read.
pub fn read<T: DeserializeOwned>(tree: &Node, yaml: &str) -> (Option<T>, Vec<Problem>) {
    let mut injected: BTreeMap<usize, Vec<&'static str>> = BTreeMap::new();
    let mut replaced: BTreeSet<usize> = BTreeSet::new();
    let mut strict: BTreeSet<usize> = BTreeSet::new();
    let mut found: Vec<Problem> = Vec::new();
    // Each round finds one more missing key or broken value; a document has few of them.
    for _ in 0..256 {
        let state = State {
            yaml,
            problems: RefCell::new(Vec::new()),
            suggested: RefCell::new(BTreeSet::new()),
            injected: &injected,
            replaced: &replaced,
            strict: &strict,
        };
        let result = T::deserialize(De {
            node: tree,
            state: &state,
        });
        let suggested = state.suggested.into_inner();
        let mut problems = state.problems.into_inner();
        match result {
            Ok(value) => {
                found.append(&mut problems);
                return (Some(value), found);
            }
            Err(Error { kind, node }) => {
                let Some(at) = node.and_then(|id| find(tree, id)) else {
                    found.append(&mut problems);
                    return (None, found);
                };
                match kind {
                    // A struct that refuses unknown keys: from now on they are noted and skipped.
                    ErrorKind::Unknown if strict.insert(at.id) => {}
                    ErrorKind::Unknown => {
                        found.append(&mut problems);
                        return (None, found);
                    }
                    // `sumary` was reported with "did you mean `summary`?": that says it all.
                    ErrorKind::Missing(field) if suggested.contains(&(at.id, field)) => {
                        injected.entry(at.id).or_default().push(field);
                    }
                    ErrorKind::Missing(field) => {
                        found.push(Problem {
                            line: at.line.max(1),
                            col: at.col.max(1),
                            message: msg!("yaml-missing-key", key = field),
                            hint: Some(msg!("yaml-missing-key-hint", key = field)),
                        });
                        injected.entry(at.id).or_default().push(field);
                    }
                    ErrorKind::Other(raw) => {
                        if !replaced.insert(at.id) || at.line == 0 {
                            found.append(&mut problems);
                            return (None, found);
                        }
                        found.push(Problem {
                            line: at.line,
                            col: at.col,
                            message: msg!("yaml-wrong-form"),
                            hint: None,
                        });
                        let _ = raw;
                    }
                }
            }
        }
    }
    (None, found)
}

fn find(node: &Node, id: usize) -> Option<&Node> {
    if node.id == id {
        return Some(node);
    }
    match &node.kind {
        Kind::Seq(items) => items.iter().find_map(|n| find(n, id)),
        Kind::Map(entries) => entries.iter().find_map(|(k, v)| find(k, id).or_else(|| find(v, id))),
        _ => None,
    }
}

struct State<'t> {
    yaml: &'t str,
    problems: RefCell<Vec<Problem>>,
    /// (mapping, key) for each unknown key reported as a likely misspelling of `key`.
    suggested: RefCell<BTreeSet<(usize, &'static str)>>,
    /// Keys found missing in earlier rounds, by the id of their mapping.
    injected: &'t BTreeMap<usize, Vec<&'static str>>,
    /// Values that broke serde's own code in earlier rounds: read as placeholders.
    replaced: &'t BTreeSet<usize>,
    /// Mappings read as structs that refuse unknown keys (`deny_unknown_fields`), found so in
    /// earlier rounds: their unknown keys are noted and skipped. Other structs ignore them.
    strict: &'t BTreeSet<usize>,
}

impl State<'_> {
    fn note(&self, node: &Node, message: Message, hint: Option<Message>) {
        if node.line == 0 {
            return;
        }
        self.problems.borrow_mut().push(Problem {
            line: node.line,
            col: node.col,
            message,
            hint,
        });
    }

    fn count(&self) -> usize {
        self.problems.borrow().len()
    }
}

#[derive(Debug)]
pub struct Error {
    kind: ErrorKind,
    /// The innermost value being read when it happened.
    node: Option<usize>,
}

#[derive(Debug)]
enum ErrorKind {
    Missing(&'static str),
    /// An unknown key in a struct that refuses them; `node` is the mapping.
    Unknown,
    Other(String),
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            ErrorKind::Missing(field) => write!(f, "missing field `{field}`"),
            ErrorKind::Unknown => f.write_str("unknown field"),
            ErrorKind::Other(text) => f.write_str(text),
        }
    }
}

impl std::error::Error for Error {}

impl de::Error for Error {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        Error {
            kind: ErrorKind::Other(msg.to_string()),
            node: None,
        }
    }

    fn unknown_field(_: &str, _: &'static [&'static str]) -> Self {
        Error {
            kind: ErrorKind::Unknown,
            node: None,
        }
    }

    fn missing_field(field: &'static str) -> Self {
        Error {
            kind: ErrorKind::Missing(field),
            node: None,
        }
    }
}

/// Errors from serde's code inside a value belong to that value.
fn at<T>(node: &Node, result: Result<T, Error>) -> Result<T, Error> {
    result.map_err(|mut e| {
        e.node.get_or_insert(node.id);
        e
    })
}

#[derive(Clone, Copy)]
struct De<'a, 't> {
    node: &'a Node,
    state: &'a State<'t>,
}

impl<'a, 't> De<'a, 't> {
    fn placeholder(&self) -> bool {
        matches!(self.node.kind, Kind::Placeholder) || self.state.replaced.contains(&self.node.id)
    }

    /// Notes that the value is not of the `expected` kind (a catalog id), with what to write.
    fn wrong(&self, expected: Message, hint: Message) {
        if self.placeholder() {
            return;
        }
        if matches!(self.node.kind, Kind::Null) {
            let (message, hint, col) = explain::empty_value(self.state.yaml, self.node.line, self.node.col);
            let at = Node {
                col,
                ..self.node.clone()
            };
            self.state.note(&at, message, Some(hint));
            return;
        }
        self.state.note(self.node, expected, Some(hint));
    }

    fn text(&self) -> Option<String> {
        match &self.node.kind {
            Kind::Str(s) => Some(s.clone()),
            Kind::Int(_) | Kind::Float(_) | Kind::Bool(_) => self.node.as_written(self.state.yaml).map(str::to_string),
            _ => None,
        }
    }

    fn integer<V: Visitor<'a>>(self, visitor: V, min: i64, max: i64) -> Result<V::Value, Error> {
        let value = match &self.node.kind {
            Kind::Int(i) if (min..=max).contains(i) => *i,
            Kind::Int(_) => {
                self.state
                    .note(self.node, msg!("yaml-number-range", min = min, max = max), None);
                0
            }
            _ => {
                self.wrong(msg!("yaml-expected-number"), msg!("yaml-expected-number-hint"));
                0
            }
        };
        at(self.node, visitor.visit_i64(value))
    }
}

impl<'a, 't> de::Deserializer<'a> for De<'a, 't> {
    type Error = Error;

    fn deserialize_any<V: Visitor<'a>>(self, visitor: V) -> Result<V::Value, Error> {
        if self.placeholder() {
            return at(self.node, visitor.visit_unit());
        }
        let result = match &self.node.kind {
            Kind::Null | Kind::Placeholder => visitor.visit_unit(),
            Kind::Bool(b) => visitor.visit_bool(*b),
            Kind::Int(i) => visitor.visit_i64(*i),
            Kind::Float(f) => visitor.visit_f64(*f),
            Kind::Str(s) => visitor.visit_str(s),
            Kind::Seq(items) => visitor.visit_seq(Items {
                items: items.iter(),
                state: self.state,
            }),
            Kind::Map(entries) => visitor.visit_map(Entries::all(entries, self.state)),
        };
        at(self.node, result)
    }

    fn deserialize_bool<V: Visitor<'a>>(self, visitor: V) -> Result<V::Value, Error> {
        let value = match &self.node.kind {
            Kind::Bool(b) => *b,
            _ => {
                self.wrong(msg!("yaml-expected-bool"), msg!("yaml-expected-bool-hint"));
                false
            }
        };
        at(self.node, visitor.visit_bool(value))
    }

    fn deserialize_i8<V: Visitor<'a>>(self, visitor: V) -> Result<V::Value, Error> {
        self.integer(visitor, i8::MIN.into(), i8::MAX.into())
    }
    fn deserialize_i16<V: Visitor<'a>>(self, visitor: V) -> Result<V::Value, Error> {
        self.integer(visitor, i16::MIN.into(), i16::MAX.into())
    }
    fn deserialize_i32<V: Visitor<'a>>(self, visitor: V) -> Result<V::Value, Error> {
        self.integer(visitor, i32::MIN.into(), i32::MAX.into())
    }
    fn deserialize_i64<V: Visitor<'a>>(self, visitor: V) -> Result<V::Value, Error> {
        self.integer(visitor, i64::MIN, i64::MAX)
    }
    fn deserialize_u8<V: Visitor<'a>>(self, visitor: V) -> Result<V::Value, Error> {
        self.integer(visitor, 0, u8::MAX.into())
    }
    fn deserialize_u16<V: Visitor<'a>>(self, visitor: V) -> Result<V::Value, Error> {
        self.integer(visitor, 0, u16::MAX.into())
    }
    fn deserialize_u32<V: Visitor<'a>>(self, visitor: V) -> Result<V::Value, Error> {
        self.integer(visitor, 0, u32::MAX.into())
    }
    fn deserialize_u64<V: Visitor<'a>>(self, visitor: V) -> Result<V::Value, Error> {
        self.integer(visitor, 0, i64::MAX)
    }

    fn deserialize_f32<V: Visitor<'a>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_f64(visitor)
    }

    fn deserialize_f64<V: Visitor<'a>>(self, visitor: V) -> Result<V::Value, Error> {
        let value = match &self.node.kind {
            Kind::Int(i) => *i as f64,
            Kind::Float(f) => *f,
            _ => {
                self.wrong(msg!("yaml-expected-number"), msg!("yaml-expected-number-hint"));
                0.0
            }
        };
        at(self.node, visitor.visit_f64(value))
    }

    fn deserialize_char<V: Visitor<'a>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_string(visitor)
    }

    fn deserialize_str<V: Visitor<'a>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_string(visitor)
    }

    fn deserialize_string<V: Visitor<'a>>(self, visitor: V) -> Result<V::Value, Error> {
        let value = match self.text() {
            Some(text) if !self.placeholder() => text,
            _ => {
                self.wrong(msg!("yaml-expected-text"), msg!("yaml-expected-text-hint"));
                String::new()
            }
        };
        at(self.node, visitor.visit_string(value))
    }

    fn deserialize_bytes<V: Visitor<'a>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_string(visitor)
    }

    fn deserialize_byte_buf<V: Visitor<'a>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_string(visitor)
    }

    fn deserialize_option<V: Visitor<'a>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.node.kind {
            Kind::Null | Kind::Placeholder => at(self.node, visitor.visit_none()),
            _ => at(self.node, visitor.visit_some(self)),
        }
    }

    fn deserialize_unit<V: Visitor<'a>>(self, visitor: V) -> Result<V::Value, Error> {
        at(self.node, visitor.visit_unit())
    }

    fn deserialize_unit_struct<V: Visitor<'a>>(self, _: &'static str, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_unit(visitor)
    }

    fn deserialize_newtype_struct<V: Visitor<'a>>(self, _: &'static str, visitor: V) -> Result<V::Value, Error> {
        at(self.node, visitor.visit_newtype_struct(self))
    }

    fn deserialize_seq<V: Visitor<'a>>(self, visitor: V) -> Result<V::Value, Error> {
        let items: &[Node] = match &self.node.kind {
            Kind::Seq(items) if !self.placeholder() => items,
            // An empty value is an empty list.
            Kind::Null | Kind::Placeholder => &[],
            _ => {
                self.wrong(msg!("yaml-expected-list"), msg!("yaml-expected-list-hint"));
                &[]
            }
        };
        at(
            self.node,
            visitor.visit_seq(Items {
                items: items.iter(),
                state: self.state,
            }),
        )
    }

    fn deserialize_tuple<V: Visitor<'a>>(self, _: usize, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_seq(visitor)
    }

    fn deserialize_tuple_struct<V: Visitor<'a>>(
        self,
        _: &'static str,
        _: usize,
        visitor: V,
    ) -> Result<V::Value, Error> {
        self.deserialize_seq(visitor)
    }

    fn deserialize_map<V: Visitor<'a>>(self, visitor: V) -> Result<V::Value, Error> {
        let entries: &[(Node, Node)] = match &self.node.kind {
            Kind::Map(entries) if !self.placeholder() => entries,
            Kind::Placeholder => &[],
            _ => {
                self.wrong(msg!("yaml-expected-keys"), msg!("yaml-expected-keys-hint"));
                &[]
            }
        };
        at(self.node, visitor.visit_map(Entries::all(entries, self.state)))
    }

    fn deserialize_struct<V: Visitor<'a>>(
        self,
        name: &'static str,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        if name == SPANNED {
            let before = self.state.count();
            return at(
                self.node,
                visitor.visit_map(SpannedEntries {
                    de: self,
                    before,
                    step: 0,
                }),
            );
        }
        let entries: &[(Node, Node)] = match &self.node.kind {
            Kind::Bool(on) if name == SWITCH && !self.placeholder() => return at(self.node, visitor.visit_bool(*on)),
            Kind::Map(entries) if !self.placeholder() => entries,
            Kind::Placeholder => &[],
            _ if name == SWITCH => {
                let keys = fields.join(", ");
                self.wrong(
                    msg!("yaml-expected-switch"),
                    msg!("yaml-expected-switch-hint", keys = keys),
                );
                &[]
            }
            _ => {
                self.wrong(msg!("yaml-expected-keys"), msg!("yaml-expected-keys-hint"));
                &[]
            }
        };
        let strict = self.state.strict.contains(&self.node.id);
        let mut known = Vec::new();
        for (key, value) in entries {
            let name = match &key.kind {
                Kind::Str(s) => s.as_str(),
                _ => "",
            };
            // A value written empty is no value: web editors (Decap CMS) write a cleared field as
            // `""` or `null` rather than leaving its key out. A key with nothing after it (or a
            // comment, `primary: #5b2a86`) is still explained as a mistake.
            let empty = match &value.kind {
                Kind::Null => value
                    .as_written(self.state.yaml)
                    .is_some_and(|w| matches!(w, "null" | "Null" | "NULL" | "~")),
                Kind::Str(text) => text.trim().is_empty(),
                _ => false,
            };
            if empty && fields.contains(&name) {
                continue;
            }
            if fields.contains(&name) || !strict {
                known.push((key, value));
                continue;
            }
            let hint = match suggest(name, fields.iter().copied()) {
                Some(best) => {
                    self.state.suggested.borrow_mut().insert((self.node.id, best));
                    msg!("did-you-mean", name = best)
                }
                None => msg!("yaml-allowed-keys", keys = fields.join(", ")),
            };
            self.state.note(key, msg!("yaml-unknown-key", key = name), Some(hint));
        }
        let missing = self.state.injected.get(&self.node.id).cloned().unwrap_or_default();
        let entries = Entries {
            known: known.into_iter(),
            missing: missing.into_iter(),
            pending: None,
            state: self.state,
            mapping: Some(self.node.id),
        };
        at(self.node, visitor.visit_map(entries))
    }

    fn deserialize_enum<V: Visitor<'a>>(
        self,
        _: &'static str,
        variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        let given = self.text();
        let chosen = match given.as_deref() {
            Some(name) if variants.contains(&name) && !self.placeholder() => name.to_string(),
            _ => {
                let nearest = given.as_deref().and_then(|g| suggest(g, variants.iter().copied()));
                let allowed = variants.join(", ");
                match &given {
                    Some(name) if !self.placeholder() => {
                        let hint = match nearest {
                            Some(best) => msg!("yaml-unknown-value-suggest", name = best, allowed = allowed),
                            None => msg!("yaml-unknown-value-hint", allowed = allowed),
                        };
                        self.state
                            .note(self.node, msg!("yaml-unknown-value", value = name), Some(hint));
                    }
                    _ => self.wrong(
                        msg!("yaml-expected-text"),
                        msg!("yaml-unknown-value-hint", allowed = allowed),
                    ),
                }
                // Read on as the nearest name, so later checks do not complain twice.
                nearest.or(variants.first().copied()).unwrap_or_default().to_string()
            }
        };
        let deserializer: de::value::StringDeserializer<Error> = chosen.into_deserializer();
        at(self.node, visitor.visit_enum(deserializer))
    }

    fn deserialize_identifier<V: Visitor<'a>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_string(visitor)
    }

    fn deserialize_ignored_any<V: Visitor<'a>>(self, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_unit()
    }
}
