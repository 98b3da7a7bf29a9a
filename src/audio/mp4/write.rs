//! Writing the rebuilt file: `ftyp`, the whitelisted `moov`, one `mdat`.

use super::Movie;
use super::atoms::{full, put};

/// A header with its creation and modification dates set to zero.
fn undated(body: &[u8]) -> Vec<u8> {
    let mut out = body.to_vec();
    let width = if body.first() == Some(&1) { 8 } else { 4 };
    out[4..4 + 2 * width].fill(0);
    out
}

/// The file: `ftyp` (its brands kept), the `moov`, and one `mdat` with the chunks in their order.
pub(super) fn write(b: &[u8], movie: &Movie) -> Vec<u8> {
    let mut ftyp = movie.brands[0].to_vec();
    ftyp.extend_from_slice(&movie.minor);
    for brand in &movie.brands[1..] {
        ftyp.extend_from_slice(brand);
    }
    let mut out = Vec::with_capacity(b.len());
    put(&mut out, b"ftyp", &ftyp);
    let payload: usize = movie.chunks.iter().map(std::iter::ExactSizeIterator::len).sum();
    let mdat_header = if u32::try_from(payload + 8).is_ok() { 8 } else { 16 };
    // The moov's size does not depend on the offsets in it, only on their width.
    let base = out.len() + moov(movie, 0, false).len() + mdat_header;
    let wide = u32::try_from(base + payload).is_err();
    let base = out.len() + moov(movie, 0, wide).len() + mdat_header;
    out.extend_from_slice(&moov(movie, base as u64, wide));
    let mut mdat = Vec::with_capacity(payload);
    for chunk in &movie.chunks {
        mdat.extend_from_slice(&b[chunk.clone()]);
    }
    put(&mut out, b"mdat", &mdat);
    out
}

/// The whitelisted `moov`, with the chunks laid one after another from `base`.
fn moov(movie: &Movie, base: u64, wide: bool) -> Vec<u8> {
    let mut stbl = Vec::new();
    put(&mut stbl, b"stsd", &movie.entry);
    let mut offsets = full(0, &(movie.chunks.len() as u32).to_be_bytes());
    let mut at = base;
    for chunk in &movie.chunks {
        match wide {
            true => offsets.extend_from_slice(&at.to_be_bytes()),
            false => offsets.extend_from_slice(&(at as u32).to_be_bytes()),
        }
        at += chunk.len() as u64;
    }
    for (kind, body) in &movie.tables {
        put(&mut stbl, kind, body);
        if kind == b"stsz" {
            put(&mut stbl, if wide { b"co64" } else { b"stco" }, &offsets);
        }
    }
    let mut dref = full(0, &1u32.to_be_bytes());
    put(&mut dref, b"url ", &full(1, &[]));
    let mut dinf = Vec::new();
    put(&mut dinf, b"dref", &dref);
    let mut minf = Vec::new();
    put(&mut minf, b"smhd", &full(0, &[0; 4]));
    put(&mut minf, b"dinf", &dinf);
    put(&mut minf, b"stbl", &stbl);
    let mut mdia = Vec::new();
    put(&mut mdia, b"mdhd", &undated(movie.mdhd));
    let mut hdlr = full(0, &[0; 4]);
    hdlr.extend_from_slice(b"soun");
    hdlr.extend_from_slice(&[0; 13]);
    put(&mut mdia, b"hdlr", &hdlr);
    put(&mut mdia, b"minf", &minf);
    let mut trak = Vec::new();
    put(&mut trak, b"tkhd", &undated(movie.tkhd));
    if let Some(elst) = movie.elst {
        let mut edts = Vec::new();
        put(&mut edts, b"elst", elst);
        put(&mut trak, b"edts", &edts);
    }
    put(&mut trak, b"mdia", &mdia);
    let mut body = Vec::new();
    put(&mut body, b"mvhd", &undated(movie.mvhd));
    put(&mut body, b"trak", &trak);
    let mut out = Vec::new();
    put(&mut out, b"moov", &body);
    out
}
