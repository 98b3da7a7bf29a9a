//! What each document of the website is made from, hashed, so a rebuild reuses the documents a
//! change did not touch (in `serve`, a saved page re-renders itself, not the whole site).
//!
//! A page depends on: everything global (this program, the whole theme, `altavoz.yaml`, which
//! outputs and languages are built, the date), its campaign (its `campaign.yaml`, logo, asset
//! names and the front matter of all its pages, which make the navigation, and which languages
//! have which page) and its own text. Its cards (named in `og:image` with a hash of their
//! inputs) are made from those same inputs. Home, cards, chooser and 404 pages list campaigns,
//! so they depend on all campaigns.

use std::collections::HashMap;
use std::hash::Hasher;

use siphasher::sip::SipHasher13;

use super::Job;
use crate::localize::Site;
use crate::theme::Theme;

pub struct Inputs<'s, 'p> {
    site: &'s Site<'p>,
    global: u64,
    /// Campaign slug → its sources and the pages each edition shows.
    campaigns: HashMap<&'s str, u64>,
    /// Every campaign: what the listing documents show.
    everything: u64,
    /// Whether the sources' digest covers every page built; if not, nothing is reused.
    complete: bool,
}

impl<'s, 'p> Inputs<'s, 'p> {
    /// `cards` is [`crate::render::cards::fingerprint`]: the card templates, the fonts and this
    /// program's version, which shape the cards whose hash pages show.
    pub fn new(site: &'s Site<'p>, theme: &Theme, cards: u64) -> Self {
        let mut global = SipHasher13::new();
        global.write_u64(cards);
        let card_inputs = |path: &str| path.starts_with("cards/") || path.starts_with("fonts/");
        for (path, bytes) in theme.files().filter(|(path, _)| !card_inputs(path)) {
            global.write(path.as_bytes());
            global.write_u64(bytes.len() as u64);
            global.write(bytes);
        }
        global.write_u64(site.digest.project);
        global.write(site.project.base_url.as_bytes());
        global.write(format!("{:?} {} {}", site.outputs, site.preview, site.today).as_bytes());
        for edition in &site.editions {
            global.write(edition.language.code.as_bytes());
            global.write_u8(0);
        }
        let global = global.finish();

        let digest = &site.digest;
        let complete = site.editions.iter().flat_map(|e| &e.campaigns).all(|c| {
            digest.campaigns.contains_key(&c.campaign.slug)
                && c.pages.iter().all(|p| digest.pages.contains_key(&p.page.path))
        });
        let mut campaigns: HashMap<&str, SipHasher13> = HashMap::new();
        for edition in &site.editions {
            for campaign in &edition.campaigns {
                let slug = campaign.campaign.slug.as_str();
                let hasher = campaigns.entry(slug).or_insert_with(|| {
                    let mut hasher = SipHasher13::new();
                    hasher.write_u64(site.digest.campaigns.get(slug).copied().unwrap_or_default());
                    // Asset names are in the digest; the logo's bytes are drawn on cards.
                    let logo = campaign.campaign.logo.as_ref();
                    hasher.write(
                        logo.and_then(|l| campaign.campaign.assets.get(l))
                            .map_or(&[][..], Vec::as_slice),
                    );
                    hasher
                });
                hasher.write(edition.language.code.as_bytes());
                for page in &campaign.pages {
                    hasher.write(page.page.path.as_os_str().as_encoded_bytes());
                    hasher.write_u8(u8::from(page.fallback));
                }
            }
        }
        let campaigns: HashMap<&str, u64> = campaigns.into_iter().map(|(slug, h)| (slug, h.finish())).collect();

        let mut everything = SipHasher13::new();
        let mut sorted: Vec<_> = campaigns.iter().collect();
        sorted.sort();
        for (slug, hash) in sorted {
            everything.write(slug.as_bytes());
            everything.write_u64(*hash);
        }
        Inputs {
            site,
            global,
            campaigns,
            everything: everything.finish(),
            complete,
        }
    }

    /// 16 hex digits over every input of the document at `path` (`None`: unknown, render it).
    pub fn hash(&self, path: &str, job: &Job) -> Option<String> {
        if !self.complete {
            return None;
        }
        let mut hasher = SipHasher13::new();
        hasher.write_u64(self.global);
        hasher.write(path.as_bytes());
        match job {
            Job::Page(_, campaign, page) => {
                let slug = campaign.campaign.slug.as_str();
                hasher.write_u64(self.campaigns.get(slug).copied().unwrap_or_default());
                let text = self.site.digest.pages.get(&page.page.path).copied().unwrap_or_default();
                hasher.write_u64(text);
            }
            Job::Chooser | Job::NotFound | Job::Home(_) | Job::Cards(_) => hasher.write_u64(self.everything),
        }
        Some(format!("{:016x}", hasher.finish()))
    }
}
