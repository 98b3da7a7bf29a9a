//! altavoz's own messages (diagnostics, hints, summary lines) in the author's language.
//!
//! A [`Message`] is an id and its arguments, not text: the library builds messages, and whoever
//! shows them (the command line, the preview's error overlay) turns them into words with the
//! [`Catalog`] of the language the author chose. One catalog file per language, in Project
//! Fluent's format (`es.ftl`, `en.ftl` beside this file), so a translator edits plain text with
//! plurals and never Rust. A message missing from a catalog falls back to English.
//!
//! There is no `From<String>` for [`Message`], on purpose: every sentence altavoz says has a
//! catalog id, and words from elsewhere (a library's error) go in as a value (`reason = …`).

mod lang;

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

pub use lang::{Lang, from_locale};

/// The catalogs, by language.
pub const CATALOGS: [(Lang, &str); 2] = [(Lang::Es, include_str!("es.ftl")), (Lang::En, include_str!("en.ftl"))];

/// A message to show: a catalog id and the values it names.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Message {
    pub id: &'static str,
    pub args: Vec<(&'static str, Arg)>,
}

/// A value inside a message.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Arg {
    Text(String),
    Number(i64),
    /// Another message, put into words first (a reason inside a sentence).
    Message(Box<Message>),
}

impl Message {
    pub fn new(id: &'static str, args: Vec<(&'static str, Arg)>) -> Message {
        Message { id, args }
    }

    /// The value of the argument `name`, if given.
    pub fn arg(&self, name: &str) -> Option<&Arg> {
        self.args.iter().find(|(n, _)| *n == name).map(|(_, a)| a)
    }

    /// In English, the language of tests and logs.
    pub fn english(&self) -> String {
        Catalog::get(Lang::En).text(self)
    }
}

impl std::fmt::Display for Message {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.english())
    }
}

impl From<&str> for Arg {
    fn from(text: &str) -> Arg {
        Arg::Text(text.to_string())
    }
}

impl From<String> for Arg {
    fn from(text: String) -> Arg {
        Arg::Text(text)
    }
}

impl From<&String> for Arg {
    fn from(text: &String) -> Arg {
        Arg::Text(text.clone())
    }
}

impl From<&std::path::Path> for Arg {
    fn from(path: &std::path::Path) -> Arg {
        Arg::Text(display_path(path))
    }
}

impl From<&std::path::PathBuf> for Arg {
    fn from(path: &std::path::PathBuf) -> Arg {
        Arg::from(path.as_path())
    }
}

impl From<Message> for Arg {
    fn from(message: Message) -> Arg {
        Arg::Message(Box::new(message))
    }
}

macro_rules! number_args {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Arg {
                Arg::Number(i64::try_from(n).unwrap_or(i64::MAX))
            }
        }
    )*};
}
number_args!(usize, u64, u32, u16, u8, i64, i32);

/// `msg!("id", name = value, …)`: a [`Message`] with the catalog id `id`.
#[macro_export]
macro_rules! msg {
    ($id:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::messages::Message::new($id, vec![$((stringify!($name), $crate::messages::Arg::from($value))),*])
    };
}

/// The messages of one language.
pub struct Catalog {
    pub lang: Lang,
    bundle: FluentBundle<FluentResource>,
}

impl Catalog {
    /// The catalog of `lang`, parsed once.
    pub fn get(lang: Lang) -> &'static Catalog {
        static CATALOGS_LOADED: [OnceLock<Catalog>; 2] = [OnceLock::new(), OnceLock::new()];
        CATALOGS_LOADED[lang as usize].get_or_init(|| Catalog::parse(lang))
    }

    fn parse(lang: Lang) -> Catalog {
        let text = CATALOGS.iter().find(|(l, _)| *l == lang).map_or("", |(_, t)| t);
        // The catalogs are part of the program; `tests/messages.rs` keeps them well-formed.
        let resource = FluentResource::try_new(text.to_string()).unwrap_or_else(|(partial, _)| partial);
        let id: unic_langid::LanguageIdentifier = lang.code().parse().unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![id]);
        // No invisible isolation marks around values: terminals show them as garbage.
        bundle.set_use_isolating(false);
        let _ = bundle.add_resource(resource);
        Catalog { lang, bundle }
    }

    /// Whether the catalog has the message `id`.
    pub fn has(&self, id: &str) -> bool {
        self.bundle.has_message(id)
    }

    /// `message` in words.
    pub fn text(&self, message: &Message) -> String {
        match self.format(message) {
            Some(text) => text,
            None if self.lang != Lang::En => Catalog::get(Lang::En).text(message),
            // Not in any catalog (a bug, caught by tests): still say everything it knows.
            None => {
                let args: Vec<String> = message
                    .args
                    .iter()
                    .map(|(n, a)| format!("{n}={}", self.arg(a)))
                    .collect();
                format!("{} {}", message.id, args.join(" "))
            }
        }
    }

    fn format(&self, message: &Message) -> Option<String> {
        self.format_id(message.id, &message.args)
    }

    /// The message `id` with `args`, if the catalog has it.
    pub fn format_id<N: AsRef<str>>(&self, id: &str, given: &[(N, Arg)]) -> Option<String> {
        let pattern = self.bundle.get_message(id)?.value()?;
        let mut args = FluentArgs::new();
        for (name, arg) in given {
            let value = match arg {
                Arg::Number(n) => FluentValue::from(*n),
                other => FluentValue::from(self.arg(other)),
            };
            args.set(name.as_ref(), value);
        }
        let mut errors = Vec::new();
        let text = self.bundle.format_pattern(pattern, Some(&args), &mut errors);
        Some(text.into_owned())
    }

    fn arg(&self, arg: &Arg) -> String {
        match arg {
            Arg::Text(text) => text.clone(),
            Arg::Number(n) => n.to_string(),
            Arg::Message(message) => self.text(message),
        }
    }
}

/// `a/b/c.md` with forward slashes on every platform, so messages and tests agree.
pub fn display_path(path: &std::path::Path) -> String {
    let parts: Vec<_> = path
        .components()
        .filter(|c| !matches!(c, std::path::Component::RootDir))
        .map(|c| c.as_os_str().to_string_lossy())
        .collect();
    let joined = parts.join("/");
    let prefixed = matches!(path.components().next(), Some(std::path::Component::Prefix(_)));
    if path.has_root() && !prefixed {
        format!("/{joined}")
    } else {
        joined
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_are_put_into_words_in_each_language() {
        let m = crate::msg!("problems-found", count = 3);
        assert!(Catalog::get(Lang::En).text(&m).contains("3 problems"));
        assert!(Catalog::get(Lang::Es).text(&m).contains("3 problemas"));
        let one = crate::msg!("problems-found", count = 1);
        assert!(Catalog::get(Lang::En).text(&one).contains("1 problem found"));
    }

    #[test]
    fn no_isolation_marks_around_values() {
        let m = crate::msg!("yaml-unknown-key", key = "titel");
        let text = Catalog::get(Lang::Es).text(&m);
        assert!(!text.contains('\u{2068}') && text.contains("titel"), "{text}");
    }

    #[test]
    fn a_message_inside_a_message() {
        let inner = crate::msg!("yaml-unknown-key", key = "x");
        let outer = crate::msg!("note-in", place = inner);
        assert!(outer.english().contains("`x`"), "{}", outer.english());
    }
}
