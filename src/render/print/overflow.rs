//! Text that does not fit a slide or a poster, as the author's problem at the place it is
//! written. The templates shrink text to fit, down to a size read from the back of a room or
//! from two metres; what does not fit even then they report with
//! `#metadata((slug: "…", field: "fact")) <altavoz-overflow>` (see `print/slide-parts.typ`),
//! and the document is not published.

use std::path::PathBuf;

use crate::diag::Diagnostic;
use crate::localize::{LocalCampaign, LocalPage};
use crate::msg;
use crate::project::FieldLines;

/// The label the templates report with.
pub const LABEL: &str = "altavoz-overflow";

/// Which kind of document reported.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Slides,
    Notes,
    Poster,
}

/// The pages of a document, by the slug templates report, with where their texts are written.
pub struct Placed {
    /// `campaigns/<slug>/campaign.yaml`, for the campaign's name, tagline and contacts.
    campaign_file: PathBuf,
    pages: Vec<(String, PathBuf, FieldLines)>,
}

impl Placed {
    pub fn new(campaign: &LocalCampaign) -> Placed {
        Placed {
            campaign_file: PathBuf::from(format!("campaigns/{}/campaign.yaml", campaign.campaign.slug)),
            pages: Vec::new(),
        }
    }

    pub fn add(&mut self, local: &LocalPage) {
        let p = local.page;
        self.pages.push((p.slug.clone(), p.path.clone(), p.lines));
    }
}

/// One located error per piece of text reported (each once).
pub fn diagnostics(placed: &Placed, reports: &[serde_json::Value], document: Kind) -> Vec<Diagnostic> {
    let mut seen = Vec::new();
    let mut out = Vec::new();
    for report in reports {
        let slug = report["slug"].as_str().unwrap_or_default();
        let field = report["field"].as_str().unwrap_or_default();
        if seen.contains(&(slug, field)) {
            continue;
        }
        seen.push((slug, field));
        let campaign_text = matches!(field, "name" | "tagline" | "contacts");
        let page = placed.pages.iter().find(|(s, _, _)| s == slug);
        let (path, line) = match page {
            Some((_, path, lines)) if !campaign_text => (path.clone(), lines.of(field)),
            _ => (placed.campaign_file.clone(), 0),
        };
        let (message, hint) = match document {
            Kind::Slides => (msg!("slide-overflow", field = field), msg!("slide-overflow-hint")),
            Kind::Notes => (msg!("notes-overflow"), msg!("notes-overflow-hint")),
            Kind::Poster => (msg!("poster-overflow", field = field), msg!("poster-overflow-hint")),
        };
        // The campaign's texts are shortened in campaign.yaml, for every page at once.
        let hint = if campaign_text {
            msg!("overflow-campaign-hint")
        } else {
            hint
        };
        out.push(Diagnostic::error(path, line, 0, message).with_hint(hint));
    }
    out
}
