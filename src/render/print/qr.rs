//! QR codes as runs of dark modules, drawn by the template as vector squares.

use qrcode::{Color, EcLevel, QrCode};
use serde_json::{Value, json};

/// `{ size, runs: [[row, column, length], …] }` for `url`, or `null` if it cannot be encoded.
pub fn runs(url: &str) -> Value {
    let Ok(code) = QrCode::with_error_correction_level(url, EcLevel::M) else {
        return Value::Null;
    };
    let width = code.width();
    let colors = code.to_colors();
    let mut runs = Vec::new();
    for row in 0..width {
        let mut col = 0;
        while col < width {
            if colors[row * width + col] == Color::Dark {
                let start = col;
                while col < width && colors[row * width + col] == Color::Dark {
                    col += 1;
                }
                runs.push(json!([row, start, col - start]));
            } else {
                col += 1;
            }
        }
    }
    json!({ "size": width, "runs": runs })
}

#[cfg(test)]
mod tests {
    #[test]
    fn runs_cover_every_dark_module() {
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
    }
}
