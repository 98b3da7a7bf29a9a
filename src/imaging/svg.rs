//! SVG drawings (logos, icons) are published only sanitized: svg-hush keeps an allow-list of
//! elements and attributes, so no script, event handler, `foreignObject` or link to another
//! website survives, and a drawing opened on its own cannot run anything.

use super::ImageError;

pub fn sanitize(bytes: &[u8]) -> Result<Vec<u8>, ImageError> {
    let mut filter = svg_hush::Filter::new();
    filter.set_data_url_filter(svg_hush::data_url_filter::allow_standard_images);
    let mut out = Vec::new();
    filter
        .filter(bytes, &mut out)
        .map_err(|e| ImageError(crate::msg!("svg-malformed", detail = e.to_string())))?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    #[test]
    fn scripts_handlers_and_other_websites_are_removed() {
        let svg = br#"<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" onload="alert(1)"><script>alert(2)</script><circle r="4" onclick="alert(3)"/><image href="https://tracker.example/p.png"/><a xlink:href="javascript:alert(4)"><text>x</text></a><foreignObject><p>hi</p></foreignObject></svg>"#;
        let clean = String::from_utf8(super::sanitize(svg).unwrap()).unwrap();
        for bad in [
            "script",
            "onload",
            "onclick",
            "tracker.example",
            "javascript:",
            "foreignObject",
        ] {
            assert!(!clean.contains(bad), "{bad} in {clean}");
        }
        assert!(clean.contains("<circle"), "{clean}");
        assert!(super::sanitize(b"<svg xmlns=\"http://www.w3.org/2000/svg\"><g></svg>").is_err());
    }
}
