/**
 * Titles people can read, the plan's clause as the one code readers see, and abbreviations spelled
 * out, on the fixture plan (tests/fixture-plan/README.md); expectations written by hand from its texts.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import type { Browser } from "playwright-core";
import { checkAccessibility, formatViolations } from "./support/axe.ts";
import { openPage, type OpenedPage } from "./support/browser.ts";
import type { StaticServer } from "../../scripts/lib/serve-static.ts";
import { siteInBrowser } from "./support/site-in-browser.ts";

let server: StaticServer;
let browser: Browser;

siteInBrowser((opened) => ({ server, browser } = opened));

async function withPage(path: string, check: (opened: OpenedPage) => Promise<void>): Promise<void> {
  const opened = await openPage(browser, new URL(path, server.url).href, { contextOptions: { viewport: { width: 360, height: 740 } } });
  try {
    await check(opened);
    assert.deepEqual(opened.consoleErrors, [], path);
    const violations = await checkAccessibility(opened.page);
    assert.deepEqual(violations, [], `${path}: ${formatViolations(violations)}`);
  } finally {
    await opened.close();
  }
}

test("an objective page is titled by its first clause under the plan's code", () =>
  withPage("2026/muc-tieu/mt-1-1/", async ({ page }) => {
    assert.equal(await page.locator("main .kicker").textContent(), "Mục tiêu II.1.1, ý 1");
    assert.equal(await page.locator("h1").textContent(), "Giải quyết hồ sơ thủ tục hành chính đúng hạn, đồng bộ giữa các bộ phận");
  }));

test("lists, the report and the explorer name tasks by title and plan clause, never by id", async () => {
  await withPage("2026/linh-vuc/thu-tuc-hanh-chinh/", async ({ page }) => {
    const first = page.locator(".task-item__head").first();
    // 122 characters in one clause, its only comma before the middle: cut at the last space before 90.
    assert.equal((await first.locator("a").first().textContent())?.trim(), "Công khai đồng bộ, đầy đủ các thủ tục hành chính tại Bộ phận Một cửa và trên trang thông…");
    assert.equal(await first.locator(".ref").textContent(), "II.1.2, ý 1");
  });
  await withPage("2026/bao-cao/2026-6t/", async ({ page }) => {
    // nv-1-2-2 is overdue, so its row heads the late tasks.
    assert.equal(
      (await page.locator("section[aria-labelledby=h-viec-cham] tbody th").first().textContent())?.replace(/\s+/g, " ").trim(),
      "II.1.2, ý 2.2 Số hóa đồng bộ kết quả giải quyết thủ tục hành chính còn hiệu lực đã cấp cho người dân",
    );
  });
  await withPage("2026/du-lieu/bang/", async ({ page }) => {
    const row = page.locator("section[data-view=nhiem-vu] tbody tr[data-id='nv-1-1']");
    assert.equal(await row.locator("td[data-label='Mục']").textContent(), "II.1.2, ý 1");
    assert.equal(await row.locator("td code").count(), 0, "the id stays in the address, not in the cells");
    // A target is shown under its objective's clause: ct-1-1-1 belongs to mt-1-1, "II.1.1, ý 1".
    assert.equal(await page.locator("section[data-view=chi-tieu] tbody tr[data-id='ct-1-1-1'] td[data-label='Mục tiêu']").textContent(), "II.1.1, ý 1");
  });
});

test("abbreviations are spelled out in the text, in unit names and on unit pages", async () => {
  await withPage("2026/nhiem-vu/nv-3-2/", async ({ page }) => {
    assert.equal(await page.locator("blockquote.verbatim abbr").getAttribute("title"), "Ủy ban nhân dân");
    assert.equal(await page.locator("blockquote.verbatim").textContent(), "Ban hành quy chế phối hợp đồng bộ giữa các phòng, đơn vị thuộc UBND phường Đông Điền.", "the verbatim text itself is unchanged");
  });
  await withPage("2026/viec-cham/", async ({ page }) => {
    const lead = page.locator("table.late-table tbody tr").first().locator("td").first().locator("abbr");
    assert.equal(await lead.textContent(), "Trung tâm PVHCC");
    assert.equal(await lead.getAttribute("title"), "Trung tâm Phục vụ hành chính công phường Đông Điền");
  });
  await withPage("2026/don-vi/trung-tam-phuc-vu-hcc/", async ({ page }) => {
    const pairs = await page.$$eval("main dl.abbreviations dt", (dts) => dts.map((dt) => [dt.textContent!.trim(), dt.nextElementSibling!.textContent!.trim()]));
    assert.deepEqual(pairs, [["Tên viết tắt trên trang", "Trung tâm PVHCC"], ["PVHCC", "Phục vụ hành chính công"]]);
  });
});
