//! `altavoz edit`: the live preview with a browser editor for authors and translators, on the
//! same server, under `/_edit/`. The editor's pages are forms the server answers (they work
//! without JavaScript); a small script of our own adds live checks, the counter, the toolbar
//! and drag and drop. It writes only a campaign's pages, `campaign.yaml` and `assets/`, each
//! change in place and atomically; it answers only on this computer (loopback), to whoever
//! holds the run's token, and takes changes only from its own pages (CSRF token, `Origin`,
//! Fetch Metadata). The preview stays read-only.

mod campaign_form;
mod check;
mod dashboard;
mod form;
mod page;
mod page_form;
mod paths;
mod respond;
mod session;
mod translation;
mod upload;

use std::net::IpAddr;
use std::path::PathBuf;
use std::sync::Arc;

use crate::load::Cache;
use crate::messages::{Lang, Message};
use crate::msg;
use crate::serve::{Extension, Request, Response, ServeOptions};

use form::Form;
use respond::Pages;
use session::Secrets;

/// The largest photo the editor takes (a phone's photo is 2 to 8 MB).
pub const MAX_UPLOAD: usize = 15 * 1024 * 1024;
/// The largest form other than a photo's (a page is at most 1 MB).
const MAX_FORM: usize = 2 * 1024 * 1024;

/// The editor of one project, for one run.
pub struct Editor {
    root: PathBuf,
    secrets: Secrets,
    pages: Pages,
    /// Pages parsed by earlier checks.
    cache: Cache,
}

impl Editor {
    /// What the project would say if the file `rel` of `campaign` held `text`: its problems, in
    /// the author's language, checked as `altavoz check` would, without writing anything.
    fn check(&self, campaign: &str, rel: &str, text: &str) -> check::Checked {
        check::check(
            &self.root,
            Some(&self.cache),
            campaign,
            std::path::Path::new(rel),
            text,
            self.pages.lang(),
            self.today(),
        )
    }
}

/// Runs the preview with the editor until Ctrl-C. Only on this computer: another address to
/// listen on is refused.
pub fn edit(options: ServeOptions) -> Result<(), Message> {
    let loopback = match options.bind.trim_matches(['[', ']']).parse::<IpAddr>() {
        Ok(ip) => ip.is_loopback(),
        Err(_) => options.bind.eq_ignore_ascii_case("localhost"),
    };
    if !loopback {
        return Err(msg!("edit-loopback-only", bind = &options.bind));
    }
    let editor = Editor::new(options.root.clone(), options.messages, options.port)?;
    crate::serve::run(options, Some(Arc::new(editor)))
}

impl Editor {
    pub fn new(root: PathBuf, lang: Lang, port: u16) -> Result<Editor, Message> {
        let secrets = Secrets::new(port).map_err(|e| msg!("edit-no-random", reason = e.to_string()))?;
        Ok(Editor {
            root,
            pages: Pages::new(lang)?,
            secrets,
            cache: Cache::default(),
        })
    }

    fn today(&self) -> crate::project::Date {
        crate::pipeline::today()
    }
}

impl Extension for Editor {
    fn prefix(&self) -> &'static str {
        "/_edit/"
    }

    fn max_body(&self) -> usize {
        MAX_UPLOAD + 64 * 1024
    }

    fn address(&self, base: &str) -> Option<String> {
        Some(format!("{base}/_edit/?token={}", self.secrets.token()))
    }

    fn answer(&self, request: &Request) -> Response {
        let path = request.target.split('?').next().unwrap_or("");
        if let Some(file) = path.strip_prefix("/_edit/static/") {
            return respond::asset(file);
        }
        let query = Form::query(&request.target);
        if request.method != "POST"
            && let Some(token) = query.get("token")
        {
            return if self.secrets.is_token(token) {
                respond::see_other("/_edit/").with_header("Set-Cookie", self.secrets.cookie())
            } else {
                self.pages.refused(403, msg!("edit-token-wrong"))
            };
        }
        if !self.secrets.has_session(request) {
            return self.pages.refused(403, msg!("edit-no-session"));
        }
        if request.method != "POST" {
            return self.read(path, &query);
        }
        let upload = path == "/_edit/upload";
        if !upload && request.body.len() > MAX_FORM {
            return self.pages.refused(413, msg!("edit-too-large"));
        }
        let form = match Form::read(request) {
            Ok(form) => form,
            Err(form::FormError::Unsupported) => return self.pages.refused(415, msg!("edit-bad-form")),
            Err(form::FormError::Malformed) => return self.pages.refused(400, msg!("edit-bad-form")),
        };
        let csrf = form
            .get("csrf")
            .or_else(|| request.header("x-altavoz-csrf"))
            .unwrap_or("");
        if !self.secrets.is_csrf(csrf) {
            return self.pages.refused(403, msg!("edit-no-csrf"));
        }
        self.write(path, &form, request)
    }
}

impl Editor {
    /// A page of the editor.
    fn read(&self, path: &str, query: &Form) -> Response {
        match path {
            "/_edit/" => dashboard::show(self, query),
            "/_edit/page" => page_form::show(self, query),
            "/_edit/campaign" => campaign_form::show(self, query),
            "/_edit/translate" => translation::show(self, query),
            _ => self.pages.refused(404, msg!("edit-not-found")),
        }
    }

    /// A change the author asks for.
    fn write(&self, path: &str, form: &Form, request: &Request) -> Response {
        let wants_json = request.header("accept").is_some_and(|a| a.contains("application/json"));
        match path {
            "/_edit/check" if form.text("path").ends_with("/campaign.yaml") => {
                campaign_form::check(self, form, wants_json)
            }
            "/_edit/check" => page_form::check(self, form, wants_json),
            "/_edit/save" => page_form::save(self, form),
            "/_edit/create" => page_form::create(self, form),
            "/_edit/campaign" => campaign_form::save(self, form),
            "/_edit/translate" => translation::save(self, form),
            "/_edit/translate/start" => translation::start(self, form),
            "/_edit/translate/done" => translation::done(self, form),
            "/_edit/upload" => upload::save(self, form, wants_json),
            _ => self.pages.refused(404, msg!("edit-not-found")),
        }
    }
}
