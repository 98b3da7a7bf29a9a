//! Documents made from the same inputs as last time are reused: each renderer writes a manifest
//! of the hash of every file's inputs, and the next build takes unchanged files from the
//! previous build (the output folder for `build`, memory for `serve`).

use std::collections::BTreeMap;
use std::hash::Hasher;
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

use siphasher::sip::SipHasher13;

use super::{Context, Output, OutputFile, Previous, RenderError, Sink};
use crate::diag::Diagnostics;
use crate::load::Blob;
use crate::theme::Theme;
use crate::typeset::Document;

/// The previous build's manifest of one renderer.
pub struct Reuse<'a> {
    previous: &'a dyn Previous,
    hashes: BTreeMap<String, String>,
}

impl<'a> Reuse<'a> {
    /// The manifest `name` of the previous build; an unreadable one just means nothing is reused.
    pub fn load(previous: &'a dyn Previous, name: &str) -> Reuse<'a> {
        let hashes = previous
            .read(name)
            .and_then(|bytes| serde_json::from_slice(&bytes).ok())
            .unwrap_or_default();
        Reuse { previous, hashes }
    }

    /// The previous bytes of `path` if they were made from inputs with this `hash` and still
    /// start with `magic` (a damaged file is made again).
    pub fn get(&self, path: &str, hash: &str, magic: &[u8]) -> Option<Blob> {
        if !self.unchanged(path, hash) {
            return None;
        }
        self.previous.read(path).filter(|bytes| bytes.starts_with(magic))
    }

    /// Like [`Reuse::get`], for a file nothing of this build reads: the previous file itself,
    /// which the write stage links into the new output instead of copying its bytes.
    pub fn keep(&self, path: &str, hash: &str, magic: &[u8]) -> Option<OutputFile> {
        if !self.unchanged(path, hash) {
            return None;
        }
        self.previous.reuse(path, magic)
    }

    fn unchanged(&self, path: &str, hash: &str) -> bool {
        self.hashes.get(path).map(String::as_str) == Some(hash)
    }
}

/// A file a renderer made or reused, with the hash of its inputs (`None`: not known, so not
/// listed for reuse) and whether it was made anew.
pub struct Made {
    pub file: OutputFile,
    pub hash: Option<String>,
    pub fresh: bool,
}

/// A job's one file is its output.
impl IntoIterator for Made {
    type Item = Made;
    type IntoIter = std::iter::Once<Made>;

    fn into_iter(self) -> Self::IntoIter {
        std::iter::once(self)
    }
}

/// Runs `make` on every job in parallel, hands each file to `sink` as soon as it is made, and
/// at the end the manifest `name` for the next build. A job makes one file ([`Made`]) or
/// several (a `Vec`: a deck of slides and its notes). Every problem of every job is reported;
/// the build stops early only when it is cancelled or the sink fails. Returns how many files
/// were made anew and how many reused.
pub fn run<J: Sync, M: IntoIterator<Item = Made>, E: Into<Diagnostics>>(
    context: &Context,
    sink: &dyn Sink,
    (output, name): (Output, &str),
    jobs: &[J],
    make: impl Fn(&J) -> Result<M, E> + Sync,
) -> Result<(usize, usize), RenderError> {
    context.progress.start(output, jobs.len());
    let hashes = Mutex::new(BTreeMap::new());
    let outcomes: Vec<Result<Vec<bool>, RenderError>> = on_threads(jobs, context.background, |job| {
        context.cancel.check()?;
        let mut fresh = Vec::new();
        for made in make(job).map_err(|problems| RenderError::Problems(problems.into()))? {
            if let Some(hash) = made.hash {
                hashes
                    .lock()
                    .unwrap_or_else(std::sync::PoisonError::into_inner)
                    .insert(made.file.path.clone(), hash);
            }
            sink.put(made.file)?;
            fresh.push(made.fresh);
        }
        context.progress.advance(output);
        Ok(fresh)
    });
    context.progress.finish(output);
    let outcomes = outcomes
        .into_iter()
        .flat_map(|outcome| match outcome {
            Ok(files) => files.into_iter().map(Ok).collect::<Vec<_>>(),
            Err(error) => vec![Err(error)],
        })
        .collect();
    let (made, reused) = tally(outcomes)?;
    let hashes = hashes.into_inner().unwrap_or_else(std::sync::PoisonError::into_inner);
    sink.put(OutputFile::new(
        name,
        serde_json::to_vec_pretty(&hashes).unwrap_or_default(),
    ))?;
    Ok((made, reused))
}

/// `f` of every job, in the order of `jobs`, run on as many threads as the build has, each
/// taking the next job when it is done with one. Not on rayon's workers: typst and krilla wait
/// for their background work with `rayon::yield_now`, which on a rayon worker starts another of
/// our documents on top of the waiting one; documents piled up (1.3 GB for 2,000 handouts) and
/// the two threads mostly waited on each other. From these threads, their background work goes
/// to rayon's global pool, and waiting is only waiting. `background`: the threads yield to
/// what the author waits for.
fn on_threads<J: Sync, R: Send>(jobs: &[J], background: bool, f: impl Fn(&J) -> R + Sync) -> Vec<R> {
    let next = AtomicUsize::new(0);
    let threads = rayon::current_num_threads().clamp(1, jobs.len().max(1));
    let mut done: Vec<(usize, R)> = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads)
            .map(|_| {
                std::thread::Builder::new()
                    .stack_size(super::STACK_SIZE)
                    .spawn_scoped(scope, || {
                        if background {
                            super::priority::yield_to_foreground();
                        }
                        let mut done = Vec::new();
                        loop {
                            let i = next.fetch_add(1, Ordering::Relaxed);
                            let Some(job) = jobs.get(i) else { break done };
                            done.push((i, f(job)));
                        }
                    })
                    .expect("a thread for the build")
            })
            .collect();
        workers
            .into_iter()
            .flat_map(|w| w.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic)))
            .collect()
    });
    done.sort_by_key(|(i, _)| *i);
    done.into_iter().map(|(_, r)| r).collect()
}

/// Counts the jobs that made their file anew (`Ok(true)`) and those that reused it, and
/// gathers every job's problems; a cancelled build or a failed sink ends it at once.
pub fn tally(outcomes: Vec<Result<bool, RenderError>>) -> Result<(usize, usize), RenderError> {
    let mut diagnostics = Diagnostics::default();
    let (mut made, mut reused) = (0, 0);
    for outcome in outcomes {
        match outcome {
            Ok(true) => made += 1,
            Ok(false) => reused += 1,
            Err(RenderError::Problems(d)) => diagnostics.extend(d),
            Err(other) => return Err(other),
        }
    }
    if diagnostics.has_errors() {
        return Err(RenderError::Problems(diagnostics));
    }
    Ok((made, reused))
}

/// Everything of the theme a typst document (handout, booklet or card) can read, and this
/// program's version.
pub fn fingerprint(theme: &Theme) -> u64 {
    let mut hasher = SipHasher13::new();
    hasher.write(env!("CARGO_PKG_VERSION").as_bytes());
    for dir in crate::typeset::THEME_DIRS {
        for (path, bytes) in theme.files_under(dir) {
            hasher.write(dir.as_bytes());
            hasher.write(path.as_bytes());
            hasher.write(bytes);
        }
    }
    hasher.finish()
}

/// `value` into `hasher`, serialized as CBOR (strings as they are, each with its length: no
/// escaping, which made half of the hashing's time as JSON).
pub fn hash_value(hasher: &mut SipHasher13, value: &impl serde::Serialize) {
    struct Writer<'h>(&'h mut SipHasher13);
    impl std::io::Write for Writer<'_> {
        fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
            self.0.write(bytes);
            Ok(bytes.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }
    // CBOR comes in many small writes (a header, then the text), each a call into the hasher
    // with its own bookkeeping: gathered first, they are hashed in large pieces.
    let mut buffered = std::io::BufWriter::with_capacity(16 * 1024, Writer(hasher));
    // Serializing typed data cannot fail: a failure would only leave the hash shorter.
    let _ = ciborium::into_writer(value, &mut buffered);
    let _ = std::io::Write::flush(&mut buffered);
}

/// 16 hex digits over a document's every input.
pub fn hash_document(fingerprint: u64, document: &Document, extra: &str) -> String {
    let mut hasher = SipHasher13::new();
    hasher.write_u64(fingerprint);
    hasher.write(extra.as_bytes());
    hasher.write(document.main.as_bytes());
    hasher.write(document.today.to_string().as_bytes());
    for (path, bytes) in &document.files {
        hasher.write(path.as_bytes());
        hasher.write_u64(bytes.len() as u64);
        hasher.write(bytes);
    }
    format!("{:016x}", hasher.finish())
}

#[cfg(test)]
mod tests {
    use std::cell::Cell;

    use super::*;

    #[test]
    fn a_document_waiting_for_background_work_starts_no_other_on_its_thread() {
        // typst and krilla hand work to rayon and wait with `rayon::yield_now`; on a rayon
        // worker that started more of our documents on top of the waiting one (1.3 GB).
        thread_local!(static IN_FLIGHT: Cell<usize> = const { Cell::new(0) });
        let most = AtomicUsize::new(0);
        let jobs: Vec<usize> = (0..64).collect();
        let pool = rayon::ThreadPoolBuilder::new().num_threads(2).build().unwrap();
        pool.install(|| {
            on_threads(&jobs, false, |_| {
                IN_FLIGHT.with(|n| n.set(n.get() + 1));
                most.fetch_max(IN_FLIGHT.with(Cell::get), Ordering::Relaxed);
                let (done, wait) = std::sync::mpsc::channel();
                rayon::spawn(move || {
                    std::thread::sleep(std::time::Duration::from_millis(2));
                    let _ = done.send(());
                });
                while let Some(rayon::Yield::Executed) = rayon::yield_now() {}
                wait.recv().unwrap();
                IN_FLIGHT.with(|n| n.set(n.get() - 1));
            })
        });
        assert_eq!(most.into_inner(), 1);
    }

    /// The calling thread's nice value, as Linux reports it.
    #[cfg(target_os = "linux")]
    fn nice() -> i32 {
        let stat = std::fs::read_to_string("/proc/thread-self/stat").unwrap();
        // After the name in parentheses: state is field 3, nice field 19.
        let fields: Vec<&str> = stat[stat.rfind(')').unwrap() + 1..].split_whitespace().collect();
        fields[16].parse().unwrap()
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn a_previews_documents_yield_the_processor_to_what_the_author_waits_for() {
        let jobs: Vec<usize> = (0..4).collect();
        let ours = nice();
        // Linux's lowest (also when the tests themselves run under `nice`).
        let background = on_threads(&jobs, true, |_| nice());
        assert_eq!(background, vec![19; 4]);
        // A build's documents (and a preview's pages) keep the priority they were started with.
        assert_eq!(on_threads(&jobs, false, |_| nice()), vec![ours; 4]);
        assert_eq!(nice(), ours, "the calling thread keeps its own");
    }
}
