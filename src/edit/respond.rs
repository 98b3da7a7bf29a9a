//! The editor's answers: its pages (Tera templates compiled into the binary, its words from the
//! message catalogs), its script and stylesheet, redirects and JSON. Every page is sent with a
//! Content-Security-Policy that lets it load only the editor's own script, style and the
//! preview's pictures, and no other site may frame it.

use serde::Serialize;

use crate::messages::{Catalog, Lang, Message};
use crate::msg;
use crate::serve::Response;

const TEMPLATES: [(&str, &str); 9] = [
    ("components.html", include_str!("ui/components.html")),
    ("layout.html", include_str!("ui/layout.html")),
    ("dashboard.html", include_str!("ui/dashboard.html")),
    ("page.html", include_str!("ui/page.html")),
    ("source.html", include_str!("ui/source.html")),
    ("conflict.html", include_str!("ui/conflict.html")),
    ("translate.html", include_str!("ui/translate.html")),
    ("campaign.html", include_str!("ui/campaign.html")),
    ("message.html", include_str!("ui/message.html")),
];

const SCRIPT: &str = include_str!("ui/editor.js");
const STYLE: &str = include_str!("ui/editor.css");

/// Only the editor's own files; pictures of the preview and the preview's pages in a frame.
const POLICY: &str = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; \
                      connect-src 'self'; frame-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

/// The editor's templates, in one language.
pub struct Pages {
    tera: tera::Tera,
    lang: Lang,
}

/// What every page of the editor gets besides its own values.
#[derive(Serialize)]
struct Layout<'a, T: Serialize> {
    /// The language of the editor's words, for `<html lang>`.
    lang: &'static str,
    title: String,
    csrf: &'a str,
    #[serde(flatten)]
    own: T,
}

impl Pages {
    pub fn new(lang: Lang) -> Result<Pages, Message> {
        let mut tera = tera::Tera::new();
        let words = Catalog::get(lang);
        tera.register_function("t", move |kwargs: tera::Kwargs, _: &tera::State| {
            crate::translate::dashboard::say(words, &kwargs)
        });
        tera.add_raw_templates(TEMPLATES)
            .map_err(|e| msg!("edit-template", reason = e.to_string()))?;
        Ok(Pages { tera, lang })
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// The words of `message` in the editor's language.
    pub fn say(&self, message: &Message) -> String {
        Catalog::get(self.lang).text(message)
    }

    /// The page `template` with `own` values, titled `title`.
    pub fn page(&self, status: u16, template: &str, title: String, csrf: &str, own: impl Serialize) -> Response {
        let frame = Layout {
            lang: self.lang.code(),
            title,
            csrf,
            own,
        };
        let html = tera::Context::from_serialize(&frame)
            .and_then(|context| self.tera.render(template, &context))
            .unwrap_or_else(|e| {
                format!(
                    "<!DOCTYPE html><title>altavoz</title><pre>{}</pre>",
                    crate::html::escape(&e.to_string())
                )
            });
        html_response(status, html)
    }

    /// A page that says why nothing was done.
    pub fn refused(&self, status: u16, why: Message) -> Response {
        let text = self.say(&why);
        self.page(status, "message.html", text.clone(), "", Said { text, back: true })
    }
}

#[derive(Serialize)]
struct Said {
    text: String,
    back: bool,
}

fn html_response(status: u16, html: String) -> Response {
    Response::new(status, "text/html; charset=utf-8", html)
        .with_header("Content-Security-Policy", POLICY)
        .with_header("X-Frame-Options", "DENY")
        // Not `no-referrer`: with it, browsers send `Origin: null` with the forms, which the
        // server must refuse.
        .with_header("Referrer-Policy", "same-origin")
}

/// The editor's script and stylesheet.
pub fn asset(file: &str) -> Response {
    match file {
        "editor.js" => Response::new(200, "text/javascript; charset=utf-8", SCRIPT),
        "editor.css" => Response::new(200, "text/css; charset=utf-8", STYLE),
        _ => Response::new(404, "text/plain; charset=utf-8", "not found\n"),
    }
}

/// Go on to `location` (after a change: the page that shows it).
pub fn see_other(location: &str) -> Response {
    Response::new(303, "text/plain; charset=utf-8", format!("{location}\n")).with_header("Location", location)
}

/// `value` as JSON, for the editor's script.
pub fn json(status: u16, value: &impl Serialize) -> Response {
    Response::new(
        status,
        "application/json",
        serde_json::to_vec(value).unwrap_or_default(),
    )
}

/// A query string value, escaped for an address.
pub fn query_value(value: &str) -> String {
    crate::url::encode_component(value)
}
