//! A campaign's workshop slides in one edition (16:9, to project) and the facilitator notes
//! beside them (A4 and US Letter, to print), from the theme's `print/slides.typ` and
//! `print/slides-notes.typ`. One job makes all three: the notes show the slides as they were
//! made (the slides' PDF embedded page by page), not laid out a second time.
//!
//! The deck: a title slide (the landing page), the campaign's pages in order (a myth asked, then
//! its fact; a tip's key points; a story's picture; a question, then its answer), and a contacts
//! slide with the QR code of the campaign. A contacts page has no slide of its own: the contacts
//! slide is its, and its notes go there.

use std::borrow::Cow;
use std::collections::BTreeMap;

use serde::Serialize;

use super::data::{self, Sheet, SheetFrame, SlidePage};
use super::overflow::{self, Placed};
use super::{add_assets, check_coverage, qr};
use crate::diag::Diagnostic;
use crate::load::Blob;
use crate::localize::LocalPage;
use crate::project::{Date, PageKind};
use crate::render::plan::{PlannedDeck, printed};
use crate::typeset::{Document, Typesetter, typst_lang};
use crate::url::Paper;

/// What `print/slides.typ` and `print/slides-notes.typ` read in `/data.json`.
#[derive(Serialize)]
struct DeckData<'a> {
    #[serde(flatten)]
    frame: SheetFrame<'a>,
    /// The landing page's slug, which names the title slide's texts in reports.
    slug: &'a str,
    content_lang: String,
    title: &'a str,
    summary: &'a str,
    reviewed: String,
    url: &'a str,
    short_url: &'a str,
    pages: Vec<SlidePage<'a>>,
    /// The campaign's contacts page, whose notes go with the contacts slide (its slug names them
    /// in reports); none when the campaign has none in print.
    contacts_slug: Option<&'a str>,
    /// In the notes: the slides' PDF, embedded page by page.
    #[serde(skip_serializing_if = "Option::is_none")]
    slides_pdf: Option<&'static str>,
}

/// Where the notes find the slides' PDF.
const SLIDES_PDF: &str = "/slides.pdf";

/// The documents of a deck, ready to hash.
pub struct DeckDocuments {
    pub slides: Document,
    /// Each paper's notes, without the slides' PDF (added once the slides are made).
    pub notes: Vec<(Paper, Document)>,
    /// The pages on the slides, in order, for reports: the landing page first.
    pub placed: Placed,
}

/// The pages a deck shows, after its landing page: those in print, but contacts pages.
fn shown<'a, 'p>(deck: &'a PlannedDeck<'_, 'p>) -> impl Iterator<Item = &'a LocalPage<'p>> {
    printed(deck.campaign).filter(|p| !p.page.is_index() && p.page.kind != PageKind::Contacts)
}

pub fn documents(
    typesetter: &Typesetter,
    deck: &PlannedDeck,
    base_url: &str,
    today: Date,
) -> Result<DeckDocuments, Diagnostic> {
    let (edition, campaign) = (deck.edition, deck.campaign);
    let index = campaign.index();
    let mut pictures = Vec::new();
    let mut pages = Vec::new();
    let mut shown_pages = Vec::new();
    for local in shown(deck) {
        let (page, picture) = data::slide_page(edition, campaign, local);
        pictures.extend(picture);
        pages.push(page);
        shown_pages.push(local);
    }
    let view = &index.view;
    let qr = qr::runs(&view.url);
    let contacts_page = printed(campaign).find(|p| p.page.kind == PageKind::Contacts);
    let deck_data = |paper: Sheet, slides_pdf| DeckData {
        frame: data::frame(edition, campaign, paper, Cow::Borrowed(&qr)),
        slug: &index.page.slug,
        content_lang: typst_lang(&view.content_lang),
        title: &campaign.view.name,
        summary: campaign.view.tagline.as_deref().unwrap_or(&view.summary),
        reviewed: data::review_line(edition, view),
        url: &view.url,
        short_url: &view.short_url,
        pages: shown(deck)
            .map(|local| data::slide_page(edition, campaign, local).0)
            .collect(),
        contacts_slug: contacts_page.map(|p| p.page.slug.as_str()),
        slides_pdf,
    };
    let (value, json) = data::json(&DeckData {
        pages,
        ..deck_data(Sheet::Slides(Paper::A4), None)
    });
    let source = format!("campaigns/{}/campaign.yaml", campaign.campaign.slug);
    check_coverage(typesetter, &value, "", &source, edition)?;
    let mut files = BTreeMap::new();
    files.insert("/data.json".to_string(), Blob::from(json));
    add_assets(&mut files, campaign, &pictures);
    let slides = Document {
        main: "#import \"/print/slides.typ\": slides\n#slides(json(\"/data.json\"))\n".to_string(),
        files: files.clone(),
        today,
    };

    // The notes: the landing page's with the title slide, each page's with its slides, a
    // contacts page's with the contacts slide.
    let mut notes_files = BTreeMap::new();
    let mut note = |local: &LocalPage, name: &str| -> Result<bool, Diagnostic> {
        let Some(text) = &local.page.notes else {
            return Ok(false);
        };
        let (converted, used) = data::markdown(edition, campaign, local, text, base_url).map_err(|error| {
            let super::convert::ConvertError::TooLarge(kib) = error;
            Diagnostic::error(
                &local.page.path,
                local.page.lines.notes,
                0,
                crate::msg!("handout-too-long", size = kib),
            )
        })?;
        check_coverage(
            typesetter,
            &serde_json::Value::Null,
            &converted.plain,
            &local.page.path.display().to_string(),
            edition,
        )?;
        notes_files.insert(format!("/notes/{name}.typ"), Blob::from(converted.markup));
        let mut used = used;
        pictures.append(&mut used);
        Ok(true)
    };
    let intro = note(index, "intro")?;
    let mut includes = Vec::new();
    for (i, local) in shown_pages.iter().enumerate() {
        includes.push(if note(local, &i.to_string())? {
            format!("include \"/notes/{i}.typ\"")
        } else {
            "none".into()
        });
    }
    if let Some(local) = contacts_page {
        let i = shown_pages.len();
        includes.push(if note(local, &i.to_string())? {
            format!("include \"/notes/{i}.typ\"")
        } else {
            "none".into()
        });
    }
    let main = format!(
        "#import \"/print/slides-notes.typ\": slides-notes\n#slides-notes(json(\"/data.json\"), intro: {}, notes: ({}))\n",
        if intro { "include \"/notes/intro.typ\"" } else { "none" },
        if includes.is_empty() {
            String::new()
        } else {
            format!("{},", includes.join(", "))
        }
    );
    let notes = Paper::ALL
        .iter()
        .map(|paper| {
            let (_, json) = data::json(&deck_data(Sheet::Slides(*paper), Some(SLIDES_PDF)));
            let mut files = files.clone();
            files.extend(notes_files.clone());
            add_assets(&mut files, campaign, &pictures);
            files.insert("/data.json".to_string(), Blob::from(json));
            (
                *paper,
                Document {
                    main: main.clone(),
                    files,
                    today,
                },
            )
        })
        .collect();
    let mut placed = Placed::new(campaign);
    placed.add(index);
    for local in shown_pages.into_iter().chain(contacts_page) {
        placed.add(local);
    }
    Ok(DeckDocuments { slides, notes, placed })
}

/// The notes `document` with the slides it shows.
pub fn with_slides(mut document: Document, slides: Blob) -> Document {
    document.files.insert(SLIDES_PDF.to_string(), slides);
    document
}

/// What the slides (or their notes, `notes`) reported as not fitting, as located errors.
pub fn problems(placed: &Placed, reports: &[serde_json::Value], notes: bool) -> Vec<Diagnostic> {
    let what = if notes {
        overflow::Kind::Notes
    } else {
        overflow::Kind::Slides
    };
    overflow::diagnostics(placed, reports, what)
}
