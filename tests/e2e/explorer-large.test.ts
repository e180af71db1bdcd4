/**
 * The data explorer on a plan larger than its first page: a synthetic plan of 120 tasks
 * (scripts/bench/generate-content.ts, a pure function of size and seed). The page itself holds only
 * its first 50 rows, and without JavaScript says so and links the full tables; with JavaScript its
 * plain view stays those rows, and the first filter, sort, "Hiện thêm" or download fetches every row
 * of that table (nhiem-vu.json or chi-tieu.json), draws 100 at a time, and filters, sorts and
 * downloads all the rows of the view. Expected rows come from the published tasks.json, not from the page under test.
 */
import assert from "node:assert/strict";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import type { Browser, Page } from "playwright-core";
import { parseCsv } from "../../lib/csv.ts";
import { generateContent, writeContent } from "../../scripts/bench/generate-content.ts";
import { buildSite } from "../../scripts/build.ts";
import { openPage } from "./support/browser.ts";
import { launchBrowser } from "../../scripts/lib/chromium.ts";
import { serveStatic, type StaticServer } from "../../scripts/lib/serve-static.ts";
import { assertPageClean } from "./support/page-clean.ts";

/** The plan's size, chosen here: more than the page's 50 first rows and the script's 100 rows a draw. */
const TASKS = 120;

let work: string;
let site: string;
let server: StaticServer;
let browser: Browser;
let tasks: { id: string; area: string }[];
let targets: { id: string; status: string }[];

before(async () => {
  work = await mkdtemp(join(tmpdir(), "hg-explorer-large-"));
  const root = join(work, "plan");
  await writeContent(root, generateContent(TASKS, 5));
  site = join(work, "_site");
  const result = await buildSite({ root, outDir: site, pathPrefix: "/", guardPublished: false, log: () => undefined });
  assert.ok(result, "the synthetic plan builds");
  server = await serveStatic(site);
  browser = await launchBrowser();
  tasks = JSON.parse(await readFile(join(site, "2026", "du-lieu", "tasks.json"), "utf8"));
  targets = JSON.parse(await readFile(join(site, "2026", "du-lieu", "targets.json"), "utf8"));
  assert.equal(tasks.length, TASKS);
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

const taskRows = (page: Page) => page.locator("section[data-view=nhiem-vu] tbody tr").evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.id ?? ""));

test("without JavaScript the explorer shows its first 50 tasks and links the full tables", { timeout: 120_000 }, async () => {
  const html = await readFile(join(site, "2026", "du-lieu", "bang", "index.html"), "utf8");
  assert.ok(!html.includes("data-series"), "the page does not embed every row's figures");
  const opened = await openPage(browser, new URL("2026/du-lieu/bang/", server.url).href, { contextOptions: { javaScriptEnabled: false, viewport: { width: 360, height: 740 } } });
  try {
    const { page } = opened;
    assert.deepEqual(await taskRows(page), tasks.slice(0, 50).map((t) => t.id));
    const note = page.locator("section[data-view=nhiem-vu] [data-first-rows-note]");
    assert.equal((await note.innerText()).replace(/\s+/g, " ").trim(), `Bảng trên hiện 50 nhiệm vụ đầu trong ${TASKS}. Bảng đủ: nhiệm vụ (CSV) · mọi bảng (Excel).`);
    for (const href of await note.locator("a").evaluateAll((as) => as.map((a) => a.getAttribute("href")!))) {
      assert.equal((await fetch(new URL(href.slice(1), server.url))).status, 200, href);
    }
  } finally {
    await opened.close();
  }
});

test("with JavaScript the plain view shows the page's own rows and fetches nothing until the reader asks for more; then 100 at a time", { timeout: 120_000 }, async () => {
  const opened = await openPage(browser, new URL("2026/du-lieu/bang/", server.url).href);
  try {
    const { page } = opened;
    const fetched: string[] = [];
    page.on("request", (request) => {
      if (request.url().endsWith(".json")) fetched.push(new URL(request.url()).pathname);
    });
    await page.locator("[data-explorer][data-ready]").waitFor();
    assert.ok(opened.page.url().endsWith("/2026/du-lieu/bang/"));
    await page.waitForLoadState("networkidle");
    assert.deepEqual(fetched, [], "the first view fetches no rows");
    assert.deepEqual(await taskRows(page), tasks.slice(0, 50).map((t) => t.id));
    assert.match(await page.locator("[data-count]").innerText(), new RegExp(`^Đang hiện 50 dòng đầu trên ${TASKS} nhiệm vụ`));
    const more = page.locator("[data-more]");
    assert.equal(await more.innerText(), "Hiện thêm 50 dòng (còn 70)");

    await more.click();
    await page.locator("[data-explorer][data-ready]").waitFor();
    assert.deepEqual(fetched, ["/2026/du-lieu/bang/nhiem-vu.json"]);
    assert.equal(await page.locator("[data-first-rows-note]:visible").count(), 0, "the no-script note gives way");
    assert.deepEqual(await taskRows(page), tasks.slice(0, 100).map((t) => t.id));
    assert.match(await page.locator("[data-count]").innerText(), new RegExp(`^Đang hiện ${TASKS} trên ${TASKS} nhiệm vụ.*100 dòng đầu`));
    assert.equal(await more.innerText(), "Hiện thêm 20 dòng (còn 20)");
    await more.click();
    assert.deepEqual(await taskRows(page), tasks.map((t) => t.id));
    assert.equal(await more.isVisible(), false);

    // The targets: their plain view is the page's own rows too; a filter fetches their file.
    await page.check("input[name=xem][value=chi-tieu]");
    await page.locator("section[data-view=chi-tieu]:not([hidden])").waitFor();
    assert.ok(targets.length > 50, `${targets.length} targets`);
    assert.deepEqual(fetched, ["/2026/du-lieu/bang/nhiem-vu.json"]);
    await page.selectOption("#loc-trang-thai", "dat");
    await page.locator("[data-explorer][data-ready]").waitFor();
    assert.deepEqual(fetched, ["/2026/du-lieu/bang/nhiem-vu.json", "/2026/du-lieu/bang/chi-tieu.json"]);
    const targetRows = await page.locator("section[data-view=chi-tieu] tbody tr").evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.id ?? ""));
    assert.deepEqual(targetRows, targets.filter((t) => t.status === "dat").map((t) => t.id).slice(0, 100));
    await assertPageClean(opened, "2026/du-lieu/bang/");
  } finally {
    await opened.close();
  }
});

test("a shared address filters all the rows, not only the first page, and the CSV holds every row of the view", { timeout: 120_000 }, async () => {
  const area = tasks.at(-1)!.area;
  const expected = tasks.filter((t) => t.area === area).map((t) => t.id).sort((a, b) => b.localeCompare(a, "vi", { numeric: true }));
  assert.ok(expected.length > 0 && expected.length < TASKS);
  const opened = await openPage(browser, new URL(`2026/du-lieu/bang/?linh-vuc=${area}&sap-xep=ma-giam`, server.url).href, { contextOptions: { acceptDownloads: true } });
  try {
    const { page } = opened;
    await page.locator("[data-explorer][data-ready]").waitFor();
    assert.deepEqual(await taskRows(page), expected.slice(0, 100));
    // With no filter the view is every task, more than the table draws at once: the download has them all.
    await page.selectOption("#loc-linh-vuc", "");
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("[data-download]")]);
    const [header, ...rows] = parseCsv(await readFile((await download.path())!, "utf8"));
    assert.equal(header![0], "Mã nhiệm vụ");
    assert.deepEqual(rows.map((r) => r[0]), tasks.map((t) => t.id).sort((a, b) => b.localeCompare(a, "vi", { numeric: true })));
    assert.deepEqual(opened.consoleErrors, []);
  } finally {
    await opened.close();
  }
});

test("downloading from the plain view fetches the table and saves every row, not only the page's own", { timeout: 120_000 }, async () => {
  const opened = await openPage(browser, new URL("2026/du-lieu/bang/", server.url).href, { contextOptions: { acceptDownloads: true } });
  try {
    const { page } = opened;
    await page.locator("[data-explorer][data-ready]").waitFor();
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("[data-download]")]);
    const [header, ...rows] = parseCsv(await readFile((await download.path())!, "utf8"));
    assert.equal(header![0], "Mã nhiệm vụ");
    assert.deepEqual(rows.map((r) => r[0]), tasks.map((t) => t.id));
    assert.deepEqual(opened.consoleErrors, []);
  } finally {
    await opened.close();
  }
});
