//! A page's key points: what a slide, a poster and a chat message show of a tip's body. They are
//! the items of the body's first list, each as plain text: its bold lead where it starts with
//! one ("**Do not pay in advance.** Smugglers…" gives "Do not pay in advance."), else its first
//! paragraph.

use pulldown_cmark::{Event, Parser, Tag, TagEnd};

/// The key points of the Markdown `body`, all of them (callers show as many as they have room
/// for). Empty when the body has no list.
pub fn key_points(body: &str) -> Vec<String> {
    let mut points = Vec::new();
    // Depth of lists we are in; the first list's items are at depth 1.
    let mut lists = 0usize;
    let mut seen_list = false;
    // The point being read: its text, whether it started with bold, whether the bold ended,
    // and whether its first paragraph ended.
    let mut current: Option<Point> = None;
    for event in Parser::new_ext(body, crate::markdown::options()) {
        match event {
            Event::Start(Tag::List(_)) => {
                if lists == 0 && seen_list {
                    break;
                }
                // A list inside an item: the point is what came before it.
                if let Some(point) = current.as_mut() {
                    point.done = true;
                }
                lists += 1;
                seen_list = true;
            }
            Event::End(TagEnd::List(_)) => {
                lists -= 1;
                if lists == 0 {
                    break;
                }
            }
            Event::Start(Tag::Item) if lists == 1 => current = Some(Point::default()),
            Event::End(TagEnd::Item) if lists == 1 => {
                if let Some(point) = current.take() {
                    let text = point.finish();
                    if !text.is_empty() {
                        points.push(text);
                    }
                }
            }
            _ if lists != 1 => {}
            event => {
                if let Some(point) = current.as_mut() {
                    point.read(event);
                }
            }
        }
    }
    points
}

#[derive(Default)]
struct Point {
    text: String,
    /// Nothing but space was read yet.
    at_start: bool,
    started: bool,
    /// In the bold run the item starts with.
    in_lead: bool,
    /// The item started with bold, which has ended: the lead is the point.
    lead_done: bool,
    /// The first paragraph ended: the rest is not read.
    done: bool,
}

impl Point {
    fn read(&mut self, event: Event) {
        if self.done || self.lead_done {
            return;
        }
        if !self.started {
            self.at_start = true;
            self.started = true;
        }
        match event {
            Event::Start(Tag::Strong) if self.at_start && self.text.trim().is_empty() => self.in_lead = true,
            Event::End(TagEnd::Strong) if self.in_lead => {
                self.in_lead = false;
                self.lead_done = true;
            }
            Event::End(TagEnd::Paragraph) => self.done = true,
            Event::Text(text) | Event::Code(text) => {
                self.text.push_str(&text);
                self.at_start = false;
            }
            Event::SoftBreak | Event::HardBreak => self.text.push(' '),
            _ => {}
        }
    }

    fn finish(self) -> String {
        self.text.split_whitespace().collect::<Vec<_>>().join(" ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bold_leads_else_first_paragraphs_of_the_first_list() {
        let body = "Intro.\n\n1. **Te prometen un viaje seguro.** Nadie puede.\n2. Te piden pagar\n   por adelantado.\n\n   Más texto.\n3. [Un enlace](x.md) y `código`\n\n- otra lista\n";
        assert_eq!(
            key_points(body),
            [
                "Te prometen un viaje seguro.",
                "Te piden pagar por adelantado.",
                "Un enlace y código"
            ]
        );
    }

    #[test]
    fn nested_lists_and_no_list() {
        assert_eq!(key_points("- uno\n  - dentro\n- dos\n"), ["uno", "dos"]);
        assert!(key_points("Solo un párrafo.\n").is_empty());
        assert_eq!(
            key_points("- Un texto con **negrita** en medio\n"),
            ["Un texto con negrita en medio"]
        );
    }
}
