//! What each document of the website is made from, hashed, so a rebuild reuses the documents a
//! change did not touch (in `serve`, a saved page re-renders itself, not the whole site).
//!
//! A page depends on: everything global (this program, the whole theme, `altavoz.yaml`, which
//! outputs and languages are built, the date), its campaign (its `campaign.yaml`, logo, asset
//! names and the front matter of all its pages, which make the navigation, the content of its
//! photos, which names their copies, and which languages have which page) and its own text. Its cards (named in `og:image` with a hash of their
//! inputs) are made from those same inputs. Home, cards, chooser and 404 pages list campaigns,
//! so they depend on all campaigns.

use std::collections::HashMap;
use std::hash::Hasher;

use siphasher::sip::SipHasher13;

use super::Job;
use crate::load::digest::Digest;
use crate::render::Context;

pub struct Inputs<'s> {
    digest: &'s Digest,
    global: u64,
    /// Campaign slug → its sources and the pages each edition shows.
    campaigns: HashMap<&'s str, u64>,
    /// Every campaign: what the listing documents show.
    everything: u64,
    /// Whether the sources' digest covers every page built; if not, nothing is reused.
    complete: bool,
}

impl<'s> Inputs<'s> {
    pub fn new(context: &'s Context) -> Self {
        let (site, theme) = (context.site, context.theme);
        let mut global = SipHasher13::new();
        // The card templates, the fonts and this program's version shape the cards whose hash
        // pages show.
        global.write_u64(context.plan.card_fingerprint);
        let card_inputs = |path: &str| path.starts_with("cards/") || path.starts_with("fonts/");
        for (path, bytes) in theme.files().filter(|(path, _)| !card_inputs(path)) {
            global.write(path.as_bytes());
            global.write_u64(bytes.len() as u64);
            global.write(bytes);
        }
        global.write_u64(context.digest.project);
        global.write(site.project.base_url.as_bytes());
        let outputs: Vec<&str> = context.outputs.iter().map(|o| o.name()).collect();
        global.write(format!("{outputs:?} {} {}", context.preview, context.today).as_bytes());
        for edition in &site.editions {
            global.write(edition.language.code.as_bytes());
            global.write_u8(0);
        }
        let global = global.finish();

        let digest = context.digest;
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
                    hasher.write_u64(digest.campaigns.get(slug).copied().unwrap_or_default());
                    // Asset names are in the digest; the logo's bytes are drawn on cards.
                    hasher.write(campaign.campaign.logo_bytes().map_or(&[][..], |b| &b[..]));
                    // Pages name their photos' copies after the photos' content.
                    for image in context.plan.images.iter().filter(|i| i.campaign == slug) {
                        for file in &image.web {
                            hasher.write(file.path.as_bytes());
                        }
                    }
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
            digest,
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
            Job::Page(planned) => {
                let slug = planned.campaign.campaign.slug.as_str();
                hasher.write_u64(self.campaigns.get(slug).copied().unwrap_or_default());
                let text = self
                    .digest
                    .pages
                    .get(&planned.page.page.path)
                    .copied()
                    .unwrap_or_default();
                hasher.write_u64(text);
            }
            Job::Chooser | Job::NotFound | Job::Home(_) | Job::Cards(_) => hasher.write_u64(self.everything),
        }
        Some(format!("{:016x}", hasher.finish()))
    }
}
