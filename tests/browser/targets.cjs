// Opens a URL in headless Chromium at 320 px and prints, as JSON, the size of every link and
// axe-core's WCAG 2.2 AA violations. Used by tests/serve.rs; needs playwright-core and axe-core
// (NODE_PATH) and /usr/bin/chromium, which .ci/run installs.
const fs = require("fs");
const { chromium } = require("playwright-core");
const axeSource = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

(async () => {
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
  });
  const page = await (await browser.newContext({ viewport: { width: 320, height: 640 } })).newPage();
  await page.goto(process.argv[2]);
  await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async () =>
    (await axe.run(document, { runOnly: ["wcag22aa"] })).violations.map((v) => v.id));
  const links = await page.evaluate(() =>
    [...document.querySelectorAll("a")]
      .filter((a) => a.offsetParent !== null && !a.classList.contains("skip"))
      .map((a) => { const r = a.getBoundingClientRect(); return { text: a.textContent.trim(), width: r.width, height: r.height }; }));
  console.log(JSON.stringify({ violations, links }));
  await browser.close();
})().catch((e) => { console.error(e); process.exit(2); });
