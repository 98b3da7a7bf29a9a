// Drives `altavoz edit` in headless Chromium as an author and a translator would, for
// tests/edit_browser.rs, which starts the editor, prepares the project and checks the files.
//   node editor.cjs <editor-url> <scenario> [arguments…]
// Prints one JSON object on stdout (what the scenario saw); exit 1 when a check fails here.
// Needs playwright-core and axe-core (NODE_PATH) and /usr/bin/chromium: .ci/browser-tools.
"use strict";
const fs = require("fs");
const { chromium } = require("playwright-core");

const [editorUrl, scenario, ...args] = process.argv.slice(2);
const base = new URL(editorUrl).origin;

function fail(message) {
  console.error(message);
  process.exit(1);
}

async function open(width, lang, bypassCSP) {
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
           "--disable-component-update", "--disable-sync"],
  });
  // The audit injects axe, which the editor's Content-Security-Policy would block.
  const context = await browser.newContext({ viewport: { width, height: 800 }, locale: lang || "es", bypassCSP: !!bypassCSP });
  const page = await context.newPage();
  const problems = [];
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  page.on("request", (r) => { if (!r.url().startsWith(base)) problems.push(`request to another origin: ${r.url()}`); });
  await page.goto(editorUrl);
  return { browser, page, problems };
}

// Waits for the live check (debounced) to put a problem, or none, by a field.
async function problemOf(page, field, present) {
  const slot = page.locator(`#p-${field} li`);
  if (present) {
    await slot.first().waitFor({ timeout: 10000 });
    return slot.first().innerText();
  }
  await page.waitForFunction((f) => !document.querySelector(`#p-${f} li`), field, { timeout: 10000 });
  return null;
}

const scenarios = {
  // Dashboard → new page of a kind → fill the form → a summary too long is said by the field,
  // in Spanish, while typing → shortened → saved. Prints the new page's project path.
  async create() {
    const [campaign] = args;
    const { browser, page, problems } = await open(1280);
    await page.locator(`section#c-${campaign}, section:has(#c-${campaign})`).first().locator("summary").click();
    await page.fill(`#new-name-${campaign}`, "Señales de Alerta");
    await page.selectOption(`#new-kind-${campaign}`, "tip");
    await page.click(`section:has(#c-${campaign}) form[action="/_edit/create"] button[type=submit]`);
    await page.waitForURL(/\/_edit\/page\?path=/);
    const path = decodeURIComponent(new URL(page.url()).searchParams.get("path"));
    await page.fill("#f-title", "Señales de alerta en internet");
    const long = "Un resumen que sigue y sigue. ".repeat(9);
    await page.fill("#f-summary", long);
    const said = await problemOf(page, "summary", true);
    const count = await page.locator('output[data-of="f-summary"]').innerText();
    await page.fill("#f-summary", "Cómo reconocer una oferta engañosa antes de responder.");
    await problemOf(page, "summary", false);
    await page.fill("#f-body", "## Qué mirar\n\n- Promesas **demasiado** buenas.\n- Prisa por pagar.\n");
    await page.fill("#f-reviewed", "2026-11-01");
    await page.click("button[type=submit]:not([formaction])");
    await page.waitForURL(/saved=1/);
    const saved = await page.locator(".notice").innerText();
    await browser.close();
    console.log(JSON.stringify({ path, said, count, saved, problems }));
  },

  // One field of an existing page changed and saved.
  async title() {
    const [path, title] = args;
    const { browser, page, problems } = await open(1280);
    await page.goto(`${base}/_edit/page?path=${encodeURIComponent(path)}`);
    await page.fill("#f-title", title);
    await page.click("button[type=submit]:not([formaction])");
    await page.waitForURL(/saved=1/);
    await browser.close();
    console.log(JSON.stringify({ problems }));
  },

  // A missing translation started from the dashboard, translated entry by entry, finished.
  async translate() {
    const [path] = args;
    const { browser, page, problems } = await open(1280);
    await page.click(`form[action="/_edit/translate/start"]:has(input[value="${path}"]) button`);
    await page.waitForURL(/\/_edit\/translate\?path=/);
    const entries = page.locator("section.pair");
    const n = await entries.count();
    for (let i = 0; i < n; i++) {
      const entry = entries.nth(i);
      const field = entry.locator("textarea[name=text], input[name=text]");
      const source = (await field.inputValue()) || (await entry.locator(".source-text p:not(.label)").innerText());
      // A translation that keeps every mark and address of the source, as a translator's does.
      await field.fill(`${source} (mam)`.replace(/\n/g, " ").trim());
      const fuzzy = entry.locator("input[name=fuzzy]");
      if (await fuzzy.isChecked()) await fuzzy.uncheck();
    }
    await page.click("form.translate-form button[type=submit]");
    await page.waitForURL(/saved=1/, { timeout: 20000 }).catch(async () => {
      fail(`not saved: ${await page.locator("main").innerText()}`);
    });
    await browser.close();
    console.log(JSON.stringify({ entries: n, problems }));
  },

  // A photo added to a page (file picker), with its alt text; the page saved with it.
  async photo() {
    const [path, file] = args;
    const { browser, page, problems } = await open(1280);
    await page.goto(`${base}/_edit/page?path=${encodeURIComponent(path)}`);
    await page.setInputFiles("#u-photo", file);
    await page.fill("#u-alt", "Un taller de la red de jóvenes");
    await page.click("#upload-form button[type=submit]");
    await page.waitForFunction(() => document.querySelector(".upload-result").textContent.includes("](../assets/"));
    const markdown = await page.locator(".upload-result").innerText();
    const body = await page.locator("#f-body").inputValue();
    if (!body.includes(markdown)) fail(`the photo's Markdown is not in the text: ${markdown}`);
    await page.click("button[type=submit]:not([formaction])");
    await page.waitForURL(/saved=1/);
    await browser.close();
    console.log(JSON.stringify({ markdown, problems }));
  },

  // The form opened, the file changed on disk meanwhile (by the test, when told), then saved:
  // refused, both versions shown, the author's text kept.
  async conflict() {
    const [path, signal] = args;
    const { browser, page, problems } = await open(1280);
    await page.goto(`${base}/_edit/page?path=${encodeURIComponent(path)}`);
    await page.fill("#f-title", "Mi título nuevo");
    fs.writeFileSync(signal, "open");
    // The test changes the file and deletes the signal.
    for (let i = 0; i < 200 && fs.existsSync(signal); i++) await page.waitForTimeout(50);
    await page.click("button[type=submit]:not([formaction])");
    await page.locator("#mine").waitFor();
    const mine = await page.locator("#mine").inputValue();
    const theirs = await page.locator("#theirs").inputValue();
    await browser.close();
    console.log(JSON.stringify({ url: page.url(), mine, theirs, problems }));
  },

  // Accessibility: axe (WCAG 2.2 AA) at 320 px on the given pages, each page's HTML saved for
  // the Nu HTML Checker, and every link, button and field reached by the Tab key alone.
  async audit() {
    const [lang, out, ...paths] = args;
    const axeSource = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
    const { browser, page, problems } = await open(320, lang, true);
    const report = [];
    for (const [i, path] of paths.entries()) {
      await page.goto(`${base}${path}`);
      fs.writeFileSync(`${out}/${lang}-${i}.html`, await page.content());
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      await page.addScriptTag({ content: axeSource });
      const result = await page.evaluate(() =>
        axe.run(document, { runOnly: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] }));
      const violations = result.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")}`);
      // Tab through the page from its top; every control must get the focus once.
      await page.evaluate(() => document.activeElement && document.activeElement.blur());
      const reached = new Set();
      let last = null;
      for (let k = 0; k < 600; k++) {
        await page.keyboard.press("Tab");
        const id = await page.evaluate(() => {
          const e = document.activeElement;
          if (!e || e === document.body) return null;
          if (!e.dataset.tabbed) e.dataset.tabbed = String(Math.random());
          return e.dataset.tabbed;
        });
        // A date field takes the Tab key for its day, month and year: the same field again.
        if (id !== null && id === last) continue;
        if (id === null || reached.has(id)) break;
        reached.add(id);
        last = id;
      }
      const unreached = await page.evaluate(() =>
        Array.from(document.querySelectorAll("a[href], button, input:not([type=hidden]), select, textarea, summary"))
          .filter((e) => e.offsetParent !== null && !e.closest("[hidden]") && !e.dataset.tabbed)
          .filter((e) => !(e.closest("details:not([open])") && e.tagName !== "SUMMARY"))
          .filter((e) => !(e.closest(".toolbar") && e.tabIndex === -1))
          .map((e) => e.outerHTML.slice(0, 80)));
      report.push({ path, width, violations, unreached });
    }
    await browser.close();
    console.log(JSON.stringify({ report, problems }));
  },
};

(scenarios[scenario] || (() => fail(`no scenario ${scenario}`)))().catch((e) => {
  console.error(e);
  process.exit(2);
});
