//! Atoms (boxes): reading them with every size and offset checked against the bytes there
//! are, and writing them.

use std::ops::Range;

use super::super::{AudioError, Container};

pub(super) fn damaged(detail: &'static str) -> AudioError {
    AudioError::Damaged {
        container: Container::Mp4,
        detail,
    }
}

pub(super) fn unsupported(detail: &'static str) -> AudioError {
    AudioError::Unsupported {
        container: Container::Mp4,
        detail,
    }
}

pub(super) fn be16(b: &[u8], at: usize) -> Result<u16, AudioError> {
    Ok(u16::from_be_bytes(array(b, at)?))
}

pub(super) fn be32(b: &[u8], at: usize) -> Result<u32, AudioError> {
    Ok(u32::from_be_bytes(array(b, at)?))
}

pub(super) fn be64(b: &[u8], at: usize) -> Result<u64, AudioError> {
    Ok(u64::from_be_bytes(array(b, at)?))
}

pub(super) fn array<const N: usize>(b: &[u8], at: usize) -> Result<[u8; N], AudioError> {
    at.checked_add(N)
        .and_then(|end| b.get(at..end))
        .and_then(|s| s.try_into().ok())
        .ok_or_else(|| damaged("a field is cut short"))
}

/// An atom (box): its four-character kind, where its body starts and where it ends.
#[derive(Debug, Clone, Copy)]
pub(super) struct Atom {
    pub(super) kind: [u8; 4],
    pub(super) start: usize,
    pub(super) body: usize,
    pub(super) end: usize,
}

impl Atom {
    pub(super) fn body<'a>(&self, b: &'a [u8]) -> &'a [u8] {
        &b[self.body..self.end]
    }

    pub(super) fn whole<'a>(&self, b: &'a [u8]) -> &'a [u8] {
        &b[self.start..self.end]
    }
}

/// The atoms one after another in `b[range]`, each checked to end inside it. Fewer than 8
/// bytes left over at the end of the file are ignored (some writers pad); anywhere else they
/// mean the sizes are wrong.
pub(super) fn children(b: &[u8], range: Range<usize>, top: bool) -> Result<Vec<Atom>, AudioError> {
    let mut atoms = Vec::new();
    let mut at = range.start;
    while at < range.end {
        let rest = range.end - at;
        if rest < 8 {
            if top {
                break;
            }
            return Err(damaged("bytes are left over after the last atom"));
        }
        let kind = array(b, at + 4)?;
        let (size, header) = match be32(b, at)? {
            0 => (rest as u64, 8),
            1 => (be64(b, at + 8)?, 16),
            n => (u64::from(n), 8),
        };
        if size < header as u64 || size > rest as u64 {
            return Err(damaged("an atom is larger than what holds it"));
        }
        let end = at + size as usize;
        atoms.push(Atom {
            kind,
            start: at,
            body: at + header,
            end,
        });
        at = end;
    }
    Ok(atoms)
}

pub(super) fn inside(b: &[u8], atom: &Atom) -> Result<Vec<Atom>, AudioError> {
    children(b, atom.body..atom.end, false)
}

pub(super) fn find(b: &[u8], atom: &Atom, kind: &[u8; 4]) -> Result<Option<Atom>, AudioError> {
    Ok(inside(b, atom)?.into_iter().find(|a| &a.kind == kind))
}

pub(super) fn need(b: &[u8], atom: &Atom, kind: &[u8; 4], detail: &'static str) -> Result<Atom, AudioError> {
    find(b, atom, kind)?.ok_or_else(|| damaged(detail))
}

/// The first `len` bytes of a body, which must have them.
pub(super) fn exact(body: &[u8], len: Option<usize>) -> Result<&[u8], AudioError> {
    len.and_then(|len| body.get(..len))
        .ok_or_else(|| damaged("a table is longer than its atom"))
}

/// A full box's table: version and flags, `extra` bytes, a count, then `count` entries.
pub(super) fn table(body: &[u8], extra: usize, entry: usize) -> Result<&[u8], AudioError> {
    let count = be32(body, 4 + extra)? as usize;
    exact(body, count.checked_mul(entry).and_then(|n| n.checked_add(8 + extra)))
}

/// `mvhd`, `tkhd` or `mdhd`: version 0 (32-bit times) or 1 (64-bit), exactly its fields.
pub(super) fn versioned(body: &[u8], v0: usize, v1: usize) -> Result<&[u8], AudioError> {
    match body.first() {
        Some(0) => exact(body, Some(v0)),
        Some(1) => exact(body, Some(v1)),
        _ => Err(damaged("a header has an unknown version")),
    }
}

/// Appends an atom (the 64-bit size form only when it must).
pub(super) fn put(out: &mut Vec<u8>, kind: &[u8; 4], body: &[u8]) {
    match u32::try_from(body.len() + 8) {
        Ok(size) => out.extend_from_slice(&size.to_be_bytes()),
        Err(_) => {
            out.extend_from_slice(&1u32.to_be_bytes());
            out.extend_from_slice(kind);
            out.extend_from_slice(&(body.len() as u64 + 16).to_be_bytes());
            out.extend_from_slice(body);
            return;
        }
    }
    out.extend_from_slice(kind);
    out.extend_from_slice(body);
}

pub(super) fn full(version_and_flags: u32, rest: &[u8]) -> Vec<u8> {
    let mut out = version_and_flags.to_be_bytes().to_vec();
    out.extend_from_slice(rest);
    out
}
