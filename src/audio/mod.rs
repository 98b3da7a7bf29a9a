//! Voice notes for people who read little: an author's recording (M4A/AAC, MP3, Ogg Opus or Ogg
//! Vorbis) is published with **nothing but its audio**. Phones write names, dates, places (a
//! location atom, GPS in a comment), device models and cover pictures into recordings; none of
//! that reaches readers, because every writer here is a whitelist: it copies the audio packets
//! unchanged and writes again only the structure a player needs to play them, so a kind of tag
//! we have never heard of is left behind too (the way [`crate::imaging`] keeps only pixels).
//!
//! The public API is one call and its result:
//!
//! - [`publish`]`(bytes)` → [`Voice`]: the format is read from the bytes (never the file's name),
//!   the file is rebuilt without metadata, and the rebuilt bytes are read again for their
//!   duration and bitrate, so the figures describe what readers download.
//! - [`AudioError`]: why a file cannot be published, with the container it looked like and a
//!   technical detail, for a message to its author.
//!
//! Per format, each in its own module:
//!
//! - `mp4` (M4A): `ftyp` + a whitelisted `moov` with the one sound track (dates in
//!   `mvhd`/`tkhd`/`mdhd` zeroed, handler names empty, no `udta`/`meta`/`uuid`, no chapter or
//!   text track) + one `mdat` holding only that track's chunks, chunk offsets rewritten. The
//!   output is "fast start" (the header first), good for `preload="none"`.
//! - `mp3`: the chain of MPEG layer III frames (the Xing/Info frame included); ID3v2 at either
//!   end, ID3v1, APE, Lyrics3 and junk are left out.
//! - `ogg` (Opus, Vorbis): the comment header replaced by an empty one (no vendor, no
//!   comments, no pictures), pages numbered again with their checksums.
//!
//! Pure work on bytes, deterministic (the same input gives the same output, byte for byte), and
//! never a panic on any input: every size and offset read from a file is checked against the
//! bytes there are. Memory stays within a small multiple of the input's size. The loader
//! limits how large an asset may be.
//!
//! Durations and bitrates come from our own reading of the rebuilt file rather than from a tag
//! library: the figures are in the structures the writers must parse anyway (`mdhd`/`elst` and
//! `stts`, the frames, the last granule position), and lofty, which cannot remove the metadata
//! we must remove, would have added four crates for what these few lines do.

mod mp3;
mod mp4;
mod ogg;

use std::fmt;

/// Raise when what is published changes: it can be part of every published voice note's name.
pub const VERSION: u32 = 1;

/// The formats that are accepted, in words for an author.
pub const ACCEPTED: &str = "M4A (AAC), MP3, Ogg Opus or Ogg Vorbis";

/// A recording ready to publish: only its audio, and what a page shows about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Voice {
    /// The file to publish: the original's audio packets, no metadata.
    pub bytes: Vec<u8>,
    pub format: AudioFormat,
    /// How long it plays, in milliseconds.
    pub duration_ms: u64,
    /// What a reader downloads per second of it: the published file's size × 8 ÷ its duration,
    /// in kbit/s, rounded (this is the figure a data budget needs, not the codec's nominal one).
    pub bitrate_kbps: u32,
    /// The media type for `<source type>` (with the codec for Ogg, so a browser that cannot play
    /// it skips it): [`AudioFormat::mime`].
    pub mime: &'static str,
    /// The usual file extension, without the dot: [`AudioFormat::extension`].
    pub extension: &'static str,
}

/// The published formats: a container and the codec inside it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum AudioFormat {
    /// AAC in an MPEG-4 file (`.m4a`: iPhone voice memos, most Android recorders, WhatsApp).
    M4a,
    /// MPEG-1/2/2.5 layer III.
    Mp3,
    /// Opus in Ogg (`.opus`, `.ogg`: WhatsApp and Telegram voice notes, Firefox recordings).
    Opus,
    /// Vorbis in Ogg.
    Vorbis,
}

impl AudioFormat {
    pub fn mime(self) -> &'static str {
        match self {
            AudioFormat::M4a => "audio/mp4",
            AudioFormat::Mp3 => "audio/mpeg",
            AudioFormat::Opus => "audio/ogg; codecs=opus",
            AudioFormat::Vorbis => "audio/ogg; codecs=vorbis",
        }
    }

    pub fn extension(self) -> &'static str {
        match self {
            AudioFormat::M4a => "m4a",
            AudioFormat::Mp3 => "mp3",
            AudioFormat::Opus => "opus",
            AudioFormat::Vorbis => "ogg",
        }
    }

    /// The container the format is in, which is what an author knows a file as.
    pub fn container(self) -> Container {
        match self {
            AudioFormat::M4a => Container::Mp4,
            AudioFormat::Mp3 => Container::Mp3,
            AudioFormat::Opus | AudioFormat::Vorbis => Container::Ogg,
        }
    }
}

impl fmt::Display for AudioFormat {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            AudioFormat::M4a => "M4A (AAC)",
            AudioFormat::Mp3 => "MP3",
            AudioFormat::Opus => "Ogg Opus",
            AudioFormat::Vorbis => "Ogg Vorbis",
        })
    }
}

/// The kind of file a recording was recognised as, from its first bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Container {
    /// MPEG-4 (`.m4a`, `.mp4`, `.3gp`, `.mov`): a file that starts with an `ftyp` atom.
    Mp4,
    Mp3,
    Ogg,
}

impl fmt::Display for Container {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Container::Mp4 => "M4A",
            Container::Mp3 => "MP3",
            Container::Ogg => "Ogg",
        })
    }
}

/// Why a recording cannot be published. The variant picks the sentence for its author; the
/// `detail` (technical, in English) can go inside it as a value.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AudioError {
    /// Not a recording in a format we publish. `looks_like` names what it seems to be instead
    /// (`"WAV"`, `"FLAC"`, `"raw AAC (ADTS)"`…), when that can be told.
    #[error("not a recording altavoz can publish{}: voice notes must be {ACCEPTED}", looks_like_words(*.looks_like))]
    UnknownFormat { looks_like: Option<&'static str> },
    /// Recognised, but cut short or inconsistent: the file is damaged.
    #[error("the {container} file is damaged or cut short ({detail})")]
    Damaged { container: Container, detail: &'static str },
    /// Readable, but a kind of recording we do not publish (another codec inside, DRM, several
    /// tracks or streams, fragmented MP4, free-format MP3…); exporting it again fixes it.
    #[error("the {container} file cannot be published as it is ({detail}); export it again as {ACCEPTED}")]
    Unsupported { container: Container, detail: &'static str },
    /// A well-formed file with no sound in it (a video without a sound track, only tags, only
    /// the Ogg headers, or a duration of zero).
    #[error("the {container} file holds no audio")]
    NoAudio { container: Container },
}

fn looks_like_words(looks_like: Option<&str>) -> String {
    looks_like
        .map(|kind| format!(" (it looks like {kind})"))
        .unwrap_or_default()
}

/// What a format's reader learns about a file: enough to know it is whole, and how long it is.
struct Reading {
    format: AudioFormat,
    duration_ms: u64,
}

/// How long a recording plays, as a player shows it: `1:05` for 65 seconds.
pub fn clock(duration_ms: u64) -> String {
    let seconds = (duration_ms + 500) / 1000;
    format!("{}:{:02}", seconds / 60, seconds % 60)
}

/// Publishes a recording: its audio and nothing else, with its duration and bitrate.
pub fn publish(bytes: &[u8]) -> Result<Voice, AudioError> {
    let stripped = match sniff(bytes)? {
        Container::Mp4 => mp4::strip(bytes)?,
        Container::Mp3 => mp3::strip(bytes)?,
        Container::Ogg => ogg::strip(bytes)?,
    };
    // Read what will be published, not the original: the figures describe the rebuilt file,
    // and a file we could not read back is never published.
    let reading = match sniff(&stripped)? {
        Container::Mp4 => mp4::read(&stripped)?,
        Container::Mp3 => mp3::read(&stripped)?,
        Container::Ogg => ogg::read(&stripped)?,
    };
    if reading.duration_ms == 0 {
        return Err(AudioError::NoAudio {
            container: reading.format.container(),
        });
    }
    let bits = stripped.len() as u64 * 8;
    let bitrate_kbps = u32::try_from((bits + reading.duration_ms / 2) / reading.duration_ms).unwrap_or(u32::MAX);
    Ok(Voice {
        bytes: stripped,
        format: reading.format,
        duration_ms: reading.duration_ms,
        bitrate_kbps,
        mime: reading.format.mime(),
        extension: reading.format.extension(),
    })
}

/// The container of a recording, from its first bytes; other kinds of file are named when they
/// can be, so the message to the author can say what they gave.
/// Whether `bytes` are a recording or a video, of a kind this module publishes or not (WAV,
/// FLAC, WebM, AMR, CAF, AIFF, WMA, raw AAC, RIFF in general): such a file is published only as
/// a voice note, rebuilt, never as it is, whatever its name says.
pub fn is_recording(bytes: &[u8]) -> bool {
    match sniff(bytes) {
        Ok(_) => true,
        Err(AudioError::UnknownFormat { looks_like }) => looks_like.is_some() || bytes.starts_with(b"RIFF"),
        Err(_) => true,
    }
}

fn sniff(bytes: &[u8]) -> Result<Container, AudioError> {
    let at = |range: std::ops::Range<usize>| bytes.get(range).unwrap_or_default();
    if at(4..8) == b"ftyp" {
        return Ok(Container::Mp4);
    }
    if bytes.starts_with(b"OggS") {
        return Ok(Container::Ogg);
    }
    if bytes.starts_with(b"ID3") || mp3::starts_with_frame(bytes) {
        return Ok(Container::Mp3);
    }
    let looks_like = if bytes.starts_with(b"RIFF") && at(8..12) == b"WAVE" {
        Some("WAV")
    } else if bytes.starts_with(b"fLaC") {
        Some("FLAC")
    } else if bytes.starts_with(&[0x1a, 0x45, 0xdf, 0xa3]) {
        Some("WebM or Matroska")
    } else if bytes.starts_with(b"#!AMR") {
        Some("AMR")
    } else if bytes.starts_with(b"caff") {
        Some("Core Audio (CAF)")
    } else if bytes.starts_with(b"FORM") && matches!(at(8..12), b"AIFF" | b"AIFC") {
        Some("AIFF")
    } else if bytes.starts_with(&[0x30, 0x26, 0xb2, 0x75]) {
        Some("WMA")
    } else if mp3::starts_with_adts(bytes) {
        Some("raw AAC (ADTS)")
    } else {
        None
    };
    Err(AudioError::UnknownFormat { looks_like })
}

#[cfg(test)]
mod tests;
