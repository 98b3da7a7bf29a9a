//! The address scheme of the output, in one place: where each page, handout, card and asset
//! lives, and links between them that work from a web server and from `file://` alike
//! (relative, ending in `index.html`). Every stage and the preview server use these.

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, percent_decode_str, utf8_percent_encode};

/// Paper sizes of handouts and booklets, as named in file names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Paper {
    A4,
    Letter,
}

impl Paper {
    pub const ALL: [Paper; 2] = [Paper::A4, Paper::Letter];

    /// The name in file names and UI string keys (`print_a4`).
    pub fn as_str(self) -> &'static str {
        match self {
            Paper::A4 => "a4",
            Paper::Letter => "letter",
        }
    }
}

/// The page address of a page file inside its language folder: `index.md` → ``,
/// `tips/wifi.md` → `tips/wifi`, `tips/index.md` → `tips`.
pub fn slug_of(rel: &str) -> String {
    let stem = rel.strip_suffix(".md").unwrap_or(rel);
    if stem == "index" {
        String::new()
    } else {
        stem.strip_suffix("/index").unwrap_or(stem).to_string()
    }
}

/// Output folder of a page: `es/think-twice/` for a landing page, `es/think-twice/tips/wifi/`.
pub fn page_dir(lang: &str, campaign: &str, slug: &str) -> String {
    if slug.is_empty() {
        format!("{lang}/{campaign}/")
    } else {
        format!("{lang}/{campaign}/{slug}/")
    }
}

/// The file name stem of a page's handouts and cards: its slug, `index` for the landing page.
fn document_name(slug: &str) -> &str {
    if slug.is_empty() { "index" } else { slug }
}

/// Output path of a page's handout: `es/think-twice/print/coyote-seguro-a4.pdf`.
pub fn handout_path(lang: &str, campaign: &str, slug: &str, paper: Paper) -> String {
    format!("{lang}/{campaign}/print/{}-{}.pdf", document_name(slug), paper.as_str())
}

/// Output path of a campaign's booklet: `es/think-twice/print/think-twice-a4.pdf`.
pub fn booklet_path(lang: &str, campaign: &str, paper: Paper) -> String {
    format!("{lang}/{campaign}/print/{campaign}-{}.pdf", paper.as_str())
}

/// Poster sizes, as named in file names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum PosterSize {
    A3,
    /// 11 × 17 in.
    Tabloid,
}

impl PosterSize {
    pub const ALL: [PosterSize; 2] = [PosterSize::A3, PosterSize::Tabloid];

    /// The name in file names and UI string keys (`poster_a3`).
    pub fn as_str(self) -> &'static str {
        match self {
            PosterSize::A3 => "a3",
            PosterSize::Tabloid => "tabloid",
        }
    }
}

/// Output path of a campaign's workshop slides: `es/think-twice/print/think-twice-slides.pdf`.
pub fn slides_path(lang: &str, campaign: &str) -> String {
    format!("{lang}/{campaign}/print/{campaign}-slides.pdf")
}

/// Output path of the facilitator notes of a campaign's slides:
/// `es/think-twice/print/think-twice-slides-notes-a4.pdf`.
pub fn slide_notes_path(lang: &str, campaign: &str, paper: Paper) -> String {
    format!("{lang}/{campaign}/print/{campaign}-slides-notes-{}.pdf", paper.as_str())
}

/// Output path of a page's poster: `es/think-twice/print/coyote-seguro-poster-a3.pdf`.
pub fn poster_path(lang: &str, campaign: &str, slug: &str, size: PosterSize) -> String {
    format!(
        "{lang}/{campaign}/print/{}-poster-{}.pdf",
        document_name(slug),
        size.as_str()
    )
}

/// Output path of a page's chat message: `es/think-twice/chat/coyote-seguro.txt`.
pub fn chat_path(lang: &str, campaign: &str, slug: &str) -> String {
    format!("{lang}/{campaign}/chat/{}.txt", document_name(slug))
}

/// Output path of a campaign's text messages, for a bulk-SMS tool: `es/think-twice/sms.csv`.
pub fn sms_path(lang: &str, campaign: &str) -> String {
    format!("{lang}/{campaign}/sms.csv")
}

/// Output path of a page's card: `es/think-twice/cards/coyote-seguro-og.png`.
pub fn card_path(lang: &str, campaign: &str, slug: &str, format: &str) -> String {
    format!("{lang}/{campaign}/cards/{}-{format}.png", document_name(slug))
}

/// Output path of a voice note: the recording `rel` (inside `assets/`) rebuilt without metadata,
/// named by a hash of what is published (`coyote.5f0c1a2b3d.m4a`), so a new recording is never
/// taken from a cache.
pub fn voice_path(campaign: &str, rel: &str, hash: &str, extension: &str) -> String {
    let stem = rel.rsplit_once('.').map_or(rel, |(stem, _)| stem);
    format!("assets/{campaign}/{stem}.{hash}.{extension}")
}

/// Whether a file of `assets/` is a recording, by its name: published only as a voice note
/// (rebuilt without its metadata), never as it is.
pub fn is_recording(rel: &str) -> bool {
    let extension = rel.rsplit_once('.').map_or("", |(_, e)| e).to_ascii_lowercase();
    matches!(
        extension.as_str(),
        "m4a" | "mp3" | "ogg" | "oga" | "opus" | "aac" | "wav" | "flac" | "amr" | "3gp" | "caf" | "wma" | "weba"
    )
}

/// Output path of a campaign asset (`rel` inside `assets/`), percent-encoded for links.
pub fn asset_path(campaign: &str, rel: &str) -> String {
    format!("assets/{campaign}/{}", encode_path(rel))
}

/// A relative link from a page in folder `from_dir` (`""` = the site root) to the output
/// file `to` (site-root-relative).
pub fn relative(from_dir: &str, to: &str) -> String {
    up_to(from_dir, [to])
}

/// The link to a page folder: its `index.html`, so the link works without a web server too.
pub fn to_page(from_dir: &str, to_dir: &str) -> String {
    up_to(from_dir, [to_dir, "index.html"])
}

/// `../` for each folder of `from_dir`, then `parts`: one allocation (pages make thousands).
fn up_to<const N: usize>(from_dir: &str, parts: [&str; N]) -> String {
    let depth = from_dir.bytes().filter(|b| *b == b'/').count();
    let mut link = String::with_capacity(3 * depth + parts.iter().map(|p| p.len()).sum::<usize>());
    for _ in 0..depth {
        link.push_str("../");
    }
    for part in parts {
        link.push_str(part);
    }
    link
}

/// Decodes `%xx` escapes; `None` for a malformed escape or bytes that are not UTF-8.
pub fn percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let well_formed = bytes.iter().enumerate().filter(|(_, b)| **b == b'%').all(|(i, _)| {
        bytes
            .get(i + 1..i + 3)
            .is_some_and(|hex| hex.iter().all(u8::is_ascii_hexdigit))
    });
    if !well_formed {
        return None;
    }
    percent_decode_str(text)
        .decode_utf8()
        .ok()
        .map(std::borrow::Cow::into_owned)
}

/// An address without its scheme and final slash, short enough to type from paper or a card.
pub fn short_url(url: &str) -> String {
    url.split_once("://")
        .map_or(url, |(_, rest)| rest)
        .trim_end_matches('/')
        .to_string()
}

/// RFC 3986 unreserved characters stay as they are; everything else is escaped.
const COMPONENT: &AsciiSet = &NON_ALPHANUMERIC.remove(b'-').remove(b'_').remove(b'.').remove(b'~');

/// Percent-encodes a URL component.
pub fn encode_component(text: &str) -> String {
    utf8_percent_encode(text, COMPONENT).to_string()
}

/// Percent-encodes the characters of a path that are not allowed in a URL, keeping `/`.
pub fn encode_path(path: &str) -> String {
    path.split('/').map(encode_component).collect::<Vec<_>>().join("/")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_links_climb_to_the_root() {
        assert_eq!(
            to_page("es/tt/mitos/", "en/tt/mitos/"),
            "../../../en/tt/mitos/index.html"
        );
        assert_eq!(to_page("", "es/"), "es/index.html");
        assert_eq!(relative("es/", "static/style.css"), "../static/style.css");
    }

    #[test]
    fn encoding() {
        assert_eq!(encode_component("¿Sí? a&b"), "%C2%BFS%C3%AD%3F%20a%26b");
        assert_eq!(encode_path("fotos/mi foto.jpg"), "fotos/mi%20foto.jpg");
        assert_eq!(percent_decode("mi%20p%C3%A1gina").as_deref(), Some("mi página"));
        for bad in ["%zz", "%2", "a%", "%ff"] {
            assert_eq!(percent_decode(bad), None, "{bad}");
        }
    }

    #[test]
    fn slugs() {
        assert_eq!(slug_of("index.md"), "");
        assert_eq!(slug_of("tips/wifi.md"), "tips/wifi");
        assert_eq!(slug_of("tips/index.md"), "tips");
    }

    #[test]
    fn document_paths() {
        assert_eq!(handout_path("es", "c", "", Paper::A4), "es/c/print/index-a4.pdf");
        assert_eq!(booklet_path("es", "c", Paper::Letter), "es/c/print/c-letter.pdf");
        assert_eq!(card_path("ar", "c", "tips/x", "og"), "ar/c/cards/tips/x-og.png");
        assert_eq!(asset_path("c", "mi foto.jpg"), "assets/c/mi%20foto.jpg");
    }
}
