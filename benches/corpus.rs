//! Generated projects for the benchmarks: campaigns of Spanish pages (tips, myths and plain
//! pages with headings, a list, a link and a table), and the same pages as a Zola and a Hugo
//! site, so that the three can be timed on the same text.
#![allow(dead_code)]

use std::fs;
use std::path::Path;

/// The text of page `i`, with `body` as its last paragraph.
pub fn page(i: usize, body: &str) -> String {
    let kind = ["page", "tip", "myth"][i % 3];
    let myth = if kind == "myth" {
        "myth: \"Con un coyote el viaje es seguro.\"\nfact: \"Muchas personas son abandonadas.\"\n"
    } else {
        ""
    };
    format!(
        "---\ntitle: \"¿Página {i}? Señales de fraude\"\nsummary: \"Lo que los coyotes no te cuentan, parte {i}.\"\nkind: {kind}\n{myth}order: {i}\nreviewed: 2026-10-01\nreviewed_by: \"Equipo\"\n---\n{}{body}\n",
        body_text()
    )
}

/// The body every page shares.
pub fn body_text() -> &'static str {
    "## Lo que te prometen\n\nUn coyote sabe hablar bonito. Te dice que conoce el camino y que vas a llegar **sin problemas**.\n\n\
     - No pagues por adelantado.\n- Habla con tu familia.\n- Revisa las [señales](index.md).\n\n| A | B |\n|---|---|\n| 1 | 2 |\n\n"
}

/// An altavoz project of `pages` Spanish pages in campaigns of `per_campaign` (each with its
/// landing page besides).
pub fn altavoz(root: &Path, pages: usize, per_campaign: usize) {
    fs::create_dir_all(root).unwrap();
    fs::write(
        root.join("altavoz.yaml"),
        "title: \"Bench\"\nbase_url: \"https://example.org/\"\nlanguages:\n  - { code: es, name: \"Español\" }\n",
    )
    .unwrap();
    for c in 0..pages.div_ceil(per_campaign) {
        let campaign = root.join(format!("campaigns/bench-{c:03}"));
        fs::create_dir_all(campaign.join("es")).unwrap();
        fs::write(
            campaign.join("campaign.yaml"),
            "name: \"Bench\"\ncontacts:\n  - label: \"Línea (EJEMPLO)\"\n    phone: \"+502 5555 0100\"\n",
        )
        .unwrap();
        fs::write(
            campaign.join("es/index.md"),
            "---\ntitle: \"Inicio\"\nsummary: \"Resumen.\"\nreviewed: 2026-10-01\n---\nTexto.\n",
        )
        .unwrap();
        for i in c * per_campaign..((c + 1) * per_campaign).min(pages) {
            fs::write(campaign.join(format!("es/pagina-{i:05}.md")), page(i, "Fin.")).unwrap();
        }
    }
}

/// The same pages as a Zola site: one section per campaign, pages with title, description and
/// weight, and minimal templates (title, description, content).
pub fn zola(root: &Path, pages: usize, per_campaign: usize) {
    fs::create_dir_all(root.join("templates")).unwrap();
    fs::write(
        root.join("config.toml"),
        // Zola 0.22 refuses the old `[markdown] highlight_code` key; highlighting is off unless set.
        "base_url = \"https://example.org\"\ncompile_sass = false\nbuild_search_index = false\ngenerate_sitemap = true\n",
    )
    .unwrap();
    let page = "<!DOCTYPE html><html lang=\"es\"><head><meta charset=\"utf-8\"><title>{{ page.title }}</title><meta name=\"description\" content=\"{{ page.description }}\"></head><body><h1>{{ page.title }}</h1>{{ page.content | safe }}</body></html>\n";
    let list = "<!DOCTYPE html><html lang=\"es\"><head><meta charset=\"utf-8\"><title>{{ section.title }}</title></head><body><h1>{{ section.title }}</h1><ul>{% for p in section.pages %}<li><a href=\"{{ p.permalink }}\">{{ p.title }}</a></li>{% endfor %}</ul></body></html>\n";
    fs::write(root.join("templates/page.html"), page).unwrap();
    fs::write(root.join("templates/section.html"), list).unwrap();
    fs::write(root.join("templates/index.html"), list).unwrap();
    fs::create_dir_all(root.join("content")).unwrap();
    fs::write(root.join("content/_index.md"), "+++\ntitle = \"Bench\"\n+++\n").unwrap();
    for c in 0..pages.div_ceil(per_campaign) {
        let section = root.join(format!("content/bench-{c:03}"));
        fs::create_dir_all(&section).unwrap();
        fs::write(
            section.join("_index.md"),
            "+++\ntitle = \"Inicio\"\nsort_by = \"weight\"\n+++\nTexto.\n",
        )
        .unwrap();
        for i in c * per_campaign..((c + 1) * per_campaign).min(pages) {
            fs::write(
                section.join(format!("pagina-{i:05}.md")),
                format!(
                    "+++\ntitle = \"¿Página {i}? Señales de fraude\"\ndescription = \"Lo que los coyotes no te cuentan, parte {i}.\"\nweight = {i}\n+++\n{}Fin.\n",
                    body_text().replace("(index.md)", "(@/_index.md)")
                ),
            )
            .unwrap();
        }
    }
}

/// The same pages as a Hugo site, with the same minimal templates as the Zola one.
pub fn hugo(root: &Path, pages: usize, per_campaign: usize) {
    fs::create_dir_all(root.join("layouts/_default")).unwrap();
    fs::write(
        root.join("hugo.toml"),
        "baseURL = \"https://example.org/\"\nlanguageCode = \"es\"\ndisableKinds = [\"taxonomy\", \"term\", \"RSS\"]\n[markup.goldmark.renderer]\nunsafe = false\n",
    )
    .unwrap();
    let page = "<!DOCTYPE html><html lang=\"es\"><head><meta charset=\"utf-8\"><title>{{ .Title }}</title><meta name=\"description\" content=\"{{ .Description }}\"></head><body><h1>{{ .Title }}</h1>{{ .Content }}</body></html>\n";
    let list = "<!DOCTYPE html><html lang=\"es\"><head><meta charset=\"utf-8\"><title>{{ .Title }}</title></head><body><h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href=\"{{ .Permalink }}\">{{ .Title }}</a></li>{{ end }}</ul></body></html>\n";
    fs::write(root.join("layouts/_default/single.html"), page).unwrap();
    fs::write(root.join("layouts/_default/list.html"), list).unwrap();
    fs::write(root.join("layouts/index.html"), list).unwrap();
    fs::create_dir_all(root.join("content")).unwrap();
    for c in 0..pages.div_ceil(per_campaign) {
        let section = root.join(format!("content/bench-{c:03}"));
        fs::create_dir_all(&section).unwrap();
        fs::write(section.join("_index.md"), "---\ntitle: \"Inicio\"\n---\nTexto.\n").unwrap();
        for i in c * per_campaign..((c + 1) * per_campaign).min(pages) {
            fs::write(
                section.join(format!("pagina-{i:05}.md")),
                format!(
                    "---\ntitle: \"¿Página {i}? Señales de fraude\"\ndescription: \"Lo que los coyotes no te cuentan, parte {i}.\"\nweight: {i}\n---\n{}Fin.\n",
                    body_text().replace("(index.md)", "(../)")
                ),
            )
            .unwrap();
        }
    }
}
