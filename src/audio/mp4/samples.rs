//! Where the samples of the track are, and how long they play.

use std::ops::Range;

use super::super::AudioError;
use super::atoms::{be32, be64, damaged};

/// How long the track plays: the edit list's duration (it skips the encoder's priming samples),
/// trusted only as far as the samples reach; else the samples' own duration.
pub(super) fn duration_ms(
    mvhd: &[u8],
    mdhd: &[u8],
    elst: Option<&[u8]>,
    stts: &[u8],
    samples: u32,
) -> Result<u64, AudioError> {
    let media_timescale = timescale(mdhd)?;
    let media_ms = millis(media_ticks(stts, samples)?, media_timescale)?;
    let movie_timescale = timescale(mvhd)?;
    let edited_ms = match elst {
        Some(elst) => millis(edited_ticks(elst)?, movie_timescale)?,
        None => 0,
    };
    Ok(if edited_ms > 0 && edited_ms <= media_ms {
        edited_ms
    } else {
        media_ms
    })
}

/// The timescale (ticks per second) of `mvhd` or `mdhd`: after the two dates, which are 32 or
/// 64 bits wide by the header's version.
fn timescale(header: &[u8]) -> Result<u32, AudioError> {
    be32(header, if header.first() == Some(&1) { 20 } else { 12 })
}

fn millis(ticks: u64, timescale: u32) -> Result<u64, AudioError> {
    if timescale == 0 {
        return Err(damaged("a timescale is zero"));
    }
    Ok(u64::try_from(u128::from(ticks) * 1000 / u128::from(timescale)).unwrap_or(u64::MAX))
}

/// Where each chunk of samples is in the file, from the chunk offsets, the sample-to-chunk
/// runs and the sample sizes, which must agree.
pub(super) fn chunks(offsets: &[u8], wide: bool, stsc: &[u8], stsz: &[u8]) -> Result<Vec<Range<usize>>, AudioError> {
    let disagree = || damaged("the sample tables disagree");
    let count = be32(offsets, 4)? as usize;
    let fixed = be32(stsz, 4)?;
    let samples = be32(stsz, 8)? as usize;
    let runs = be32(stsc, 4)? as usize;
    let mut out: Vec<Range<usize>> = Vec::with_capacity(count);
    let mut sample = 0usize;
    for run in 0..runs {
        let first = be32(stsc, 8 + 12 * run)? as usize;
        let per = be32(stsc, 12 + 12 * run)? as usize;
        let next = match run + 1 < runs {
            true => be32(stsc, 8 + 12 * (run + 1))? as usize,
            false => count + 1,
        };
        if first != out.len() + 1 || next <= first || next > count + 1 {
            return Err(disagree());
        }
        for _ in first..next {
            let i = out.len();
            let end = sample
                .checked_add(per)
                .filter(|&end| end <= samples)
                .ok_or_else(disagree)?;
            let len = if fixed != 0 {
                per as u64 * u64::from(fixed)
            } else {
                (sample..end).try_fold(0u64, |sum, s| {
                    Ok::<_, AudioError>(sum.saturating_add(u64::from(be32(stsz, 12 + 4 * s)?)))
                })?
            };
            let start = if wide {
                be64(offsets, 8 + 8 * i)?
            } else {
                u64::from(be32(offsets, 8 + 4 * i)?)
            };
            let range = usize::try_from(start)
                .ok()
                .zip(start.checked_add(len).and_then(|end| usize::try_from(end).ok()))
                .ok_or_else(disagree)?;
            out.push(range.0..range.1);
            sample = end;
        }
    }
    if out.len() != count || sample != samples {
        return Err(disagree());
    }
    Ok(out)
}

/// The duration of the samples in the media's timescale; `stts` must count every sample.
fn media_ticks(stts: &[u8], samples: u32) -> Result<u64, AudioError> {
    let (mut counted, mut ticks) = (0u64, 0u64);
    for i in 0..be32(stts, 4)? as usize {
        let count = u64::from(be32(stts, 8 + 8 * i)?);
        counted += count;
        ticks = ticks.saturating_add(count * u64::from(be32(stts, 12 + 8 * i)?));
    }
    if counted != u64::from(samples) {
        return Err(damaged("the sample tables disagree"));
    }
    Ok(ticks)
}

/// How long the edit list plays, in the movie's timescale.
fn edited_ticks(elst: &[u8]) -> Result<u64, AudioError> {
    let wide = elst.first() == Some(&1);
    let mut ticks = 0u64;
    for i in 0..be32(elst, 4)? as usize {
        let duration = if wide {
            be64(elst, 8 + 20 * i)?
        } else {
            u64::from(be32(elst, 8 + 12 * i)?)
        };
        ticks = ticks.saturating_add(duration);
    }
    Ok(ticks)
}
