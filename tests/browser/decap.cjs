// The web-editor configuration `altavoz cms` writes, in the real client: Decap CMS (from npm)
// with its local backend (decap-server, in git mode: the editorial workflow's branches), driven
// in headless Chromium.
//
//   node tests/browser/decap.cjs PROJECT [--page CAMPAIGN/PAGE]... [--create CAMPAIGN]
//                                [--reviewed YYYY-MM-DD] [--mode git|fs]
//
// PROJECT holds altavoz.yaml, campaigns/ and static/admin/{index.html,config.yml}. It should be a
// git repository whose working tree is clean, on the branch `backend.branch` of config.yml; a
// folder that is not a repository yet is made one (one commit of everything).
//
// It checks that the CMS
//   1. lists every campaign of config.yml, with every page of the campaign's source language;
//   2. offers each campaign's languages (and only them) in the editor;
//   3. shows, for each --page (default: the first page of each campaign), in every language that
//      has the file, every front-matter value and the text exactly as the file has them;
//   4. creates a page through the form (title, summary, kind, order, review date and reviewer, a
//      source, text) and publishes it through the editorial workflow (save, status "ready",
//      publish), writing the source language's file with those values and nothing else.
// Then it prints the created file's path, relative to PROJECT, on stdout (progress goes to
// stderr), for the caller to run `altavoz check` on the project.
//
// Decap writes a file for every other language of the campaign too (decaporg/decap-cms#6932):
// for languages nobody wrote in, a file holding one line break. The test accepts those (and
// says so on stderr); anything else written there fails it.
//
// tests/browser/decap-fixture/ holds a page, and its translation, with a value in every
// front-matter field: copy it over the demo and pass --page think-twice/todos-los-campos.
//
//   tools=$(.ci/browser-tools); decap=$(.ci/decap-tools)
//   NODE_PATH="$tools/node_modules:$decap/node_modules" node tests/browser/decap.cjs DIR \
//     --page think-twice/todos-los-campos --create think-twice
//
// Needs playwright-core (.ci/browser-tools) and decap-cms, decap-server and yaml
// (.ci/decap-tools) on NODE_PATH, and Chromium at /usr/bin/chromium (or $CHROMIUM). Set
// DECAP_SCREENSHOT=FILE for a screenshot when it stops on an error.
// Exit status: 0 passed, 1 a check failed, 2 the environment failed.
"use strict";
const fs = require("fs");
const path = require("path");
const http = require("http");
const net = require("net");
const { spawn, execFileSync } = require("child_process");
const { chromium } = require("playwright-core");
const YAML = require("yaml");

// --- arguments --------------------------------------------------------------------------------
const args = process.argv.slice(2);
const option = (name) => {
  const values = [];
  for (let i = 0; i < args.length; i++) if (args[i] === name) values.push(args[++i]);
  return values;
};
const positional = args.filter((a, i) => !a.startsWith("--") && !(i > 0 && args[i - 1].startsWith("--")));
if (positional.length !== 1) {
  console.error("usage: decap.cjs PROJECT [--page CAMPAIGN/PAGE]... [--create CAMPAIGN] [--reviewed YYYY-MM-DD] [--mode git|fs]");
  process.exit(2);
}
const project = path.resolve(positional[0]);
const mode = option("--mode")[0] || "git";
const today = new Date();
const isoDay = (d) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
const reviewedOn = option("--reviewed")[0] || isoDay(today);
const log = (...a) => console.error(...a);

// --- what the configuration says ----------------------------------------------------------------
const configText = fs.readFileSync(path.join(project, "static/admin/config.yml"), "utf8");
const config = YAML.parse(configText);
const branch = (config.backend && config.backend.branch) || "master";
const rootI18n = config.i18n || {};
const campaigns = config.collections
  .filter((c) => c.folder)
  .map((c) => {
    const i18n = typeof c.i18n === "object" ? c.i18n : {};
    const locales = i18n.locales || rootI18n.locales;
    return { ...c, locales, defaultLocale: i18n.default_locale || locales[0] };
  });
const settings = config.collections.find((c) => c.files);

// Strings of Decap's interface in the languages altavoz writes configurations in (`locale:`),
// from decap-cms-locales; Decap falls back to English for what a language lacks.
const UI = {
  login: /^(Login|Iniciar sesión)$/,
  save: /^(Save|Guardar)$/,
  publish: /^(Publish|Publicar)$/,
  publishNow: /^(Publish now|Publicar ahora)$/,
  status: /^(Status|Estado):/,
  ready: /^(Ready|Listo)$/,
  add: /^(Add|Añadir|Agregar) /,
  writingIn: /^Writing in [A-Za-z_-]+$/,
  published: /^(Entry published|Entrada publicada)$/,
  saved: /^(Entry saved|Entrada guardada)$/,
};

// --- small helpers ------------------------------------------------------------------------------
const problems = [];
let debugShot = null;
const fail = (message) => { problems.push(message); log(`  FAIL ${message}`); };
const git = (...a) => execFileSync("git", ["-C", project, ...a], { encoding: "utf8" }).trim();

function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.on("error", reject);
    s.listen(0, "127.0.0.1", () => { const { port } = s.address(); s.close(() => resolve(port)); });
  });
}

/** A page file: its front matter (parsed as YAML 1.2, as altavoz reads it) and its body. */
function readPage(file) {
  const text = fs.readFileSync(file, "utf8").replace(/^\uFEFF/, "").replace(/\r\n/g, "\n");
  const m = text.match(/^---\n([\s\S]*?)\n(?:---|\.\.\.)\n?([\s\S]*)$/);
  if (!m) throw new Error(`${file}: no front matter`);
  return { front: YAML.parse(m[1]) || {}, body: m[2] };
}

/** Text compared as a reader sees it: runs of white space are one space. */
const squash = (s) => String(s).replace(/\uFEFF/g, "").replace(/\s+/g, " ").trim();

// --- the servers --------------------------------------------------------------------------------
function startDecapServer(port) {
  const script = require.resolve("decap-server/dist/index.js");
  const child = spawn(process.execPath, [script], {
    cwd: project,
    env: { ...process.env, PORT: String(port), MODE: mode, GIT_REPO_DIRECTORY: project, LOG_LEVEL: "info", BIND_HOST: "127.0.0.1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (d) => { output += d; });
  child.stderr.on("data", (d) => { output += d; });
  child.output = () => output;
  return child;
}

async function waitForApi(port, child) {
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`decap-server stopped:\n${child.output()}`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/api/v1`, {
        method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ action: "info" }),
      });
      if (res.ok) return res.json();
    } catch { /* not yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`decap-server did not answer:\n${child.output()}`);
}

/** Serves PROJECT/static/ (so /admin/ is the admin page), as altavoz serve and the host do. */
function startWebServer(port) {
  const root = path.join(project, "static");
  const types = { ".html": "text/html; charset=utf-8", ".yml": "text/yaml; charset=utf-8", ".js": "text/javascript" };
  const server = http.createServer((req, res) => {
    let rel = decodeURIComponent(new URL(req.url, "http://x").pathname);
    if (rel.endsWith("/")) rel += "index.html";
    const file = path.join(root, path.normalize(rel));
    if (!file.startsWith(root + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      if (fs.existsSync(path.join(file, "index.html"))) { res.writeHead(301, { Location: rel + "/" }); return res.end(); }
      res.writeHead(404); return res.end("not found");
    }
    res.writeHead(200, { "Content-Type": types[path.extname(file)] || "application/octet-stream", "Cache-Control": "no-store" });
    res.end(fs.readFileSync(file));
  });
  return new Promise((resolve) => server.listen(port, "127.0.0.1", () => resolve(server)));
}

// --- reading and filling Decap's form -----------------------------------------------------------
/** The control of the `nth` field named `name` inside `scope`. */
const control = (scope, name, nth = 0) =>
  scope.locator(`label[for^="${name}-field-"]`).nth(nth).locator("xpath=ancestor::div[contains(@aria-label, ' field')][1]");

async function selectedLabels(ctrl) {
  const single = ctrl.locator('[class*="singleValue"]');
  if (await single.count()) return [squash(await single.first().innerText())];
  const multi = ctrl.locator('[class*="multiValue"] > div:first-child');
  return (await multi.allInnerTexts()).map(squash);
}

/** What the form shows for `field` (its configuration), as a value of the file's kind. */
async function readField(scope, field, nth = 0) {
  const ctrl = control(scope, field.name, nth);
  if (!(await ctrl.count())) return { missing: true };
  const input = ctrl.locator(`[id^="${field.name}-field-"]`).first();
  switch (field.widget) {
    case "string":
    case "text": {
      const v = await input.inputValue();
      return v === "" ? undefined : v;
    }
    case "number": {
      const v = await input.inputValue();
      return v === "" ? undefined : Number(v);
    }
    case "datetime": {
      const v = await ctrl.locator(`input[id^="${field.name}-field-"]`).first().inputValue();
      return v === "" ? undefined : v;
    }
    case "boolean":
      return (await ctrl.locator('button[role="switch"]').first().getAttribute("aria-checked")) === "true";
    case "select": {
      const labels = await selectedLabels(ctrl);
      const values = labels.map((l) => {
        const o = field.options.find((o) => (typeof o === "object" ? squash(o.label) : String(o)) === l);
        return o === undefined ? `?${l}` : typeof o === "object" ? o.value : o;
      });
      return field.multiple ? (values.length ? values : undefined) : values[0];
    }
    case "list": {
      const items = [];
      const first = field.fields[0].name;
      const count = await ctrl.locator(`label[for^="${first}-field-"]`).count();
      for (let i = 0; i < count; i++) {
        const item = {};
        for (const sub of field.fields) {
          const v = await readField(ctrl, sub, i);
          if (v !== undefined) item[sub.name] = v;
        }
        items.push(item);
      }
      return items.length ? items : undefined;
    }
    case "object": {
      const expand = ctrl.locator('[data-testid="expand-button"]').first();
      if ((await expand.getAttribute("aria-label")) === "Expand") await expand.click();
      const obj = {};
      for (const sub of field.fields) {
        const v = await readField(ctrl, sub, 0);
        if (v !== undefined) obj[sub.name] = v;
      }
      return Object.keys(obj).length ? obj : undefined;
    }
    case "image": {
      // Decap shows the picture, not its path: compare the picture's bytes with the file's.
      const img = ctrl.locator("img").first();
      if (!(await img.count())) return undefined;
      const digest = await img.evaluate(async (el) => {
        const data = await (await fetch(el.src)).arrayBuffer();
        return [...new Uint8Array(await crypto.subtle.digest("SHA-256", data))].map((b) => b.toString(16).padStart(2, "0")).join("");
      });
      return { sha256: digest };
    }
    case "markdown": {
      // The Markdown source (the test opens Decap with its raw mode chosen, see main).
      const editor = ctrl.locator('[data-slate-editor="true"]').first();
      const v = (await editor.innerText()).replace(/\uFEFF/g, "");
      return v.trim() === "" ? undefined : v;
    }
    case "hidden":
      return { hidden: true };
    default:
      return { unsupported: field.widget };
  }
}

const sha256 = (file) => require("crypto").createHash("sha256").update(fs.readFileSync(file)).digest("hex");

/** A value from the file against the form's, in the way the field stores it. `base`: the
 *  campaign's folder, which image paths (`assets/…`) are relative to. */
function same(field, fileValue, formValue, base) {
  if (field.widget === "image") {
    const file = path.join(base || "", String(fileValue));
    return Boolean(formValue && formValue.sha256) && fs.existsSync(file) && sha256(file) === formValue.sha256;
  }
  if (field.widget === "markdown") return squash(fileValue) === squash(formValue);
  if (field.widget === "datetime") return String(fileValue) === String(formValue);
  if (field.widget === "boolean") return Boolean(fileValue) === Boolean(formValue);
  if (field.widget === "select" && field.multiple) return JSON.stringify(fileValue) === JSON.stringify(formValue);
  if (field.widget === "list") {
    if (!Array.isArray(fileValue) || !Array.isArray(formValue) || fileValue.length !== formValue.length) return false;
    return fileValue.every((item, i) => field.fields.every((f) => item[f.name] === undefined || same(f, item[f.name], formValue[i][f.name], base)));
  }
  if (field.widget === "object") {
    if (typeof fileValue !== "object" || !formValue) return false;
    return field.fields.every((f) => fileValue[f.name] === undefined || same(f, fileValue[f.name], formValue[f.name], base));
  }
  return String(fileValue) === String(formValue);
}

/** The editor pane showing `locale`: the left one for the default language, else the right
 *  one, switched to it with "Writing in …". */
async function paneFor(page, campaign, locale) {
  if (locale === campaign.defaultLocale) return page.locator(".Pane1");
  const right = page.locator(".Pane2");
  const button = right.getByText(UI.writingIn).first();
  const current = (await button.innerText()).trim().split(" ").pop().toLowerCase();
  if (current !== locale.toLowerCase()) {
    await button.click();
    await right.getByRole("menuitem").filter({ hasText: new RegExp(`^${locale}$`, "i") }).first().click();
    await page.waitForTimeout(300);
  }
  return right;
}

// --- the checks ---------------------------------------------------------------------------------
async function checkCollections(page, admin) {
  log("collections");
  await page.goto(`${admin}#/`);
  for (const c of [...campaigns, ...(settings ? [settings] : [])]) {
    const link = page.locator(`a[href$="#/collections/${c.name}"]`);
    if (!(await link.count())) { fail(`no collection ${c.name} in the sidebar`); continue; }
    const text = squash(await link.first().innerText());
    if (text !== squash(c.label)) fail(`collection ${c.name} is labelled "${text}", not "${c.label}"`);
  }
  for (const c of campaigns) {
    const dir = path.join(project, c.folder, c.defaultLocale);
    const files = fs.readdirSync(dir).filter((f) => f.endsWith(".md")).sort();
    await page.goto(`${admin}#/collections/${c.name}`);
    const cards = page.locator(`a[href*="#/collections/${c.name}/entries/"]`);
    await cards.first().waitFor({ timeout: 30000 });
    await page.waitForTimeout(500);
    const hrefs = await cards.evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    const slugs = hrefs.map((h) => decodeURIComponent(h.split("/entries/")[1])).sort();
    const want = files.map((f) => f.slice(0, -3));
    if (JSON.stringify(slugs) !== JSON.stringify(want)) fail(`${c.name} lists ${slugs.join(", ")}; its ${c.defaultLocale}/ has ${want.join(", ")}`);
    for (const f of files) {
      const { front } = readPage(path.join(dir, f));
      if (!(await page.getByText(String(front.title), { exact: true }).count())) fail(`${c.name}: the list does not show "${front.title}"`);
    }
    log(`  ${c.name} (${c.label}): ${slugs.length} pages`);
  }
}

/** Opens a page from its campaign's list, and waits for the form to show its title. */
async function openEntry(page, admin, campaign, slug) {
  await page.goto(`${admin}#/collections/${campaign.name}`);
  await page.locator(`a[href$="#/collections/${campaign.name}/entries/${slug}"]`).first().click({ timeout: 30000 });
  const { front } = readPage(path.join(project, campaign.folder, campaign.defaultLocale, `${slug}.md`));
  const title = page.locator('.Pane1 [id^="title-field-"]').first();
  for (let i = 0; i < 150 && (!(await title.count()) || (await title.inputValue()) !== String(front.title)); i++) {
    await page.waitForTimeout(100);
  }
  await page.waitForTimeout(300);
}

async function checkLocales(page, admin, campaign, slug) {
  await openEntry(page, admin, campaign, slug);
  const left = page.locator(".Pane1").getByText(UI.writingIn).first();
  const shown = (await left.innerText()).trim().split(" ").pop().toLowerCase();
  if (shown !== campaign.defaultLocale.toLowerCase()) fail(`${campaign.name}: the editor starts in ${shown}, not ${campaign.defaultLocale}`);
  await left.click();
  const items = (await page.getByRole("menuitem").allInnerTexts()).map((t) => t.trim().toLowerCase());
  await page.keyboard.press("Escape");
  await page.mouse.click(5, 300);
  const offered = [...new Set([shown, ...items])].sort();
  const want = campaign.locales.map((l) => l.toLowerCase()).sort();
  if (JSON.stringify(offered) !== JSON.stringify(want)) fail(`${campaign.name}: the editor offers ${offered.join(", ")}, not ${want.join(", ")}`);
  log(`  ${campaign.name}: languages ${offered.join(", ")}`);
}

async function checkPage(page, admin, campaign, slug) {
  log(`page ${campaign.name}/${slug}`);
  await openEntry(page, admin, campaign, slug);
  const fields = new Map(campaign.fields.map((f) => [f.name, f]));
  for (const locale of campaign.locales) {
    const file = path.join(project, campaign.folder, locale, `${slug}.md`);
    if (!fs.existsSync(file)) continue;
    const { front, body } = readPage(file);
    const values = { ...front, ...(body.trim() ? { body } : {}) };
    const pane = await paneFor(page, campaign, locale);
    const checked = [];
    for (const [key, fileValue] of Object.entries(values)) {
      const field = fields.get(key);
      if (!field) { fail(`${locale}/${slug}.md: \`${key}\` has no field in the CMS`); continue; }
      if (field.widget === "hidden") { checked.push(`${key} (hidden, kept)`); continue; }
      const formValue = await readField(pane, field);
      if (formValue && formValue.missing) { fail(`${locale}/${slug}.md: no control for \`${key}\``); continue; }
      if (!same(field, fileValue, formValue, path.join(project, campaign.folder))) {
        fail(`${locale}/${slug}.md: \`${key}\` is ${JSON.stringify(fileValue)} in the file, ${JSON.stringify(formValue)} in the form`);
      } else checked.push(key);
    }
    log(`  ${locale}: ${checked.join(", ")}`);
  }
}

/** Picks `value` in the select control of `field`. */
async function choose(page, ctrl, field, value) {
  const option = field.options.find((o) => (typeof o === "object" ? o.value : o) === value);
  const label = typeof option === "object" ? option.label : String(option);
  await ctrl.locator('[class*="-control"]').first().click();
  await page.locator('[class*="-option"]').filter({ hasText: new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`) }).first().click();
}

async function createPage(page, admin, campaign) {
  const fields = new Map(campaign.fields.map((f) => [f.name, f]));
  const want = {
    title: "Página creada en el editor web",
    summary: "Una página escrita en Decap CMS, con todo lo que un formulario puede dar: tipo, orden, revisión y una fuente.",
    kind: "tip",
    order: 9,
    reviewed: reviewedOn,
    reviewed_by: "Equipo de prueba",
    sources: [{ title: "OIM", url: "https://www.iom.int/" }],
    body: "## Qué hacer\n\nPregunta siempre a una fuente verificada.\n\n- Llama a la línea de ayuda.\n- Guarda este número.",
  };
  log(`create a page in ${campaign.name}`);
  await page.goto(`${admin}#/collections/${campaign.name}/new`);
  const pane = page.locator(".Pane1");
  await pane.locator('[id^="title-field-"]').first().waitFor({ timeout: 30000 });
  await page.waitForTimeout(1000); // the empty draft is made after the form first shows
  await pane.locator('[id^="title-field-"]').first().fill(want.title);
  await pane.locator('[id^="summary-field-"]').first().fill(want.summary);
  await choose(page, control(pane, "kind"), fields.get("kind"), want.kind);
  await pane.locator('[id^="order-field-"]').first().fill(String(want.order));
  await control(pane, "reviewed").locator('input[type="date"]').fill(want.reviewed);
  await pane.locator('[id^="reviewed_by-field-"]').first().fill(want.reviewed_by);
  const sources = control(pane, "sources");
  await sources.getByRole("button", { name: UI.add }).first().click();
  await sources.locator('[id^="title-field-"]').first().fill(want.sources[0].title);
  await sources.locator('[id^="url-field-"]').first().fill(want.sources[0].url);
  const body = control(pane, "body");
  await body.locator('[data-slate-editor="true"]').first().click();
  for (const [i, line] of want.body.split("\n").entries()) {
    if (i) await page.keyboard.press("Enter");
    if (line) await page.keyboard.insertText(line);
  }
  await page.waitForTimeout(500);
  for (const name of ["title", "summary", "order", "reviewed_by"]) {
    const v = await readField(pane, fields.get(name));
    if (String(v) !== String(want[name])) fail(`the form's ${name} is ${JSON.stringify(v)} after typing ${JSON.stringify(want[name])}`);
  }

  // In the editorial workflow (git mode): save (a branch cms/<collection>/<slug>, status
  // "draft"), set the status to "ready", publish (merge into the branch). Without it (fs mode,
  // where Decap falls back to publishing at once): publish.
  const saved = async () => {
    try {
      await page.waitForURL(/\/entries\/[^/]+$/, { timeout: 30000 });
    } catch (e) {
      const errors = await page.locator('[class*="ControlErrorsList"] li').allInnerTexts();
      throw new Error(`saving failed: ${errors.join("; ") || e.message}`);
    }
  };
  if (mode === "git") {
    await page.getByRole("button", { name: UI.save }).click();
    await saved();
    log(`  saved`);
    await page.waitForTimeout(500);
    await page.getByRole("button", { name: UI.status }).click();
    await page.getByRole("menuitem", { name: UI.ready }).click();
    await page.waitForTimeout(1000);
    log("  status: ready");
  }
  await page.getByRole("button", { name: UI.publish }).click();
  await page.getByRole("menuitem", { name: UI.publishNow }).click();
  if (mode !== "git") await saved();
  const slug = decodeURIComponent(page.url().split("/entries/").pop());
  const file = path.join(campaign.folder, campaign.defaultLocale, `${slug}.md`);
  for (let i = 0; i < 100 && !fs.existsSync(path.join(project, file)); i++) await page.waitForTimeout(200);
  if (!fs.existsSync(path.join(project, file))) { fail(`publishing wrote no ${file}`); return null; }
  await page.waitForTimeout(1000);
  log(`  published: ${file}`);

  // What was written: the source language's file, with what the form was given. Decap also
  // writes a file for every other language of the campaign (decaporg/decap-cms#6932); nobody
  // wrote in them, so they must be empty (a line break), which altavoz takes for "no page".
  for (const locale of campaign.locales) {
    const other = path.join(campaign.folder, locale, `${slug}.md`);
    if (locale === campaign.defaultLocale || !fs.existsSync(path.join(project, other))) continue;
    const text = fs.readFileSync(path.join(project, other), "utf8");
    if (text.trim()) fail(`creating a page also wrote ${other}:\n${text}`);
    else log(`  note: Decap also wrote ${other}, empty (${JSON.stringify(text)})`);
  }
  const written = readPage(path.join(project, file));
  for (const [key, value] of Object.entries(want)) {
    const actual = key === "body" ? written.body : written.front[key];
    if (!same(fields.get(key), value, actual)) fail(`${file}: \`${key}\` is ${JSON.stringify(actual)}, not ${JSON.stringify(value)}`);
  }
  const extra = Object.keys(written.front).filter((k) => !(k in want));
  if (extra.length) fail(`${file}: also has ${extra.join(", ")}`);
  log(fs.readFileSync(path.join(project, file), "utf8").replace(/^/gm, "  | "));
  if (mode === "git") {
    const current = git("rev-parse", "--abbrev-ref", "HEAD");
    if (current !== branch) fail(`decap-server left the repository on ${current}, not ${branch}`);
    const left = git("branch", "--list", "cms/*");
    if (left) fail(`branches left after publishing: ${left}`);
    const dirty = git("status", "--porcelain");
    if (dirty) fail(`uncommitted changes after publishing:\n${dirty}`);
  }
  return file;
}

// --- main ---------------------------------------------------------------------------------------
(async () => {
  if (!fs.existsSync(path.join(project, ".git"))) {
    git("init", "-q", "-b", branch);
    git("add", "-A");
    git("-c", "user.name=altavoz test", "-c", "user.email=test@altavoz.invalid", "commit", "-q", "-m", "Project");
  }
  if (mode === "git") {
    if (git("status", "--porcelain")) throw new Error(`${project}: commit or remove the changes first (decap-server commits everything)`);
    git("checkout", "-q", branch);
  }
  // decap-server commits as the repository's user: give the test repository one.
  try { git("config", "--get", "user.email"); } catch {
    git("config", "user.name", "altavoz test");
    git("config", "user.email", "test@altavoz.invalid");
  }

  const apiPort = await freePort();
  const webPort = await freePort();
  const api = startDecapServer(apiPort);
  let web, browser;
  let currentPage = null;
  try {
    const info = await waitForApi(apiPort, api);
    log(`decap-server (${info.type}, ${info.publish_modes.join(", ")}) on ${apiPort}`);
    web = await startWebServer(webPort);
    const origin = `http://127.0.0.1:${webPort}`;
    const admin = `${origin}/admin/`;
    const dist = path.dirname(require.resolve("decap-cms/dist/decap-cms.js"));

    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
             "--disable-component-update", "--disable-sync"],
    });
    const context = await browser.newContext({ viewport: { width: 1280, height: 2400 }, locale: "es-ES" });
    // Markdown in its source form (Decap's "raw" mode), as the file has it: Decap remembers the
    // mode chosen last in localStorage, and opens rich text otherwise.
    await context.addInitScript(() => localStorage.setItem("cms.md-mode", "raw"));
    const page = await context.newPage();
    currentPage = page;
    // Leaving an entry with changes asks for confirmation.
    page.on("dialog", (d) => d.accept());
    page.setDefaultTimeout(15000);
    page.on("pageerror", (e) => fail(`page error: ${e.message}`));
    // The admin page's script, from unpkg, is served from node_modules; so are its chunks.
    await page.route("https://unpkg.com/**", (route) => {
      const m = new URL(route.request().url()).pathname.match(/^\/decap-cms@[^/]+\/dist\/([^/]+)$/);
      const file = m && path.join(dist, m[1]);
      if (file && fs.existsSync(file)) return route.fulfill({ path: file });
      fail(`unexpected request: ${route.request().url()}`);
      return route.abort();
    });
    // `local_backend: true` means http://localhost:8081/api/v1: lead it to this run's server.
    await page.route("http://localhost:8081/api/v1", async (route) => {
      const response = await route.fetch({ url: `http://127.0.0.1:${apiPort}/api/v1` });
      await route.fulfill({ response });
    });
    page.on("request", (r) => {
      const u = r.url();
      if (!u.startsWith(origin) && !u.startsWith("https://unpkg.com/decap-cms@") && u !== "http://localhost:8081/api/v1"
          && !u.startsWith("blob:") && !u.startsWith("data:")) fail(`request to another origin: ${u}`);
    });

    await page.goto(admin);
    await page.getByRole("button", { name: UI.login }).click({ timeout: 60000 });
    await page.locator('a[href*="#/collections/"]').first().waitFor({ timeout: 60000 });

    await checkCollections(page, admin);
    log("languages");
    for (const c of campaigns) {
      const first = fs.readdirSync(path.join(project, c.folder, c.defaultLocale)).filter((f) => f.endsWith(".md")).sort()[0];
      await checkLocales(page, admin, c, first.slice(0, -3));
    }
    const pages = option("--page");
    if (!pages.length) {
      for (const c of campaigns) {
        const first = fs.readdirSync(path.join(project, c.folder, c.defaultLocale)).filter((f) => f.endsWith(".md")).sort()[0];
        pages.push(`${c.name}/${first.slice(0, -3)}`);
      }
    }
    for (const p of pages) {
      const [name, slug] = p.split("/");
      const c = campaigns.find((c) => c.name === name);
      if (!c) { fail(`--page ${p}: no collection ${name}`); continue; }
      await checkPage(page, admin, c, slug);
    }
    const target = campaigns.find((c) => c.name === (option("--create")[0] || campaigns[0].name));
    const created = await createPage(page, admin, target);
    if (problems.length) {
      log(`decap: ${problems.length} problem(s)`);
      process.exitCode = 1;
    } else {
      log("decap: passed");
    }
    if (created) console.log(created);
  } catch (e) {
    if (currentPage && process.env.DECAP_SCREENSHOT) {
      debugShot = process.env.DECAP_SCREENSHOT;
      await currentPage.screenshot({ path: debugShot, fullPage: true }).catch(() => {});
    }
    throw e;
  } finally {
    if (browser) await browser.close();
    if (web) web.close();
    api.kill();
  }
})().catch((e) => { console.error(e); process.exit(2); });

process.on("exit", () => { if (debugShot) log(`screenshot: ${debugShot}`); });
