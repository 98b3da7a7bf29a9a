//! Which language altavoz speaks: `--messages`, else `messages:` in altavoz.yaml, else the
//! system locale (`LC_ALL`, `LC_MESSAGES`, `LANG`, as gettext reads them; on Windows and macOS,
//! which set none of them for a program started from a window, the language of the system's
//! settings), else English.

/// A language altavoz's messages are written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Lang {
    Es = 0,
    En = 1,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Es, Lang::En];

    pub fn code(self) -> &'static str {
        match self {
            Lang::Es => "es",
            Lang::En => "en",
        }
    }

    /// `es`, `es-GT`, `es_GT.UTF-8`, `EN` → the language, if altavoz speaks it.
    pub fn from_code(code: &str) -> Option<Lang> {
        let primary = code
            .split(['_', '-', '.', '@'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.code() == primary)
    }

    /// The language to speak: the first of `flag`, `config` and the system locale that names a
    /// language altavoz speaks; English otherwise.
    pub fn choose(flag: Option<&str>, config: Option<&str>) -> Lang {
        flag.and_then(Lang::from_code)
            .or_else(|| config.and_then(Lang::from_code))
            .or_else(|| from_locale(|name| std::env::var(name).ok()))
            .or_else(|| sys_locale::get_locale().and_then(|locale| Lang::from_code(&locale)))
            .unwrap_or(Lang::En)
    }
}

/// The language of the system locale, read through `var` (an environment lookup): the first
/// non-empty of `LC_ALL`, `LC_MESSAGES` and `LANG` decides, as in gettext; `C` and `POSIX`
/// mean English.
pub fn from_locale(var: impl Fn(&str) -> Option<String>) -> Option<Lang> {
    let locale = ["LC_ALL", "LC_MESSAGES", "LANG"]
        .into_iter()
        .filter_map(&var)
        .find(|value| !value.is_empty())?;
    if locale == "C" || locale == "POSIX" || locale.starts_with("C.") {
        return Some(Lang::En);
    }
    Lang::from_code(&locale)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env<'a>(pairs: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
        move |name| pairs.iter().find(|(n, _)| *n == name).map(|(_, v)| v.to_string())
    }

    #[test]
    fn locale_order_follows_gettext() {
        assert_eq!(from_locale(env(&[("LANG", "es_GT.UTF-8")])), Some(Lang::Es));
        assert_eq!(
            from_locale(env(&[("LANG", "es_GT.UTF-8"), ("LC_MESSAGES", "en_US")])),
            Some(Lang::En)
        );
        assert_eq!(
            from_locale(env(&[("LC_ALL", "es"), ("LC_MESSAGES", "en_US")])),
            Some(Lang::Es)
        );
        assert_eq!(from_locale(env(&[("LC_ALL", ""), ("LANG", "es_HN")])), Some(Lang::Es));
        assert_eq!(from_locale(env(&[("LANG", "C.UTF-8")])), Some(Lang::En));
        assert_eq!(from_locale(env(&[("LANG", "fr_FR.UTF-8")])), None);
        assert_eq!(from_locale(env(&[])), None);
    }

    #[test]
    fn codes() {
        assert_eq!(Lang::from_code("es-419"), Some(Lang::Es));
        assert_eq!(Lang::from_code("EN"), Some(Lang::En));
        assert_eq!(Lang::from_code("quc"), None);
    }
}
