//! What a form sends: `application/x-www-form-urlencoded` (every form of the editor) through the
//! `url` crate's decoder, and `multipart/form-data` (a photo) through `multer`, the parser axum
//! and warp use, driven to the end at once because the whole body is already in memory.

use std::future::Future;
use std::pin::pin;
use std::task::{Context, Poll, Waker};

use bytes::Bytes;

use crate::serve::Request;

/// A file sent with a form.
pub struct Upload {
    pub field: String,
    /// The name the browser gives it (the person's own file name).
    pub file_name: String,
    pub bytes: Vec<u8>,
}

/// The fields of a form, in the order sent, and its files.
#[derive(Default)]
pub struct Form {
    fields: Vec<(String, String)>,
    pub files: Vec<Upload>,
}

/// Why a form could not be read.
#[derive(Debug, PartialEq, Eq)]
pub enum FormError {
    /// Neither kind of form.
    Unsupported,
    Malformed,
}

impl Form {
    pub fn read(request: &Request) -> Result<Form, FormError> {
        let content_type = request.header("content-type").unwrap_or("");
        let essence = content_type.split(';').next().unwrap_or("").trim().to_ascii_lowercase();
        match essence.as_str() {
            "application/x-www-form-urlencoded" => Ok(Form {
                fields: form_urlencoded::parse(&request.body).into_owned().collect(),
                files: Vec::new(),
            }),
            "multipart/form-data" => {
                let boundary = multer::parse_boundary(content_type).map_err(|_| FormError::Malformed)?;
                multipart(Bytes::copy_from_slice(&request.body), boundary)
            }
            _ => Err(FormError::Unsupported),
        }
    }

    /// The form of a query string (`a=1&b=2`), for links.
    pub fn query(target: &str) -> Form {
        let query = target.split_once('?').map_or("", |(_, q)| q);
        Form {
            fields: form_urlencoded::parse(query.as_bytes()).into_owned().collect(),
            files: Vec::new(),
        }
    }

    /// The first value of `name`.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.fields.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str())
    }

    /// The first value of `name`, or empty.
    pub fn text(&self, name: &str) -> String {
        self.get(name).unwrap_or_default().to_string()
    }

    /// Every value of `name`, in order.
    pub fn all(&self, name: &str) -> Vec<&str> {
        self.fields
            .iter()
            .filter(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
            .collect()
    }

    /// Whether a checkbox `name` was ticked.
    pub fn ticked(&self, name: &str) -> bool {
        self.get(name).is_some()
    }
}

fn multipart(body: Bytes, boundary: String) -> Result<Form, FormError> {
    let stream = futures_util::stream::once(async move { Ok::<Bytes, std::io::Error>(body) });
    let mut parts = multer::Multipart::new(stream, boundary);
    finish(async move {
        let mut form = Form::default();
        while let Some(field) = parts.next_field().await.map_err(|_| FormError::Malformed)? {
            let name = field.name().unwrap_or_default().to_string();
            match field.file_name().map(str::to_string) {
                Some(file_name) => {
                    let bytes = field.bytes().await.map_err(|_| FormError::Malformed)?;
                    form.files.push(Upload {
                        field: name,
                        file_name,
                        bytes: bytes.to_vec(),
                    });
                }
                None => {
                    let text = field.text().await.map_err(|_| FormError::Malformed)?;
                    form.fields.push((name, text));
                }
            }
        }
        Ok(form)
    })
}

/// Runs `future`, which never waits: its body is all in memory.
fn finish<T>(future: impl Future<Output = Result<T, FormError>>) -> Result<T, FormError> {
    let mut future = pin!(future);
    let mut context = Context::from_waker(Waker::noop());
    // A stream that is ready at once: the loop ends on the first or second poll.
    for _ in 0..1024 {
        if let Poll::Ready(result) = future.as_mut().poll(&mut context) {
            return result;
        }
    }
    Err(FormError::Malformed)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request(content_type: &str, body: &[u8]) -> Request {
        Request {
            method: "POST".into(),
            target: "/_edit/save".into(),
            headers: vec![("content-type".into(), content_type.into())],
            body: body.to_vec(),
        }
    }

    #[test]
    fn url_encoded_and_multipart_forms() {
        let form = Form::read(&request(
            "application/x-www-form-urlencoded",
            b"title=%C2%BFTe+ofrecieron%3F&source=a&source=b&draft=on",
        ))
        .unwrap();
        assert_eq!(form.get("title"), Some("¿Te ofrecieron?"));
        assert_eq!(form.all("source"), ["a", "b"]);
        assert!(form.ticked("draft") && !form.ticked("handout"));

        let body = b"--XyZ\r\nContent-Disposition: form-data; name=\"alt\"\r\n\r\nDos chicas\r\n--XyZ\r\n\
Content-Disposition: form-data; name=\"photo\"; filename=\"IMG 1.jpg\"\r\nContent-Type: image/jpeg\r\n\r\n\xff\xd8\xff\x00\r\n--XyZ--\r\n";
        let form = Form::read(&request("multipart/form-data; boundary=XyZ", body)).unwrap();
        assert_eq!(form.get("alt"), Some("Dos chicas"));
        assert_eq!(form.files[0].file_name, "IMG 1.jpg");
        assert_eq!(form.files[0].bytes, b"\xff\xd8\xff\x00");
        assert!(Form::read(&request("multipart/form-data; boundary=XyZ", b"--XyZ\r\nbroken")).is_err());
        assert_eq!(
            Form::read(&request("text/plain", b"x")).err(),
            Some(FormError::Unsupported)
        );
    }
}
