//! M4A (MPEG-4 audio, ISO/IEC 14496-12 and QuickTime): the file is rebuilt as `ftyp` + `moov` +
//! one `mdat`, and `moov` holds only what plays the one sound track:
//!
//! ```text
//! moov ─ mvhd                       dates zeroed
//!      └ trak ─ tkhd                dates zeroed
//!             ├ edts ─ elst         (when there is one: the priming samples to skip)
//!             └ mdia ─ mdhd         dates zeroed
//!                    ├ hdlr         "soun", no name
//!                    └ minf ─ smhd
//!                           ├ dinf ─ dref   one self-contained entry
//!                           └ stbl ─ stsd   one `mp4a` entry: esds, btrt, chan, wave
//!                                  ├ stts, ctts, stsc, stsz, stss, sgpd, sbgp
//!                                  └ stco or co64   offsets into the new mdat
//! ```
//!
//! Everything else is left behind: `udta` (iTunes tags in `meta.ilst`, `©xyz` and `loci`
//! locations, `chpl` chapters), `moov.meta` (a phone's location and model as `mdta` keys),
//! `trak.udta`, `tref`, chapter and text tracks with their samples, `uuid` (XMP), `free`, and
//! any bytes of `mdat` that are not this track's samples. Each kept table is written with
//! exactly the entries its count says, so nothing can ride along after them. A video (a sound
//! track beside a picture track) is published as its sound alone.

mod atoms;
mod samples;
mod write;

use std::ops::Range;

use super::{AudioError, AudioFormat, Container, Reading};
use atoms::{
    Atom, array, be16, be32, children, damaged, exact, find, inside, need, put, table, unsupported, versioned,
};
use samples::{chunks, duration_ms};

/// Sample tables as (kind, body), in the order they are written.
type Tables<'a> = Vec<([u8; 4], &'a [u8])>;

/// Everything of the file that is published.
struct Movie<'a> {
    brands: Vec<[u8; 4]>,
    minor: [u8; 4],
    mvhd: &'a [u8],
    tkhd: &'a [u8],
    elst: Option<&'a [u8]>,
    mdhd: &'a [u8],
    entry: Vec<u8>,
    /// The sample tables other than the chunk offsets.
    tables: Tables<'a>,
    chunks: Vec<Range<usize>>,
    duration_ms: u64,
}

/// Reads a published (or any) M4A: checks it is whole and measures it.
pub(super) fn read(b: &[u8]) -> Result<Reading, AudioError> {
    let movie = movie(b)?;
    Ok(Reading {
        format: AudioFormat::M4a,
        duration_ms: movie.duration_ms,
    })
}

/// The M4A rebuilt with only its sound track.
pub(super) fn strip(b: &[u8]) -> Result<Vec<u8>, AudioError> {
    Ok(write::write(b, &movie(b)?))
}

fn movie(b: &[u8]) -> Result<Movie<'_>, AudioError> {
    let top = children(b, 0..b.len(), true)?;
    let ftyp = top
        .first()
        .filter(|a| &a.kind == b"ftyp")
        .ok_or_else(|| damaged("it does not start with ftyp"))?;
    let (brands, minor) = brands(ftyp.body(b))?;
    if top.iter().any(|a| matches!(&a.kind, b"moof" | b"mfra")) {
        return Err(unsupported("fragmented MP4"));
    }
    let mut moovs = top.iter().filter(|a| &a.kind == b"moov");
    let moov = *moovs
        .next()
        .ok_or_else(|| damaged("no moov atom: the recording may not have been finished"))?;
    if moovs.next().is_some() {
        return Err(damaged("two moov atoms"));
    }
    let parts = inside(b, &moov)?;
    if parts.iter().any(|a| &a.kind == b"mvex") {
        return Err(unsupported("fragmented MP4"));
    }
    let mvhd = parts
        .iter()
        .find(|a| &a.kind == b"mvhd")
        .ok_or_else(|| damaged("no movie header (mvhd)"))?;
    let mvhd = versioned(mvhd.body(b), 100, 112)?;
    let mut sound = Vec::new();
    for trak in parts.iter().filter(|a| &a.kind == b"trak") {
        let Some(mdia) = find(b, trak, b"mdia")? else { continue };
        let Some(hdlr) = find(b, &mdia, b"hdlr")? else { continue };
        if array(hdlr.body(b), 8)? == *b"soun" {
            sound.push((*trak, mdia));
        }
    }
    let (trak, mdia) = match sound[..] {
        [] => {
            return Err(AudioError::NoAudio {
                container: Container::Mp4,
            });
        }
        [one] => one,
        _ => return Err(unsupported("it has several sound tracks")),
    };
    let tkhd = versioned(need(b, &trak, b"tkhd", "no track header (tkhd)")?.body(b), 84, 96)?;
    let elst = match find(b, &trak, b"edts")? {
        Some(edts) => find(b, &edts, b"elst")?
            .map(|elst| {
                let body = elst.body(b);
                table(body, 0, if body.first() == Some(&1) { 20 } else { 12 })
            })
            .transpose()?,
        None => None,
    };
    let mdhd = versioned(need(b, &mdia, b"mdhd", "no media header (mdhd)")?.body(b), 24, 36)?;
    let minf = need(b, &mdia, b"minf", "no media information (minf)")?;
    if let Some(dinf) = find(b, &minf, b"dinf")? {
        self_contained(b, &dinf)?;
    }
    let stbl = need(b, &minf, b"stbl", "no sample table (stbl)")?;
    let (entry, tables) = sample_tables(b, &stbl)?;
    let table_of = |kind: &[u8; 4]| tables.iter().find(|t| &t.0 == kind).map(|t| t.1).unwrap_or_default();
    let (stts, stsc, stsz) = (table_of(b"stts"), table_of(b"stsc"), table_of(b"stsz"));
    let (offsets, wide) = chunk_offsets(b, &stbl)?;
    let chunks = chunks(offsets, wide, stsc, stsz)?;
    // The atoms are in file order: the mdat a chunk can be in is the last one starting before it.
    let mdats: Vec<&Atom> = top.iter().filter(|a| &a.kind == b"mdat").collect();
    for chunk in &chunks {
        let after = mdats.partition_point(|m| m.body <= chunk.start);
        let held = after.checked_sub(1).is_some_and(|i| chunk.end <= mdats[i].end);
        if !held {
            return Err(damaged("some audio is missing: the file may have been cut short"));
        }
    }
    let samples = be32(stsz, 8)?;
    if samples == 0 {
        return Err(AudioError::NoAudio {
            container: Container::Mp4,
        });
    }
    let duration_ms = duration_ms(mvhd, mdhd, elst, stts, samples)?;
    Ok(Movie {
        brands,
        minor,
        mvhd,
        tkhd,
        elst,
        mdhd,
        entry,
        tables,
        chunks,
        duration_ms,
    })
}

/// The brands of `ftyp` (the major one first) and its minor version. Brands are four printable
/// characters; anything else in the atom is left behind.
fn brands(ftyp: &[u8]) -> Result<(Vec<[u8; 4]>, [u8; 4]), AudioError> {
    let mut brands = vec![array::<4>(ftyp, 0)?];
    let minor = array(ftyp, 4)?;
    let compatible = ftyp[8..].chunks_exact(4).filter_map(|c| <[u8; 4]>::try_from(c).ok());
    brands.extend(compatible.take(16));
    brands.retain(|brand| brand.iter().all(|c| (0x20..0x7f).contains(c)));
    if brands.is_empty() {
        brands.push(*b"M4A ");
    }
    Ok((brands, minor))
}

/// The sample description and the sample tables that are kept, as (kind, body) in the order
/// they are written, each exactly as long as its entries. The chunk offsets are not among
/// them: they are written new.
fn sample_tables<'a>(b: &'a [u8], stbl: &Atom) -> Result<(Vec<u8>, Tables<'a>), AudioError> {
    let atoms = inside(b, stbl)?;
    let get = |kind: &[u8; 4]| atoms.iter().find(|a| &a.kind == kind).map(|a| a.body(b));
    let entry = sample_entry(b, stbl)?;
    let stts = table(get(b"stts").ok_or_else(|| damaged("no sample times (stts)"))?, 0, 8)?;
    let stsc = get(b"stsc").ok_or_else(|| damaged("no sample-to-chunk table (stsc)"))?;
    let stsz = match get(b"stsz") {
        Some(body) if be32(body, 4)? != 0 => exact(body, Some(12))?,
        Some(body) => table(body, 4, 4)?,
        None if get(b"stz2").is_some() => return Err(unsupported("compact sample sizes (stz2)")),
        None => return Err(damaged("no sample sizes (stsz)")),
    };
    let mut tables = vec![(*b"stts", stts)];
    if let Some(body) = get(b"ctts") {
        tables.push((*b"ctts", table(body, 0, 8)?));
    }
    tables.push((*b"stsc", table(stsc, 0, 12)?));
    tables.push((*b"stsz", stsz));
    if let Some(body) = get(b"stss") {
        tables.push((*b"stss", table(body, 0, 4)?));
    }
    for atom in &atoms {
        if let Some(group) = sample_group(atom.kind, atom.body(b))? {
            tables.push((atom.kind, group));
        }
    }
    Ok((entry, tables))
}

/// The chunk offsets table (`stco`, or `co64` with 64-bit offsets) and whether it is `co64`.
fn chunk_offsets<'a>(b: &'a [u8], stbl: &Atom) -> Result<(&'a [u8], bool), AudioError> {
    match (find(b, stbl, b"stco")?, find(b, stbl, b"co64")?) {
        (Some(stco), _) => Ok((table(stco.body(b), 0, 4)?, false)),
        (None, Some(co64)) => Ok((table(co64.body(b), 0, 8)?, true)),
        (None, None) => Err(damaged("no chunk offsets (stco)")),
    }
}

/// Refuses a track whose samples live in another file (a `dref` entry without flag 1).
fn self_contained(b: &[u8], dinf: &Atom) -> Result<(), AudioError> {
    let Some(dref) = find(b, dinf, b"dref")? else {
        return Ok(());
    };
    let body = dref.body(b);
    let start = dref.body + 8.min(body.len());
    for entry in children(b, start..dref.end, false)? {
        if array::<4>(entry.body(b), 0)?[3] & 1 == 0 {
            return Err(unsupported("its audio is kept in another file"));
        }
    }
    Ok(())
}

/// The one sample description, rebuilt with only what decodes AAC. An encrypted entry or
/// another codec is refused with its name.
fn sample_entry(b: &[u8], stbl: &Atom) -> Result<Vec<u8>, AudioError> {
    let stsd = need(b, stbl, b"stsd", "no sample description (stsd)")?;
    if be32(stsd.body(b), 4)? != 1 {
        return Err(unsupported("several sample descriptions"));
    }
    let entries = children(b, (stsd.body + 8).min(stsd.end)..stsd.end, false)?;
    let [entry] = entries[..] else {
        return Err(damaged("the sample description is inconsistent"));
    };
    match &entry.kind {
        b"mp4a" => {}
        b"enca" | b"drms" => return Err(unsupported("the audio is protected (DRM)")),
        b"samr" | b"sawb" => return Err(unsupported("the audio is AMR, not AAC")),
        b"alac" => return Err(unsupported("the audio is ALAC (lossless), not AAC")),
        b"Opus" => return Err(unsupported("the audio is Opus inside MP4, not AAC")),
        _ => return Err(unsupported("the audio is not AAC")),
    }
    let body = entry.body(b);
    // reserved 6, data reference 2, version 2, revision 2, vendor 4, then the sound fields;
    // QuickTime's version 1 and 2 descriptions add 16 and 36 bytes.
    let fixed = match be16(body, 8)? {
        0 => 28,
        1 => 44,
        2 => 64,
        _ => return Err(damaged("the sample description has an unknown version")),
    };
    let fields = exact(body, Some(fixed))?;
    let mut out = vec![0, 0, 0, 0, 0, 0, 0, 1];
    out.extend_from_slice(&fields[8..12]);
    out.extend_from_slice(&[0; 4]);
    out.extend_from_slice(&fields[16..]);
    for child in children(b, entry.body + fixed..entry.end, false)? {
        match &child.kind {
            b"esds" | b"btrt" | b"chan" => out.extend_from_slice(child.whole(b)),
            b"wave" => {
                let mut wave = Vec::new();
                for inner in inside(b, &child)? {
                    if matches!(&inner.kind, b"frma" | b"mp4a" | b"esds" | b"enda" | b"\0\0\0\0") {
                        wave.extend_from_slice(inner.whole(b));
                    }
                }
                put(&mut out, b"wave", &wave);
            }
            _ => {}
        }
    }
    let mut stsd = vec![0, 0, 0, 0, 0, 0, 0, 1];
    put(&mut stsd, b"mp4a", &out);
    Ok(stsd)
}

/// A sample group of the audio kinds (`roll`, `prol`: how many packets a decoder needs before
/// the one it starts at), exactly as long as its entries; other groups are left behind.
fn sample_group(kind: [u8; 4], body: &[u8]) -> Result<Option<&[u8]>, AudioError> {
    if !matches!(&kind, b"sgpd" | b"sbgp") || !matches!(body.get(4..8), Some(b"roll" | b"prol")) {
        return Ok(None);
    }
    let version = body[0];
    Ok(Some(match (&kind, version) {
        (b"sbgp", 0) => table(body, 4, 8)?,
        (b"sbgp", 1) => table(body, 8, 8)?,
        (b"sgpd", 0) => table(body, 4, 2)?,
        (b"sgpd", 1) if be32(body, 8)? == 2 => table(body, 8, 2)?,
        _ => return Ok(None),
    }))
}
