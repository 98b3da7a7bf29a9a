//! The fixtures are 1 s recordings made by `tests/fixtures/audio/make-fixtures.sh`, tagged the
//! way phones and editors tag them (title, artist, date, a location atom or a GPS comment, the
//! device, a cover picture, chapters).

use proptest::prelude::*;

use super::*;

fn fixture(name: &str) -> Vec<u8> {
    let path = format!("{}/tests/fixtures/audio/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// What the fixtures' tags say, and their pictures' and tools' marks: none may be published.
const SENTINELS: [&str; 24] = [
    "Nota de voz",
    "Ana",
    "Casa de",
    "Calle 5",
    "Pista de",
    "Phone of",
    "Acme",
    "14.63",
    "090.50",
    "-90.50",
    "2024",
    "GPS",
    "xmpmeta",
    "Lavf",
    "ffmpeg",
    "ncoder",
    "PNG",
    "JFIF",
    "image/",
    "TITLE",
    "ARTIST",
    "APETAGEX",
    "TAG",
    "ID3",
];

/// Names of atoms that hold metadata; none may be left in a published M4A.
const METADATA_ATOMS: [&[u8]; 10] = [
    b"udta", b"meta", b"ilst", b"\xa9xyz", b"loci", b"chpl", b"tref", b"uuid", b"keys", b"free",
];

/// Every tagged fixture, the format it is published as, and how long ffprobe says it plays.
const TAGGED: [(&str, AudioFormat, u64); 5] = [
    ("tagged.m4a", AudioFormat::M4a, 1000),
    ("tagged-phone.m4a", AudioFormat::M4a, 1000),
    ("tagged.mp3", AudioFormat::Mp3, 1032),
    ("tagged.opus", AudioFormat::Opus, 1006),
    ("tagged.ogg", AudioFormat::Vorbis, 1000),
];

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

#[test]
fn tagged_recordings_are_published_with_no_tag_left() {
    for (name, format, _) in TAGGED {
        let original = fixture(name);
        let voice = publish(&original).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(voice.format, format, "{name}");
        let tagged = SENTINELS.iter().filter(|s| contains(&original, s.as_bytes())).count();
        assert!(tagged >= 8, "{name}: the fixture is tagged ({tagged} marks)");
        let left: Vec<_> = SENTINELS
            .iter()
            .filter(|s| contains(&voice.bytes, s.as_bytes()))
            .collect();
        assert!(left.is_empty(), "{name}: {left:?} left in the published file");
        assert!(voice.bytes.len() < original.len(), "{name}");
    }
}

#[test]
fn durations_and_bitrates_are_those_of_the_published_file() {
    for (name, format, ms) in TAGGED {
        let voice = publish(&fixture(name)).unwrap();
        assert!(
            voice.duration_ms.abs_diff(ms) <= 50,
            "{name}: {} ms, not {ms}",
            voice.duration_ms
        );
        let kbps = voice.bytes.len() as f64 * 8.0 / voice.duration_ms as f64;
        assert!(
            (f64::from(voice.bitrate_kbps) - kbps).abs() <= 0.5,
            "{name}: {}",
            voice.bitrate_kbps
        );
        assert_eq!((voice.mime, voice.extension), (format.mime(), format.extension()));
    }
}

#[test]
fn publishing_is_deterministic_and_publishing_again_changes_nothing() {
    for (name, ..) in TAGGED {
        let once = publish(&fixture(name)).unwrap();
        assert_eq!(once, publish(&fixture(name)).unwrap(), "{name}");
        let twice = publish(&once.bytes).unwrap();
        assert_eq!(once, twice, "{name}: a published file is published as it is");
    }
}

/// The atoms one after another in `b[range]`: (kind, start, end).
fn atoms(b: &[u8], range: std::ops::Range<usize>) -> Vec<([u8; 4], usize, usize)> {
    let mut out = Vec::new();
    let mut at = range.start;
    while at + 8 <= range.end {
        let size = u32::from_be_bytes(b[at..at + 4].try_into().unwrap()) as usize;
        let size = if size == 0 { range.end - at } else { size };
        out.push((b[at + 4..at + 8].try_into().unwrap(), at, at + size));
        at += size;
    }
    out
}

#[test]
fn an_m4a_keeps_only_its_sound_track_with_no_dates() {
    for name in ["tagged.m4a", "tagged-phone.m4a"] {
        let voice = publish(&fixture(name)).unwrap();
        let b = &voice.bytes;
        let kinds: Vec<[u8; 4]> = atoms(b, 0..b.len()).iter().map(|a| a.0).collect();
        assert_eq!(kinds, [*b"ftyp", *b"moov", *b"mdat"], "{name}: fast start, one mdat");
        for atom in METADATA_ATOMS {
            assert!(!contains(b, atom), "{name}: {} left", String::from_utf8_lossy(atom));
        }
        assert_eq!(b.windows(4).filter(|w| w == b"trak").count(), 1, "{name}: one track");
        // mvhd, tkhd and mdhd (version 0): creation and modification times are zero
        for header in [b"mvhd", b"tkhd", b"mdhd"] {
            let at = b.windows(4).position(|w| w == header).unwrap() + 4;
            assert_eq!(
                &b[at + 4..at + 12],
                &[0; 8],
                "{name}: {}",
                String::from_utf8_lossy(header)
            );
        }
    }
    // The phone's recording has the same audio, cut in the same 3 chunks, without the bytes of
    // another track between them: both files publish the same samples.
    let plain = publish(&fixture("tagged.m4a")).unwrap();
    let phone = publish(&fixture("tagged-phone.m4a")).unwrap();
    let mdat = |b: &[u8]| atoms(b, 0..b.len())[2];
    let (p, q) = (mdat(&plain.bytes), mdat(&phone.bytes));
    assert_eq!(plain.bytes[p.1 + 8..p.2], phone.bytes[q.1 + 8..q.2]);
}

#[test]
fn an_ogg_comment_header_is_left_empty() {
    let opus = publish(&fixture("tagged.opus")).unwrap().bytes;
    let at = opus.windows(8).position(|w| w == b"OpusTags").unwrap();
    assert_eq!(&opus[at + 8..at + 16], &[0; 8], "no vendor, no comments");
    let vorbis = publish(&fixture("tagged.ogg")).unwrap().bytes;
    let at = vorbis.windows(7).position(|w| w == b"\x03vorbis").unwrap();
    assert_eq!(
        &vorbis[at + 7..at + 16],
        &[0, 0, 0, 0, 0, 0, 0, 0, 1],
        "and the framing bit"
    );
}

#[test]
fn an_mp3_keeps_its_info_frame_and_nothing_around_its_frames() {
    let original = fixture("tagged.mp3");
    let voice = publish(&original).unwrap();
    assert_eq!(&voice.bytes[..2], &[0xff, 0xfb], "starts with a frame");
    assert!(
        contains(&voice.bytes[..200], b"Info"),
        "the Info (CBR Xing) frame stays"
    );
    // the frames are the original's, byte for byte, in one piece
    assert!(contains(&original, &voice.bytes));
}

#[test]
fn files_that_are_not_voice_notes_are_named_when_they_can_be() {
    assert_eq!(
        publish(&fixture("unreadable.m4a")),
        Err(AudioError::UnknownFormat { looks_like: None })
    );
    assert_eq!(publish(&[]), Err(AudioError::UnknownFormat { looks_like: None }));
    let wav = [&b"RIFF\x24\0\0\0WAVEfmt "[..], &[0; 32]].concat();
    assert_eq!(
        publish(&wav),
        Err(AudioError::UnknownFormat {
            looks_like: Some("WAV")
        })
    );
    let adts = [0xff, 0xf1, 0x50, 0x80, 0x02, 0x1f, 0xfc, 0, 0];
    let error = publish(&adts).unwrap_err();
    assert_eq!(
        error,
        AudioError::UnknownFormat {
            looks_like: Some("raw AAC (ADTS)")
        }
    );
    assert!(error.to_string().contains(ACCEPTED), "{error}");
}

#[test]
fn a_recording_cut_short_is_damaged() {
    let error = publish(&fixture("truncated.m4a")).unwrap_err();
    assert!(
        matches!(
            error,
            AudioError::Damaged {
                container: Container::Mp4,
                ..
            }
        ),
        "{error:?}"
    );
    assert!(
        error.to_string().starts_with("the M4A file is damaged or cut short"),
        "{error}"
    );
    for (name, ..) in TAGGED {
        let b = fixture(name);
        // cut inside the audio (the Ogg header pages and the M4A header are whole at 2/3)
        let cut = &b[..b.len() * 2 / 3 + 1];
        match publish(cut) {
            Err(AudioError::Damaged { .. }) => {}
            // an MP3 has no index to miss: its whole frames are published
            Ok(voice) if name.ends_with(".mp3") => assert!(voice.duration_ms < 1000),
            other => panic!("{name}: {other:?}"),
        }
    }
}

/// Every prefix of every fixture (and a few bytes flipped) is published or refused, never a
/// panic.
#[test]
fn no_cut_of_a_fixture_panics() {
    for (name, ..) in TAGGED {
        let b = fixture(name);
        for len in (0..b.len()).filter(|len| len % 7 == 0 || *len < 600 || b.len() - len < 300) {
            let _ = publish(&b[..len]);
        }
    }
}

/// A canonical M4A (as published) with its `stco` turned into a `co64`: every container on the
/// way grows by 4 bytes per chunk, and so does every offset.
fn with_co64(b: &[u8]) -> Vec<u8> {
    let top = atoms(b, 0..b.len());
    let (moov, mdat) = (top[1], top[2]);
    let mut path = vec![moov];
    for kind in [b"trak", b"mdia", b"minf", b"stbl", b"stco"] {
        let parent = path[path.len() - 1];
        let body = parent.1 + 8..parent.2;
        path.push(*atoms(b, body).iter().find(|a| &a.0 == kind).unwrap());
    }
    let stco = path.pop().unwrap();
    let count = u32::from_be_bytes(b[stco.1 + 12..stco.1 + 16].try_into().unwrap()) as usize;
    let grow = 4 * count;
    let mut co64 = ((16 + 8 * count) as u32).to_be_bytes().to_vec();
    co64.extend_from_slice(b"co64");
    co64.extend_from_slice(&b[stco.1 + 8..stco.1 + 16]);
    for i in 0..count {
        let offset = u32::from_be_bytes(b[stco.1 + 16 + 4 * i..stco.1 + 20 + 4 * i].try_into().unwrap());
        co64.extend_from_slice(&(u64::from(offset) + grow as u64).to_be_bytes());
    }
    let mut out = [&b[..stco.1], &co64[..], &b[stco.2..mdat.2]].concat();
    for container in path {
        let size = u32::from_be_bytes(out[container.1..container.1 + 4].try_into().unwrap());
        out[container.1..container.1 + 4].copy_from_slice(&(size + grow as u32).to_be_bytes());
    }
    out
}

#[test]
fn an_m4a_is_read_whatever_its_atoms_sizes_and_offsets_look_like() {
    let published = publish(&fixture("tagged.m4a")).unwrap().bytes;
    let mdat = atoms(&published, 0..published.len())[2];
    // an mdat whose size is 0: "to the end of the file"
    let mut open = published.clone();
    open[mdat.1..mdat.1 + 4].fill(0);
    assert_eq!(publish(&open).unwrap().bytes, published);
    // 64-bit offsets (co64)
    assert_eq!(publish(&with_co64(&published)).unwrap().bytes, published);
    // an mdat with a 64-bit size: its header is 8 bytes longer, and so is every offset
    let mut large = with_co64(&published);
    let mdat = atoms(&large, 0..large.len())[2];
    let payload = large[mdat.1 + 8..].to_vec();
    large.truncate(mdat.1);
    large.extend_from_slice(&1u32.to_be_bytes());
    large.extend_from_slice(b"mdat");
    large.extend_from_slice(&(payload.len() as u64 + 16).to_be_bytes());
    large.extend_from_slice(&payload);
    let at = large.windows(4).position(|w| w == b"co64").unwrap() + 12;
    let first = u64::from_be_bytes(large[at..at + 8].try_into().unwrap());
    large[at..at + 8].copy_from_slice(&(first + 8).to_be_bytes());
    assert_eq!(publish(&large).unwrap().bytes, published);
}

#[test]
fn an_m4a_without_aac_is_refused_by_what_it_holds() {
    let published = publish(&fixture("tagged.m4a")).unwrap().bytes;
    let replace = |from: &[u8; 4], to: &[u8; 4]| {
        let mut b = published.clone();
        let at = b.windows(4).position(|w| w == from).unwrap();
        b[at..at + 4].copy_from_slice(to);
        publish(&b)
    };
    let unsupported = |detail| {
        Err(AudioError::Unsupported {
            container: Container::Mp4,
            detail,
        })
    };
    assert_eq!(
        replace(b"mp4a", b"alac"),
        unsupported("the audio is ALAC (lossless), not AAC")
    );
    assert_eq!(replace(b"mp4a", b"enca"), unsupported("the audio is protected (DRM)"));
    assert_eq!(replace(b"mp4a", b"samr"), unsupported("the audio is AMR, not AAC"));
    assert_eq!(replace(b"moov", b"moof"), unsupported("fragmented MP4"));
    assert_eq!(
        replace(b"soun", b"vide"),
        Err(AudioError::NoAudio {
            container: Container::Mp4
        })
    );
}

#[test]
fn an_mp3_loses_tags_at_both_ends_and_junk_before_its_frames() {
    let frames = publish(&fixture("tagged.mp3")).unwrap().bytes;
    let id3 = |body: &[u8], footer: bool| {
        let size = body.len() as u32;
        let synchsafe = [
            (size >> 21) as u8 & 0x7f,
            (size >> 14) as u8 & 0x7f,
            (size >> 7) as u8 & 0x7f,
            size as u8 & 0x7f,
        ];
        let flags = if footer { 0x10 } else { 0 };
        let mut tag = [&b"ID3\x04\x00"[..], &[flags], &synchsafe, body].concat();
        if footer {
            tag.extend_from_slice(&[&b"3DI\x04\x00"[..], &[flags], &synchsafe].concat());
        }
        tag
    };
    let ape = [&b"APETAGEX\xd0\x07\0\0"[..], &[0; 24], b"Artist\0Ana Perez"].concat();
    let lyrics = b"LYRICSBEGININD00002-- Ana P --000021LYRICS200";
    let id3v1 = [&b"TAGNota de voz de Ana"[..], &[0; 107]].concat();
    let tagged = [
        &id3(b"TIT2\0\0\0\x0c\0\0\x03Nota de voz", false)[..],
        &id3(b"TPE1\0\0\0\x06\0\0\x03Ana P", false),
        &[0; 300],
        &frames,
        &ape,
        lyrics,
        &id3(b"COMM GPS 14.6349,-90.5069", true),
        &id3v1,
    ]
    .concat();
    assert_eq!(publish(&tagged).unwrap().bytes, frames);
    let layer2 = [&[0xff, 0xfd, 0x50, 0xc4][..], &[0; 400]].concat();
    let error = publish(&layer2).unwrap_err();
    assert!(
        matches!(
            error,
            AudioError::Unsupported {
                container: Container::Mp3,
                ..
            }
        ),
        "{error:?}"
    );
    assert_eq!(
        publish(&id3(b"only a tag", false)),
        Err(AudioError::NoAudio {
            container: Container::Mp3
        })
    );
}

/// The Ogg file `b` again, with `comment` as its comment header, paged as an encoder would.
fn with_comment(b: &[u8], comment: &[u8]) -> Vec<u8> {
    let pages = ogg::pages(b).unwrap();
    let first = &pages[0];
    let serial = first.serial;
    let mut out = Vec::new();
    let sequence = ogg::write_packets(&mut out, serial, 0, &[first.data]);
    let sequence = ogg::write_packets(&mut out, serial, sequence, &[comment]);
    for (i, page) in pages[2..].iter().enumerate() {
        ogg::write_page(
            &mut out,
            page.flags,
            page.granule,
            serial,
            sequence + i as u32,
            page.lacing,
            page.data,
        );
    }
    out
}

#[test]
fn an_opus_comment_over_many_pages_is_replaced_whole() {
    let original = fixture("tagged.opus");
    let published = publish(&original).unwrap().bytes;
    let picture = format!("METADATA_BLOCK_PICTURE={}", "QW5hIGVuIGxhIGNhc2E=".repeat(8000));
    let mut comment = b"OpusTags\x06\0\0\0ffmpeg\x02\0\0\0".to_vec();
    for field in ["TITLE=Nota de voz de Ana", &picture] {
        comment.extend_from_slice(&(field.len() as u32).to_le_bytes());
        comment.extend_from_slice(field.as_bytes());
    }
    let big = with_comment(&original, &comment);
    assert!(big.windows(4).filter(|w| w == b"OggS").count() >= ogg::pages(&original).unwrap().len() + 2);
    assert_eq!(publish(&big).unwrap().bytes, published);
}

#[test]
fn an_ogg_with_another_stream_or_a_bad_checksum_is_refused() {
    let original = fixture("tagged.opus");
    let mut other = original.clone();
    let last = other.windows(4).rposition(|w| w == b"OggS").unwrap();
    other[last + 14] ^= 1;
    assert!(matches!(
        publish(&other),
        Err(AudioError::Damaged {
            container: Container::Ogg,
            ..
        })
    ));
    let pages = ogg::pages(&original).unwrap();
    let mut two = original.clone();
    let page = &pages[pages.len() - 1];
    ogg::write_page(
        &mut two,
        page.flags,
        page.granule,
        page.serial + 1,
        99,
        page.lacing,
        page.data,
    );
    let error = publish(&two).unwrap_err();
    assert_eq!(
        error,
        AudioError::Unsupported {
            container: Container::Ogg,
            detail: "it holds several streams"
        }
    );
}

/// Gives every whole page of an Ogg file its right checksum, so that damage reaches the code
/// behind the checksum test.
fn fix_checksums(b: &mut [u8]) {
    let mut at = 0;
    while b.len() >= at + 27 && &b[at..at + 4] == b"OggS" {
        let segments = usize::from(b[at + 26]);
        let Some(lacing) = b.get(at + 27..at + 27 + segments) else {
            return;
        };
        let end = at + 27 + segments + lacing.iter().map(|&x| usize::from(x)).sum::<usize>();
        if end > b.len() {
            return;
        }
        let sum = ogg::crc(&[&b[at..at + 22], &[0; 4], &b[at + 26..end]]);
        b[at + 22..at + 26].copy_from_slice(&sum.to_le_bytes());
        at = end;
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn damaged_fixtures_never_panic(which in 0..TAGGED.len(), flips in prop::collection::vec((any::<usize>(), any::<u8>()), 1..8)) {
        let mut b = fixture(TAGGED[which].0);
        for (at, value) in flips {
            let len = b.len();
            b[at % len] = value;
        }
        if b.starts_with(b"OggS") {
            fix_checksums(&mut b);
        }
        if let Ok(voice) = publish(&b) {
            prop_assert_eq!(publish(&voice.bytes).map(|v| v.bytes), Ok(voice.bytes.clone()));
        }
    }

    #[test]
    fn random_bytes_never_panic(magic in 0..4usize, tail in prop::collection::vec(any::<u8>(), 0..4096)) {
        let start: &[u8] = [&b"\0\0\0\x18ftypM4A \0\0\0\0"[..], b"OggS\0\x02", b"ID3\x03\0\0\0\0\0\x10", b"\xff\xfb\x50\xc4"][magic];
        let _ = publish(&[start, &tail].concat());
    }
}
