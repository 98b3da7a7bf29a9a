//! `sitemap.xml` (with hreflang alternates for translations) and `robots.txt`.

use crate::html::escape;
use crate::localize::Site;
use crate::url::page_dir;

pub fn sitemap(site: &Site) -> String {
    let base = &site.project.base_url;
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" \
         xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
    );
    let homes: Vec<(String, String)> = site
        .editions
        .iter()
        .map(|e| (e.language.code.clone(), format!("{base}{}/", e.language.code)))
        .collect();
    url(&mut xml, base, &[], None);
    for (_, loc) in &homes {
        url(&mut xml, loc, &homes, None);
    }
    for edition in &site.editions {
        for campaign in &edition.campaigns {
            for page in campaign.pages.iter().filter(|p| !p.fallback) {
                let slug = &page.page.slug;
                let c = &campaign.campaign.slug;
                // Only translations: fallback copies point to their original as canonical.
                let alternates: Vec<(String, String)> = site
                    .page_languages(c, slug)
                    .into_iter()
                    .filter(|(_, _, own)| *own)
                    .map(|(l, _, _)| (l.code.clone(), format!("{base}{}", page_dir(&l.code, c, slug))))
                    .collect();
                let loc = format!("{base}{}", page_dir(&edition.language.code, c, slug));
                url(&mut xml, &loc, &alternates, page.page.reviewed.map(|d| d.to_string()));
            }
        }
    }
    xml.push_str("</urlset>\n");
    xml
}

fn url(xml: &mut String, loc: &str, alternates: &[(String, String)], lastmod: Option<String>) {
    xml.push_str(&format!("  <url>\n    <loc>{}</loc>\n", escape(loc)));
    if let Some(date) = lastmod {
        xml.push_str(&format!("    <lastmod>{date}</lastmod>\n"));
    }
    if alternates.len() > 1 {
        for (lang, href) in alternates {
            xml.push_str(&format!(
                "    <xhtml:link rel=\"alternate\" hreflang=\"{}\" href=\"{}\"/>\n",
                escape(lang),
                escape(href)
            ));
        }
    }
    xml.push_str("  </url>\n");
}

pub fn robots(site: &Site) -> String {
    format!(
        "User-agent: *\nAllow: /\n\nSitemap: {}sitemap.xml\n",
        site.project.base_url
    )
}
