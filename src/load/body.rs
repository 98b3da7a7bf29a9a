//! A page's body: the end of its file's text, shared with that text instead of copied. A
//! project of 10,000 pages held each body twice more (about 75 MB).

use std::fmt;
use std::ops::Deref;
use std::sync::Arc;

/// `text[start..]`, for as long as anything needs it.
#[derive(Clone)]
pub struct Body {
    text: Arc<str>,
    start: usize,
}

impl Body {
    /// The body of `text`, from byte `start` (a character boundary) to its end.
    pub fn of(text: Arc<str>, start: usize) -> Body {
        assert!(text.is_char_boundary(start), "a body starts at a character");
        Body { text, start }
    }
}

impl Deref for Body {
    type Target = str;

    fn deref(&self) -> &str {
        &self.text[self.start..]
    }
}

/// Bodies are equal when their texts are, wherever they come from.
impl PartialEq for Body {
    fn eq(&self, other: &Body) -> bool {
        **self == **other
    }
}

impl Eq for Body {}

impl PartialEq<&str> for Body {
    fn eq(&self, other: &&str) -> bool {
        &**self == *other
    }
}

impl From<&str> for Body {
    fn from(text: &str) -> Body {
        Body {
            text: text.into(),
            start: 0,
        }
    }
}

impl fmt::Display for Body {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self)
    }
}

impl fmt::Debug for Body {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&**self, f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_body_is_the_end_of_its_text_and_shares_it() {
        let text: Arc<str> = "---\ntitle: x\n---\n¿Hola?\n".into();
        let body = Body::of(Arc::clone(&text), 17);
        assert_eq!(&*body, "¿Hola?\n");
        assert_eq!(Arc::strong_count(&text), 2);
        assert_eq!(body, Body::from("¿Hola?\n"), "equal by their text, not where it lies");
    }
}
