//! What the typeset documents show of a campaign, the same for handouts, booklets and cards.

use serde::Serialize;

use crate::localize::CampaignView;
use crate::typeset;

/// A campaign as the typeset documents (handouts, booklets, cards) get it: its name, tagline
/// and colours in the edition's language, and the virtual path of its logo.
#[derive(Serialize)]
pub struct CampaignFacts<'a> {
    pub name: &'a str,
    pub tagline: Option<&'a str>,
    pub primary: &'a str,
    pub accent: &'a str,
    /// Text on the accent colour: dark or white, whichever reads better.
    pub on_accent: &'a str,
    pub logo: Option<String>,
    /// The campaign's notice in the edition's language ("All services are free…").
    pub notice: Option<&'a str>,
}

impl<'a> CampaignFacts<'a> {
    pub fn of(view: &'a CampaignView) -> Self {
        CampaignFacts {
            name: &view.name,
            tagline: view.tagline.as_deref(),
            primary: &view.colors.primary,
            accent: &view.colors.accent,
            on_accent: &view.colors.on_accent,
            logo: view.logo.as_deref().map(typeset::asset_path),
            notice: view.notice.as_deref(),
        }
    }
}
