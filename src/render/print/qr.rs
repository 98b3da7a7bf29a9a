//! QR codes as runs of dark modules, and as one SVG path of them that the template draws as a
//! vector image (one element to lay out, whole-number coordinates in the PDF; placing a square
//! per run cost a handout a quarter of its time).

use std::fmt::Write;
use std::sync::{Arc, Mutex};

use qrcode::{Color, EcLevel, QrCode};
use serde_json::{Value, json};

/// `{ size, runs: [[row, column, length], …], svg }` for `url`, or `null` if it cannot be encoded.
/// The SVG has four modules of quiet zone on each side, one unit a module.
pub fn runs(url: &str) -> Value {
    let Ok(code) = QrCode::with_error_correction_level(url, EcLevel::M) else {
        return Value::Null;
    };
    let width = code.width();
    let colors = code.to_colors();
    let mut runs = Vec::new();
    let mut path = String::new();
    for row in 0..width {
        let mut col = 0;
        while col < width {
            if colors[row * width + col] == Color::Dark {
                let start = col;
                while col < width && colors[row * width + col] == Color::Dark {
                    col += 1;
                }
                runs.push(json!([row, start, col - start]));
                let _ = write!(path, "M{} {}h{}v1h-{}z", start + 4, row + 4, col - start, col - start);
            } else {
                col += 1;
            }
        }
    }
    let side = width + 8;
    let svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {side} {side}\" shape-rendering=\"crispEdges\"><path d=\"{path}\"/></svg>"
    );
    json!({ "size": width, "runs": runs, "svg": svg })
}

/// A page's QR code, shared by its handouts (one a paper): made by the first that needs it and
/// let go when the last is done, made, reused or failed. Kept for the whole build, a thousand
/// pages' codes were 37 MB.
pub struct Shared {
    /// The code once made, and how many of the page's handouts are still to come.
    state: Mutex<(Option<Arc<Value>>, usize)>,
}

/// One handout's share of its page's code: counted as done when taken or dropped.
pub struct Claim<'a>(&'a Shared);

impl Shared {
    pub fn new(handouts: usize) -> Self {
        Shared {
            state: Mutex::new((None, handouts)),
        }
    }

    pub fn claim(&self) -> Claim<'_> {
        Claim(self)
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, (Option<Arc<Value>>, usize)> {
        self.state.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

impl Claim<'_> {
    /// The code of `url`, for a handout that is made.
    pub fn take(self, url: &str) -> Arc<Value> {
        let mut state = self.0.lock();
        Arc::clone(state.0.get_or_insert_with(|| Arc::new(runs(url))))
    }
}

impl Drop for Claim<'_> {
    fn drop(&mut self) {
        let mut state = self.0.lock();
        state.1 = state.1.saturating_sub(1);
        if state.1 == 0 {
            state.0 = None;
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn runs_and_the_svg_path_cover_every_dark_module() {
        let value = super::runs("https://example.org/es/c/p/");
        let size = value["size"].as_u64().unwrap() as usize;
        assert!(size >= 21);
        let dark: u64 = value["runs"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r[2].as_u64().unwrap())
            .sum();
        let code =
            qrcode::QrCode::with_error_correction_level("https://example.org/es/c/p/", qrcode::EcLevel::M).unwrap();
        let expected = code.to_colors().iter().filter(|c| **c == qrcode::Color::Dark).count() as u64;
        assert_eq!(dark, expected);
        // The path draws each run as a rectangle one module high: its horizontal lengths add up.
        let svg = value["svg"].as_str().unwrap();
        assert!(svg.contains(&format!("viewBox=\"0 0 {} {}\"", size + 8, size + 8)));
        let path = svg.split(" d=\"").nth(1).unwrap();
        let drawn: u64 = path
            .split('h')
            .skip(1)
            .step_by(2)
            .map(|h| h.split('v').next().unwrap().parse::<u64>().unwrap())
            .sum();
        assert_eq!(drawn, expected);
    }

    #[test]
    fn a_pages_qr_code_is_made_once_and_let_go_after_its_last_handout() {
        let shared = super::Shared::new(3);
        let first = shared.claim().take("https://example.org/es/c/p/");
        drop(shared.claim()); // reused, or failed
        assert!(
            shared.state.lock().unwrap().0.is_some(),
            "kept while a handout is to come"
        );
        let last = shared.claim().take("https://example.org/es/c/p/");
        assert!(
            std::sync::Arc::ptr_eq(&first, &last),
            "made once for the page's handouts"
        );
        assert!(
            shared.state.lock().unwrap().0.is_none(),
            "let go after the last handout"
        );
        assert_eq!(*first, super::runs("https://example.org/es/c/p/"));
    }
}
