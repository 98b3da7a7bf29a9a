//! Pages: URL-safe names, no two pages at one address, required front matter that makes sense,
//! and every link of the body resolved once.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use super::names::{check_windows_name, is_slug, suggest_slug};
use super::{Settings, at_line};
use crate::diag::{Diagnostic, Diagnostics};
use crate::load::yaml::Spanned;
use crate::load::{CampaignSource, FrontMatter, PageSource};
use crate::messages::Message;
use crate::msg;
use crate::project::{Date, FieldLines, Language, Page, PageKind, PageLink};
use crate::url::slug_of;

/// Meta descriptions and cards cut longer summaries.
pub const MAX_SUMMARY_CHARS: usize = 200;

/// The YAML of front matter starts after the opening `---`.
const FIRST_LINE: usize = 2;

pub fn check(
    source: &CampaignSource,
    languages: &[Language],
    source_language: &str,
    settings: &Settings,
    diagnostics: &mut Diagnostics,
) -> Vec<Page> {
    let mut pages = Vec::new();
    // (language, lowercase slug) → first path, to find two files with one address.
    let mut seen: BTreeMap<(String, String), PathBuf> = BTreeMap::new();
    for page in &source.pages {
        if !languages.iter().any(|l| l.code == page.lang) {
            continue; // reported once for the folder
        }
        let slug = slug_of(&page.rel);
        check_name(source, page, &slug, diagnostics);
        let key = (page.lang.clone(), slug.to_lowercase());
        if let Some(first) = seen.get(&key) {
            diagnostics.push(
                Diagnostic::error(&page.path, 0, 0, msg!("page-duplicate", path = first))
                    .with_hint(msg!("page-duplicate-hint")),
            );
            continue;
        }
        seen.insert(key, page.path.clone());
        check_has_source(source, page, source_language, diagnostics);
        pages.push(checked(page, slug, settings, diagnostics));
    }
    pages
}

/// A body's key points, kept apart from [`BodyRead`]: only some kinds of pages have them.
struct Points(Vec<String>);

/// What a body says of itself: where it goes beyond a limit, and its links and pictures.
struct BodyRead {
    excesses: Vec<crate::markdown::limits::Excess>,
    links: Vec<crate::markdown::LinkRef>,
}

impl BodyRead {
    /// The body is read once, as it is parsed, for its limits and its links.
    fn of(body: &str) -> BodyRead {
        let mut links = Vec::new();
        let events = pulldown_cmark::Parser::new_ext(body, crate::markdown::options())
            .into_offset_iter()
            .inspect(|(event, range)| crate::markdown::add_links(event, range, &mut links));
        let excesses = crate::markdown::limits::check_events(events);
        // Raw `<img>` tags are resolved and checked like Markdown images.
        let raw_images = super::images::raw_images(body)
            .into_iter()
            .filter(|(link, _)| !link.dest.trim().is_empty())
            .map(|(link, _)| link);
        links.extend(raw_images);
        BodyRead { excesses, links }
    }
}

/// Every value of the front matter, checked, and the body's links resolved.
fn checked(page: &PageSource, slug: String, settings: &Settings, diagnostics: &mut Diagnostics) -> Page {
    let front = &page.front;
    let title = required_text(&page.path, &front.title, "title", msg!("title-empty-hint"), diagnostics);
    let summary = check_summary(&page.path, &front.summary, diagnostics);
    let kind = front.kind.as_ref().map_or(PageKind::Page, |k| k.value);
    let (myth, fact) = check_myth(&page.path, front, kind, diagnostics);
    let reviewed = front
        .reviewed
        .as_ref()
        .and_then(|r| check_reviewed(&page.path, r, settings.today, diagnostics));
    if let Some(chat) = &front.chat {
        check_chat(&page.path, chat, diagnostics);
    }
    if let Some(sms) = &front.sms {
        check_sms(&page.path, sms, diagnostics);
    }
    let sources = front
        .sources
        .iter()
        .map(|s| {
            let url = s
                .url
                .as_ref()
                .and_then(|u| check_source_url(&page.path, u, diagnostics));
            (s.title.clone(), url)
        })
        .collect();
    let read = crate::load::derive(settings.cache, &page.path, &page.body, || BodyRead::of(&page.body));
    // What the card and the chat message say of a tip, a page or a contacts page.
    let points = match kind {
        PageKind::Tip | PageKind::Page | PageKind::Contacts => {
            let points = || Points(crate::markdown::points::key_points(&page.body));
            crate::load::derive(settings.cache, &page.path, &page.body, points)
                .0
                .clone()
        }
        _ => Vec::new(),
    };
    for excess in &read.excesses {
        let (line, col) = crate::diag::line_col(&page.body, excess.offset);
        diagnostics.push(
            Diagnostic::error(&page.path, line + page.body_line - 1, col, excess.message.clone())
                .with_hint(excess.hint.clone()),
        );
    }
    let links = read
        .links
        .iter()
        .map(|link| PageLink {
            target: crate::links::resolve(&page.rel, &link.dest),
            dest: link.dest.clone(),
            offset: link.offset,
            is_image: link.is_image,
        })
        .collect();
    Page {
        lang: page.lang.clone(),
        slug,
        rel: page.rel.clone(),
        path: page.path.clone(),
        title,
        summary,
        kind,
        points,
        myth,
        fact,
        order: front.order,
        reviewed,
        reviewed_by: front
            .reviewed_by
            .as_ref()
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty()),
        sources,
        card: front.card.clone(),
        handout: front.handout,
        poster: front.poster,
        notes: optional_text(&front.notes),
        chat: optional_text(&front.chat),
        sms: optional_text(&front.sms),
        audio: front.audio.as_ref().map(|a| a.value.trim().to_string()),
        lines: FieldLines {
            title: line_of(Some(&front.title)),
            summary: line_of(Some(&front.summary)),
            myth: line_of(front.myth.as_ref()),
            fact: line_of(front.fact.as_ref()),
            notes: line_of(front.notes.as_ref()),
            audio: line_of(front.audio.as_ref()),
        },
        draft: front.draft,
        translated_from: front
            .translated_from
            .as_ref()
            .and_then(|t| check_translated_from(&page.path, t, diagnostics)),
        translation: None,
        body: page.body.clone(),
        body_line: page.body_line,
        links,
    }
}

/// A page's file name must work in a web address and differ from its campaign's.
fn check_name(source: &CampaignSource, page: &PageSource, slug: &str, diagnostics: &mut Diagnostics) {
    if let Some(bad) = slug.split('/').find(|s| !s.is_empty() && !is_slug(s)) {
        diagnostics.push(
            Diagnostic::error(&page.path, 0, 0, msg!("page-bad-name", name = bad))
                .with_hint(msg!("rename-to", name = suggest_slug(bad))),
        );
    }
    check_windows_name(&page.path, &page.rel, diagnostics);
    if slug == source.slug {
        diagnostics.push(
            Diagnostic::error(&page.path, 0, 0, msg!("page-named-like-campaign", name = slug))
                .with_hint(msg!("page-named-like-campaign-hint")),
        );
    }
}

/// A translation matches its source by file name: one without a source is likely misnamed.
fn check_has_source(source: &CampaignSource, page: &PageSource, source_language: &str, diagnostics: &mut Diagnostics) {
    let has_source = page.lang == source_language
        || source
            .pages
            .iter()
            .any(|p| p.lang == source_language && p.rel == page.rel)
        || source
            .broken_pages
            .contains(&(source_language.to_string(), page.rel.clone()));
    if !has_source {
        diagnostics.push(
            Diagnostic::warning(&page.path, 0, 0, msg!("translation-no-source", lang = source_language)).with_hint(
                msg!(
                    "translation-no-source-hint",
                    path = format!("{source_language}/{}", page.rel)
                ),
            ),
        );
    }
}

/// The trimmed text of a required value, with an error when it is empty.
fn required_text(
    path: &Path,
    value: &Spanned<String>,
    key: &str,
    hint: Message,
    diagnostics: &mut Diagnostics,
) -> String {
    let text = value.value.trim().to_string();
    if text.is_empty() {
        diagnostics.push(at_line(path, value, FIRST_LINE, msg!("value-empty", key = key)).with_hint(hint));
    }
    text
}

fn check_summary(path: &Path, summary: &Spanned<String>, diagnostics: &mut Diagnostics) -> String {
    let text = required_text(path, summary, "summary", msg!("summary-empty-hint"), diagnostics);
    let length = text.chars().count();
    if length > MAX_SUMMARY_CHARS {
        diagnostics.push(
            at_line(
                path,
                summary,
                FIRST_LINE,
                msg!("summary-too-long", length = length, max = MAX_SUMMARY_CHARS),
            )
            .with_hint(msg!("summary-too-long-hint")),
        );
    }
    text
}

/// The author's own chat message leaves room for the notice, a contact and the page's address
/// within [`crate::localize::chat::MAX_CHARS`].
pub const MAX_CHAT_CHARS: usize = 500;

/// `chat:` fits a phone's screen with what is added to it.
fn check_chat(path: &Path, chat: &Spanned<String>, diagnostics: &mut Diagnostics) {
    let length = chat.value.trim().chars().count();
    if length > MAX_CHAT_CHARS {
        diagnostics.push(
            at_line(
                path,
                chat,
                FIRST_LINE,
                msg!("chat-too-long", length = length, max = MAX_CHAT_CHARS),
            )
            .with_hint(msg!("chat-too-long-hint")),
        );
    }
}

/// `sms:` is one text message, counted in the encoding it will be sent in.
fn check_sms(path: &Path, sms: &Spanned<String>, diagnostics: &mut Diagnostics) {
    // A spreadsheet reads a cell that starts with `=`, `+`, `-` or `@` as a formula: the SMS
    // list would run an author's formula on the computer of whoever opens it.
    if sms.value.trim_start().starts_with(['=', '+', '-', '@']) {
        diagnostics.push(at_line(path, sms, FIRST_LINE, msg!("sms-formula")).with_hint(msg!("sms-formula-hint")));
    }
    let length = crate::sms::measure(sms.value.trim());
    if length.fits() {
        return;
    }
    let hint = match length.outside_gsm {
        Some(c) => msg!(
            "sms-too-long-ucs2-hint",
            char = c.to_string(),
            gsm = crate::sms::GSM_LIMIT,
            ucs2 = crate::sms::UCS2_LIMIT
        ),
        None => msg!("sms-too-long-hint", limit = length.limit),
    };
    let encoding = match length.encoding {
        crate::sms::Encoding::Gsm => "GSM-7",
        crate::sms::Encoding::Ucs2 => "UCS-2",
    };
    diagnostics.push(
        at_line(
            path,
            sms,
            FIRST_LINE,
            msg!(
                "sms-too-long",
                length = length.units,
                limit = length.limit,
                encoding = encoding
            ),
        )
        .with_hint(hint),
    );
}

/// `myth:` and `fact:` belong to myth pages, which need both.
fn check_myth(
    path: &Path,
    front: &FrontMatter,
    kind: PageKind,
    diagnostics: &mut Diagnostics,
) -> (Option<String>, Option<String>) {
    let myth = front.myth.as_ref().map(|m| m.value.trim().to_string());
    let fact = front.fact.as_ref().map(|f| f.value.trim().to_string());
    if kind == PageKind::Myth {
        for (key, value) in [("myth", &myth), ("fact", &fact)] {
            if value.as_deref().is_none_or(str::is_empty) {
                let d = match &front.kind {
                    Some(k) => at_line(path, k, FIRST_LINE, msg!("myth-needs", key = key)),
                    None => Diagnostic::error(path, 1, 1, msg!("myth-needs", key = key)),
                };
                diagnostics.push(d.with_hint(match key {
                    "myth" => msg!("myth-needs-myth-hint"),
                    _ => msg!("myth-needs-fact-hint"),
                }));
            }
        }
    } else {
        for (key, value) in [("myth", &front.myth), ("fact", &front.fact)] {
            if let Some(value) = value {
                diagnostics.push(
                    at_line(path, value, FIRST_LINE, msg!("myth-only", key = key)).with_hint(msg!("myth-only-hint")),
                );
            }
        }
    }
    (myth, fact)
}

/// The trimmed text of an optional field; `None` when it is empty.
fn optional_text(value: &Option<Spanned<String>>) -> Option<String> {
    value
        .as_ref()
        .map(|v| v.value.trim().to_string())
        .filter(|v| !v.is_empty())
}

/// The file line of a front-matter value (0 when it was reported or is missing).
fn line_of(value: Option<&Spanned<String>>) -> usize {
    value
        .filter(|v| !v.is_reported())
        .map_or(0, |v| crate::load::yaml::position(&v.referenced, FIRST_LINE).0)
}

/// A review date is a real date, not in the future. "Today" east of UTC is up to a day ahead of
/// the build machine's (an editor in the browser writes the author's local date), so the next day
/// is still accepted.
fn check_reviewed(path: &Path, reviewed: &Spanned<String>, today: Date, diagnostics: &mut Diagnostics) -> Option<Date> {
    let Some(date) = Date::parse(&reviewed.value) else {
        let text = reviewed.value.trim();
        // In the right form, but not a day of the calendar (2026-02-30): say which days there are.
        let parts: Vec<&str> = text.split('-').collect();
        let form = parts.len() == 3
            && [4, 2, 2]
                .iter()
                .zip(&parts)
                .all(|(n, p)| p.len() == *n && p.bytes().all(|b| b.is_ascii_digit()));
        let diagnostic = match (form, parts.as_slice()) {
            (true, [year, month, _]) => {
                let month: u8 = month.parse().unwrap_or(0);
                let days = time::Month::try_from(month)
                    .ok()
                    .map(|m| m.length(year.parse().unwrap_or(2000)));
                match days {
                    Some(days) => at_line(path, reviewed, FIRST_LINE, msg!("date-no-such-day", date = text))
                        .with_hint(msg!("date-no-such-day-hint", month = month, days = days)),
                    None => at_line(path, reviewed, FIRST_LINE, msg!("date-no-such-month", date = text))
                        .with_hint(msg!("date-no-such-month-hint")),
                }
            }
            _ => at_line(path, reviewed, FIRST_LINE, msg!("date-not-a-date", date = text))
                .with_hint(msg!("date-form-hint")),
        };
        diagnostics.push(diagnostic);
        return None;
    };
    if date.days_since(today) > 1 {
        diagnostics.push(
            at_line(
                path,
                reviewed,
                FIRST_LINE,
                msg!("date-in-future", date = date.to_string()),
            )
            .with_hint(msg!("date-in-future-hint")),
        );
        return None;
    }
    Some(date)
}

/// `translated_from:` is a hash altavoz wrote: 8 characters, `0`-`9` and `a`-`f`.
fn check_translated_from(path: &Path, value: &Spanned<String>, diagnostics: &mut Diagnostics) -> Option<String> {
    let hash = value.value.trim();
    if crate::translatable::is_hash(hash) {
        return Some(hash.to_string());
    }
    diagnostics.push(
        at_line(
            path,
            value,
            FIRST_LINE,
            msg!("translated-from-invalid", value = &value.value),
        )
        .with_hint(msg!("translated-from-invalid-hint")),
    );
    None
}

fn check_source_url(path: &Path, url: &Spanned<String>, diagnostics: &mut Diagnostics) -> Option<String> {
    let ok = url.value.starts_with("https://") || url.value.starts_with("http://");
    if !ok {
        diagnostics.push(
            at_line(path, url, FIRST_LINE, msg!("source-url-invalid", url = &url.value))
                .with_hint(msg!("source-url-invalid-hint")),
        );
    }
    ok.then(|| url.value.clone())
}

/// Pages whose last review is older than the campaign allows, or that do not say when they
/// were reviewed, get a warning (not an error: the build still runs, but someone should check
/// the facts again).
pub fn warn_stale_reviews(
    source: &CampaignSource,
    pages: &[Page],
    every_days: u32,
    today: Date,
    diagnostics: &mut Diagnostics,
) {
    for page in pages.iter().filter(|p| !p.draft) {
        match page.reviewed {
            Some(date) if today.days_since(date) > i64::from(every_days) => diagnostics.push(
                Diagnostic::warning(
                    &page.path,
                    0,
                    0,
                    msg!("review-stale", date = date.to_string(), days = every_days),
                )
                .with_hint(msg!("review-stale-hint")),
            ),
            Some(_) => {}
            None => {
                // A `reviewed:` that is there but wrong, or a front matter with mistakes, is an
                // error already.
                let given = source
                    .pages
                    .iter()
                    .any(|p| p.path == page.path && (p.front.reviewed.is_some() || !p.clean));
                if !given {
                    diagnostics.push(
                        Diagnostic::warning(&page.path, 0, 0, msg!("review-missing"))
                            .with_hint(msg!("review-missing-hint")),
                    );
                }
            }
        }
    }
}
