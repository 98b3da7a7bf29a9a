//! A page's poster (myth, tip and contacts pages), A3 and Tabloid (11 × 17 in), from the theme's
//! `print/poster.typ`: the page's handout data with its key points, on a poster's sheet, with
//! the page's QR code.

use std::borrow::Cow;
use std::collections::BTreeMap;

use serde::Serialize;
use serde_json::Value;

use super::data::{self, Sheet, SheetFrame, SlidePage};
use super::overflow::Placed;
use super::{add_assets, check_coverage};
use crate::diag::Diagnostic;
use crate::load::Blob;
use crate::project::Date;
use crate::render::plan::PlannedPage;
use crate::typeset::{Document, Typesetter};
use crate::url::PosterSize;

/// What `print/poster.typ` reads in `/data.json`.
#[derive(Serialize)]
struct PosterData<'a> {
    #[serde(flatten)]
    page: SlidePage<'a>,
    #[serde(flatten)]
    frame: SheetFrame<'a>,
}

/// A page's poster on `size`, its QR code `qr` (`null` until it is made), and the page placed
/// for reports.
pub fn document(
    typesetter: &Typesetter,
    planned: &PlannedPage,
    size: PosterSize,
    qr: &Value,
    today: Date,
) -> Result<(Document, Value, Placed), Diagnostic> {
    let (edition, campaign, local) = (planned.edition, planned.campaign, planned.page);
    let (page, picture) = data::slide_page(edition, campaign, local);
    let (value, json) = data::json(&PosterData {
        page,
        frame: data::frame(edition, campaign, Sheet::Poster(size), Cow::Borrowed(qr)),
    });
    check_coverage(typesetter, &value, "", &local.page.path.display().to_string(), edition)?;
    let mut files = BTreeMap::new();
    files.insert("/data.json".to_string(), Blob::from(json));
    add_assets(&mut files, campaign, &Vec::from_iter(picture));
    let mut placed = Placed::new(campaign);
    placed.add(local);
    Ok((
        Document {
            main: "#import \"/print/poster.typ\": poster\n#poster(json(\"/data.json\"))\n".to_string(),
            files,
            today,
        },
        value,
        placed,
    ))
}
