//! `altavoz cms` (and `altavoz new --cms`): the configuration of a git-based web editor, Decap
//! CMS or Sveltia CMS, made from the project: one collection per campaign, in its folder, with
//! `i18n: multiple_folders` (altavoz's layout: `campaigns/<c>/<lang>/<page>.md`), the fields of
//! every page kind with their limits, the campaign's `assets/` as its media folder, the
//! editorial workflow on (every change a pull request a reviewer approves), and each campaign's
//! `campaign.yaml` as a form of its own. Written as `static/admin/config.yml` and
//! `static/admin/index.html`, the only page of the site that loads a script; no page links to
//! it. Labels and hints come from the message catalogs, in the project's language.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use crate::load::{self, CardFormat, Localized, PageKind};
use crate::messages::{Catalog, Lang, Message};
use crate::msg;

/// The web editor to configure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cms {
    Decap,
    Sveltia,
}

impl Cms {
    pub fn parse(name: &str) -> Option<Cms> {
        match name {
            "decap" => Some(Cms::Decap),
            "sveltia" => Some(Cms::Sveltia),
            _ => None,
        }
    }

    fn admin_page(self) -> &'static str {
        match self {
            Cms::Decap => include_str!("cms/decap/index.html"),
            Cms::Sveltia => include_str!("cms/sveltia/index.html"),
        }
    }
}

/// Where the site's repository is: the forge and, when known, the repository and branch.
#[derive(Debug, Clone)]
pub struct Backend {
    /// `github` or `gitlab`.
    pub forge: &'static str,
    pub repo: Option<String>,
    pub branch: String,
}

// JavaScript regular expressions (Decap compiles them with `RegExp(p)`, no flags).
const NOT_EMPTY: &str = r"\S";
/// At most 200 characters, a character outside the BMP (an emoji) counting one. The lookahead
/// is atomic in JavaScript: a text that is too long fails at once (an alternation would try
/// every way of splitting the pairs, exponential time on 201 emoji).
const SUMMARY: &str = r"^(?:(?=([\uD800-\uDBFF][\uDC00-\uDFFF]|[\s\S]))\1){1,200}$";
const URL: &str = r"^https?://\S+$";
const HEX: &str = r"^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$";
const PHONE: &str = r"^\+[0-9][0-9 ().-]{5,}$";
const COUNTRY: &str = r"^[A-Z]{2}$";

/// A YAML double-quoted scalar: a JSON string is one.
fn q(text: &str) -> String {
    serde_json::to_string(text).unwrap_or_default()
}

/// The YAML text, line by line, two spaces an indent.
struct Out {
    text: String,
    words: &'static Catalog,
}

impl Out {
    fn line(&mut self, indent: usize, text: &str) {
        let _ = writeln!(self.text, "{}{text}", "  ".repeat(indent));
    }

    fn say(&self, message: &Message) -> String {
        self.words.text(message)
    }

    /// `# …` lines of `message`, wrapped.
    fn comment(&mut self, message: &Message) {
        let mut line = String::from("#");
        for word in self.say(message).split_whitespace() {
            if line.len() + word.len() > 94 {
                self.line(0, &line);
                line = String::from("#");
            }
            line.push(' ');
            line.push_str(word);
        }
        self.line(0, &line);
    }

    /// One field as a block map, first line `- name:`.
    fn field(&mut self, indent: usize, name: &str, widget: &str, label: Message, hint: Option<Message>, field: Field) {
        self.line(indent, &format!("- name: {name}"));
        let inner = indent + 1;
        self.line(inner, &format!("label: {}", q(&self.say(&label))));
        self.line(inner, &format!("widget: {widget}"));
        if !field.required && widget != "hidden" {
            self.line(inner, "required: false");
        }
        if field.i18n {
            self.line(inner, "i18n: true");
        }
        if let Some(hint) = hint {
            self.line(inner, &format!("hint: {}", q(&self.say(&hint))));
        }
        for (key, value) in field.extra {
            self.line(inner, &format!("{key}: {value}"));
        }
        for (key, lines) in field.nested {
            self.line(inner, &format!("{key}:"));
            for line in lines {
                self.line(inner + 1, &line);
            }
        }
    }

    /// A field that holds others (a `list` or an `object`), up to its `fields:` line.
    fn group(&mut self, indent: usize, name: &str, widget: &str, (label, hint): (Message, Message), field: Field) {
        self.field(indent, name, widget, label, Some(hint), field);
        self.line(indent + 1, "fields:");
    }

    fn pattern(&self, pattern: &str, words: Message) -> String {
        format!("[{}, {}]", q(pattern), q(&self.say(&words)))
    }

    /// `- { label: "…", value: v }` lines of a select.
    fn options(&self, options: Vec<(Message, &str)>) -> Vec<String> {
        options
            .into_iter()
            .map(|(label, value)| format!("- {{ label: {}, value: {value} }}", q(&self.say(&label))))
            .collect()
    }
}

/// What a field says besides its name, widget, label and hint.
struct Field {
    required: bool,
    i18n: bool,
    extra: Vec<(&'static str, String)>,
    nested: Vec<(&'static str, Vec<String>)>,
}

impl Field {
    fn optional() -> Field {
        Field {
            required: false,
            i18n: true,
            extra: Vec::new(),
            nested: Vec::new(),
        }
    }

    fn required() -> Field {
        Field {
            required: true,
            ..Field::optional()
        }
    }

    /// The same in every language: a campaign setting.
    fn shared(self) -> Field {
        Field { i18n: false, ..self }
    }

    fn with(mut self, key: &'static str, value: String) -> Field {
        self.extra.push((key, value));
        self
    }

    fn nested(mut self, key: &'static str, lines: Vec<String>) -> Field {
        self.nested.push((key, lines));
        self
    }
}

fn kind_words(kind: PageKind) -> Message {
    match kind {
        PageKind::Page => msg!("cms-kinds-page"),
        PageKind::Tip => msg!("cms-kinds-tip"),
        PageKind::Myth => msg!("cms-kinds-myth"),
        PageKind::Story => msg!("cms-kinds-story"),
        PageKind::Faq => msg!("cms-kinds-faq"),
        PageKind::Contacts => msg!("cms-kinds-contacts"),
    }
}

fn format_words(format: CardFormat) -> Message {
    match format {
        CardFormat::Og => msg!("cms-formats-options-og"),
        CardFormat::Square => msg!("cms-formats-options-square"),
        CardFormat::Story => msg!("cms-formats-options-story"),
    }
}

fn page_fields(o: &mut Out, indent: usize, campaign: &str, cms: Cms) {
    let assets = format!("/campaigns/{campaign}/assets");
    let not_empty = o.pattern(NOT_EMPTY, msg!("cms-not-empty"));
    o.field(
        indent,
        "title",
        "string",
        msg!("cms-title"),
        Some(msg!("cms-title-hint")),
        Field::required().with("pattern", not_empty.clone()),
    );
    let mut summary = Field::required().with("pattern", o.pattern(SUMMARY, msg!("cms-summary-pattern")));
    if cms == Cms::Sveltia {
        summary = summary.with("maxlength", "200".into());
    }
    o.field(
        indent,
        "summary",
        "text",
        msg!("cms-summary"),
        Some(msg!("cms-summary-hint")),
        summary,
    );
    let kinds = o.options(PageKind::ALL.into_iter().map(|k| (kind_words(k), k.as_str())).collect());
    o.field(
        indent,
        "kind",
        "select",
        msg!("cms-kind"),
        Some(msg!("cms-kind-hint")),
        Field::optional().nested("options", kinds),
    );
    o.field(
        indent,
        "myth",
        "text",
        msg!("cms-myth"),
        Some(msg!("cms-myth-hint")),
        Field::optional(),
    );
    o.field(
        indent,
        "fact",
        "text",
        msg!("cms-fact"),
        Some(msg!("cms-fact-hint")),
        Field::optional(),
    );
    o.field(
        indent,
        "order",
        "number",
        msg!("cms-order"),
        Some(msg!("cms-order-hint")),
        Field::optional().with("value_type", "int".into()),
    );
    let date = Field::optional()
        .with("format", q("YYYY-MM-DD"))
        .with("date_format", q("YYYY-MM-DD"))
        .with("time_format", "false".into());
    o.field(
        indent,
        "reviewed",
        "datetime",
        msg!("cms-reviewed"),
        Some(msg!("cms-reviewed-hint")),
        date,
    );
    o.field(
        indent,
        "reviewed_by",
        "string",
        msg!("cms-reviewed-by"),
        Some(msg!("cms-reviewed-by-hint")),
        Field::optional(),
    );
    // Sources: a list of { title, url }.
    let singular = q(&o.say(&msg!("cms-source")));
    o.group(
        indent,
        "sources",
        "list",
        (msg!("cms-sources"), msg!("cms-sources-hint")),
        Field::optional()
            .with("label_singular", singular)
            .with("collapsed", "false".into())
            .with("summary", q("{{fields.title}}")),
    );
    o.field(
        indent + 2,
        "title",
        "string",
        msg!("cms-source-title"),
        None,
        Field::required().with("pattern", not_empty),
    );
    let url = o.pattern(URL, msg!("cms-url-pattern"));
    o.field(
        indent + 2,
        "url",
        "string",
        msg!("cms-source-url"),
        Some(msg!("cms-source-url-hint")),
        Field::optional().with("pattern", url),
    );
    // The card: { headline, formats, image }.
    o.group(
        indent,
        "card",
        "object",
        (msg!("cms-card"), msg!("cms-card-hint")),
        Field::optional().with("collapsed", "true".into()),
    );
    o.field(
        indent + 2,
        "headline",
        "string",
        msg!("cms-headline"),
        Some(msg!("cms-headline-hint")),
        Field::optional(),
    );
    let formats = o.options(
        CardFormat::ALL
            .into_iter()
            .map(|f| (format_words(f), f.as_str()))
            .collect(),
    );
    o.field(
        indent + 2,
        "formats",
        "select",
        msg!("cms-formats"),
        Some(msg!("cms-formats-hint")),
        Field::optional()
            .with("multiple", "true".into())
            .nested("options", formats),
    );
    let picture = Field::optional()
        .with("media_folder", q(&assets))
        .with("public_folder", q("assets"))
        .with("choose_url", "false".into());
    o.field(
        indent + 2,
        "image",
        "image",
        msg!("cms-image"),
        Some(msg!("cms-image-hint")),
        picture,
    );
    o.field(
        indent,
        "handout",
        "boolean",
        msg!("cms-handout"),
        Some(msg!("cms-handout-hint")),
        Field::optional(),
    );
    o.field(
        indent,
        "poster",
        "boolean",
        msg!("cms-poster"),
        Some(msg!("cms-poster-hint")),
        Field::optional(),
    );
    o.field(
        indent,
        "notes",
        "text",
        msg!("cms-notes"),
        Some(msg!("cms-notes-hint")),
        Field::optional(),
    );
    o.field(
        indent,
        "chat",
        "text",
        msg!("cms-chat"),
        Some(msg!("cms-chat-hint", max = crate::validate::MAX_CHAT_CHARS)),
        Field::optional(),
    );
    o.field(
        indent,
        "sms",
        "string",
        msg!("cms-sms"),
        Some(msg!("cms-sms-hint")),
        Field::optional(),
    );
    o.field(
        indent,
        "audio",
        "file",
        msg!("cms-audio"),
        Some(msg!("cms-audio-hint")),
        Field::optional()
            .with("media_folder", q(&assets))
            .with("public_folder", q("assets"))
            .with("choose_url", "false".into()),
    );
    o.field(
        indent,
        "draft",
        "boolean",
        msg!("cms-draft"),
        Some(msg!("cms-draft-hint")),
        Field::optional(),
    );
    o.field(
        indent,
        "translated_from",
        "hidden",
        msg!("cms-translated-from"),
        None,
        Field::optional(),
    );
    let body = Field::optional()
        .with("modes", "[raw, rich_text]".into())
        .with("sanitize_preview", "true".into());
    o.field(
        indent,
        "body",
        "markdown",
        msg!("cms-body"),
        Some(msg!("cms-body-hint")),
        body,
    );
}

fn settings_fields(o: &mut Out, indent: usize, campaign: &str, languages: &[(String, String)]) {
    let codes: Vec<&str> = languages.iter().map(|(c, _)| c.as_str()).collect();
    let assets = format!("/campaigns/{campaign}/assets");
    let per_language =
        |o: &mut Out, indent: usize, name: &str, label: Message, hint: Option<Message>, required: bool| {
            o.line(indent, &format!("- name: {name}"));
            o.line(indent + 1, &format!("label: {}", q(&o.say(&label))));
            o.line(indent + 1, "widget: object");
            if !required {
                o.line(indent + 1, "required: false");
            }
            if let Some(hint) = hint {
                o.line(indent + 1, &format!("hint: {}", q(&o.say(&hint))));
            }
            o.line(indent + 1, "fields:");
            for (code, name) in languages {
                o.line(
                    indent + 2,
                    &format!(
                        "- {{ name: {code}, label: {}, widget: string, required: false }}",
                        q(name)
                    ),
                );
            }
        };
    per_language(
        o,
        indent,
        "name",
        msg!("cms-c-name"),
        Some(msg!("cms-c-name-hint")),
        true,
    );
    per_language(
        o,
        indent,
        "tagline",
        msg!("cms-c-tagline"),
        Some(msg!("cms-c-tagline-hint")),
        false,
    );
    per_language(
        o,
        indent,
        "notice",
        msg!("cms-c-notice"),
        Some(msg!("cms-c-notice-hint")),
        false,
    );
    let flow = format!("[{}]", codes.join(", "));
    o.field(
        indent,
        "source_language",
        "select",
        msg!("cms-c-source-language"),
        Some(msg!("cms-c-source-language-hint")),
        Field::optional().shared().with("options", flow.clone()),
    );
    o.field(
        indent,
        "languages",
        "select",
        msg!("cms-c-languages"),
        Some(msg!("cms-c-languages-hint")),
        Field::optional()
            .shared()
            .with("multiple", "true".into())
            .with("options", flow),
    );
    o.line(indent, "- name: colors");
    o.line(indent + 1, &format!("label: {}", q(&o.say(&msg!("cms-c-colors")))));
    o.line(indent + 1, "widget: object");
    o.line(indent + 1, "required: false");
    o.line(indent + 1, "fields:");
    let hex = o.pattern(HEX, msg!("cms-hex-pattern"));
    o.field(
        indent + 2,
        "primary",
        "string",
        msg!("cms-c-primary"),
        Some(msg!("cms-c-primary-hint")),
        Field::required().shared().with("pattern", hex.clone()),
    );
    o.field(
        indent + 2,
        "accent",
        "string",
        msg!("cms-c-accent"),
        Some(msg!("cms-c-accent-hint")),
        Field::optional().shared().with("pattern", hex),
    );
    let logo = Field::optional()
        .shared()
        .with("media_folder", q(&assets))
        .with("public_folder", q("assets"))
        .with("choose_url", "false".into());
    o.field(
        indent,
        "logo",
        "image",
        msg!("cms-c-logo"),
        Some(msg!("cms-c-logo-hint")),
        logo,
    );
    let days = Field::optional()
        .shared()
        .with("value_type", "int".into())
        .with("min", "1".into());
    o.field(
        indent,
        "review_every_days",
        "number",
        msg!("cms-c-review-every-days"),
        Some(msg!("cms-c-review-every-days-hint")),
        days,
    );
    let outdated = o.options(vec![
        (msg!("cms-c-outdated-options-notice"), "notice"),
        (msg!("cms-c-outdated-options-source"), "source"),
        (msg!("cms-c-outdated-options-error"), "error"),
    ]);
    o.field(
        indent,
        "outdated",
        "select",
        msg!("cms-c-outdated"),
        Some(msg!("cms-c-outdated-hint")),
        Field::optional().shared().nested("options", outdated),
    );
    let formats = o.options(
        CardFormat::ALL
            .into_iter()
            .map(|f| (format_words(f), f.as_str()))
            .collect(),
    );
    o.field(
        indent,
        "cards",
        "select",
        msg!("cms-c-cards"),
        Some(msg!("cms-c-cards-hint")),
        Field::optional()
            .shared()
            .with("multiple", "true".into())
            .nested("options", formats),
    );
    o.field(
        indent,
        "posters",
        "boolean",
        msg!("cms-c-posters"),
        Some(msg!("cms-c-posters-hint")),
        Field::optional().shared(),
    );
    let singular = q(&o.say(&msg!("cms-c-contact")));
    o.group(
        indent,
        "contacts",
        "list",
        (msg!("cms-c-contacts"), msg!("cms-c-contacts-hint")),
        Field::optional()
            .shared()
            .with("label_singular", singular)
            .with("summary", q("{{fields.phone}}")),
    );
    let sub = indent + 2;
    per_language(o, sub, "label", msg!("cms-c-label"), None, true);
    let phone = o.pattern(PHONE, msg!("cms-phone-pattern"));
    o.field(
        sub,
        "phone",
        "string",
        msg!("cms-c-phone"),
        Some(msg!("cms-c-phone-hint")),
        Field::optional().shared().with("pattern", phone.clone()),
    );
    o.field(
        sub,
        "whatsapp",
        "string",
        msg!("cms-c-whatsapp"),
        Some(msg!("cms-c-whatsapp-hint")),
        Field::optional().shared().with("pattern", phone),
    );
    per_language(o, sub, "hours", msg!("cms-c-hours"), None, false);
    let country = o.pattern(COUNTRY, msg!("cms-country-pattern"));
    o.field(
        sub,
        "country",
        "string",
        msg!("cms-c-country"),
        Some(msg!("cms-c-country-hint")),
        Field::optional().shared().with("pattern", country),
    );
}

/// A campaign as the configuration names it.
struct CampaignInfo {
    slug: String,
    label: String,
    description: Option<String>,
    locales: Vec<String>,
    default_locale: String,
}

/// `text` in `lang`: its own text, else along `lang`'s fallbacks, else the first language's.
fn localized(text: &Localized, chain: &[String]) -> String {
    text.get(chain).to_string()
}

/// The configuration of `cms` for the project at `root`, with its messages in `lang`. `backend`:
/// the repository; an existing `backend:` of `static/admin/config.yml` is kept instead, unless
/// `backend` names the repository or the existing one is still the placeholder.
pub fn config(root: &Path, cms: Cms, backend: &Backend, lang: Lang) -> Result<String, Message> {
    let (sources, _) = load::load(root).map_err(|e| e.message())?;
    let project = sources.project.as_ref().ok_or_else(|| msg!("cms-no-project"))?;
    let languages: Vec<(String, String)> = project
        .languages
        .value
        .iter()
        .map(|l| (l.code.value.clone(), l.name.clone()))
        .collect();
    let codes: Vec<String> = languages.iter().map(|(c, _)| c.clone()).collect();
    if let Some(bad) = codes
        .iter()
        .find(|c| !(2..=10).contains(&c.len()) || !c.chars().all(|c| c.is_ascii_alphabetic() || c == '-' || c == '_'))
    {
        return Err(msg!("cms-language-code", code = bad));
    }
    // The chain of the messages' language, for names written per language.
    let mut chain = vec![lang.code().to_string()];
    chain.extend(codes.iter().cloned());
    let mut campaigns = Vec::new();
    for campaign in &sources.campaigns {
        let Some(config) = &campaign.config else { continue };
        let wanted: Vec<String> = config
            .languages
            .as_ref()
            .map(|l| l.iter().map(|c| c.value.clone()).collect())
            .unwrap_or_else(|| codes.clone());
        campaigns.push(CampaignInfo {
            slug: campaign.slug.clone(),
            label: localized(&config.name.value, &chain),
            description: config.tagline.as_ref().map(|t| localized(&t.value, &chain)),
            // In the project's order.
            locales: codes.iter().filter(|c| wanted.contains(c)).cloned().collect(),
            default_locale: config
                .source_language
                .as_ref()
                .map_or_else(|| codes[0].clone(), |s| s.value.clone()),
        });
    }
    let first = campaigns
        .first()
        .map(|c| c.slug.clone())
        .ok_or_else(|| msg!("cms-no-campaign"))?;
    let mut o = Out {
        text: String::new(),
        words: Catalog::get(lang),
    };
    o.comment(&match cms {
        Cms::Decap => msg!("cms-header"),
        Cms::Sveltia => msg!("cms-header-sveltia"),
    });
    o.line(0, &format!("# altavoz {}", env!("CARGO_PKG_VERSION")));
    o.line(0, "");
    // The backend someone filled in is kept, unless this run names the repository: then it is
    // written again from the flags (and so is one still holding the placeholder).
    let kept = kept_backend(root)
        .filter(|lines| backend.repo.is_none() && !lines.iter().any(|l| l.contains("OWNER/REPOSITORY")));
    match kept {
        Some(lines) => {
            for line in lines {
                o.line(0, &line);
            }
        }
        None => {
            o.line(0, "backend:");
            o.line(1, &format!("name: {}", backend.forge));
            let comment = o.say(&msg!("cms-backend-comment"));
            let repo = q(backend.repo.as_deref().unwrap_or("OWNER/REPOSITORY"));
            o.line(1, &format!("repo: {repo}  # {comment}"));
            o.line(1, &format!("branch: {}", q(&backend.branch)));
            if backend.forge == "gitlab" {
                o.line(1, "auth_type: pkce");
                let comment = o.say(&msg!("cms-gitlab-app-id-comment"));
                o.line(1, &format!("app_id: {}  # {comment}", q("APPLICATION_ID")));
            }
        }
    }
    if cms == Cms::Decap {
        o.comment(&msg!("cms-local-comment"));
        o.line(0, "local_backend: true");
    }
    o.line(0, "publish_mode: editorial_workflow");
    if cms == Cms::Decap {
        o.line(0, &format!("locale: {}", lang.code()));
    }
    let base = project.base_url.value.trim_end_matches('/').to_string() + "/";
    o.line(0, &format!("site_url: {}", q(&base)));
    o.line(0, &format!("display_url: {}", q(&base)));
    o.line(0, &format!("media_folder: {}", q(&format!("campaigns/{first}/assets"))));
    o.line(0, "editor:");
    o.line(1, "preview: false");
    o.line(0, "slug:");
    o.line(1, "encoding: ascii");
    o.line(1, "clean_accents: true");
    o.line(1, "sanitize_replacement: \"-\"");
    if cms == Cms::Sveltia {
        o.line(0, "output:");
        o.line(1, "omit_empty_optional_fields: true");
    }
    o.line(0, "i18n:");
    o.line(1, "structure: multiple_folders");
    o.line(1, &format!("locales: [{}]", codes.join(", ")));
    o.line(1, &format!("default_locale: {}", codes[0]));
    if cms == Cms::Sveltia {
        o.line(1, "initial_locales: default");
    }
    o.line(0, "collections:");
    for c in &campaigns {
        o.line(1, &format!("- name: {}", c.slug));
        o.line(2, &format!("label: {}", q(&c.label)));
        o.line(2, &format!("label_singular: {}", q(&o.say(&msg!("cms-page")))));
        if let Some(description) = &c.description {
            o.line(2, &format!("description: {}", q(description)));
        }
        o.line(2, &format!("folder: {}", q(&format!("campaigns/{}", c.slug))));
        o.line(2, "create: true");
        o.line(2, "slug: \"{{slug}}\"");
        o.line(2, "extension: md");
        o.line(2, "format: yaml-frontmatter");
        o.line(2, "summary: \"{{title}}\"");
        o.line(
            2,
            match cms {
                Cms::Decap => "sortable_fields: [{ field: order, default_sort: asc }, title]",
                Cms::Sveltia => {
                    "sortable_fields: { fields: [order, title], default: { field: order, direction: ascending } }"
                }
            },
        );
        o.line(
            2,
            &format!("media_folder: {}", q(&format!("/campaigns/{}/assets", c.slug))),
        );
        o.line(2, &format!("public_folder: {}", q("../assets")));
        o.line(2, "i18n:");
        o.line(3, &format!("locales: [{}]", c.locales.join(", ")));
        o.line(3, &format!("default_locale: {}", c.default_locale));
        o.line(2, "fields:");
        page_fields(&mut o, 3, &c.slug, cms);
    }
    // One files collection: each campaign's campaign.yaml.
    o.line(1, "- name: _settings");
    o.line(2, &format!("label: {}", q(&o.say(&msg!("cms-settings")))));
    o.line(
        2,
        &format!("label_singular: {}", q(&o.say(&msg!("cms-settings-singular")))),
    );
    o.line(2, "format: yaml");
    o.line(2, "files:");
    for c in &campaigns {
        o.line(3, &format!("- name: {}", c.slug));
        o.line(4, &format!("label: {}", q(&c.label)));
        o.line(
            4,
            &format!("file: {}", q(&format!("campaigns/{}/campaign.yaml", c.slug))),
        );
        o.line(4, "fields:");
        settings_fields(&mut o, 5, &c.slug, &languages);
    }
    Ok(o.text)
}

/// The `backend:` map of an existing configuration, as its lines: the person who set up the
/// repository filled it, and a new configuration keeps it.
fn kept_backend(root: &Path) -> Option<Vec<String>> {
    let text = std::fs::read_to_string(root.join("static/admin/config.yml")).ok()?;
    let mut lines = text.lines().skip_while(|l| !l.starts_with("backend:"));
    let first = lines.next()?.to_string();
    let mut kept = vec![first];
    kept.extend(
        lines
            .take_while(|l| l.starts_with([' ', '\t']) || l.trim().is_empty())
            .map(str::to_string),
    );
    while kept.last().is_some_and(|l| l.trim().is_empty()) {
        kept.pop();
    }
    Some(kept)
}

/// The web editor a project already has (`static/admin/index.html`), if any.
pub fn existing(root: &Path) -> Option<Cms> {
    let page = std::fs::read_to_string(root.join("static/admin/index.html")).ok()?;
    if page.contains("sveltia") {
        Some(Cms::Sveltia)
    } else if page.contains("decap") {
        Some(Cms::Decap)
    } else {
        None
    }
}

/// Writes `static/admin/config.yml` and `index.html` of `cms` for the project at `root`;
/// returns their project paths.
pub fn write(root: &Path, cms: Cms, backend: &Backend, lang: Lang) -> Result<Vec<PathBuf>, Message> {
    let config = config(root, cms, backend, lang)?;
    let (sources, _) = load::load(root).map_err(|e| e.message())?;
    let title = sources
        .project
        .as_ref()
        .map(|p| p.title.value.get(&[lang.code().to_string()]).to_string())
        .unwrap_or_default();
    let page = cms
        .admin_page()
        .replace("{{lang}}", lang.code())
        .replace("{{title}}", &crate::html::escape(&title));
    let admin = PathBuf::from("static/admin");
    let mut written = Vec::new();
    for (name, text) in [("config.yml", config), ("index.html", page)] {
        let path = admin.join(name);
        crate::write::source_file(&root.join(&path), text.as_bytes())
            .map_err(|e| msg!("new-cannot-write", path = &path, reason = e.to_string()))?;
        written.push(path);
    }
    Ok(written)
}
