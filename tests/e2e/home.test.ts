/**
 * The home page, as a resident on a phone meets it: the plan at a glance with overall progress,
 * progress by area, the targets scoreboard and the date of the latest report, all of it drawn and
 * tabulated, accessible, and linking into every section of the site. The site is the fixture plan
 * (tests/fixture-plan/README.md); every expected figure below is worked out there by hand.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import type { Browser, Page } from "playwright-core";
import { openPage } from "./support/browser.ts";
import { drawChartsInView } from "./support/charts.ts";
import type { StaticServer } from "../../scripts/lib/serve-static.ts";
import { siteInBrowser } from "./support/site-in-browser.ts";
import { assertPageClean } from "./support/page-clean.ts";

let server: StaticServer;
let browser: Browser;

siteInBrowser((opened) => ({ server, browser } = opened));

/** Table rows matching a selector, as their cells' texts joined by one space. */
function rows(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).evaluateAll((trs) =>
    trs.map((tr) => [...(tr as HTMLTableRowElement).cells].map((c) => (c.textContent ?? "").replace(/\s+/g, " ").trim()).join(" ")));
}

/** Texts of the elements matching a selector, whitespace collapsed. */
function texts(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).evaluateAll((els) => els.map((el) => (el.textContent ?? "").replace(/\s+/g, " ").trim()));
}

test("the home page shows the plan at a glance on a phone, with charts drawn beside their tables", async () => {
  const opened = await openPage(browser, server.url, { contextOptions: { viewport: { width: 390, height: 844 } } });
  try {
    const { page } = opened;
    assert.equal(opened.response?.status(), 200);
    assert.equal(await page.locator("html").getAttribute("lang"), "vi");
    assert.equal(await page.locator("h1").textContent(), "Kế hoạch mẫu để kiểm thử: cải cách hành chính phường Đông Điền năm 2026");
    const meta = ((await page.locator("main p.meta").first().textContent()) ?? "").replace(/\s+/g, " ");
    assert.match(meta, /^Báo cáo mới nhất: 06 tháng đầu năm 2026, lập ngày 05\/07\/2026\./, "the newer of the two reports, with its date");
    assert.ok(await page.locator("main .illustrative-banner").isVisible(), "illustrative figures are labelled");

    // 470 / 9 = 52.2 %; 2 of 9 done; nv-1-2-2 and nv-3-2 are both behind schedule and overdue,
    // and each counts once; 3 of the 4 targets due in 2026 met (two exactly at their target): ct-2-1-2
    // is due in 2030 and stays out of the 2026 count.
    assert.deepEqual(await texts(page, "main ul.stats[aria-label] > li"), [
      "52,2% tiến độ bình quân các nhiệm vụ",
      "2/9 nhiệm vụ hoàn thành",
      "2 nhiệm vụ chậm tiến độ hoặc quá hạn",
      "3/4 chỉ tiêu đã đạt",
    ]);

    await drawChartsInView(page);
    const charts = await page.$$eval("main figure.chart", (figs) =>
      figs.map((f) => {
        const canvas = f.querySelector("canvas") as HTMLCanvasElement;
        return { drawn: canvas.width > 0 && canvas.height > 0 && !!f.querySelector(".chart__canvas--drawn"), label: canvas.getAttribute("aria-label") ?? "" };
      }),
    );
    assert.deepEqual(charts.map((c) => c.drawn), [true, true]);
    assert.ok(charts.every((c) => c.label.length > 20), "every chart has an accessible label");
    assert.deepEqual(await rows(page, "#bieu-do-trang-thai .chart__table tbody tr"), ["Chưa triển khai 1", "Đang thực hiện 4", "Chậm tiến độ 2", "Hoàn thành 2"]);
    // Unweighted means: 205 / 4 = 51.25 (shown 51,3), 160 / 3 = 53.3, 105 / 2 = 52.5.
    assert.deepEqual(await rows(page, "section[aria-labelledby=h-linh-vuc] figure.chart .chart__table tbody tr"), [
      "1. Cải cách thủ tục hành chính 51,3%",
      "2. Xây dựng chính quyền điện tử, chính quyền số 53,3%",
      "3. Cải cách tổ chức bộ máy 52,5%",
    ]);

    // Per area: tasks, done, behind or overdue (each task once), targets met.
    assert.deepEqual(await rows(page, "table.area-summary tbody tr"), [
      "1. Cải cách thủ tục hành chính 4 1 1 2/2 Văn phòng, Trung tâm PVHCC",
      "2. Xây dựng chính quyền điện tử, chính quyền số 3 1 0 1/1 Phòng DVS",
      "3. Cải cách tổ chức bộ máy 2 0 1 0/1 Văn phòng",
    ]);
    assert.equal(await page.locator("section[aria-labelledby=h-chi-tieu] table").count(), 0, "the full target table is linked, not repeated on the home page");
    assert.equal(await page.locator('section[aria-labelledby=h-chi-tieu] a[href="/2026/du-lieu/bang/?xem=chi-tieu"]').count(), 1, "links the full target table");
    assert.deepEqual(await texts(page, "section[aria-labelledby=h-chi-tieu] .stats > li"), ["3 đạt", "0 chưa đạt", "1 chưa có số liệu"]);

    for (const path of ["/2026/linh-vuc/", "/2026/don-vi/", "/2026/bao-cao/", "/2026/cap-nhat/", "/2026/du-lieu/", "/2026/gioi-thieu/"]) {
      assert.ok((await page.locator(`main a[href="${path}"]`).count()) > 0, `links to ${path}`);
    }
    for (const area of ["thu-tuc-hanh-chinh", "chinh-quyen-so", "to-chuc-bo-may"]) {
      assert.ok((await page.locator(`main a[href="/2026/linh-vuc/${area}/"]`).count()) > 0, `links to area ${area}`);
    }

    await assertPageClean(opened, "/");
  } finally {
    await opened.close();
  }
});

test("the header search box on every page leads to the search page with the query", async () => {
  // One page of each kind carries the box, in a form sent to the search page…
  for (const path of ["", "2026/linh-vuc/", "2026/linh-vuc/chinh-quyen-so/", "2026/muc-tieu/mt-1-1/", "2026/nhiem-vu/nv-2-3/", "2026/don-vi/van-phong-ubnd/", "2026/bao-cao/2026-q1/", "2026/cap-nhat/", "2026/du-lieu/", "2026/du-lieu/bang/", "2026/gioi-thieu/", "2026/viec-cham/"]) {
    const html = await (await fetch(new URL(path, server.url))).text();
    assert.match(html, /<form[^>]*action="\/2026\/tim-kiem\/"[^>]*>(?:(?!<\/form>)[\s\S])*<input id="q-header" name="q"/, `/${path}`);
  }
  // …and, from one of them, typing a query opens the search page searching for it.
  const opened = await openPage(browser, new URL("2026/nhiem-vu/nv-2-3/", server.url).href);
  try {
    await opened.page.fill("#q-header", "thu tuc");
    await Promise.all([opened.page.waitForURL(/\/tim-kiem\/\?q=thu\+tuc/), opened.page.press("#q-header", "Enter")]);
    const url = new URL(opened.page.url());
    assert.equal(url.pathname, "/2026/tim-kiem/");
    assert.equal(url.searchParams.get("q"), "thu tuc");
    // The search page takes the query over: it is in its own box and searched for.
    assert.equal(await opened.page.locator("#q").inputValue(), "thu tuc");
    await opened.page.waitForFunction(() => document.querySelector("[data-search-status]")?.textContent?.includes("“thu tuc”"), undefined, { timeout: 30_000 });
    assert.match((await opened.page.locator("[data-search-status]").textContent()) ?? "", /^Tìm thấy \d+ kết quả cho “thu tuc”$/);
    assert.deepEqual(opened.consoleErrors, []);
  } finally {
    await opened.close();
  }
});

test("Chart.js is not downloaded until a chart nears the viewport, then the chart is drawn from a same-origin chunk", async () => {
  const opened = await openPage(browser, server.url, { contextOptions: { viewport: { width: 360, height: 640 } } });
  try {
    const { page } = opened;
    const scripts: string[] = [];
    page.on("request", (request) => {
      if (request.resourceType() === "script") scripts.push(new URL(request.url()).pathname);
    });
    // The premise: on a 360 × 640 phone the first chart starts more than two screens down.
    const top = await page.locator("main figure.chart").first().evaluate((f) => f.getBoundingClientRect().top);
    assert.ok(top > 2 * 640, `the first chart starts at ${top} px`);
    await page.waitForLoadState("networkidle");
    assert.deepEqual(scripts, [], "nothing more is fetched while the reader stays at the top");
    assert.equal(await page.locator(".chart__canvas--drawn").count(), 0);
    const entry = await page.locator("script[src]").evaluateAll((els) => els.map((s) => new URL((s as HTMLScriptElement).src).pathname));
    assert.ok(entry.every((src) => !src.includes("draw-chart")), "the page itself does not load Chart.js");

    await page.locator("main figure.chart").first().scrollIntoViewIfNeeded();
    await page.locator("main .chart__canvas--drawn").first().waitFor();
    assert.equal(scripts.filter((src) => /^\/assets\/chunks\/draw-chart-[A-Z0-9]+\.js$/.test(src)).length, 1, scripts.join(", "));
    assert.deepEqual(opened.consoleErrors, []);
    assert.deepEqual(opened.failedRequests, []);
  } finally {
    await opened.close();
  }
});
