//! What a page costs a reader on prepaid data, measured on the page as built: the first
//! response (the HTML and the stylesheets it links, brotli-compressed, as a server sends them)
//! must fit in the first round trip of a connection (14,600 bytes: ten TCP segments), and all a
//! phone 360 px wide loads (pictures included, lazy ones too) must fit the project's budget.
//! A page that loads from another website or needs JavaScript is reported too. These are
//! warnings: the site still works; `--deny-warnings` makes them errors for CI.

use std::collections::BTreeMap;
use std::path::PathBuf;

use crate::diag::Diagnostic;
use crate::messages::Message;
use crate::msg;

/// The first round trip of a new connection: ten segments of 1,460 bytes (RFC 6928).
pub const FIRST_RESPONSE: u64 = 14_600;
/// The screen width budgets are measured at, in CSS pixels.
pub const SCREEN_WIDTH: u32 = 360;
/// How much narrower than the screen pictures show (the theme's padding), in CSS pixels.
const PADDING: u32 = 32;

pub use crate::render::PageWeight;

/// The size of each file a page may load, as sent over the network (text compressed).
#[derive(Default)]
pub struct Sizes {
    sizes: BTreeMap<String, u64>,
}

impl Sizes {
    /// Records `bytes` at `path` (site-root relative), compressing text formats.
    pub fn add(&mut self, path: &str, bytes: &[u8]) {
        let text = [".css", ".svg", ".html", ".js", ".txt", ".xml", ".json"]
            .iter()
            .any(|ext| path.ends_with(ext));
        let size = if text { compressed(bytes) } else { bytes.len() as u64 };
        self.sizes.insert(path.to_string(), size);
    }

    pub fn get(&self, path: &str) -> Option<u64> {
        self.sizes.get(path).copied()
    }
}

/// The size of `bytes` brotli-compressed at quality 5, as web servers compress pages on the
/// fly: it errs on the safe side (files compressed ahead at quality 11 are about a tenth
/// smaller), and costs well under a millisecond a page where quality 11 costs ten or more.
pub fn compressed(bytes: &[u8]) -> u64 {
    let params = brotli::enc::BrotliEncoderParams {
        quality: 5,
        lgwin: window_bits(bytes.len()),
        size_hint: bytes.len(),
        ..Default::default()
    };
    let mut out = Vec::with_capacity(bytes.len() / 3 + 64);
    match brotli::BrotliCompress(&mut &bytes[..], &mut out, &params) {
        Ok(_) => out.len() as u64,
        Err(_) => bytes.len() as u64,
    }
}

/// The window a server's 22 bits (4 MiB) amount to for `len` bytes: the smallest that holds
/// them, and no less than 17 bits, where brotli at quality 5 would change its match finder. Every
/// match stays in reach, so the size differs by the header's bits at most; the encoder no longer
/// allocates and clears 4 MiB for each page it weighs.
fn window_bits(len: usize) -> i32 {
    let bits = usize::BITS - (len + 16).leading_zeros();
    bits.clamp(17, 22) as i32
}

/// How exact a page's weight must be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Precision {
    /// Every figure as sent (`check` prints them all).
    Exact,
    /// Only whether the page breaks a budget of this many bytes (a build warns of those alone):
    /// a page whose text fits uncompressed cannot break it compressed, so it is not compressed,
    /// and its figures are upper bounds. Compressing is most of the cost of a big site.
    Budget(u64),
}

/// Weighs the page at `page` (its output path) with HTML `html`.
pub fn weigh(page: &str, html: &str, sizes: &Sizes, precision: Precision) -> PageWeight {
    if let Precision::Budget(budget) = precision {
        // Brotli's worst case on text that does not compress: a few bytes of headers.
        let bound = html.len() as u64 + 64;
        let weight = weigh_with(page, html, sizes, bound);
        if weight.first_response <= FIRST_RESPONSE && weight.total <= budget {
            return weight;
        }
    }
    weigh_with(page, html, sizes, compressed(html.as_bytes()))
}

/// The weight of a page whose HTML weighs `html_size` over the network.
fn weigh_with(page: &str, html: &str, sizes: &Sizes, html_size: u64) -> PageWeight {
    let dir = page.rsplit_once('/').map_or("", |(dir, _)| dir);
    let mut first_response = html_size;
    let mut loaded: Vec<(String, u64)> = vec![(page.to_string(), html_size)];
    let mut foreign = Vec::new();
    let mut count = |url: &str, first: bool, loaded: &mut Vec<(String, u64)>, foreign: &mut Vec<String>| {
        let url = url.trim();
        let lower = url.to_ascii_lowercase();
        if lower.starts_with("//") || lower.starts_with("http:") || lower.starts_with("https:") {
            foreign.push(url.to_string());
            return;
        }
        if lower.starts_with("data:") || url.is_empty() {
            return;
        }
        let path = resolve(dir, url);
        if let Some(size) = sizes.get(&path) {
            if first {
                first_response += size;
            }
            if !loaded.iter().any(|(p, _)| *p == path) {
                loaded.push((path, size));
            }
        }
    };
    let mut in_picture_source = false;
    let mut scripts = 0;
    let mut on_demand = 0;
    // After `<audio preload="none">` (closing tags are not seen: until a picture): its sources
    // load when the reader presses play.
    let mut in_player = false;
    for tag in tags(html) {
        let attr = |name: &str| attribute(tag, name);
        let name = tag_name(tag);
        // Pages are written in lower case; only an author's raw HTML may shout.
        let lower;
        let name = if name.bytes().any(|b| b.is_ascii_uppercase()) {
            lower = name.to_ascii_lowercase();
            lower.as_str()
        } else {
            name
        };
        scripts += usize::from(name == "script");
        match name {
            "picture" => {
                in_picture_source = false;
                in_player = false;
            }
            "audio" if attr("preload").is_some_and(|p| p.eq_ignore_ascii_case("none")) => {
                in_player = true;
                if let Some(src) = attr("src") {
                    on_demand += sizes.get(&resolve(dir, &src)).unwrap_or(0);
                }
            }
            "source" if in_player => {
                if let Some(src) = attr("src") {
                    on_demand += sizes.get(&resolve(dir, &src)).unwrap_or(0);
                }
            }
            "source" if !in_picture_source => {
                if let Some(set) = attr("srcset") {
                    count(&pick(&set), false, &mut loaded, &mut foreign);
                    in_picture_source = true;
                }
            }
            "img" if in_picture_source => in_picture_source = false,
            "img" => match attr("srcset") {
                Some(set) => count(&pick(&set), false, &mut loaded, &mut foreign),
                None => count(&attr("src").unwrap_or_default(), false, &mut loaded, &mut foreign),
            },
            "link" => {
                let rel = attr("rel").unwrap_or_default().to_ascii_lowercase();
                if rel
                    .split_whitespace()
                    .any(|r| matches!(r, "stylesheet" | "icon" | "preload" | "modulepreload"))
                {
                    count(
                        &attr("href").unwrap_or_default(),
                        rel.contains("stylesheet"),
                        &mut loaded,
                        &mut foreign,
                    );
                }
            }
            "script" | "iframe" | "video" | "audio" | "embed" | "object" => {
                if let Some(src) = attr("src").or_else(|| attr("data")) {
                    count(&src, false, &mut loaded, &mut foreign);
                }
            }
            _ => {}
        }
    }
    let total = loaded.iter().map(|(_, s)| s).sum();
    let heaviest = loaded.iter().max_by_key(|(_, s)| *s).cloned().unwrap_or_default();
    PageWeight {
        page: page.to_string(),
        first_response,
        total,
        heaviest,
        foreign,
        scripts,
        on_demand,
    }
}

impl PageWeight {
    /// A warning for each budget the page breaks, reported at `source` (the page's file).
    pub fn warnings(&self, source: &PathBuf, budget: u64) -> Vec<Diagnostic> {
        let mut warnings = Vec::new();
        let warn = |message: Message, hint: Message| Diagnostic::warning(source, 0, 0, message).with_hint(hint);
        if self.total > budget {
            warnings.push(warn(
                msg!(
                    "budget-over",
                    page = &self.page,
                    total = kb(self.total),
                    budget = kb(budget),
                    heaviest = &self.heaviest.0,
                    size = kb(self.heaviest.1)
                ),
                msg!("budget-over-hint"),
            ));
        }
        if self.first_response > FIRST_RESPONSE {
            warnings.push(warn(
                msg!(
                    "budget-first-response",
                    page = &self.page,
                    bytes = self.first_response,
                    limit = FIRST_RESPONSE
                ),
                msg!("budget-first-response-hint"),
            ));
        }
        for url in &self.foreign {
            warnings.push(warn(
                msg!("budget-foreign", page = &self.page, url = url),
                msg!("budget-foreign-hint"),
            ));
        }
        if self.scripts > 0 {
            warnings.push(warn(
                msg!("budget-script", page = &self.page),
                msg!("budget-script-hint"),
            ));
        }
        warnings
    }
}

/// `bytes` in KB (1,024 bytes) with one decimal.
pub fn kb(bytes: u64) -> String {
    format!("{:.1} KB", bytes as f64 / 1024.0)
}

/// The candidate of a `srcset` a screen 360 px wide picks at one pixel per CSS pixel: the
/// narrowest at least as wide as the picture is shown, else the widest.
fn pick(srcset: &str) -> String {
    let want = SCREEN_WIDTH - PADDING;
    let mut candidates: Vec<(u32, &str)> = srcset
        .split(',')
        .filter_map(|c| {
            let mut parts = c.split_whitespace();
            let url = parts.next()?;
            let width = parts
                .next()
                .and_then(|w| w.strip_suffix('w'))
                .and_then(|w| w.parse().ok())
                .unwrap_or(0);
            Some((width, url))
        })
        .collect();
    candidates.sort();
    candidates
        .iter()
        .find(|(w, _)| *w >= want)
        .or(candidates.last())
        .map_or(String::new(), |(_, url)| url.to_string())
}

/// A relative link from a file in `dir` → a site-root path, percent-decoded.
fn resolve(dir: &str, url: &str) -> String {
    let url = url.split(['#', '?']).next().unwrap_or("");
    let mut parts: Vec<&str> = dir.split('/').filter(|p| !p.is_empty()).collect();
    for part in url.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            other => parts.push(other),
        }
    }
    let joined = parts.join("/");
    crate::url::percent_decode(&joined).unwrap_or(joined)
}

/// The start tags of `html` (`<name …>`), without the angle brackets.
fn tags(html: &str) -> impl Iterator<Item = &str> {
    html.split('<').skip(1).filter_map(|rest| {
        let tag = &rest[..rest.find('>')?];
        (!tag.starts_with('/') && !tag.starts_with('!')).then_some(tag)
    })
}

fn tag_name(tag: &str) -> &str {
    tag.split(|c: char| c.is_whitespace() || c == '/').next().unwrap_or("")
}

/// The value of `name="…"` in a start tag written by the theme or altavoz (always quoted).
fn attribute(tag: &str, name: &str) -> Option<String> {
    let needle = format!(" {name}=\"");
    let start = tag.find(&needle)? + needle.len();
    let end = tag[start..].find('"')? + start;
    Some(tag[start..end].replace("&amp;", "&"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_weighs_what_it_weighs_with_a_servers_4_mib_window() {
        let with_22_bits = |bytes: &[u8]| {
            let params = brotli::enc::BrotliEncoderParams {
                quality: 5,
                lgwin: 22,
                size_hint: bytes.len(),
                ..Default::default()
            };
            let mut out = Vec::new();
            brotli::BrotliCompress(&mut &bytes[..], &mut out, &params).unwrap();
            out.len() as u64
        };
        // Pages of 1 KB to 1 MB whose repeats lie far apart (distances up to the page's length).
        for size in [1_000, 60_000, 131_000, 140_000, 600_000, 1_100_000] {
            let mut page = String::new();
            let mut i = 0u64;
            while page.len() < size {
                i = i.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                page.push_str(&format!("<p>paso {} de la ruta {}</p>\n", i % 997, (i >> 20) % 89));
            }
            let ours = compressed(page.as_bytes());
            let server = with_22_bits(page.as_bytes());
            assert!(ours.abs_diff(server) <= 1, "{size} bytes: {ours} against {server}");
        }
        assert_eq!(window_bits(0), 17);
        assert_eq!(window_bits(200_000), 18);
        assert_eq!(window_bits(10_000_000), 22);
    }

    #[test]
    fn a_phone_360_px_wide_loads_the_narrowest_webp() {
        let mut sizes = Sizes::default();
        sizes.add("static/style.css", &[b'a'; 3000]);
        for (path, size) in [
            ("a/p-360.webp", 20_000),
            ("a/p-720.webp", 50_000),
            ("a/p-360.jpg", 30_000),
        ] {
            sizes.add(path, &vec![0; size]);
        }
        let html = r#"<link rel="stylesheet" href="../static/style.css"><picture><source type="image/webp" srcset="../a/p-360.webp 360w, ../a/p-720.webp 720w"><img src="../a/p-720.jpg" srcset="../a/p-360.jpg 360w"></picture><img src="https://evil.example/t.gif">"#;
        let weight = weigh("es/index.html", html, &sizes, Precision::Exact);
        // A page under its budgets is not compressed when only the budgets matter.
        let small = weigh("es/index.html", html, &sizes, Precision::Budget(1_000_000));
        assert!(small.first_response >= html.len() as u64, "{small:?}");
        // A page over a budget gets its exact figures, for the warning.
        assert_eq!(weigh("es/index.html", html, &sizes, Precision::Budget(10_000)), weight);
        assert_eq!(weight.heaviest, ("a/p-360.webp".to_string(), 20_000));
        assert!(weight.total > 20_000 && weight.total < 21_000, "{weight:?}");
        assert!(weight.first_response < 1000, "{weight:?}");
        assert_eq!(weight.foreign, vec!["https://evil.example/t.gif".to_string()]);
        let warnings = weight.warnings(&PathBuf::from("p.md"), 10_000);
        assert_eq!(warnings.len(), 2, "{warnings:?}");
        assert!(
            warnings[0].message.english().contains("a/p-360.webp (19.5 KB)"),
            "{}",
            warnings[0].message
        );
    }
}
