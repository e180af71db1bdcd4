/**
 * "Việc chậm" and the plain verdict, on the fixture plan (tests/fixture-plan/README.md), on a
 * 360 px phone. Expectations are written by hand from the fixture's tables: in its latest report
 * (2026-6t, dated 05/07/2026) nv-1-2-2 (deadline 31/03, Trung tâm PVHCC) and nv-3-2 (deadline
 * 31/05, Văn phòng) are behind schedule and overdue; the plan's mean is 470/9 = 52,2 %, and
 * 05/07/2026 is day 186 of 365, so 51 % of the year is gone: 1,2 points ahead.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import type { Browser, Page } from "playwright-core";
import { assertPageClean } from "./support/page-clean.ts";
import { drawChartsInView } from "./support/charts.ts";
import { openPage, type OpenedPage } from "./support/browser.ts";
import type { StaticServer } from "../../scripts/lib/serve-static.ts";
import { siteInBrowser } from "./support/site-in-browser.ts";

const PHONE = { viewport: { width: 360, height: 740 } };
let server: StaticServer;
let browser: Browser;

siteInBrowser((opened) => ({ server, browser } = opened));

async function open(path: string): Promise<OpenedPage> {
  const opened = await openPage(browser, new URL(path, server.url).href, { contextOptions: PHONE });
  assert.equal(opened.response?.status(), 200, path);
  return opened;
}

const text = async (page: Page, selector: string) => ((await page.locator(selector).first().textContent()) ?? "").replace(/\s+/g, " ").trim();

test("from the home card a resident reaches the late tasks with their responsible units", async () => {
  const opened = await open("");
  try {
    const { page } = opened;
    const card = page.locator("main .stats a[href='/2026/viec-cham/']");
    assert.equal((await card.textContent())?.replace(/\s+/g, " ").trim(), "2 nhiệm vụ chậm tiến độ hoặc quá hạn");
    assert.equal(
      await text(page, "main .verdict__text"),
      "Đến ngày 05/07/2026 đã qua 51% thời gian của năm 2026; tiến độ bình quân 52,2%, nhanh hơn mức kỳ vọng theo thời gian 1,2 điểm phần trăm. Cách tính",
    );
    assert.equal(await text(page, "#tien-do-linh-vuc .chart__reference"), "Đường đứt nét: mức kỳ vọng theo thời gian (51%). Cách tính");
    await assertPageClean(opened, "/");
    // A chart near the viewport fetches Chart.js: let the charts be drawn first, or leaving the page
    // would abort that download and count as a failed request.
    await drawChartsInView(page);
    await Promise.all([page.waitForURL(/\/viec-cham\/$/), card.click()]);

    const rows = await page.$$eval("table.late-table tbody tr", (trs) =>
      trs.map((tr) => [...tr.querySelectorAll("th, td")].map((c) => (c.textContent ?? "").replace(/\s+/g, " ").trim())),
    );
    assert.deepEqual(
      rows.map((r) => [r[0]!.slice(0, 13), ...r.slice(1, 6)]),
      [
        ["II.1.2, ý 2.2", "Trung tâm PVHCC", "—", "31/03/2026", "Chậm tiến độ Quá hạn", "45%"],
        ["II.3.2, ý 2 B", "Văn phòng", "—", "31/05/2026", "Chậm tiến độ Quá hạn", "70%"],
      ],
    );
    const links = await page.$$eval("table.late-table tbody th a", (as) => as.map((a) => a.getAttribute("href")));
    assert.deepEqual(links, ["/2026/nhiem-vu/nv-1-2-2/", "/2026/nhiem-vu/nv-3-2/"]);
    assert.equal(await text(page, "main .lead"), "2/9 nhiệm vụ đang chậm tiến độ hoặc đã quá hạn mà chưa hoàn thành. Việc quá hạn đứng trước, rồi theo thời hạn. Cách xác định chậm tiến độ và quá hạn.");
    assert.deepEqual(await page.locator("section[aria-labelledby=h-theo-don-vi] li").allTextContents(), [
      "Văn phòng HĐND và UBND phường Đông Điền: 1",
      "Trung tâm Phục vụ hành chính công phường Đông Điền: 1",
    ]);
    await assertPageClean(opened, "/2026/viec-cham/");
  } finally {
    await opened.close();
  }
});

test("a report lists its late tasks first, links Việc chậm and gives its verdict", async () => {
  const latest = await open("2026/bao-cao/2026-6t/");
  try {
    const { page } = latest;
    // The report page lists only its late tasks (overdue first); each area's page lists all its tasks, late ones first.
    const order = await page.$$eval("section[aria-labelledby=h-viec-cham] table tbody th a", (as) => as.map((a) => a.getAttribute("href")!.split("/")[3]));
    assert.deepEqual(order, ["nv-1-2-2", "nv-3-2"]);
    assert.equal(await page.locator("main .late-link a[href='/2026/viec-cham/']").count(), 1);
    assert.match(await text(page, "main .verdict__text"), /tiến độ bình quân 52,2%, nhanh hơn mức kỳ vọng theo thời gian 1,2 điểm phần trăm/);
    await assertPageClean(latest, "/2026/bao-cao/2026-6t/");
  } finally {
    await latest.close();
  }
  const area = await open("2026/bao-cao/2026-6t/thu-tuc-hanh-chinh/");
  try {
    const order = await area.page.$$eval("section[aria-labelledby=h-nhiem-vu] table tbody th a", (as) => as.map((a) => a.getAttribute("href")!.split("/")[3]));
    assert.deepEqual(order, ["nv-1-2-2", "nv-1-1", "nv-1-2-1", "nv-1-3"]);
    // The area's own verdict, as the whole report has one: (50 + 100 + 45 + 10) / 4 = 51,25 → 51,3 %,
    // 0,3 points ahead of the 51 % of the year gone on 05/07/2026; both bars drawn as HTML, no script
    // (the mean as the rollup keeps it, to one decimal).
    assert.match(await text(area.page, "main .verdict__text"), /đã qua 51% thời gian của năm 2026; tiến độ bình quân 51,3%, nhanh hơn mức kỳ vọng theo thời gian 0,3 điểm phần trăm/);
    assert.deepEqual(await area.page.$$eval("main .verdict progress", (ps) => ps.map((p) => [p.getAttribute("max"), p.getAttribute("value")])), [["100", "51"], ["100", "51.3"]]);
    // It fits a 360 px phone: nothing in it is wider than the page.
    assert.ok(await area.page.$eval("main .verdict", (v) => v.scrollWidth <= v.clientWidth && v.getBoundingClientRect().right <= document.documentElement.clientWidth), "the verdict fits 360 px");
    await assertPageClean(area, "/2026/bao-cao/2026-6t/thu-tuc-hanh-chinh/");
  } finally {
    await area.close();
  }
  // The first report (05/04/2026: 95 of 365 days, 26 %; mean 265/9 = 29,4 %): nv-1-2-2 was already overdue.
  const first = await open("2026/bao-cao/2026-q1/");
  try {
    const { page } = first;
    const order = await page.$$eval("section[aria-labelledby=h-viec-cham] table tbody th a", (as) => as.map((a) => a.getAttribute("href")!.split("/")[3]));
    assert.deepEqual(order, ["nv-1-2-2"]);
    assert.match(await text(page, "main .late-link"), /^1 nhiệm vụ chậm tiến độ hoặc quá hạn trong kỳ này: Việc chậm trong kỳ/);
    assert.match(await text(page, "main .verdict__text"), /đã qua 26% thời gian của năm 2026; tiến độ bình quân 29,4%, nhanh hơn mức kỳ vọng theo thời gian 3,4 điểm phần trăm/);
  } finally {
    await first.close();
  }
});

test("an area page and a task chart show the expected-progress reference", async () => {
  // Area 1: (50 + 100 + 45 + 10) / 4 = 51,25 → 51,3 %, 0,3 points ahead of 51 %.
  const area = await open("2026/linh-vuc/thu-tuc-hanh-chinh/");
  try {
    assert.match(await text(area.page, "main .verdict__text"), /tiến độ bình quân 51,3%, nhanh hơn mức kỳ vọng theo thời gian 0,3 điểm phần trăm/);
  } finally {
    await area.close();
  }
  const task = await open("2026/nhiem-vu/nv-1-1/");
  try {
    const rows = await task.page.$$eval("figure.chart .chart__table tbody tr", (trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent!.trim())));
    assert.deepEqual(rows, [
      ["Quý I năm 2026", "20%", "26%"],
      ["06 tháng đầu năm 2026", "50%", "51%"],
    ]);
    assert.equal(await task.page.locator("figure.chart svg line[stroke-dasharray]").count(), 3, "one dashed mark per period and one in the legend");
  } finally {
    await task.close();
  }
});
