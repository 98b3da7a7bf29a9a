//! Test photos made in the test: a phone photo's JPEG with EXIF (orientation, GPS position,
//! camera) and XMP, written by hand so no tool is needed to make it.

/// The camera name written into the test photo's EXIF: no output file may contain it.
pub const CAMERA: &str = "AltavozTestCam";

/// A `width` × `height` JPEG whose stored top-left corner has a red block (so a test can see
/// where the corner went after rotation), with texture at every scale so it weighs like a
/// real photo, even resized, and
/// EXIF Orientation = `orientation`, a GPS position (Guatemala City) and XMP.
pub fn jpeg_with_gps(width: u32, height: u32, orientation: u16) -> Vec<u8> {
    // Noise from a hash of the position: fine grain, and blotches 12 pixels across that a
    // copy 360 pixels wide still shows.
    let hash = |x: u32, y: u32| {
        let mut h = x.wrapping_mul(0x9e37_79b9) ^ y.wrapping_mul(0x85eb_ca6b);
        h ^= h >> 15;
        h = h.wrapping_mul(0x2c1b_3c6d);
        h ^= h >> 12;
        h
    };
    let noise = |x: u32, y: u32| (hash(x, y) % 24) as i32 + (hash(x / 12, y / 12 + 7919) % 96) as i32 - 60;
    let mut pixels = Vec::with_capacity((width * height * 3) as usize);
    for y in 0..height {
        for x in 0..width {
            let red = x < width / 4 && y < height / 4;
            let (r, g, b) = if red {
                (214, 40, 40)
            } else {
                let t = (x + y) as f32 / (width + height) as f32;
                (
                    (30.0 + 200.0 * t) as i32,
                    (110.0 + 80.0 * t) as i32,
                    (184.0 - 100.0 * t) as i32,
                )
            };
            for c in [r, g, b] {
                let n = if red { 0 } else { noise(x, y) };
                pixels.push((c + n).clamp(0, 255) as u8);
            }
        }
    }
    let mut out = Vec::new();
    let mut encoder = jpeg_encoder::Encoder::new(&mut out, 92);
    encoder.add_app_segment(1, exif(orientation)).unwrap();
    encoder.add_app_segment(1, xmp()).unwrap();
    encoder
        .encode(&pixels, width as u16, height as u16, jpeg_encoder::ColorType::Rgb)
        .unwrap();
    out
}

/// An APP1 EXIF block: IFD0 with Make, Orientation and a GPS IFD with latitude and longitude.
fn exif(orientation: u16) -> Vec<u8> {
    // Little-endian TIFF. Layout: header (8), IFD0 (2 + 3×12 + 4 = 42) at 8, then Make's text
    // at 50, the GPS IFD (2 + 4×12 + 4 = 54) at 66, then its rationals at 120.
    let mut t: Vec<u8> = b"II*\0".to_vec();
    t.extend(8u32.to_le_bytes());
    let entry = |t: &mut Vec<u8>, tag: u16, kind: u16, count: u32, value: u32| {
        t.extend(tag.to_le_bytes());
        t.extend(kind.to_le_bytes());
        t.extend(count.to_le_bytes());
        t.extend(value.to_le_bytes());
    };
    let make = format!("{CAMERA}\0");
    t.extend(3u16.to_le_bytes());
    entry(&mut t, 0x010f, 2, make.len() as u32, 50); // Make
    entry(&mut t, 0x0112, 3, 1, u32::from(orientation)); // Orientation
    entry(&mut t, 0x8825, 4, 1, 66); // GPS IFD
    t.extend(0u32.to_le_bytes());
    assert_eq!(t.len(), 50);
    t.extend(make.as_bytes());
    t.resize(66, 0);
    t.extend(4u16.to_le_bytes());
    entry(&mut t, 1, 2, 2, u32::from_le_bytes(*b"N\0\0\0")); // GPSLatitudeRef
    entry(&mut t, 2, 5, 3, 120); // GPSLatitude
    entry(&mut t, 3, 2, 2, u32::from_le_bytes(*b"W\0\0\0")); // GPSLongitudeRef
    entry(&mut t, 4, 5, 3, 144); // GPSLongitude
    t.extend(0u32.to_le_bytes());
    assert_eq!(t.len(), 120);
    for (num, den) in [(14, 1), (38, 1), (569, 100), (90, 1), (30, 1), (2478, 100)] {
        t.extend((num as u32).to_le_bytes());
        t.extend((den as u32).to_le_bytes());
    }
    let mut app1 = b"Exif\0\0".to_vec();
    app1.extend(t);
    app1
}

fn xmp() -> Vec<u8> {
    let mut app1 = b"http://ns.adobe.com/xap/1.0/\0".to_vec();
    app1.extend(
        format!(
            "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\
             <rdf:Description xmlns:exif=\"http://ns.adobe.com/exif/1.0/\" exif:GPSLatitude=\"14,38.09N\" \
             exif:Make=\"{CAMERA}\"/></rdf:RDF></x:xmpmeta>"
        )
        .as_bytes(),
    );
    app1
}
