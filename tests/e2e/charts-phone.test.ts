/**
 * Charts a resident can read at 360 px, on the fixture plan (tests/fixture-plan/README.md): text of
 * at least 12 px in the charts drawn at build time, and a value axis that shows the difference near
 * a target (ct-1-1-1: ≥ 98 % with 96,5 % then 98 % → 90–100; ct-1-1-2: ≤ 5 % with 7 % then 5 % → 0–20).
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import type { Browser } from "playwright-core";
import { openPage } from "./support/browser.ts";
import type { StaticServer } from "../../scripts/lib/serve-static.ts";
import { siteInBrowser } from "./support/site-in-browser.ts";

const PHONE = { viewport: { width: 360, height: 740 } };
let server: StaticServer;
let browser: Browser;

siteInBrowser((opened) => ({ server, browser } = opened));

test("a task's chart, drawn at build time, has no text under 12 px on a phone", async () => {
  const opened = await openPage(browser, new URL("2026/nhiem-vu/nv-1-1/", server.url).href, { contextOptions: PHONE });
  try {
    const sizes = await opened.page.$$eval("figure.chart svg text", (texts) =>
      texts.map((t) => Number(t.getAttribute("font-size")) * ((t.closest("svg") as SVGSVGElement).getScreenCTM()?.a ?? 0)),
    );
    assert.ok(sizes.length >= 5, `texts drawn: ${sizes.length}`);
    assert.deepEqual(sizes.filter((s) => s < 11.95).map((s) => s.toFixed(1)), [], "every chart text is at least 12 px");
    const labels = await opened.page.$$eval("figure.chart svg text tspan", (ts) => ts.map((t) => t.textContent));
    assert.deepEqual(labels, ["Quý I", "06 tháng", "đầu"], "period names shortened under the bars; the table has them in full");
  } finally {
    await opened.close();
  }
});

test("a target's chart zooms its value axis to the figures and says so", async () => {
  const opened = await openPage(browser, new URL("2026/muc-tieu/mt-1-1/", server.url).href, { contextOptions: PHONE });
  try {
    const specs = await opened.page.$$eval("figure.chart [data-chart]", (els) => els.map((el) => JSON.parse((el as HTMLElement).dataset.chart!) as { id: string; min?: number; max?: number }));
    assert.deepEqual(specs.map((s) => [s.id, s.min ?? 0, s.max]), [["bieu-do-ct-1-1-1", 90, 100], ["bieu-do-ct-1-1-2", 0, 20]]);
    assert.deepEqual(
      await opened.page.$$eval("figure.chart .chart__axis-note", (ps) => ps.map((p) => `${p.closest("figure")!.id}: ${p.textContent!.trim()}`)),
      ["bieu-do-ct-1-1-1: Trục giá trị bắt đầu từ 90% để thấy rõ chênh lệch gần mức chỉ tiêu."],
    );
    assert.deepEqual(opened.consoleErrors, []);
  } finally {
    await opened.close();
  }
});
