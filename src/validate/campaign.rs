//! One campaign: its settings, language folders, contacts, then its pages and their links.

use std::path::Path;

use super::names::{case_hint, check_case_collisions, check_windows_name, in_another_case, is_slug, suggest_slug};
use super::{Settings, at, check_localized, contacts, images, links, pages, translations, voices};
use crate::diag::{Diagnostic, Diagnostics, suggest};
use crate::load::CampaignSource;
use crate::msg;
use crate::project::{Campaign, Color, Colors, Contact, Language, walk_fallbacks};

/// The notice is on every card, slide and poster: at most this many characters.
const MAX_NOTICE_CHARS: usize = 160;

/// WCAG AA for normal text.
const MIN_CONTRAST: f64 = 4.5;

pub fn check(
    source: &CampaignSource,
    languages: &[Language],
    settings: &Settings,
    diagnostics: &mut Diagnostics,
) -> Option<Campaign> {
    if !is_slug(&source.slug) {
        diagnostics.push(
            Diagnostic::error(&source.dir, 0, 0, msg!("campaign-bad-name", name = &source.slug))
                .with_hint(msg!("rename-folder-to", name = suggest_slug(&source.slug))),
        );
    }
    if ["cards", "assets", "static", "print"].contains(&source.slug.as_str()) {
        diagnostics.push(
            Diagnostic::error(&source.dir, 0, 0, msg!("campaign-reserved-name", name = &source.slug))
                .with_hint(msg!("campaign-reserved-name-hint")),
        );
    }
    check_windows_name(&source.dir, &source.slug, diagnostics);
    let assets = source.dir.join("assets");
    for rel in source.assets.keys() {
        check_windows_name(&assets.join(rel), rel, diagnostics);
    }
    check_case_collisions(&assets, source.assets.keys().map(String::as_str), diagnostics);
    check_language_folders(source, languages, diagnostics);
    // Settings that could not be read are reported; the pages are still checked, with defaults.
    let fallback;
    let config = match &source.config {
        Some(config) => config,
        None => {
            fallback = crate::load::yaml::placeholder::<crate::load::CampaignConfig>()?;
            &fallback
        }
    };
    let path = source.dir.join("campaign.yaml");
    let codes: Vec<&str> = languages.iter().map(|l| l.code.as_str()).collect();
    let known = |code: &str| codes.contains(&code);

    check_localized(&config.name, languages, &path, "name", diagnostics);
    if let Some(tagline) = &config.tagline {
        check_localized(tagline, languages, &path, "tagline", diagnostics);
    }
    let default = languages.first().map_or("", |l| l.code.as_str()).to_string();
    let source_language = match &config.source_language {
        Some(s) if !known(&s.value) => {
            diagnostics.push(unknown_language(&path, s, &codes));
            default.clone()
        }
        Some(s) => s.value.clone(),
        None => default.clone(),
    };
    let mut campaign_languages = Vec::new();
    match &config.languages {
        Some(list) => {
            for code in list {
                if known(&code.value) {
                    campaign_languages.push(code.value.clone());
                } else {
                    diagnostics.push(unknown_language(&path, code, &codes));
                }
            }
            // Keep project order, so every list of languages reads the same way.
            campaign_languages.sort_by_key(|c| codes.iter().position(|k| k == c));
            campaign_languages.dedup();
        }
        None => campaign_languages = codes.iter().map(std::string::ToString::to_string).collect(),
    }

    let colors = check_colors(config, &path, diagnostics);
    let logo = config.logo.as_ref().and_then(|logo| {
        let rel = logo.value.trim_start_matches("./");
        let in_assets = rel.strip_prefix("assets/").filter(|r| source.assets.contains_key(*r));
        if in_assets.is_none() {
            let in_another_case = rel
                .strip_prefix("assets/")
                .and_then(|r| in_another_case(r, source.assets.keys().map(String::as_str)));
            diagnostics.push(at(&path, logo, msg!("logo-not-found", logo = &logo.value)).with_hint(
                match in_another_case {
                    Some(right) => case_hint(&format!("assets/{right}")),
                    None => match super::links::nearest(
                        rel.trim_start_matches("assets/"),
                        source.assets.keys().map(String::as_str),
                    ) {
                        Some(best) => msg!("did-you-mean", name = format!("assets/{best}")),
                        None => msg!("logo-not-found-hint", dir = &source.dir),
                    },
                },
            ));
        }
        in_assets.map(str::to_string)
    });
    let contacts = check_contacts(config, &path, languages, diagnostics);
    if let Some(notice) = &config.notice {
        check_localized(notice, languages, &path, "notice", diagnostics);
        // The languages with published pages of their own: one whose every page is another
        // language's (K'iche' shown in Spanish, its drafts not shown) shows that one's notice.
        let own: Vec<String> = campaign_languages
            .iter()
            .filter(|code| **code == source_language || source.pages.iter().any(|p| &p.lang == *code && !p.front.draft))
            .cloned()
            .collect();
        check_notice(notice, &own, &path, diagnostics);
    }

    let mut pages = pages::check(source, languages, &source_language, settings, diagnostics);
    let outdated = config.outdated.as_ref().map_or(Default::default(), |o| o.value);
    translations::check(
        source,
        &mut pages,
        &source_language,
        outdated,
        settings.cache,
        diagnostics,
    );
    let review_every_days = config.review_every_days.unwrap_or(365);
    pages::warn_stale_reviews(source, &pages, review_every_days, settings.today, diagnostics);
    let chain = |code: &str| walk_fallbacks(languages, code).0;
    links::check(source, &pages, &chain, diagnostics);
    let (assets, pictures) = images::check_assets(source, diagnostics);
    images::check_pages(source, &pages, &pictures, settings.cache, diagnostics);
    let voices = voices::check(source, &pages, diagnostics);
    pages.sort_by(|a, b| (&a.lang, &a.slug).cmp(&(&b.lang, &b.slug)));

    if !pages.iter().any(|p| p.lang == source_language && p.is_index())
        && !source
            .broken_pages
            .contains(&(source_language.clone(), "index.md".to_string()))
    {
        diagnostics.push(
            Diagnostic::error(&source.dir, 0, 0, msg!("campaign-no-landing-page", name = &source.slug)).with_hint(
                msg!(
                    "campaign-no-landing-page-hint",
                    path = format!("{}/{source_language}/index.md", crate::diag::display_path(&source.dir))
                ),
            ),
        );
    }

    Some(Campaign {
        slug: source.slug.clone(),
        name: config.name.value.clone(),
        tagline: config.tagline.as_ref().map(|t| t.value.clone()),
        source_language,
        languages: campaign_languages,
        colors,
        logo,
        review_every_days,
        outdated,
        contacts,
        card_formats: config.card_formats(),
        posters: config.posters.unwrap_or(true),
        notice: config.notice.as_ref().map(|n| n.value.clone()),
        notice_line: config
            .notice
            .as_ref()
            .filter(|n| !n.is_reported())
            .map_or(0, |n| crate::load::yaml::position(&n.referenced, 1).0),
        pages,
        assets,
        pictures,
        voices,
    })
}

/// The notice says something readers must not miss (that services are free): every language
/// the campaign has pages in has its own words for it, or the build stops; no page shows it in
/// another language than its own, silently.
fn check_notice(
    notice: &crate::load::yaml::Spanned<crate::project::Localized>,
    languages: &[String],
    path: &Path,
    diagnostics: &mut Diagnostics,
) {
    let missing: Vec<&str> = match &notice.value {
        crate::project::Localized::PerLanguage(map) => languages
            .iter()
            .filter(|code| map.get(*code).is_none_or(|text| text.trim().is_empty()))
            .map(String::as_str)
            .collect(),
        // One text for every language reads right only in a campaign of one language.
        crate::project::Localized::Text(text) if languages.len() > 1 || text.trim().is_empty() => {
            languages.iter().map(String::as_str).collect()
        }
        crate::project::Localized::Text(_) => Vec::new(),
    };
    // It is on every card, slide and poster, beside other text: a sentence or two.
    let texts: Vec<(&str, &str)> = match &notice.value {
        crate::project::Localized::PerLanguage(map) => map.iter().map(|(c, t)| (c.as_str(), t.as_str())).collect(),
        crate::project::Localized::Text(text) => vec![("all", text.as_str())],
    };
    for (code, text) in texts {
        let length = text.trim().chars().count();
        if length > MAX_NOTICE_CHARS {
            diagnostics.push(
                at(
                    path,
                    notice,
                    msg!("notice-too-long", lang = code, length = length, max = MAX_NOTICE_CHARS),
                )
                .with_hint(msg!("notice-too-long-hint")),
            );
        }
    }
    if !missing.is_empty() {
        let example = languages
            .iter()
            .map(|code| format!("{code}: \"…\""))
            .collect::<Vec<_>>()
            .join(", ");
        diagnostics.push(
            at(path, notice, msg!("notice-missing", langs = missing.join(", "))).with_hint(msg!(
                "notice-missing-hint",
                example = format!("notice: {{ {example} }}")
            )),
        );
    }
}

fn unknown_language(path: &Path, code: &crate::load::yaml::Spanned<String>, codes: &[&str]) -> Diagnostic {
    let hint = match suggest(&code.value, codes.iter().copied()) {
        Some(best) => msg!("language-did-you-mean", name = best, codes = codes.join(", ")),
        None => msg!("language-add-or-use", codes = codes.join(", ")),
    };
    at(path, code, msg!("not-a-project-language", code = &code.value)).with_hint(hint)
}

/// Every folder of a campaign besides `assets/` must be named after a project language.
fn check_language_folders(source: &CampaignSource, languages: &[Language], diagnostics: &mut Diagnostics) {
    let codes: Vec<&str> = languages.iter().map(|l| l.code.as_str()).collect();
    for (name, dir) in &source.language_folders {
        if codes.contains(&name.as_str()) {
            continue;
        }
        let hint = match suggest(name, codes.iter().copied()) {
            Some(best) => msg!("folder-language-did-you-mean", name = best, folder = name),
            None => msg!("folder-language-add", folder = name, codes = codes.join(", ")),
        };
        diagnostics.push(Diagnostic::error(dir, 0, 0, msg!("folder-unknown-language", folder = name)).with_hint(hint));
    }
}

fn check_colors(config: &crate::load::CampaignConfig, path: &Path, diagnostics: &mut Diagnostics) -> Colors {
    let mut colors = Colors::default();
    let Some(given) = &config.colors else {
        return colors;
    };
    let invalid = |c: &crate::load::yaml::Spanned<String>| {
        at(path, c, msg!("colour-invalid", colour = &c.value)).with_hint(msg!("colour-invalid-hint"))
    };
    match Color::parse(&given.primary.value) {
        Some(primary) => {
            let ratio = primary.contrast(&Color::known("#ffffff"));
            if ratio < MIN_CONTRAST {
                diagnostics.push(
                    at(
                        path,
                        &given.primary,
                        msg!(
                            "colour-contrast",
                            colour = primary.to_string(),
                            ratio = format!("{ratio:.2}"),
                            minimum = MIN_CONTRAST.to_string()
                        ),
                    )
                    .with_hint(msg!("colour-contrast-hint")),
                );
            }
            colors.primary = primary;
        }
        None => diagnostics.push(invalid(&given.primary)),
    }
    if let Some(accent) = &given.accent {
        match Color::parse(&accent.value) {
            Some(color) => colors.accent = color,
            None => diagnostics.push(invalid(accent)),
        }
    }
    colors
}

fn check_contacts(
    config: &crate::load::CampaignConfig,
    path: &Path,
    languages: &[Language],
    diagnostics: &mut Diagnostics,
) -> Vec<Contact> {
    let mut out = Vec::new();
    for contact in &config.contacts {
        check_localized(&contact.label, languages, path, "label", diagnostics);
        if let Some(hours) = &contact.hours {
            check_localized(hours, languages, path, "hours", diagnostics);
        }
        let country = contact.country.as_ref().and_then(|country| {
            if contacts::is_country_code(&country.value) {
                Some(country.value.clone())
            } else {
                diagnostics.push(
                    at(path, country, msg!("country-unknown", country = &country.value))
                        .with_hint(msg!("country-unknown-hint")),
                );
                None
            }
        });
        let mut number = |key: &str, value: &Option<crate::load::yaml::Spanned<String>>| {
            let value = value.as_ref()?;
            match contacts::phone(&value.value) {
                Ok(phone) => {
                    if let Some(expected) = country.as_ref().filter(|c| **c != phone.country) {
                        diagnostics.push(
                            at(
                                path,
                                value,
                                msg!(
                                    "phone-wrong-country",
                                    key = key,
                                    number = &value.value,
                                    actual = &phone.country,
                                    country = expected
                                ),
                            )
                            .with_hint(msg!("phone-wrong-country-hint", actual = &phone.country)),
                        );
                    }
                    Some(phone)
                }
                Err(reason) => {
                    diagnostics.push(
                        at(
                            path,
                            value,
                            msg!("phone-invalid", key = key, number = &value.value, reason = reason),
                        )
                        .with_hint(msg!("phone-invalid-hint")),
                    );
                    None
                }
            }
        };
        let phone = number("phone", &contact.phone).map(|p| (p.display, p.e164));
        let whatsapp = number("whatsapp", &contact.whatsapp).map(|p| p.e164.trim_start_matches('+').to_string());
        out.push(Contact {
            label: contact.label.value.clone(),
            phone,
            whatsapp,
            hours: contact.hours.as_ref().map(|h| h.value.clone()),
            country,
        });
    }
    out
}
