// Every HTML page of the built site, in headless Chromium: axe-core (WCAG 2 A/AA), a 320 px
// viewport without horizontal scrolling, nothing loaded from other origins, every file a page
// loads there (a picture of an offline pack, say), no page errors.
const fs = require("fs");
const path = require("path");
const { chromium } = require("playwright-core");
const axeSource = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

const root = path.resolve(process.argv[2] || "public");
const pages = [];
(function walk(dir) {
  for (const name of fs.readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    if (fs.statSync(full).isDirectory()) walk(full);
    else if (name.endsWith(".html")) pages.push(full);
  }
})(root);

(async () => {
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
           "--disable-component-update", "--disable-sync"],
  });
  const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
  let failures = 0;
  for (const file of pages) {
    const page = await context.newPage();
    const problems = [];
    page.on("request", (r) => { if (!r.url().startsWith("file://")) problems.push(`request to another origin: ${r.url()}`); });
    page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
    // The 404 page links the server's root (`/static/…`): from a folder, that is not there.
    const notFound = path.basename(file) === "404.html";
    if (notFound) {
      // As a web server does: its `/static/…` (or `/sub/static/…`) is the site's static folder.
      await page.route((url) => url.protocol === "file:" && url.pathname.includes("/static/") && !fs.existsSync(url.pathname),
        (route) => {
          const rest = new URL(route.request().url()).pathname.split("/static/").pop();
          route.fulfill({ path: path.join(root, "static", rest) });
        });
    }
    let loading = true; // axe fetches stylesheets itself later, which file:// refuses: not the page's fault
    page.on("requestfailed", (r) => {
      if (loading && r.url().startsWith("file://") && !notFound) problems.push(`missing file: ${r.url()} (${r.failure() && r.failure().errorText})`);
    });
    await page.goto("file://" + file);
    // Lazy pictures load only near the screen: scroll through the page so each one loads.
    await page.evaluate(async () => {
      for (let y = 0; y < document.body.scrollHeight; y += 500) { window.scrollTo(0, y); await new Promise((r) => setTimeout(r, 20)); }
    });
    await page.waitForLoadState("load");
    loading = false;
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    if (width > 320) problems.push(`scrolls sideways on a 320 px screen (${width} px wide)`);
    await page.addScriptTag({ content: axeSource });
    const result = await page.evaluate(() => axe.run(document, { runOnly: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] }));
    for (const v of result.violations) {
      problems.push(`axe ${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")}`);
    }
    if (problems.length) {
      failures += 1;
      console.log(`${path.relative(root, file)}:`);
      for (const p of problems) console.log(`  ${p}`);
    }
    await page.close();
  }
  await browser.close();
  console.log(`browser check: ${pages.length - failures} passed, ${failures} failed`);
  process.exit(failures ? 1 : 0);
})().catch((e) => { console.error(e); process.exit(2); });
