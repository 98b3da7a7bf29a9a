//! QR codes as runs of dark modules, and as one SVG path of them that the template draws as a
//! vector image (one element to lay out, whole-number coordinates in the PDF; placing a square
//! per run cost a handout a quarter of its time).

use std::fmt::Write;

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
}
