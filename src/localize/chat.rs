//! A page as a chat message (WhatsApp, Telegram, Signal), for communicators to paste into groups,
//! channels and broadcast lists: the title in `*bold*`, what the page says in a few lines (the
//! myth and the fact, a tip's key points, or the summary; or the author's own `chat:` text), the
//! campaign's notice, one contact and the page's address. Short enough to read on a phone
//! without "Read more": at most [`MAX_CHARS`] characters, shortened from the middle (fewer
//! points, then a shorter text) and never by dropping the notice, the contact or the address.

use super::Ui;
use super::view::ContactView;
use crate::project::PageKind;

/// WhatsApp folds a message longer than about 700 characters behind "Read more".
pub const MAX_CHARS: usize = 700;

/// A title longer than this is cut in a message.
const MAX_TITLE_CHARS: usize = 160;

/// What a chat message is made from.
pub struct ChatInputs<'a> {
    pub title: &'a str,
    pub kind: PageKind,
    pub summary: &'a str,
    pub myth: Option<&'a str>,
    pub fact: Option<&'a str>,
    pub points: &'a [String],
    /// The author's own text (`chat:`), instead of the one made from the page.
    pub own: Option<&'a str>,
    pub notice: Option<&'a str>,
    /// The campaign's contacts: a contacts page lists them; any other page gives the first.
    pub contacts: &'a [ContactView],
    pub url: &'a str,
    /// The message is in a right-to-left language.
    pub rtl: bool,
}

/// The chat message of a page.
pub fn message(inputs: &ChatInputs, ui: &Ui) -> String {
    // The parts kept whatever the length: the notice, the contact and the address.
    let mut tail = Vec::new();
    if let Some(notice) = inputs.notice.map(str::trim).filter(|n| !n.is_empty()) {
        tail.push(format!("⚠️ {notice}"));
    }
    let contact_line = |contact: &ContactView| {
        let number = contact.phone.as_deref().or(contact.whatsapp.as_deref());
        match number {
            // Isolated left to right in a right-to-left message: "+502 5555 0100" must not
            // read "0100 5555 502+", a wrong number to dial.
            Some(number) if inputs.rtl => format!("📞 {}: \u{2066}{number}\u{2069}", contact.label),
            Some(number) => format!("📞 {}: {number}", contact.label),
            None => format!("📞 {}", contact.label),
        }
    };
    let listing = inputs.kind == PageKind::Contacts && !inputs.contacts.is_empty();
    if let Some(contact) = inputs.contacts.first().filter(|_| !listing) {
        tail.push(contact_line(contact));
    }
    tail.push(format!("👉 {}", inputs.url));
    let tail = tail.join("\n");
    // A title as long as a message is cut: what the page says must fit too.
    let title = format!(
        "*{}*",
        shortened(&inputs.title.trim().replace('*', ""), MAX_TITLE_CHARS)
    );
    let fits = |body: &str| title.chars().count() + body.chars().count() + tail.chars().count() + 4 <= MAX_CHARS;
    let assemble = |body: &str| {
        if body.is_empty() {
            format!("{title}\n\n{tail}")
        } else {
            format!("{title}\n\n{body}\n\n{tail}")
        }
    };
    if let Some(own) = inputs.own {
        // The author's words are not shortened: validation holds them to a length that fits.
        return assemble(own.trim());
    }
    let room = MAX_CHARS.saturating_sub(title.chars().count() + tail.chars().count() + 4);
    let body = match (inputs.kind, inputs.myth, inputs.fact) {
        // A contacts page: its contacts, as many as fit.
        (PageKind::Contacts, ..) if listing => {
            let mut lines: Vec<String> = Vec::new();
            for contact in inputs.contacts {
                let mut more = lines.clone();
                more.push(contact_line(contact));
                if !fits(&more.join("\n")) && !lines.is_empty() {
                    break;
                }
                lines = more;
            }
            lines.join("\n")
        }
        (PageKind::Myth, Some(myth), Some(fact)) => {
            let myth_label = format!("❌ *{}:* ", ui.get("myth_label"));
            let fact_label = format!("✅ *{}:* ", ui.get("fact_label"));
            let whole = format!("{myth_label}{}\n{fact_label}{}", myth.trim(), fact.trim());
            if fits(&whole) {
                whole
            } else {
                // The fact is the answer: the myth gets at most a third of the room, shortened
                // first, and the fact the rest.
                let texts = room.saturating_sub(myth_label.chars().count() + fact_label.chars().count() + 1);
                let myth = shortened(myth.trim(), (texts / 3).max(1));
                let fact = shortened(fact.trim(), texts.saturating_sub(myth.chars().count()));
                format!("{myth_label}{myth}\n{fact_label}{fact}")
            }
        }
        _ if !inputs.points.is_empty() => {
            // As many points as fit, in order; the summary alone if not even one does.
            let mut lines: Vec<String> = Vec::new();
            for point in inputs.points {
                let mut more = lines.clone();
                more.push(format!("• {}", point.trim()));
                if !fits(&more.join("\n")) {
                    break;
                }
                lines = more;
            }
            if lines.is_empty() {
                shortened(inputs.summary.trim(), room)
            } else {
                lines.join("\n")
            }
        }
        _ => shortened(inputs.summary.trim(), room),
    };
    assemble(&body)
}

/// `text` cut at a word to at most `room` characters, with "…" where it was cut.
fn shortened(text: &str, room: usize) -> String {
    if text.chars().count() <= room {
        return text.to_string();
    }
    let mut out = String::new();
    for word in text.split_whitespace() {
        let next = if out.is_empty() {
            word.to_string()
        } else {
            format!("{out} {word}")
        };
        if next.chars().count() + 1 > room {
            break;
        }
        out = next;
    }
    format!("{}…", out.trim_end_matches([',', ';', ':', '.']))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ui() -> Ui {
        Ui {
            strings: [("myth_label", "Mito"), ("fact_label", "Realidad")]
                .into_iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
            ..Ui::default()
        }
    }

    fn contact() -> ContactView {
        ContactView {
            label: "Guatemala: línea de información".into(),
            label_lang: None,
            phone: Some("+502 5555 0100".into()),
            e164: Some("+50255550100".into()),
            whatsapp: Some("50255550100".into()),
            hours: None,
            hours_lang: None,
            country: Some("GT".into()),
        }
    }

    fn inputs<'a>(points: &'a [String], contact: &'a ContactView) -> ChatInputs<'a> {
        ChatInputs {
            title: "Señales de fraude",
            kind: PageKind::Tip,
            summary: "Revisa estas señales antes de pagar.",
            myth: None,
            fact: None,
            points,
            own: None,
            notice: Some("Todos los servicios son gratuitos."),
            contacts: std::slice::from_ref(contact),
            url: "https://example.org/es/think-twice/senales-de-fraude/",
            rtl: false,
        }
    }

    #[test]
    fn a_tip_gives_its_points_the_notice_a_contact_and_the_link() {
        let points = vec![
            "Te prometen un viaje seguro.".to_string(),
            "Te piden pagar antes.".to_string(),
        ];
        let contact = contact();
        let text = message(&inputs(&points, &contact), &ui());
        assert_eq!(
            text,
            "*Señales de fraude*\n\n• Te prometen un viaje seguro.\n• Te piden pagar antes.\n\n⚠️ Todos los servicios son gratuitos.\n📞 Guatemala: línea de información: +502 5555 0100\n👉 https://example.org/es/think-twice/senales-de-fraude/"
        );
    }

    #[test]
    fn a_long_page_is_shortened_and_keeps_notice_contact_and_link() {
        let points: Vec<String> = (0..40)
            .map(|i| format!("Punto número {i} con bastante texto para llenar."))
            .collect();
        let contact = contact();
        let text = message(&inputs(&points, &contact), &ui());
        assert!(text.chars().count() <= MAX_CHARS, "{}", text.chars().count());
        assert!(text.contains("gratuitos") && text.contains("+502 5555 0100") && text.ends_with("fraude/"));
        let mut myth = inputs(&[], &contact);
        myth.kind = PageKind::Myth;
        let long = "palabra ".repeat(200);
        myth.myth = Some("Viajar con un coyote es seguro.");
        myth.fact = Some(&long);
        let text = message(&myth, &ui());
        assert!(
            text.chars().count() <= MAX_CHARS && text.contains("❌ *Mito:*") && text.contains('…'),
            "{text}"
        );
    }
}
