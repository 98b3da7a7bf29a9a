//! The output plan: every document a build makes and where it goes (web pages, handouts,
//! booklets, cards), computed once per build and shared by the renderers through the context.
//! A card's hash (which names it in `og:image`) is computed the first time a renderer asks, at
//! most once.

pub mod card;
pub mod images;

use std::collections::{BTreeMap, HashMap};
use std::sync::OnceLock;

use super::Output;
use crate::localize::{Edition, LocalCampaign, LocalPage, Site};
use crate::project::{CardFormat, Date, PageKind};
use crate::theme::Theme;
use crate::url::{self, Paper, PosterSize};

pub struct Plan<'s, 'p> {
    /// Every page of every edition, in edition, campaign and page order.
    pub pages: Vec<PlannedPage<'s, 'p>>,
    /// One per campaign, edition and paper, when the build makes handouts.
    pub booklets: Vec<PlannedBooklet<'s, 'p>>,
    /// One per campaign and edition, when the build makes handouts: slides and their notes.
    pub decks: Vec<PlannedDeck<'s, 'p>>,
    /// (language, campaign, slug) → index in `pages`.
    index: HashMap<(&'s str, &'s str, &'s str), usize>,
    /// Every photo the build publishes or prints, with the files it becomes.
    pub images: images::Images,
    /// Every voice note, by (campaign, path inside `assets/`): where its rebuilt file goes.
    pub voices: BTreeMap<(String, String), String>,
    /// The theme files every card depends on, and this program's version.
    pub card_fingerprint: u64,
    /// The pictures cards read, hashed once.
    card_digests: card::Digests,
    today: Date,
}

pub struct PlannedPage<'s, 'p> {
    pub edition: &'s Edition<'p>,
    pub campaign: &'s LocalCampaign<'p>,
    pub page: &'s LocalPage<'p>,
    /// `es/think-twice/coyote-seguro/index.html`.
    pub html: String,
    /// The page's handouts, one per paper, when the build makes handouts and the page has one.
    pub handouts: Vec<(Paper, String)>,
    /// The page's posters, one per size, when the build makes handouts and the page has them.
    pub posters: Vec<(PosterSize, String)>,
    /// The page's cards, when the build makes cards.
    pub cards: Vec<PlannedCard>,
}

/// A campaign's workshop slides in one edition, and the facilitator notes on each paper.
pub struct PlannedDeck<'s, 'p> {
    pub edition: &'s Edition<'p>,
    pub campaign: &'s LocalCampaign<'p>,
    pub slides: String,
    pub notes: Vec<(Paper, String)>,
}

pub struct PlannedBooklet<'s, 'p> {
    pub edition: &'s Edition<'p>,
    pub campaign: &'s LocalCampaign<'p>,
    pub paper: Paper,
    pub path: String,
}

pub struct PlannedCard {
    pub format: CardFormat,
    /// `es/think-twice/cards/coyote-seguro-og.png`.
    pub path: String,
    summary: OnceLock<CardSummary>,
}

/// What pages show of a card: its hash and its description.
pub struct CardSummary {
    pub hash: String,
    pub alt: String,
}

/// Pages that go into print: not `handout: false`.
pub fn printed<'a, 'p>(campaign: &'a LocalCampaign<'p>) -> impl Iterator<Item = &'a LocalPage<'p>> {
    campaign.pages.iter().filter(|p| p.page.handout)
}

/// Whether a page gets posters: a myth (with its myth and fact), tip or contacts page, in print,
/// unless the page or its campaign turned them off.
pub fn has_posters(campaign: &LocalCampaign, page: &LocalPage) -> bool {
    let p = page.page;
    let kind = match p.kind {
        PageKind::Myth => p.myth.is_some() && p.fact.is_some(),
        PageKind::Tip | PageKind::Contacts => true,
        _ => false,
    };
    kind && p.handout && p.poster && campaign.campaign.posters
}

impl<'s, 'p> Plan<'s, 'p> {
    /// The plan of a build making `outputs`.
    pub fn new(site: &'s Site<'p>, theme: &Theme, outputs: &[Output], today: Date) -> Self {
        let print = outputs.contains(&Output::Print);
        let cards = outputs.contains(&Output::Cards);
        let mut plan = Plan {
            pages: Vec::new(),
            booklets: Vec::new(),
            decks: Vec::new(),
            index: HashMap::new(),
            images: images::Images::new(site),
            voices: BTreeMap::new(),
            card_fingerprint: super::reuse::fingerprint(theme),
            card_digests: card::Digests::default(),
            today,
        };
        for edition in &site.editions {
            let lang = edition.language.code.as_str();
            for campaign in &edition.campaigns {
                let slug = campaign.campaign.slug.as_str();
                for page in &campaign.pages {
                    let p = page.page;
                    let handouts = if print && p.handout {
                        Paper::ALL
                            .iter()
                            .map(|paper| (*paper, url::handout_path(lang, slug, &p.slug, *paper)))
                            .collect()
                    } else {
                        Vec::new()
                    };
                    let posters = if print && has_posters(campaign, page) {
                        PosterSize::ALL
                            .iter()
                            .map(|size| (*size, url::poster_path(lang, slug, &p.slug, *size)))
                            .collect()
                    } else {
                        Vec::new()
                    };
                    let cards = if cards {
                        p.card_formats(&campaign.campaign.card_formats)
                            .into_iter()
                            .map(|format| PlannedCard {
                                format,
                                path: url::card_path(lang, slug, &p.slug, format.as_str()),
                                summary: OnceLock::new(),
                            })
                            .collect()
                    } else {
                        Vec::new()
                    };
                    // The voice notes of the pages built, and only those (not a draft's).
                    if let Some(rel) = p.audio_asset()
                        && let Some(voice) = campaign.campaign.voices.get(rel)
                    {
                        plan.voices
                            .entry((slug.to_string(), rel.to_string()))
                            .or_insert_with(|| {
                                let mut hasher = siphasher::sip::SipHasher13::new();
                                std::hash::Hasher::write(&mut hasher, &voice.bytes);
                                let hash = format!("{:016x}", std::hash::Hasher::finish(&hasher));
                                url::voice_path(slug, rel, &hash[..10], voice.extension)
                            });
                    }
                    plan.index.insert((lang, slug, p.slug.as_str()), plan.pages.len());
                    plan.pages.push(PlannedPage {
                        edition,
                        campaign,
                        page,
                        html: format!("{}index.html", page.view.dir),
                        handouts,
                        posters,
                        cards,
                    });
                }
                if print {
                    plan.decks.push(PlannedDeck {
                        edition,
                        campaign,
                        slides: url::slides_path(lang, slug),
                        notes: Paper::ALL
                            .iter()
                            .map(|paper| (*paper, url::slide_notes_path(lang, slug, *paper)))
                            .collect(),
                    });
                    for paper in Paper::ALL {
                        plan.booklets.push(PlannedBooklet {
                            edition,
                            campaign,
                            paper,
                            path: url::booklet_path(lang, slug, paper),
                        });
                    }
                }
            }
        }
        plan
    }

    /// The page `slug` of `campaign` in the edition `lang`.
    pub fn page(&self, lang: &str, campaign: &str, slug: &str) -> Option<&PlannedPage<'s, 'p>> {
        self.index.get(&(lang, campaign, slug)).map(|i| &self.pages[*i])
    }

    /// Whether the build makes any card at all.
    pub fn has_cards(&self) -> bool {
        self.pages.iter().any(|p| !p.cards.is_empty())
    }

    /// The document of `card` of `page`, with its data and hash.
    pub fn card_document<'a>(&self, page: &'a PlannedPage, card: &PlannedCard) -> card::CardDocument<'a> {
        card::document(
            page.edition,
            page.campaign,
            page.page,
            card.format,
            (self.card_fingerprint, &self.card_digests),
            self.today,
        )
    }

    /// Hash and description of `card` of `page`, computed once.
    pub fn card_summary<'a>(&self, page: &PlannedPage, card: &'a PlannedCard) -> &'a CardSummary {
        card.summary.get_or_init(|| CardSummary {
            hash: self.card_document(page, card).hash,
            alt: card::alt(page.edition, page.campaign, page.page),
        })
    }
}
