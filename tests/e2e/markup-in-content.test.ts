/**
 * Content comes from pull requests by ward staff, so a task's text and Markdown body must reach
 * the page as text: markup planted in them is shown escaped and never runs, and no javascript:
 * link survives. (The page's Content-Security-Policy would also block inline scripts; this test
 * checks the escaping itself, so it fails even if the CSP were loosened.)
 */
import assert from "node:assert/strict";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import type { Browser } from "playwright-core";
import { buildSite } from "../../scripts/build.ts";
import { FIXTURE_PLAN } from "../fixture-plan/fixture-plan.ts";
import { openPage } from "./support/browser.ts";
import { launchBrowser } from "../../scripts/lib/chromium.ts";
import { serveStatic, type StaticServer } from "../../scripts/lib/serve-static.ts";

const TASK = "nv-1-1";
const IMG = `<img src=x onerror="window.__pwned=1">`;
const SCRIPT = `<script>window.__pwned=1</script>`;
const BODY = [
  "",
  `Đoạn có HTML thô: <b onmouseover="window.__pwned=1">đậm</b> ${SCRIPT} <iframe src="javascript:window.__pwned=1"></iframe>`,
  "",
  "[link](javascript:window.__pwned=1) và [link2](JAVASCRIPT:window.__pwned=1) và <javascript:window.__pwned=1>",
  "",
].join("\n");

let work: string;
let reportPage: string;
let server: StaticServer;
let browser: Browser;

before(async () => {
  work = await mkdtemp(join(tmpdir(), "hg-markup-"));
  const root = join(work, "repo");
  // A copy of the fixture plan gets the planted markup.
  await cp(join(FIXTURE_PLAN, "content"), join(root, "content"), { recursive: true });
  await cp(join(FIXTURE_PLAN, "data"), join(root, "data"), { recursive: true });
  const file = join(root, "content/2026/nhiem-vu", `${TASK}.md`);
  const source = await readFile(file, "utf8");
  const planted = source
    // A JSON string is a valid YAML double-quoted scalar: the markup goes in as typed.
    .replace(/^text: "(.*)"$/m, (_, text: string) => `text: ${JSON.stringify(`${IMG} ${SCRIPT} ${JSON.parse(`"${text}"`)}`)}`)
    .replace(/\n---\n?$/, `\n---\n${BODY}`);
  assert.notEqual(planted, source, "the markup was planted");
  await writeFile(file, planted);
  const outDir = join(work, "_site");
  const built = await buildSite({ root, outDir, pathPrefix: "/", log: () => undefined });
  assert.ok(built, "content with markup in it is still valid content");
  // A report page shows every task's text (shortened) too: the fixture plan's first report.
  reportPage = "2026/bao-cao/2026-q1/";
  server = await serveStatic(outDir);
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

test("markup planted in a task does not run", async () => {
  for (const path of [`2026/nhiem-vu/${TASK}/`, reportPage]) {
    const { page, close } = await openPage(browser, new URL(path, server.url).href);
    try {
      // Follow every link the Markdown produced, in case one carries script.
      for (const link of await page.locator('main a:text-is("link"), main a:text-is("link2")').all()) {
        await link.click({ noWaitAfter: true }).catch(() => undefined);
      }
      const found = await page.evaluate(() => ({
        pwned: (window as { __pwned?: unknown }).__pwned,
        javascriptLinks: document.querySelectorAll('[href^="javascript:" i], [src^="javascript:" i]').length,
        planted: document.querySelectorAll('img[src="x"], [onerror], [onmouseover], iframe, main script').length,
        inlineScripts: [...document.scripts].filter((s) => !s.src).length,
        text: document.querySelector("main")?.textContent ?? "",
        title: document.title,
      }));
      assert.equal(found.pwned, undefined, `${path}: planted script ran`);
      assert.equal(found.javascriptLinks, 0, `${path}: a javascript: URL reached the page`);
      assert.equal(found.planted, 0, `${path}: planted elements reached the page`);
      assert.equal(found.inlineScripts, 0, `${path}: an inline script reached the page`);
      if (path.startsWith("2026/nhiem-vu/")) {
        // Shown to the reader as the characters that were typed.
        assert.ok(found.text.includes(`${IMG} ${SCRIPT}`), "the front matter markup is visible as text");
        assert.ok(found.text.includes(`<b onmouseover="window.__pwned=1">đậm</b>`), "the Markdown body's raw HTML is visible as text");
        assert.ok(!/&lt;|&amp;|&quot;/.test(found.title), `the title is escaped once, not twice: ${found.title}`);
      }
    } finally {
      await close();
    }
  }
});
