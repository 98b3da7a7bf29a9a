//! The preview's HTTP side: requests read with `httparse` straight from the connection (so a
//! malformed one gets an answer, never a dropped connection), checked by [`guard`] before
//! anything else, and answered with files of the built site only, from memory: no directory
//! listings, no cross-origin headers, correct content types, the theme's 404 page. Pages get a
//! small script that reloads them after a rebuild (never in `build` output). One request per
//! connection.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::sync::mpsc;
use std::time::Duration;

use super::guard::{self, Allowed, Head};
use super::{Event, State};

/// A part of the server under a path prefix of its own, which may take `POST` requests (the
/// editor). The preview itself only reads.
pub trait Extension: Send + Sync {
    /// `/_edit/`: every request whose path starts with it is this extension's.
    fn prefix(&self) -> &'static str;
    /// The largest request body it takes, in bytes (a larger one gets 413, unread).
    fn max_body(&self) -> usize;
    fn answer(&self, request: &Request) -> Response;
    /// The address to print (and open with `--open`) once the server listens at `base`
    /// (`http://127.0.0.1:8000`), if it has one of its own.
    fn address(&self, base: &str) -> Option<String>;
}

/// A request for an extension: method, target, headers (names lowercase) and body.
pub struct Request {
    pub method: String,
    pub target: String,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Request {
    /// The value of header `name` (lowercase), when sent once as text.
    pub fn header(&self, name: &str) -> Option<&str> {
        let mut values = self.headers.iter().filter(|(n, _)| n == name);
        let first = values.next();
        if values.next().is_some() {
            return None;
        }
        first.map(|(_, v)| v.as_str())
    }
}

const EVENTS: &str = "/__altavoz/events";

/// A request's line and headers must fit in this (browsers send a few hundred bytes).
const MAX_HEAD: usize = 16 * 1024;

/// How long a client may take to send its request.
const READ_TIMEOUT: Duration = Duration::from_secs(10);

/// Reloads the page after a rebuild; shows a build error over the page (as text, never HTML).
const RELOAD_SCRIPT: &str = r#"<script>(()=>{const s=new EventSource("/__altavoz/events");s.addEventListener("reload",()=>location.reload());s.addEventListener("problem",e=>{let d=document.getElementById("altavoz-error");if(!d){d=document.createElement("pre");d.id="altavoz-error";d.setAttribute("style","position:fixed;left:0;right:0;bottom:0;max-height:70vh;overflow:auto;margin:0;padding:1rem;background:#fff4f4;color:#5c0000;border-top:4px solid #b00020;font:14px/1.4 monospace;white-space:pre-wrap;z-index:2147483647");document.body.append(d)}d.textContent=JSON.parse(e.data)})})();</script>"#;

/// An answer: status, content type, headers of its own and body (`Allow` goes with 405).
pub struct Response {
    pub status: u16,
    pub content_type: &'static str,
    pub headers: Vec<(&'static str, String)>,
    pub body: Vec<u8>,
    /// The source files this answer wrote (an editor's save), project-relative: rebuilt at once,
    /// without waiting for the watcher to hear of them.
    pub wrote: Vec<std::path::PathBuf>,
}

impl Response {
    pub fn new(status: u16, content_type: &'static str, body: impl Into<Vec<u8>>) -> Response {
        Response {
            status,
            content_type,
            headers: Vec::new(),
            body: body.into(),
            wrote: Vec::new(),
        }
    }

    /// Says the answer wrote the source file at `path` (project-relative).
    pub fn wrote(mut self, path: impl Into<std::path::PathBuf>) -> Response {
        self.wrote.push(path.into());
        self
    }

    pub fn with_header(mut self, name: &'static str, value: impl Into<String>) -> Response {
        self.headers.push((name, value.into()));
        self
    }
}

/// Answers one connection: reads a request, checks it, and answers it.
pub fn handle(mut stream: TcpStream, state: &State, allowed: &Allowed, extension: Option<&dyn Extension>) {
    let _ = stream.set_read_timeout(Some(READ_TIMEOUT));
    let Some(bytes) = read_head(&mut stream) else {
        return;
    };
    let mut headers = [httparse::EMPTY_HEADER; 64];
    let mut request = httparse::Request::new(&mut headers);
    let parsed = matches!(request.parse(&bytes), Ok(httparse::Status::Complete(_)));
    let (Some(method), Some(target), true) = (request.method, request.path, parsed) else {
        let _ = send(&mut stream, plain(400, "the request could not be read"), false);
        return;
    };
    let head = Head {
        method,
        target,
        headers: request
            .headers
            .iter()
            .map(|h| (h.name.to_ascii_lowercase(), h.value))
            .collect(),
    };
    let extension = extension.filter(|e| target.starts_with(e.prefix()));
    if let Err(refusal) = guard::check(&head, allowed, extension.is_some()) {
        let _ = send(&mut stream, plain(refusal.status, refusal.reason), false);
        return;
    }
    let head_only = method == "HEAD";
    if let Some(extension) = extension {
        let end = bytes
            .windows(4)
            .position(|w| w == b"\r\n\r\n")
            .map_or(bytes.len(), |i| i + 4);
        let response = match read_body(&mut stream, &head, &bytes[end..], extension.max_body()) {
            Ok(body) => {
                let request = Request {
                    method: method.to_string(),
                    target: target.to_string(),
                    headers: head
                        .headers
                        .iter()
                        .filter_map(|(n, v)| Some((n.clone(), std::str::from_utf8(v).ok()?.to_string())))
                        .collect(),
                    body,
                };
                in_foreground(|| extension.answer(&request))
            }
            Err(response) => response,
        };
        // The rebuild starts before the answer goes (the browser then asks for the page again).
        state.wrote(&response.wrote);
        let _ = send(&mut stream, response, head_only);
        return;
    }
    if target.split('?').next() == Some(EVENTS) && !head_only {
        events(stream, state);
        return;
    }
    let response = match resolve(target) {
        Err(status) => plain(status, "bad request"),
        Ok(path) => page(&path, state),
    };
    let _ = send(&mut stream, response, head_only);
}

/// The bytes of a request up to the end of its headers; `None` when the client went away. A
/// head that does not end (too long, or never finished in time) is answered here.
fn read_head(stream: &mut TcpStream) -> Option<Vec<u8>> {
    let mut bytes = Vec::with_capacity(1024);
    let mut chunk = [0u8; 4096];
    loop {
        match stream.read(&mut chunk) {
            Ok(0) => return (!bytes.is_empty()).then_some(bytes),
            Ok(n) => bytes.extend_from_slice(&chunk[..n]),
            Err(_) if bytes.is_empty() => return None,
            Err(_) => return Some(bytes),
        }
        if bytes.windows(4).any(|w| w == b"\r\n\r\n") {
            return Some(bytes);
        }
        if bytes.len() > MAX_HEAD {
            let _ = send(stream, plain(431, "the request's headers are too long"), false);
            return None;
        }
    }
}

/// The body of a request: `Content-Length` bytes (what came with the head first), at most
/// `max`; a larger one is refused before it is read.
fn read_body(stream: &mut TcpStream, head: &Head, first: &[u8], max: usize) -> Result<Vec<u8>, Response> {
    let length = head
        .headers
        .iter()
        .find(|(n, _)| n == "content-length")
        .map(|(_, v)| std::str::from_utf8(v).ok().and_then(|t| t.trim().parse::<usize>().ok()));
    let length = match length {
        None => 0,
        Some(None) => return Err(plain(400, "the Content-Length header is not a number")),
        Some(Some(n)) if n > max => return Err(plain(413, "this is more than the editor takes at once")),
        Some(Some(n)) => n,
    };
    if head.headers.iter().any(|(n, _)| n == "transfer-encoding") {
        return Err(plain(411, "send the body with a Content-Length"));
    }
    let mut body = first[..first.len().min(length)].to_vec();
    let mut rest = vec![0u8; length - body.len()];
    stream
        .read_exact(&mut rest)
        .map_err(|_| plain(400, "the request's body did not arrive whole"))?;
    body.append(&mut rest);
    Ok(body)
}

/// Writes `response` (only its head for `HEAD`) and closes the connection.
fn send(stream: &mut TcpStream, response: Response, head_only: bool) -> std::io::Result<()> {
    let mut head = format!(
        "HTTP/1.1 {} {}\r\nContent-Type: {}\r\nContent-Length: {}\r\nCache-Control: no-store\r\n\
         X-Content-Type-Options: nosniff\r\nCross-Origin-Resource-Policy: same-origin\r\nConnection: close\r\n",
        response.status,
        reason(response.status),
        response.content_type,
        response.body.len(),
    );
    if response.status == 405 {
        head.push_str("Allow: GET, HEAD\r\n");
    }
    for (name, value) in &response.headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str("\r\n");
    stream.write_all(head.as_bytes())?;
    if !head_only {
        stream.write_all(&response.body)?;
    }
    stream.flush()
}

fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        303 => "See Other",
        400 => "Bad Request",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        409 => "Conflict",
        411 => "Length Required",
        413 => "Content Too Large",
        415 => "Unsupported Media Type",
        421 => "Misdirected Request",
        422 => "Unprocessable Content",
        431 => "Request Header Fields Too Large",
        _ => "Internal Server Error",
    }
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

fn page(path: &str, state: &State) -> Response {
    let files = state.files();
    let error = state.error();
    if files.is_empty() {
        // The first build failed: there is no last good site to show yet.
        let body = format!(
            "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>altavoz: build error</title></head><body>{}{RELOAD_SCRIPT}</body></html>",
            overlay(error.as_deref().unwrap_or("building…"))
        );
        return Response::new(500, "text/html; charset=utf-8", body);
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
    // The web editor's page (`admin/`, Decap or Sveltia) runs its own script: it is served as
    // it is, not reloaded under its author's hands on every rebuild.
    let body = if content_type.starts_with("text/html") && !path.starts_with("admin/") {
        inject(bytes, error.as_deref())
    } else {
        bytes
    };
    Response::new(status, content_type, body)
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

pub fn content_type(path: &str) -> &'static str {
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

pub fn plain(status: u16, text: &str) -> Response {
    Response::new(status, "text/plain; charset=utf-8", format!("{text}\n"))
}

/// Server-Sent Events, written straight to the connection so each event leaves at once.
fn events(mut writer: TcpStream, state: &State) {
    let receiver = state.subscribe();
    let head = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-store\r\n\
                X-Content-Type-Options: nosniff\r\nCross-Origin-Resource-Policy: same-origin\r\nConnection: keep-alive\r\n\r\n";
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

/// Runs `f` (an answer the author waits for, such as the editor's checks) on threads of normal
/// priority: rayon's global pool yields to it, as it typesets a preview's documents. A pool of
/// its own for each answer (starting two threads is a fraction of a millisecond): in a shared
/// pool, a worker waiting inside one answer's parallel step takes up another whole answer from
/// the queue, and a check waited for a dashboard.
fn in_foreground<R: Send>(f: impl FnOnce() -> R + Send) -> R {
    let pool = rayon::ThreadPoolBuilder::new()
        .stack_size(crate::render::STACK_SIZE)
        .thread_name(|i| format!("altavoz-answer-{i}"))
        .build();
    match pool {
        Ok(pool) => pool.install(f),
        Err(_) => f(),
    }
}

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
