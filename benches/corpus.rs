//! The benchmarks' corpus: generated campaigns that read like the real ones, and the same
//! content as a Zola and a Hugo site and as plain typst handouts, so that the tools can be timed
//! on the same text.
//!
//! Every page is in four languages (Spanish, English, French and Arabic, right to left), with a
//! body of 300 to 800 words of varied sentences (headings, paragraphs with bold words and links,
//! lists, a table on some pages), a title of its own, one page in three a myth with its fact,
//! one in five showing a photo, and one in ten a card with a photo behind its text. A corpus of
//! identical short pages measures typst's caches, not altavoz (issue 20).
#![allow(dead_code)]

#[path = "corpus_text.rs"]
mod text;

use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

/// The languages of every page: code, name, and Zola's and Hugo's file suffix.
pub const LANGUAGES: [(&str, &str); 4] = [
    ("es", "Español"),
    ("en", "English"),
    ("fr", "Français"),
    ("ar", "العربية"),
];

/// Photos per campaign (1600 × 1200 JPEG, as a phone's shared picture after messaging apps).
const PHOTOS: usize = 3;

/// A deterministic random number generator (SplitMix64): the same corpus on every machine.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Rng {
        Rng(seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) ^ 0x2545_f491_4f6c_dd1d)
    }

    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number in `range`.
    fn range(&mut self, range: std::ops::Range<usize>) -> usize {
        range.start + (self.next() % (range.end - range.start) as u64) as usize
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.range(0..items.len())]
    }
}

/// A piece of a paragraph.
enum Span {
    Text(String),
    Bold(String),
    /// A link to another page of the campaign (its index among the campaign's pages).
    Link(String, usize),
}

enum Block {
    Heading(String),
    Paragraph(Vec<Span>),
    List(Vec<String>),
    Table(Vec<Vec<String>>),
    /// A photo of the campaign, with its alt text.
    Photo(String, usize),
}

/// One page in one language.
struct Page {
    title: String,
    summary: String,
    kind: &'static str,
    myth: Option<(String, String)>,
    blocks: Vec<Block>,
    /// The photo behind the text of its cards.
    card_photo: Option<usize>,
}

/// The sentences of every language, read once.
pub struct Corpus {
    sentences: Vec<Vec<String>>,
}

impl Default for Corpus {
    fn default() -> Self {
        Corpus::new()
    }
}

impl Corpus {
    pub fn new() -> Corpus {
        let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
        Corpus {
            sentences: LANGUAGES.iter().map(|(code, _)| text::sentences(repo, code)).collect(),
        }
    }

    /// Page `n` of a campaign of `per_campaign` pages, in language `lang` (an index of
    /// [`LANGUAGES`]); `number` is the page's number in the whole project.
    fn page(&self, lang: usize, number: usize, n: usize, per_campaign: usize) -> Page {
        let sentences = &self.sentences[lang];
        let mut rng = Rng::new((number * LANGUAGES.len() + lang) as u64);
        let sentence = |rng: &mut Rng| rng.pick(sentences).clone();
        let words = |rng: &mut Rng, count: usize| {
            let s = sentence(rng);
            let words: Vec<&str> = s.split_whitespace().collect();
            let start = rng.range(0..words.len().saturating_sub(count).max(1));
            let picked: Vec<&str> = words.iter().skip(start).take(count).copied().collect();
            picked.join(" ").trim_end_matches(['.', ',', ':', ';']).to_string()
        };
        let title = capitalize(&words(&mut rng, 4 + number % 5));
        let mut summary = sentence(&mut rng);
        while summary.chars().count() > 200 {
            summary = sentence(&mut rng);
        }
        let kind = match number % 3 {
            0 => "myth",
            1 => "tip",
            _ => "page",
        };
        let myth = (kind == "myth").then(|| {
            let short = |rng: &mut Rng| loop {
                let s = sentence(rng);
                if s.chars().count() <= 160 {
                    break s;
                }
            };
            (short(&mut rng), short(&mut rng))
        });
        let target = rng.range(300..800);
        let mut blocks = Vec::new();
        let mut count = 0;
        let photo = number.is_multiple_of(5).then_some(number % PHOTOS);
        let table = number.is_multiple_of(4);
        while count < target {
            match blocks.len() % 5 {
                0 => {
                    let count = 3 + rng.range(0..3);
                    blocks.push(Block::Heading(capitalize(&words(&mut rng, count))));
                }
                1 | 3 => {
                    let mut spans = Vec::new();
                    for _ in 0..rng.range(2..6) {
                        let s = sentence(&mut rng);
                        count += s.split_whitespace().count();
                        match rng.range(0..6) {
                            0 => spans.push(Span::Bold(s)),
                            1 if per_campaign > 1 => {
                                let to = (n + 1 + rng.range(0..per_campaign - 1)) % per_campaign;
                                spans.push(Span::Link(s, to));
                            }
                            _ => spans.push(Span::Text(s)),
                        }
                    }
                    blocks.push(Block::Paragraph(spans));
                }
                2 => {
                    let items: Vec<String> = (0..rng.range(3..7)).map(|_| sentence(&mut rng)).collect();
                    count += items.iter().map(|i| i.split_whitespace().count()).sum::<usize>();
                    blocks.push(Block::List(items));
                }
                _ if table && !blocks.iter().any(|b| matches!(b, Block::Table(_))) => {
                    let rows = (0..rng.range(3..6))
                        .map(|_| {
                            (0..3)
                                .map(|_| {
                                    let count = 1 + rng.range(0..3);
                                    words(&mut rng, count)
                                })
                                .collect()
                        })
                        .collect();
                    blocks.push(Block::Table(rows));
                    count += 30;
                }
                _ => {
                    let s = sentence(&mut rng);
                    count += s.split_whitespace().count();
                    blocks.push(Block::Paragraph(vec![Span::Text(s)]));
                }
            }
            if let Some(photo) = photo
                && blocks.len() == 3
            {
                blocks.push(Block::Photo(words(&mut rng, 5), photo));
            }
        }
        Page {
            title,
            summary,
            kind,
            myth,
            blocks,
            card_photo: (number % 10 == 7).then(|| (number + 1) % PHOTOS),
        }
    }
}

fn capitalize(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The body as Markdown, with `link` giving the address of a page of the campaign and `photo`
/// that of a photo.
fn markdown(page: &Page, link: &dyn Fn(usize) -> String, photo: &dyn Fn(usize) -> String) -> String {
    let mut out = String::new();
    for block in &page.blocks {
        match block {
            Block::Heading(text) => writeln!(out, "## {text}\n").unwrap(),
            Block::Paragraph(spans) => {
                let words: Vec<String> = spans
                    .iter()
                    .map(|span| match span {
                        Span::Text(t) => t.clone(),
                        Span::Bold(t) => format!("**{}**", t.trim_end_matches('.')) + ".",
                        Span::Link(t, to) => format!("[{}]({}).", t.trim_end_matches('.'), link(*to)),
                    })
                    .collect();
                writeln!(out, "{}\n", words.join(" ")).unwrap();
            }
            Block::List(items) => {
                for item in items {
                    writeln!(out, "- {item}").unwrap();
                }
                out.push('\n');
            }
            Block::Table(rows) => {
                for (i, row) in rows.iter().enumerate() {
                    writeln!(out, "| {} |", row.join(" | ")).unwrap();
                    if i == 0 {
                        writeln!(out, "|{}", "---|".repeat(row.len())).unwrap();
                    }
                }
                out.push('\n');
            }
            Block::Photo(alt, n) => writeln!(out, "![{alt}]({})\n", photo(*n)).unwrap(),
        }
    }
    out
}

/// Text as a typst string literal.
fn typst_string(text: &str) -> String {
    format!("\"{}\"", text.replace('\\', "\\\\").replace('"', "\\\""))
}

/// The page as a plain A4 typst handout: title, summary and body (photos left out), in the
/// default theme's fonts: what typst itself is timed on.
fn typst(page: &Page, lang: &str) -> String {
    let mut out = format!(
        "#set page(\"a4\", margin: 2cm)\n#set text(font: (\"Noto Sans\", \"Noto Sans Arabic\"), size: 10.5pt, lang: \"{lang}\")\n\
         #set par(justify: false)\n#heading(level: 1, {})\n#text(size: 12pt, {})\n\n",
        typst_string(&page.title),
        typst_string(&page.summary)
    );
    if let Some((myth, fact)) = &page.myth {
        writeln!(
            out,
            "#block(fill: luma(235), inset: 8pt, [#strong(\"✗\") #{}])",
            typst_string(myth)
        )
        .unwrap();
        writeln!(
            out,
            "#block(fill: luma(220), inset: 8pt, [#strong(\"✓\") #{}])\n",
            typst_string(fact)
        )
        .unwrap();
    }
    for block in &page.blocks {
        match block {
            Block::Heading(text) => writeln!(out, "#heading(level: 2, {})\n", typst_string(text)).unwrap(),
            Block::Paragraph(spans) => {
                let parts: Vec<String> = spans
                    .iter()
                    .map(|span| match span {
                        Span::Text(t) | Span::Link(t, _) => format!("#{}", typst_string(t)),
                        Span::Bold(t) => format!("#strong({})", typst_string(t)),
                    })
                    .collect();
                writeln!(out, "{}\n", parts.join(" ")).unwrap();
            }
            Block::List(items) => {
                let items: Vec<String> = items.iter().map(|i| format!("[#{}]", typst_string(i))).collect();
                writeln!(out, "#list({})\n", items.join(", ")).unwrap();
            }
            Block::Table(rows) => {
                let cells: Vec<String> = rows
                    .iter()
                    .flatten()
                    .map(|c| format!("[#{}]", typst_string(c)))
                    .collect();
                writeln!(out, "#table(columns: 3, {})\n", cells.join(", ")).unwrap();
            }
            Block::Photo(..) => {}
        }
    }
    out
}

/// A 1600 × 1200 photo: soft colour fields and grain, as a camera's picture compresses.
fn photo(seed: usize) -> Vec<u8> {
    let (w, h) = (1600u32, 1200u32);
    let mut rng = Rng::new(seed as u64 + 1000);
    let base = [
        rng.range(40..200) as f32,
        rng.range(40..200) as f32,
        rng.range(40..200) as f32,
    ];
    let image = image::RgbImage::from_fn(w, h, |x, y| {
        let (fx, fy) = (x as f32 / w as f32, y as f32 / h as f32);
        let wave = ((fx * 7.0 + seed as f32).sin() * (fy * 5.0).cos() + 1.0) * 40.0;
        let grain = ((x.wrapping_mul(7919) ^ y.wrapping_mul(104_729) ^ (seed as u32 * 31)) % 23) as f32;
        image::Rgb([
            (base[0] * (1.0 - fy * 0.5) + wave + grain).min(255.0) as u8,
            (base[1] + wave * 0.5 + grain).min(255.0) as u8,
            (base[2] * (0.5 + fx * 0.5) + grain).min(255.0) as u8,
        ])
    });
    let mut bytes = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut bytes, 85)
        .encode_image(&image)
        .unwrap();
    bytes
}

/// A campaign's logo.
const LOGO: &str = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 64 64\"><circle cx=\"32\" cy=\"32\" r=\"28\" \
                    fill=\"#0b4f6c\"/><path d=\"M20 34h24v6H20z\" fill=\"#f5a300\"/></svg>\n";

/// Source pages and campaigns of a corpus of `pages` page files (each page is in every
/// language).
fn layout(pages: usize, per_campaign: usize) -> Vec<std::ops::Range<usize>> {
    let sources = pages.div_ceil(LANGUAGES.len());
    (0..sources.div_ceil(per_campaign))
        .map(|c| c * per_campaign..((c + 1) * per_campaign).min(sources))
        .collect()
}

fn write(path: &Path, bytes: impl AsRef<[u8]>) {
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    fs::write(path, bytes).unwrap();
}

fn yaml_string(text: &str) -> String {
    format!("\"{}\"", text.replace('\\', "\\\\").replace('"', "\\\""))
}

impl Corpus {
    /// An altavoz project of about `pages` page files (`pages / 4` pages in four languages) in
    /// campaigns of `per_campaign` pages, each with its landing page besides.
    pub fn altavoz(&self, root: &Path, pages: usize, per_campaign: usize) {
        let mut config = String::from("title: \"Bench\"\nbase_url: \"https://example.org/\"\nlanguages:\n");
        for (code, name) in LANGUAGES {
            writeln!(config, "  - {{ code: {code}, name: \"{name}\" }}").unwrap();
        }
        write(&root.join("altavoz.yaml"), config);
        for (c, range) in layout(pages, per_campaign).into_iter().enumerate() {
            let campaign = root.join(format!("campaigns/bench-{c:03}"));
            let names: Vec<String> = LANGUAGES
                .iter()
                .map(|(code, _)| format!("{code}: \"Bench {c}\""))
                .collect();
            write(
                &campaign.join("campaign.yaml"),
                format!(
                    "name: {{ {} }}\nlogo: assets/logo.svg\ncolors: {{ primary: \"#0b4f6c\", accent: \"#f5a300\" }}\n\
                     contacts:\n  - label: \"Línea (EJEMPLO)\"\n    phone: \"+502 5555 0100\"\n    whatsapp: \"+50255550100\"\n",
                    names.join(", ")
                ),
            );
            write(&campaign.join("assets/logo.svg"), LOGO);
            for p in 0..PHOTOS {
                write(&campaign.join(format!("assets/foto-{p}.jpg")), photo(c * PHOTOS + p));
            }
            let slugs: Vec<String> = range.clone().map(|i| format!("pagina-{i:05}")).collect();
            for (lang, (code, _)) in LANGUAGES.iter().enumerate() {
                let index = self.page(lang, c * 1_000_003, 0, 1);
                // The landing page's links and photo lead where a page's do.
                let link = |to: usize| format!("{}.md", slugs[to % slugs.len()]);
                let picture = |p: usize| format!("../assets/foto-{p}.jpg");
                write(
                    &campaign.join(format!("{code}/index.md")),
                    format!(
                        "---\ntitle: {}\nsummary: {}\nreviewed: 2026-10-01\n---\n{}\n",
                        yaml_string(&format!("Bench {c}")),
                        yaml_string(&index.summary),
                        markdown(&index, &link, &picture)
                    ),
                );
                for (n, number) in range.clone().enumerate() {
                    let page = self.page(lang, number, n, slugs.len());
                    let mut front = format!(
                        "---\ntitle: {}\nsummary: {}\nkind: {}\norder: {n}\nreviewed: 2026-10-01\nreviewed_by: \"Equipo\"\n",
                        yaml_string(&page.title),
                        yaml_string(&page.summary),
                        page.kind
                    );
                    if let Some((myth, fact)) = &page.myth {
                        writeln!(front, "myth: {}\nfact: {}", yaml_string(myth), yaml_string(fact)).unwrap();
                    }
                    if let Some(photo) = page.card_photo {
                        writeln!(front, "card: {{ image: assets/foto-{photo}.jpg }}").unwrap();
                    }
                    front.push_str("---\n");
                    let body = markdown(&page, &|to| format!("{}.md", slugs[to]), &|p| {
                        format!("../assets/foto-{p}.jpg")
                    });
                    write(&campaign.join(format!("{code}/{}.md", slugs[n])), front + &body);
                }
            }
        }
    }

    /// The same pages as a Zola site: a section per campaign, a file per page and language,
    /// the photos in `static/`, and minimal templates (title, description, content).
    pub fn zola(&self, root: &Path, pages: usize, per_campaign: usize) {
        let mut config = String::from(
            "base_url = \"https://example.org\"\ncompile_sass = false\nbuild_search_index = false\ngenerate_sitemap = true\ndefault_language = \"es\"\n",
        );
        for (code, _) in &LANGUAGES[1..] {
            writeln!(config, "[languages.{code}]").unwrap();
        }
        write(&root.join("config.toml"), config);
        let page = "<!DOCTYPE html><html lang=\"{{ lang }}\"><head><meta charset=\"utf-8\"><title>{{ page.title }}</title><meta name=\"description\" content=\"{{ page.description }}\"></head><body><h1>{{ page.title }}</h1>{{ page.content | safe }}</body></html>\n";
        let list = "<!DOCTYPE html><html lang=\"{{ lang }}\"><head><meta charset=\"utf-8\"><title>{{ section.title }}</title></head><body><h1>{{ section.title }}</h1>{{ section.content | safe }}<ul>{% for p in section.pages %}<li><a href=\"{{ p.permalink }}\">{{ p.title }}</a></li>{% endfor %}</ul></body></html>\n";
        write(&root.join("templates/page.html"), page);
        write(&root.join("templates/section.html"), list);
        write(&root.join("templates/index.html"), list);
        for (lang, (code, _)) in LANGUAGES.iter().enumerate() {
            let suffix = if lang == 0 { String::new() } else { format!(".{code}") };
            write(
                &root.join(format!("content/_index{suffix}.md")),
                "+++\ntitle = \"Bench\"\n+++\n",
            );
        }
        for (c, range) in layout(pages, per_campaign).into_iter().enumerate() {
            for p in 0..PHOTOS {
                write(
                    &root.join(format!("static/bench-{c:03}/foto-{p}.jpg")),
                    photo(c * PHOTOS + p),
                );
            }
            let slugs: Vec<String> = range.clone().map(|i| format!("pagina-{i:05}")).collect();
            for (lang, (code, _)) in LANGUAGES.iter().enumerate() {
                let suffix = if lang == 0 { String::new() } else { format!(".{code}") };
                let section = root.join(format!("content/bench-{c:03}"));
                let index = self.page(lang, c * 1_000_003, 0, 1);
                // The landing page's links and photo lead where a page's do.
                let link = |to: usize| format!("{}.md", slugs[to % slugs.len()]);
                let picture = |p: usize| format!("../assets/foto-{p}.jpg");
                write(
                    &section.join(format!("_index{suffix}.md")),
                    format!(
                        "+++\ntitle = \"Bench {c}\"\nsort_by = \"weight\"\n+++\n{}",
                        markdown(&index, &link, &picture)
                    ),
                );
                for (n, number) in range.clone().enumerate() {
                    let page = self.page(lang, number, n, slugs.len());
                    let body = markdown(&page, &|to| format!("@/bench-{c:03}/{}{suffix}.md", slugs[to]), &|p| {
                        format!("/bench-{c:03}/foto-{p}.jpg")
                    });
                    write(
                        &section.join(format!("{}{suffix}.md", slugs[n])),
                        format!(
                            "+++\ntitle = {}\ndescription = {}\nweight = {n}\n+++\n{body}",
                            yaml_string(&page.title),
                            yaml_string(&page.summary)
                        ),
                    );
                }
            }
        }
    }

    /// The same pages as a Hugo site, with the same minimal templates as the Zola one.
    pub fn hugo(&self, root: &Path, pages: usize, per_campaign: usize) {
        let mut config = String::from(
            "baseURL = \"https://example.org/\"\ndefaultContentLanguage = \"es\"\ndisableKinds = [\"taxonomy\", \"term\", \"RSS\"]\n\
             [markup.goldmark.renderer]\nunsafe = false\n[languages]\n",
        );
        for (i, (code, name)) in LANGUAGES.iter().enumerate() {
            writeln!(
                config,
                "[languages.{code}]\nlanguageName = \"{name}\"\nweight = {}",
                i + 1
            )
            .unwrap();
        }
        write(&root.join("hugo.toml"), config);
        let page = "<!DOCTYPE html><html lang=\"{{ .Language.Lang }}\"><head><meta charset=\"utf-8\"><title>{{ .Title }}</title><meta name=\"description\" content=\"{{ .Description }}\"></head><body><h1>{{ .Title }}</h1>{{ .Content }}</body></html>\n";
        let list = "<!DOCTYPE html><html lang=\"{{ .Language.Lang }}\"><head><meta charset=\"utf-8\"><title>{{ .Title }}</title></head><body><h1>{{ .Title }}</h1>{{ .Content }}<ul>{{ range .Pages }}<li><a href=\"{{ .Permalink }}\">{{ .Title }}</a></li>{{ end }}</ul></body></html>\n";
        write(&root.join("layouts/_default/single.html"), page);
        write(&root.join("layouts/_default/list.html"), list);
        write(&root.join("layouts/index.html"), list);
        for (c, range) in layout(pages, per_campaign).into_iter().enumerate() {
            for p in 0..PHOTOS {
                write(
                    &root.join(format!("static/bench-{c:03}/foto-{p}.jpg")),
                    photo(c * PHOTOS + p),
                );
            }
            let slugs: Vec<String> = range.clone().map(|i| format!("pagina-{i:05}")).collect();
            for (lang, (code, _)) in LANGUAGES.iter().enumerate() {
                let section = root.join(format!("content/bench-{c:03}"));
                let index = self.page(lang, c * 1_000_003, 0, 1);
                // The landing page's links and photo lead where a page's do.
                let link = |to: usize| format!("{}.md", slugs[to % slugs.len()]);
                let picture = |p: usize| format!("../assets/foto-{p}.jpg");
                write(
                    &section.join(format!("_index.{code}.md")),
                    format!("---\ntitle: \"Bench {c}\"\n---\n{}", markdown(&index, &link, &picture)),
                );
                for (n, number) in range.clone().enumerate() {
                    let page = self.page(lang, number, n, slugs.len());
                    let body = markdown(&page, &|to| format!("../{}/", slugs[to]), &|p| {
                        format!("/bench-{c:03}/foto-{p}.jpg")
                    });
                    write(
                        &section.join(format!("{}.{code}.md", slugs[n])),
                        format!(
                            "---\ntitle: {}\ndescription: {}\nweight: {n}\n---\n{body}",
                            yaml_string(&page.title),
                            yaml_string(&page.summary)
                        ),
                    );
                }
            }
        }
    }

    /// The first `count` pages of the corpus as plain A4 typst handouts (`<n>-<lang>.typ` in
    /// `dir`), in every language: what typst alone is timed on. Returns their paths.
    pub fn typst_handouts(&self, dir: &Path, count: usize, per_campaign: usize) -> Vec<PathBuf> {
        let mut files = Vec::new();
        for number in 0..count.div_ceil(LANGUAGES.len()) {
            for (lang, (code, _)) in LANGUAGES.iter().enumerate() {
                let page = self.page(lang, number, number % per_campaign, per_campaign);
                let path = dir.join(format!("{number:05}-{code}.typ"));
                write(&path, typst(&page, code));
                files.push(path);
            }
        }
        files
    }
}
