//! Stage 4, **render**: the localized site → files in memory. Each output (the website now;
//! handouts and cards later) is a [`Renderer`]; none of them touches the disk.

pub mod cards;
pub mod markdown;
pub mod print;
pub mod reuse;
pub mod site;

use crate::diag::Diagnostics;
use crate::localize::Site;
use crate::theme::Theme;

/// Output files kept in memory between builds (`serve`), shared without copying.
pub type FileMap = std::collections::BTreeMap<String, std::sync::Arc<Vec<u8>>>;

/// One file of the output, by its `/`-separated path inside the output folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutputFile {
    pub path: String,
    pub bytes: Vec<u8>,
}

impl OutputFile {
    pub fn new(path: impl Into<String>, bytes: impl Into<Vec<u8>>) -> Self {
        OutputFile {
            path: path.into(),
            bytes: bytes.into(),
        }
    }
}

/// A typst failure as an author's diagnostic: at the template line when a theme template is at
/// fault (`/print/…`, `/cards/…`), else at the page `source` whose document failed.
pub fn typeset_diagnostic(
    theme: &Theme,
    path: &str,
    source: &str,
    errors: &[crate::typeset::TypesetError],
) -> crate::diag::Diagnostic {
    let Some(first) = errors.first() else {
        return crate::diag::Diagnostic::error(source, 0, 0, format!("cannot make {path}"));
    };
    let (file, line, col) = match &first.file {
        Some(f) if f.starts_with("/print/") || f.starts_with("/cards/") => {
            (theme.display_path(&f[1..]), first.line, first.col)
        }
        _ => (source.to_string(), 0, 0),
    };
    let others: Vec<String> = errors.iter().skip(1).map(|e| e.to_string()).collect();
    let diagnostic = crate::diag::Diagnostic::error(file, line, col, format!("cannot make {path}: {first}"));
    if others.is_empty() {
        diagnostic
    } else {
        diagnostic.with_hint(others.join("; "))
    }
}

/// An output format. Renderers are peers: each gets the same localized site and theme.
pub trait Renderer: Sync {
    /// The name used with `--only`.
    fn name(&self) -> &'static str;
    fn render(&self, site: &Site, theme: &Theme) -> Result<Vec<OutputFile>, Diagnostics>;
}

/// Every renderer altavoz has, in the order their names are listed in `--only`.
pub fn renderers() -> Vec<Box<dyn Renderer>> {
    vec![
        Box::new(site::SiteRenderer),
        Box::new(print::PrintRenderer),
        Box::new(cards::CardsRenderer),
    ]
}
