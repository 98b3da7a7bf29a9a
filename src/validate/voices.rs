//! Voice notes (`audio:` in a page's front matter): the recording is a file of the campaign's
//! `assets/`, in a format that can be published without its metadata; it is rebuilt here, once,
//! and kept for the outputs. A recording heavy on prepaid data gets a warning that says how to
//! export it smaller.

use std::collections::BTreeMap;
use std::sync::Arc;

use crate::audio::{self, AudioError, Voice};
use crate::diag::{Diagnostic, Diagnostics};
use crate::links::Target;
use crate::load::CampaignSource;
use crate::msg;
use crate::project::Page;

/// Above this, a voice note costs more data than a voice message needs (WhatsApp's are about
/// 16–32 kbit/s).
pub const MAX_KBPS: u32 = 64;
/// Above this, a voice note is a podcast: few listen to the end.
pub const MAX_SECONDS: u64 = 180;

/// The recordings the pages of a campaign name, by their path inside `assets/`, each rebuilt
/// once; every problem reported at the page that names it.
pub fn check(source: &CampaignSource, pages: &[Page], diagnostics: &mut Diagnostics) -> BTreeMap<String, Arc<Voice>> {
    let mut voices: BTreeMap<String, Result<Arc<Voice>, AudioError>> = BTreeMap::new();
    for page in pages {
        // A recording is published only as a voice note: a link to the file would lead nowhere.
        for link in &page.links {
            if let Target::Asset(rel) = &link.target
                && source
                    .assets
                    .get(rel.as_str())
                    .is_some_and(|bytes| audio::is_recording(bytes))
            {
                let (line, col) = crate::diag::line_col(&page.body, link.offset);
                diagnostics.push(
                    Diagnostic::error(
                        &page.path,
                        line + page.body_line - 1,
                        col,
                        msg!("audio-linked", file = rel),
                    )
                    .with_hint(msg!("audio-linked-hint", file = rel)),
                );
            }
        }
        let Some(written) = page.audio.as_deref() else { continue };
        let line = page.lines.audio;
        let rel = page.audio_asset().unwrap_or("");
        let Some(bytes) = source.assets.get(rel) else {
            diagnostics.push(
                Diagnostic::error(&page.path, line, 0, msg!("audio-missing", file = written)).with_hint(msg!(
                    "audio-missing-hint",
                    dir = format!("campaigns/{}/assets", source.slug)
                )),
            );
            continue;
        };
        let voice = voices
            .entry(rel.to_string())
            .or_insert_with(|| audio::publish(bytes).map(Arc::new));
        match voice {
            Ok(voice) => {
                let seconds = voice.duration_ms / 1000;
                if voice.bitrate_kbps > MAX_KBPS || seconds > MAX_SECONDS {
                    diagnostics.push(
                        Diagnostic::warning(
                            &page.path,
                            line,
                            0,
                            msg!(
                                "audio-heavy",
                                file = written,
                                kbps = voice.bitrate_kbps,
                                duration = audio::clock(voice.duration_ms),
                                size = format!("{:.0} KB", voice.bytes.len() as f64 / 1024.0)
                            ),
                        )
                        .with_hint(msg!(
                            "audio-heavy-hint",
                            kbps = MAX_KBPS,
                            minutes = MAX_SECONDS / 60
                        )),
                    );
                }
            }
            Err(error) => {
                let message = match error {
                    AudioError::UnknownFormat { looks_like } => {
                        msg!(
                            "audio-unknown-format",
                            file = written,
                            looks_like = looks_like.unwrap_or("none")
                        )
                    }
                    AudioError::Damaged { container, detail } => {
                        msg!(
                            "audio-damaged",
                            file = written,
                            container = container.to_string(),
                            detail = *detail
                        )
                    }
                    AudioError::Unsupported { container, detail } => {
                        msg!(
                            "audio-unsupported",
                            file = written,
                            container = container.to_string(),
                            detail = *detail
                        )
                    }
                    AudioError::NoAudio { container } => {
                        msg!("audio-no-sound", file = written, container = container.to_string())
                    }
                };
                diagnostics.push(
                    Diagnostic::error(&page.path, line, 0, message)
                        .with_hint(msg!("audio-export-hint", formats = audio::ACCEPTED)),
                );
            }
        }
    }
    voices
        .into_iter()
        .filter_map(|(rel, voice)| voice.ok().map(|v| (rel, v)))
        .collect()
}
