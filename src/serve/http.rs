//! The preview's HTTP side (tiny_http): files of the built site only, from memory; no directory
//! listings, no cross-origin headers, correct content types, the theme's 404 page. Pages get a
//! small script that reloads them after a rebuild (never in `build` output).

use std::io::Write;

use tiny_http::{Header, Request, Response, StatusCode};

use super::{Event, State};

const EVENTS: &str = "/__altavoz/events";

/// Reloads the page after a rebuild; shows a build error over the page (as text, never HTML).
const RELOAD_SCRIPT: &str = r#"<script>(()=>{const s=new EventSource("/__altavoz/events");s.addEventListener("reload",()=>location.reload());s.addEventListener("problem",e=>{let d=document.getElementById("altavoz-error");if(!d){d=document.createElement("pre");d.id="altavoz-error";d.setAttribute("style","position:fixed;left:0;right:0;bottom:0;max-height:70vh;overflow:auto;margin:0;padding:1rem;background:#fff4f4;color:#5c0000;border-top:4px solid #b00020;font:14px/1.4 monospace;white-space:pre-wrap;z-index:2147483647");document.body.append(d)}d.textContent=JSON.parse(e.data)})})();</script>"#;

pub fn handle(request: Request, state: &State) {
    let url = request.url().to_string();
    if url == EVENTS {
        events(request, state);
        return;
    }
    let response = match resolve(&url) {
        Err(status) => plain(status, "bad request"),
        Ok(path) => page(&path, state),
    };
    let _ = request.respond(response);
}

/// The site path a request URL names, or 400 for anything that tries to leave the site
/// (`..` in any spelling, backslashes, NUL).
pub fn resolve(url: &str) -> Result<String, u16> {
    let path = url.split(['?', '#']).next().unwrap_or("");
    let decoded = crate::url::percent_decode(path).ok_or(400u16)?;
    if decoded.contains(['\\', '\0']) {
        return Err(400);
    }
    let mut segments = Vec::new();
    for segment in decoded.split('/') {
        match segment {
            "" => {}
            "." | ".." => return Err(400),
            s => segments.push(s),
        }
    }
    let mut path = segments.join("/");
    if decoded.ends_with('/') || path.is_empty() {
        if !path.is_empty() {
            path.push('/');
        }
        path.push_str("index.html");
    }
    Ok(path)
}

fn page(path: &str, state: &State) -> Response<std::io::Cursor<Vec<u8>>> {
    let files = state.files();
    let error = state.error();
    if files.is_empty() {
        // The first build failed: there is no last good site to show yet.
        let body = format!(
            "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>altavoz: build error</title></head><body>{}{RELOAD_SCRIPT}</body></html>",
            overlay(error.as_deref().unwrap_or("building…"))
        );
        return with_type(
            Response::from_data(body.into_bytes()).with_status_code(500),
            "text/html; charset=utf-8",
        );
    }
    let (status, path, bytes) = match files.get(path) {
        Some(bytes) => (200, path.to_string(), bytes.to_vec()),
        // `/es/campaign` without the slash: the folder's page.
        None => match files.get(&format!("{path}/index.html")) {
            Some(bytes) => (200, format!("{path}/index.html"), bytes.to_vec()),
            None => (
                404,
                "404.html".to_string(),
                files
                    .get("404.html")
                    .map_or_else(|| b"not found".to_vec(), |b| b.to_vec()),
            ),
        },
    };
    let content_type = content_type(&path);
    let bytes = if content_type.starts_with("text/html") {
        inject(bytes, error.as_deref())
    } else {
        bytes
    };
    with_type(Response::from_data(bytes).with_status_code(status), content_type)
}

/// Adds the reload script (and the current error, escaped) before `</body>`.
fn inject(html: Vec<u8>, error: Option<&str>) -> Vec<u8> {
    let mut text = String::from_utf8(html).unwrap_or_default();
    let mut extra = String::new();
    if let Some(error) = error {
        extra.push_str(&overlay(error));
    }
    extra.push_str(RELOAD_SCRIPT);
    match text.rfind("</body>") {
        Some(at) => text.insert_str(at, &extra),
        None => text.push_str(&extra),
    }
    text.into_bytes()
}

fn overlay(error: &str) -> String {
    format!(
        "<pre id=\"altavoz-error\" style=\"position:fixed;left:0;right:0;bottom:0;max-height:70vh;overflow:auto;margin:0;padding:1rem;background:#fff4f4;color:#5c0000;border-top:4px solid #b00020;font:14px/1.4 monospace;white-space:pre-wrap;z-index:2147483647\">{}</pre>",
        crate::html::escape(error)
    )
}

fn content_type(path: &str) -> &'static str {
    match path.rsplit('.').next().unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "png" => "image/png",
        "pdf" => "application/pdf",
        "svg" => "image/svg+xml",
        "xml" => "application/xml; charset=utf-8",
        "txt" => "text/plain; charset=utf-8",
        "json" => "application/json",
        "jpg" | "jpeg" => "image/jpeg",
        "webp" => "image/webp",
        "gif" => "image/gif",
        "ico" => "image/x-icon",
        _ => "application/octet-stream",
    }
}

fn with_type<R: std::io::Read>(response: Response<R>, content_type: &str) -> Response<R> {
    let header =
        |name: &str, value: &str| Header::from_bytes(name.as_bytes(), value.as_bytes()).expect("a valid header");
    response
        .with_header(header("Content-Type", content_type))
        .with_header(header("Cache-Control", "no-store"))
        .with_header(header("X-Content-Type-Options", "nosniff"))
}

fn plain(status: u16, text: &str) -> Response<std::io::Cursor<Vec<u8>>> {
    with_type(
        Response::from_string(text).with_status_code(StatusCode(status)),
        "text/plain; charset=utf-8",
    )
}

/// Server-Sent Events, written straight to the connection so each event leaves at once.
fn events(request: Request, state: &State) {
    let receiver = state.subscribe();
    let mut writer = request.into_writer();
    let head = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-store\r\nConnection: keep-alive\r\n\r\n";
    if writer
        .write_all(head.as_bytes())
        .and_then(|_| writer.write_all(b": connected\n\n"))
        .and_then(|_| writer.flush())
        .is_err()
    {
        return;
    }
    loop {
        // A comment every 15 s notices closed tabs, so their threads end.
        let message = match receiver.recv_timeout(std::time::Duration::from_secs(15)) {
            Ok(Event::Reload) => "event: reload\ndata: reload\n\n".to_string(),
            Ok(Event::Error(text)) => {
                format!(
                    "event: problem\ndata: {}\n\n",
                    serde_json::to_string(&text).unwrap_or_default()
                )
            }
            Err(mpsc::RecvTimeoutError::Timeout) => ": ping\n\n".to_string(),
            Err(mpsc::RecvTimeoutError::Disconnected) => return,
        };
        if writer
            .write_all(message.as_bytes())
            .and_then(|_| writer.flush())
            .is_err()
        {
            return;
        }
    }
}

use std::sync::mpsc;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_never_leave_the_site() {
        assert_eq!(resolve("/").unwrap(), "index.html");
        assert_eq!(resolve("/es/c/p/").unwrap(), "es/c/p/index.html");
        assert_eq!(resolve("/static/style.css?v=1").unwrap(), "static/style.css");
        assert_eq!(resolve("/es/c/cards/a-og.png").unwrap(), "es/c/cards/a-og.png");
        for bad in [
            "/../../etc/passwd",
            "/%2e%2e/%2e%2e/etc/passwd",
            "/es/%2E%2E/x",
            "/a/..%2f..%2fetc",
            "/a\\..\\b",
            "/%00",
            "/%zz",
        ] {
            assert!(resolve(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn errors_are_escaped_in_pages() {
        let html = inject(
            b"<html><body><p>x</p></body></html>".to_vec(),
            Some("<script>alert(1)</script> & \"q\""),
        );
        let html = String::from_utf8(html).unwrap();
        assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;q&quot;"));
        assert_eq!(html.matches("<script>").count(), 1, "only the reload script");
    }
}
