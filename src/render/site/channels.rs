//! What communicators send from besides the website: each page's chat message as a text file
//! (`es/think-twice/chat/coyote-seguro.txt`, to paste into WhatsApp) and each campaign's text
//! messages as one CSV a bulk-SMS tool imports (`es/think-twice/sms.csv`).

use crate::load::Blob;
use crate::localize::{Edition, Site};
use crate::sms::{self, Encoding};
use crate::url;

/// Every chat message and SMS list of the site, by output path.
pub fn files(site: &Site) -> Vec<(String, Blob)> {
    site.editions.iter().flat_map(of_edition).collect()
}

/// Those of one edition (its offline pack holds them too).
pub fn of_edition(edition: &Edition) -> Vec<(String, Blob)> {
    let lang = edition.language.code.as_str();
    let mut files = Vec::new();
    for campaign in &edition.campaigns {
        let slug = campaign.campaign.slug.as_str();
        for page in &campaign.pages {
            files.push((
                url::chat_path(lang, slug, &page.page.slug),
                Blob::from(format!("{}\n", page.view.chat).into_bytes()),
            ));
        }
        let texts: Vec<_> = campaign.pages.iter().filter(|p| p.view.sms.is_some()).collect();
        if texts.is_empty() {
            continue;
        }
        // RFC 4180: a header, commas, quotes where needed, CRLF line ends; UTF-8.
        let mut csv = csv::WriterBuilder::new()
            .terminator(csv::Terminator::CRLF)
            .from_writer(Vec::new());
        let mut rows = vec![vec![
            "page".to_string(),
            "title".into(),
            "message".into(),
            "encoding".into(),
            "length".into(),
            "link".into(),
        ]];
        for page in texts {
            let text = page.view.sms.as_deref().unwrap_or_default();
            let length = sms::measure(text);
            rows.push(vec![
                if page.page.slug.is_empty() {
                    "index".to_string()
                } else {
                    page.page.slug.clone()
                },
                spreadsheet_text(&page.view.title),
                text.to_string(),
                match length.encoding {
                    Encoding::Gsm => "GSM-7".to_string(),
                    Encoding::Ucs2 => "UCS-2".to_string(),
                },
                length.units.to_string(),
                page.view.url.clone(),
            ]);
        }
        for row in rows {
            // Writing into memory does not fail.
            let _ = csv.write_record(&row);
        }
        let bytes = csv.into_inner().unwrap_or_default();
        files.push((url::sms_path(lang, slug), Blob::from(bytes)));
    }
    files
}

/// A cell a spreadsheet shows as text, never runs as a formula: one that starts with `=`, `+`,
/// `-`, `@` or a control character gets a `'` before it (OWASP's advice for CSV files). Titles
/// only: the message itself goes to phones as written, and validation refuses one that starts
/// with any of these.
fn spreadsheet_text(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_string()
    }
}
