// Every HTML page of the built site, in headless Chromium: axe-core (WCAG 2 A/AA), a 320 px
// viewport without horizontal scrolling, nothing loaded from other origins, no page errors.
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
    await page.goto("file://" + file);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    if (width > 320) problems.push(`scrolls sideways on a 320 px screen (${width} px wide)`);
    await page.addScriptTag({ content: axeSource });
    const result = await page.evaluate(() => axe.run(document, { runOnly: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] }));
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
