//! The data each template gets, as typed values: everything is computed here or in the page
//! views of `localize` (URLs, localized texts, dates), so templates only place values. Theme
//! authors get data, never the file system. The guide's theme chapter documents these types;
//! `tests/template_data.rs` holds the two together.

mod campaign;
mod frame;
mod listings;
mod page;

pub use campaign::{CampaignData, ContactData, ListedPage, Nav};
pub use frame::{Alternate, Colors, Frame, Og, OgImage, SwitcherEntry, TemplateData};
pub use listings::{
    CardsCampaign, CardsContext, CardsPage, ChooserContext, ChooserLanguage, Home, HomeContext, NotFoundContext,
    PackLink, cards_page, chooser, home, not_found,
};
pub use page::{CardLink, Download, Flavour, OriginalLink, PageContext, PageData, PageDocument, page};
