//! Ogg Opus (RFC 7845) and Ogg Vorbis: the comment header, where every tag lives (title,
//! artist, date, location, the encoder's vendor string and `METADATA_BLOCK_PICTURE` pictures),
//! is replaced by an empty one: no vendor, no comments. The identification header (and
//! Vorbis's setup header) and every audio page are kept as they are; the header packets are
//! paged again and every page gets its new sequence number and checksum.
//!
//! One logical stream only: a file with several (a chained or multiplexed Ogg, a skeleton
//! track) is refused rather than half understood.

use std::ops::Range;

use super::{AudioError, AudioFormat, Container, Reading};

fn damaged(detail: &'static str) -> AudioError {
    AudioError::Damaged {
        container: Container::Ogg,
        detail,
    }
}

/// Flags of a page header.
const CONTINUED: u8 = 0x01;
const FIRST: u8 = 0x02;

/// A page, pointing into the file.
pub(super) struct Page<'a> {
    pub(super) flags: u8,
    pub(super) granule: u64,
    pub(super) serial: u32,
    pub(super) lacing: &'a [u8],
    pub(super) data: &'a [u8],
}

impl Page<'_> {
    /// The packets (or pieces of one) of the page: ranges into `data`, and whether each ends
    /// on this page.
    fn pieces(&self) -> Vec<(Range<usize>, bool)> {
        let mut out = Vec::new();
        let (mut start, mut at) = (0, 0);
        for &len in self.lacing {
            at += usize::from(len);
            if len < 255 {
                out.push((start..at, true));
                start = at;
            }
        }
        if start < at {
            out.push((start..at, false));
        }
        out
    }
}

/// The Ogg checksum of `parts` one after another: CRC-32, polynomial 0x04C11DB7, no
/// reflection, initial value 0.
pub(super) fn crc(parts: &[&[u8]]) -> u32 {
    const TABLE: [u32; 256] = {
        let mut table = [0u32; 256];
        let mut i = 0;
        while i < 256 {
            let mut r = (i as u32) << 24;
            let mut bit = 0;
            while bit < 8 {
                r = if r & 0x8000_0000 != 0 {
                    (r << 1) ^ 0x04c1_1db7
                } else {
                    r << 1
                };
                bit += 1;
            }
            table[i] = r;
            i += 1;
        }
        table
    };
    parts
        .iter()
        .flat_map(|part| part.iter())
        .fold(0u32, |c, &x| (c << 8) ^ TABLE[usize::from((c >> 24) as u8 ^ x)])
}

pub(super) fn pages(b: &[u8]) -> Result<Vec<Page<'_>>, AudioError> {
    let mut pages = Vec::new();
    let mut at = 0;
    while at < b.len() {
        let cut = || damaged("a page is cut short");
        let header = b.get(at..at + 27).ok_or_else(cut)?;
        if &header[..4] != b"OggS" || header[4] != 0 {
            return Err(damaged("a page is not where the previous one ends"));
        }
        let segments = usize::from(header[26]);
        let lacing = b.get(at + 27..at + 27 + segments).ok_or_else(cut)?;
        let len: usize = lacing.iter().map(|&x| usize::from(x)).sum();
        let end = at + 27 + segments + len;
        let data = b.get(at + 27 + segments..end).ok_or_else(cut)?;
        let sum = crc(&[&b[at..at + 22], &[0; 4], &b[at + 26..end]]);
        if sum != u32::from_le_bytes([header[22], header[23], header[24], header[25]]) {
            return Err(damaged("a page's checksum is wrong"));
        }
        let field = |range: Range<usize>| header[range].iter().rev().fold(0u64, |n, &x| n << 8 | u64::from(x));
        pages.push(Page {
            flags: header[5],
            granule: field(6..14),
            serial: field(14..18) as u32,
            lacing,
            data,
        });
        at = end;
    }
    Ok(pages)
}

/// The stream read: its codec, its header packets and the pages of audio after them.
struct Stream<'a> {
    format: AudioFormat,
    serial: u32,
    headers: Vec<Vec<u8>>,
    audio: &'a [Page<'a>],
}

fn stream<'a>(pages: &'a [Page<'a>]) -> Result<Stream<'a>, AudioError> {
    let first = pages.first().ok_or_else(|| damaged("it has no pages"))?;
    if pages.iter().any(|p| p.serial != first.serial) {
        return Err(AudioError::Unsupported {
            container: Container::Ogg,
            detail: "it holds several streams",
        });
    }
    let (format, count, comment): (_, _, &[u8]) = if first.data.starts_with(b"OpusHead") {
        (AudioFormat::Opus, 2, b"OpusTags")
    } else if first.data.starts_with(b"\x01vorbis") {
        (AudioFormat::Vorbis, 3, b"\x03vorbis")
    } else {
        let looks_like = [
            (&b"\x7fFLAC"[..], "Ogg FLAC"),
            (b"Speex", "Ogg Speex"),
            (b"\x80theora", "Ogg Theora video"),
        ]
        .into_iter()
        .find_map(|(magic, name)| first.data.starts_with(magic).then_some(name));
        return Err(AudioError::UnknownFormat { looks_like });
    };
    if first.flags & FIRST == 0 || pages[1..].iter().any(|p| p.flags & FIRST != 0) {
        return Err(damaged("the stream's first page is not marked as such"));
    }
    // The headers, which end where a page ends: both specifications start the audio on a page
    // of its own, after the identification header alone on the first page.
    let mut headers: Vec<Vec<u8>> = Vec::new();
    let mut packet = Vec::new();
    let mut next = 0;
    while headers.len() < count {
        let page = pages.get(next).ok_or_else(|| damaged("the headers are cut short"))?;
        let (continues, inside_packet) = (page.flags & CONTINUED != 0, !packet.is_empty());
        if continues != inside_packet {
            return Err(damaged("a header packet is broken across pages"));
        }
        for (range, ends) in page.pieces() {
            if headers.len() == count {
                return Err(damaged("audio starts on a header page"));
            }
            packet.extend_from_slice(&page.data[range]);
            if ends {
                headers.push(std::mem::take(&mut packet));
            }
        }
        next += 1;
        if next == 1 && headers.len() != 1 {
            return Err(damaged("the first page holds more than the identification header"));
        }
    }
    if !headers[1].starts_with(comment) {
        return Err(damaged("the comment header is missing"));
    }
    let minimum = if format == AudioFormat::Opus { 19 } else { 30 };
    if headers[0].len() < minimum {
        return Err(damaged("the identification header is cut short"));
    }
    let audio = &pages[next..];
    if audio.first().is_some_and(|p| p.flags & CONTINUED != 0) {
        return Err(damaged("the audio starts inside a header packet"));
    }
    Ok(Stream {
        format,
        serial: first.serial,
        headers,
        audio,
    })
}

pub(super) fn write_page(
    out: &mut Vec<u8>,
    flags: u8,
    granule: u64,
    serial: u32,
    sequence: u32,
    lacing: &[u8],
    data: &[u8],
) {
    let start = out.len();
    out.extend_from_slice(b"OggS\0");
    out.push(flags);
    out.extend_from_slice(&granule.to_le_bytes());
    out.extend_from_slice(&serial.to_le_bytes());
    out.extend_from_slice(&sequence.to_le_bytes());
    out.extend_from_slice(&[0; 4]);
    out.push(lacing.len() as u8);
    out.extend_from_slice(lacing);
    out.extend_from_slice(data);
    let sum = crc(&[&out[start..]]);
    out[start + 22..start + 26].copy_from_slice(&sum.to_le_bytes());
}

/// Pages `packets` (header packets, which end their last page), from page `sequence` on;
/// returns the next sequence number.
pub(super) fn write_packets(out: &mut Vec<u8>, serial: u32, mut sequence: u32, packets: &[&[u8]]) -> u32 {
    let mut lacing = Vec::new();
    for packet in packets {
        lacing.extend(std::iter::repeat_n(255u8, packet.len() / 255));
        lacing.push((packet.len() % 255) as u8);
    }
    let data = packets.concat();
    let (mut at, mut continued) = (0, false);
    for segment in lacing.chunks(255) {
        let len: usize = segment.iter().map(|&x| usize::from(x)).sum();
        let ends = segment.last().is_some_and(|&x| x < 255);
        // a page on which no packet ends has no granule position (all ones)
        let granule = if segment.iter().any(|&x| x < 255) { 0 } else { u64::MAX };
        let mut flags = 0;
        if continued {
            flags |= CONTINUED;
        }
        if sequence == 0 {
            flags |= FIRST;
        }
        write_page(out, flags, granule, serial, sequence, segment, &data[at..at + len]);
        sequence += 1;
        at += len;
        continued = !ends;
    }
    sequence
}

/// Reads an Ogg Opus or Vorbis file: checks its pages and headers and measures it from the
/// last granule position (minus Opus's pre-skip).
pub(super) fn read(b: &[u8]) -> Result<Reading, AudioError> {
    let pages = pages(b)?;
    let stream = stream(&pages)?;
    let last = stream.audio.iter().rev().map(|p| p.granule).find(|&g| g != u64::MAX);
    let Some(last) = last else {
        return Err(AudioError::NoAudio {
            container: Container::Ogg,
        });
    };
    let id = &stream.headers[0];
    let (samples, rate) = match stream.format {
        AudioFormat::Opus => (
            last.saturating_sub(u64::from(u16::from_le_bytes([id[10], id[11]]))),
            48_000,
        ),
        _ => (last, u32::from_le_bytes([id[12], id[13], id[14], id[15]])),
    };
    if rate == 0 {
        return Err(damaged("the sample rate is zero"));
    }
    Ok(Reading {
        format: stream.format,
        duration_ms: u64::try_from(u128::from(samples) * 1000 / u128::from(rate)).unwrap_or(u64::MAX),
    })
}

/// The Ogg file with an empty comment header.
pub(super) fn strip(b: &[u8]) -> Result<Vec<u8>, AudioError> {
    let pages = pages(b)?;
    let stream = stream(&pages)?;
    // vendor: length 0; comments: 0; Vorbis ends its header with a framing bit.
    let mut comment = match stream.format {
        AudioFormat::Opus => b"OpusTags".to_vec(),
        _ => b"\x03vorbis".to_vec(),
    };
    comment.extend_from_slice(&[0; 8]);
    if stream.format == AudioFormat::Vorbis {
        comment.push(1);
    }
    let mut out = Vec::with_capacity(b.len());
    let mut sequence = write_packets(&mut out, stream.serial, 0, &[&stream.headers[0]]);
    let mut rest: Vec<&[u8]> = vec![&comment];
    rest.extend(stream.headers[2..].iter().map(Vec::as_slice));
    sequence = write_packets(&mut out, stream.serial, sequence, &rest);
    for page in stream.audio {
        write_page(
            &mut out,
            page.flags,
            page.granule,
            page.serial,
            sequence,
            page.lacing,
            page.data,
        );
        sequence = sequence.wrapping_add(1);
    }
    Ok(out)
}
