//! MP3: only the chain of MPEG layer III frames is kept. Tags are not frames, so ID3v2 (at the
//! start, several, or appended with a footer), ID3v1, APE, Lyrics3 and any junk between them
//! are left behind without having to be recognised. The Xing/Info frame (with the LAME tag) is
//! a frame and stays: it holds frame and byte counts, a seek table, the encoder's delay and
//! padding and its version, nothing about the person, and players need it for seeking and
//! gapless playback.

use std::ops::Range;

use super::{AudioError, AudioFormat, Container, Reading};

/// How far past the tags at the start the first frame is looked for.
const SEARCH: usize = 64 * 1024;

/// A layer III frame header: the frame's length, and what must stay the same along a stream.
#[derive(Debug, Clone, Copy)]
struct Frame {
    len: usize,
    samples: u32,
    rate: u32,
    stream: (u8, u8),
}

/// The fields of any MPEG audio frame header at `at`: version, layer, bitrate and sample-rate
/// indexes, padding. `None` when the bytes there cannot be one.
fn header(b: &[u8], at: usize) -> Option<(u8, u8, usize, usize, usize)> {
    let h = b.get(at..at.checked_add(4)?)?;
    if h[0] != 0xff || h[1] & 0xe0 != 0xe0 {
        return None;
    }
    let (version, layer) = ((h[1] >> 3) & 3, (h[1] >> 1) & 3);
    let (bitrate, rate) = (usize::from(h[2] >> 4), usize::from((h[2] >> 2) & 3));
    // version 1 and layer 0 are reserved (layer 0 is also how ADTS AAC starts)
    if version == 1 || layer == 0 || bitrate == 15 || rate == 3 {
        return None;
    }
    Some((version, layer, bitrate, rate, usize::from((h[2] >> 1) & 1)))
}

/// The layer III frame at `at`, if it is one and all of it is there.
fn frame(b: &[u8], at: usize) -> Option<Frame> {
    const MPEG1: [u32; 15] = [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320];
    const MPEG2: [u32; 15] = [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160];
    const RATES: [[u32; 3]; 4] = [
        [11025, 12000, 8000],
        [0; 3],
        [22050, 24000, 16000],
        [44100, 48000, 32000],
    ];
    let (version, layer, bitrate, rate_index, padding) = header(b, at)?;
    if layer != 1 || bitrate == 0 {
        return None;
    }
    let (kbps, samples) = if version == 3 {
        (MPEG1[bitrate], 1152)
    } else {
        (MPEG2[bitrate], 576)
    };
    let rate = RATES[usize::from(version)][rate_index];
    let len = (samples / 8 * kbps * 1000 / rate) as usize + padding;
    b.get(at..at.checked_add(len)?)?;
    Some(Frame {
        len,
        samples,
        rate,
        stream: (version, rate_index as u8),
    })
}

/// Whether `b` starts with an MPEG audio frame of any layer (layers I and II are recognised
/// to be refused by name).
pub(super) fn starts_with_frame(b: &[u8]) -> bool {
    header(b, 0).is_some()
}

/// Whether `b` starts like raw AAC (ADTS): a 12-bit sync and layer 0.
pub(super) fn starts_with_adts(b: &[u8]) -> bool {
    b.len() >= 7 && b[0] == 0xff && b[1] & 0xf6 == 0xf0
}

/// The length of an ID3v2 tag at `at` (header, body, footer), if one starts there.
fn id3v2(b: &[u8], at: usize) -> Option<usize> {
    let h = b.get(at..at.checked_add(10)?)?;
    if &h[..3] != b"ID3" || h[3] == 0xff || h[4] == 0xff || h[6..].iter().any(|&x| x >= 0x80) {
        return None;
    }
    let size = h[6..].iter().fold(0usize, |n, &x| n << 7 | usize::from(x));
    Some(10 + size + if h[5] & 0x10 != 0 { 10 } else { 0 })
}

/// Whether `count` frames of `stream` follow one another from `at`, or (when `to_end`) frames
/// of it reach the end of the file: a recording of one or two frames.
fn run(b: &[u8], mut at: usize, stream: (u8, u8), count: usize, to_end: bool) -> bool {
    for _ in 0..count {
        match frame(b, at) {
            Some(f) if f.stream == stream => at += f.len,
            _ => return false,
        }
        if to_end && at == b.len() {
            return true;
        }
    }
    true
}

/// The frames of the stream, in order, and the stream's first frame header.
fn frames(b: &[u8]) -> Result<(Vec<Range<usize>>, Frame), AudioError> {
    let mut at = 0;
    while let Some(len) = id3v2(b, at) {
        at += len;
    }
    if at >= b.len() {
        return Err(if at == b.len() {
            AudioError::NoAudio {
                container: Container::Mp3,
            }
        } else {
            damaged("the ID3 tag is longer than the file")
        });
    }
    let first = (at..b.len().min(at + SEARCH))
        .find(|&i| frame(b, i).is_some_and(|f| run(b, i, f.stream, 3, true)))
        .ok_or_else(|| no_frames(b, at))?;
    let head = frame(b, first).ok_or_else(|| no_frames(b, at))?;
    let mut frames = Vec::new();
    let mut at = first;
    loop {
        while let Some(f) = frame(b, at).filter(|f| f.stream == head.stream) {
            frames.push(at..at + f.len);
            at += f.len;
        }
        // Not a frame: tags or junk after the audio, or a damaged spot inside it. The audio
        // goes on only where four frames of the same stream follow one another again (a tag's
        // bytes could pass for one frame, never for a chain of them).
        match (at + 1..b.len()).find(|&i| run(b, i, head.stream, 4, false)) {
            Some(next) => at = next,
            None => break,
        }
    }
    Ok((frames, head))
}

fn damaged(detail: &'static str) -> AudioError {
    AudioError::Damaged {
        container: Container::Mp3,
        detail,
    }
}

/// Why no frame was found after the tags at `at`: another kind of MPEG audio, or none.
fn no_frames(b: &[u8], at: usize) -> AudioError {
    let unsupported = |detail| AudioError::Unsupported {
        container: Container::Mp3,
        detail,
    };
    match header(b, at) {
        Some((_, 2 | 3, ..)) => unsupported("it is MPEG layer I or II (MP2), not MP3"),
        Some((_, _, 0, ..)) => unsupported("it is a free-format MP3"),
        _ if starts_with_adts(&b[at..]) => AudioError::UnknownFormat {
            looks_like: Some("raw AAC (ADTS)"),
        },
        _ => damaged("no MPEG audio frames were found"),
    }
}

/// Whether the first frame is the Xing/Info or VBRI frame, which carries no audio.
fn is_info_frame(b: &[u8], at: usize, head: &Frame) -> bool {
    let mono = b.get(at + 3).is_some_and(|&mode| mode >> 6 == 3);
    let crc = b.get(at + 1).is_some_and(|&x| x & 1 == 0);
    let side = match (head.stream.0 == 3, mono) {
        (true, true) => 17,
        (true, false) => 32,
        (false, true) => 9,
        (false, false) => 17,
    };
    let tag = 4 + side + if crc { 2 } else { 0 };
    matches!(b.get(at + tag..at + tag + 4), Some(b"Xing" | b"Info")) || b.get(at + 36..at + 40) == Some(b"VBRI")
}

/// Reads an MP3: checks there are frames and measures them.
pub(super) fn read(b: &[u8]) -> Result<Reading, AudioError> {
    let (frames, head) = frames(b)?;
    let info = frames.first().is_some_and(|f| is_info_frame(b, f.start, &head));
    let audio = frames.len() as u64 - u64::from(info);
    Ok(Reading {
        format: AudioFormat::Mp3,
        duration_ms: audio * u64::from(head.samples) * 1000 / u64::from(head.rate),
    })
}

/// The MP3's frames and nothing else.
pub(super) fn strip(b: &[u8]) -> Result<Vec<u8>, AudioError> {
    let (frames, _) = frames(b)?;
    let mut out = Vec::with_capacity(b.len());
    for frame in frames {
        out.extend_from_slice(&b[frame]);
    }
    Ok(out)
}
