//! Hashes of the sources, grouped by what each part of the website depends on, so the site
//! renderer can tell which pages a change touches: a page's body shows on that page only, while
//! front matter (titles, order, kinds, drafts) and `campaign.yaml` show on every page of the
//! campaign that lists it.

use std::collections::BTreeMap;
use std::hash::Hasher;
use std::path::{Path, PathBuf};

use siphasher::sip::SipHasher13;

use super::{Sources, front_matter};

#[derive(Debug, Default, Clone)]
pub struct Digest {
    /// `altavoz.yaml`.
    pub project: u64,
    /// Campaign slug → `campaign.yaml`, asset names and sizes, and the path and front matter of
    /// every page in every language.
    pub campaigns: BTreeMap<String, u64>,
    /// Project-relative page path → the page's whole text.
    pub pages: BTreeMap<PathBuf, u64>,
}

impl Sources {
    pub fn digest(&self) -> Digest {
        let mut campaigns: BTreeMap<&str, SipHasher13> = BTreeMap::new();
        let mut digest = Digest::default();
        for (path, text) in self.texts.iter() {
            if path == Path::new("altavoz.yaml") {
                digest.project = hash(text.as_bytes());
                continue;
            }
            let Some(slug) = campaign_of(path) else { continue };
            let hasher = campaigns.entry(slug).or_default();
            hasher.write(path.as_os_str().as_encoded_bytes());
            if path.extension().is_some_and(|e| e == "md") {
                digest.pages.insert(path.clone(), hash(text.as_bytes()));
                // Without front matter the page does not build; its whole text stands in.
                let front = front_matter::split(text).map_or(text.as_str(), |s| s.yaml);
                hasher.write(front.as_bytes());
            } else {
                hasher.write(text.as_bytes());
            }
        }
        for campaign in &self.campaigns {
            let hasher = campaigns.entry(&campaign.slug).or_default();
            for (name, bytes) in &campaign.assets {
                hasher.write(name.as_bytes());
                hasher.write_u64(bytes.len() as u64);
            }
        }
        digest.campaigns = campaigns
            .into_iter()
            .map(|(slug, h)| (slug.to_string(), h.finish()))
            .collect();
        digest
    }
}

/// `campaigns/<slug>/…` → `<slug>`.
fn campaign_of(path: &Path) -> Option<&str> {
    let mut parts = path.components();
    (parts.next()?.as_os_str() == "campaigns").then_some(())?;
    parts.next()?.as_os_str().to_str()
}

fn hash(bytes: &[u8]) -> u64 {
    let mut hasher = SipHasher13::new();
    hasher.write(bytes);
    hasher.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sources(page: &str) -> Sources {
        let texts = [
            ("altavoz.yaml", "title: x\n"),
            ("campaigns/a/campaign.yaml", "name: A\n"),
            ("campaigns/a/es/p.md", page),
            ("campaigns/b/es/q.md", "---\ntitle: Q\n---\nQ\n"),
        ];
        Sources {
            texts: std::sync::Arc::new(texts.iter().map(|(p, t)| (p.into(), t.to_string())).collect()),
            ..Sources::default()
        }
    }

    #[test]
    fn a_body_change_is_the_page_alone_a_front_matter_change_the_campaign() {
        let base = sources("---\ntitle: P\n---\nBody\n").digest();
        let body = sources("---\ntitle: P\n---\nOther body\n").digest();
        let front = sources("---\ntitle: P2\n---\nBody\n").digest();
        let page = Path::new("campaigns/a/es/p.md");
        assert_ne!(base.pages[page], body.pages[page]);
        assert_eq!(base.campaigns["a"], body.campaigns["a"]);
        assert_ne!(base.campaigns["a"], front.campaigns["a"]);
        assert_eq!(base.campaigns["b"], front.campaigns["b"]);
        assert_eq!(base.project, front.project);
    }
}
