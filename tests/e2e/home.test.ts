/**
 * The home page, as a resident on a phone meets it: the plan at a glance with overall progress,
 * progress by area, the targets scoreboard and the date of the latest report, all of it drawn and
 * tabulated, accessible, and linking into every section of the site.
 */
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import type { Browser } from "playwright-core";
import type { SiteData } from "../../scripts/derive/types.ts";
import ui from "../../site/_data/ui.json" with { type: "json" };
import { formatDate } from "../../site/filters/format-date.ts";
import { checkAccessibility, formatViolations } from "./support/axe.ts";
import { launchBrowser, openPage } from "./support/browser.ts";
import { builtSite } from "./support/built-site.ts";
// Still the real content until this file is rewritten against tests/fixture-plan (issue 9).
const REAL_ROOT_UNTIL_REWRITTEN = new URL("../../", import.meta.url).pathname;
import { realSiteData } from "./support/real-site-data.ts";
import { serveStatic, type StaticServer } from "./support/serve-static.ts";


let hg: SiteData;
let server: StaticServer;
let browser: Browser;

before(async () => {
  hg = await realSiteData();
  server = await serveStatic(await builtSite("/", REAL_ROOT_UNTIL_REWRITTEN));
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test("the home page shows the plan at a glance on a phone, with charts drawn beside their tables", async () => {
  const opened = await openPage(browser, server.url, { contextOptions: { viewport: { width: 390, height: 844 } } });
  try {
    const { page } = opened;
    assert.equal(opened.response?.status(), 200);
    assert.equal(await page.locator("html").getAttribute("lang"), "vi");
    assert.equal(await page.locator("h1").textContent(), hg.plan.title);
    const latest = hg.latestPeriod!;
    const meta = (await page.locator("main p.meta").first().textContent()) ?? "";
    assert.ok(meta.includes(latest.name) && meta.includes(formatDate(latest.report!.reportDate)), `latest report named and dated: ${meta}`);
    assert.ok(await page.locator("main .illustrative-banner").isVisible(), "illustrative figures are labelled");

    const charts = await page.$$eval("main figure.chart", (figs) =>
      figs.map((f) => {
        const canvas = f.querySelector("canvas") as HTMLCanvasElement;
        return { drawn: canvas.width > 0 && canvas.height > 0 && !!f.querySelector(".chart__canvas--drawn"), rows: f.querySelectorAll("tbody tr").length, label: canvas.getAttribute("aria-label") ?? "" };
      }),
    );
    assert.deepEqual(charts.map((c) => [c.drawn, c.rows]), [[true, 4], [true, hg.areas.length]]);
    assert.ok(charts.every((c) => c.label.length > 20), "every chart has an accessible label");

    const areaRows = await page.locator("table.area-summary tbody tr").count();
    assert.equal(areaRows, hg.areas.length, "one summary row per area");
    const targetCells = await page.locator('table.area-summary td[data-label="Chỉ tiêu đạt"]').allInnerTexts();
    assert.deepEqual(targetCells.filter((t) => t.trim() === "0/0"), [], "an area without targets says so instead of 0/0");
    assert.equal(targetCells.filter((t) => t.includes(ui.noTargetsShort)).length, hg.areas.filter((a) => a.targets.length === 0).length);
    assert.equal(await page.locator("section[aria-labelledby=h-chi-tieu] table").count(), 0, "the full target table is linked, not repeated on the home page");
    assert.equal(await page.locator('section[aria-labelledby=h-chi-tieu] a[href="/du-lieu/bang/?xem=chi-tieu"]').count(), 1, "links the full target table");
    const scoreboard = (await page.locator("section[aria-labelledby=h-chi-tieu] .stats").textContent()) ?? "";
    for (const s of ["dat", "chua-dat", "chua-co-so-lieu"] as const) assert.ok(scoreboard.includes(String(hg.targetScore[s])), `${ui.targetStatus[s]} count`);

    for (const path of ["/linh-vuc/", "/don-vi/", "/bao-cao/", "/cap-nhat/", "/du-lieu/", "/gioi-thieu/"]) {
      assert.ok((await page.locator(`main a[href="${path}"]`).count()) > 0, `links to ${path}`);
    }
    for (const area of hg.areas) assert.ok((await page.locator(`main a[href="/linh-vuc/${area.id}/"]`).count()) > 0, `links to area ${area.id}`);

    assert.deepEqual(opened.consoleErrors, []);
    assert.deepEqual(opened.failedRequests, []);
    const violations = await checkAccessibility(page);
    assert.deepEqual(violations, [], formatViolations(violations));
  } finally {
    await opened.close();
  }
});

test("the header search box on every page leads to the search page with the query", async () => {
  const opened = await openPage(browser, new URL("nhiem-vu/" + hg.tasks[0]!.id + "/", server.url).href);
  try {
    await opened.page.fill("#q-header", "thu tuc");
    await Promise.all([opened.page.waitForURL(/\/tim-kiem\/\?q=thu\+tuc/), opened.page.press("#q-header", "Enter")]);
  } finally {
    await opened.close();
  }
});
