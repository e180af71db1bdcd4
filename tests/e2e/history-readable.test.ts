/**
 * "Lịch sử thay đổi" speaks to residents: dated changes in words from the published reports, with
 * the git commits folded away as technical detail (date and link only, no subject, no author).
 * Fixture plan (tests/fixture-plan/README.md): nv-1-2-2 is 30 % in progress and overdue on
 * 05/04/2026, 45 % behind schedule and overdue on 05/07/2026; mt-1-1's targets go 96,5 → 98 % and 7 → 5 %.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import type { Browser } from "playwright-core";
import { checkAccessibility, formatViolations } from "./support/axe.ts";
import { openPage } from "./support/browser.ts";
import type { StaticServer } from "../../scripts/lib/serve-static.ts";
import { siteInBrowser } from "./support/site-in-browser.ts";

let server: StaticServer;
let browser: Browser;

siteInBrowser((opened) => ({ server, browser } = opened));

async function history(path: string) {
  const opened = await openPage(browser, new URL(path, server.url).href);
  try {
    const section = opened.page.locator("section.history");
    const changes = (await section.locator(".history__changes li").allTextContents()).map((t) => t.replace(/\s+/g, " ").trim());
    const links = await section.locator(".history__changes a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    const technical = await section.locator("details.history__technical").evaluate((d) => ({ open: (d as HTMLDetailsElement).open, text: d.textContent ?? "" }));
    const violations = await checkAccessibility(opened.page);
    assert.deepEqual(violations, [], `${path}: ${formatViolations(violations)}`);
    return { changes, links, technical };
  } finally {
    await opened.close();
  }
}

test("a task's history says what each report changed, newest first, with commits only as folded technical detail", async () => {
  const h = await history("2026/nhiem-vu/nv-1-2-2/");
  assert.deepEqual(h.changes, [
    "05/07/2026 – Báo cáo 06 tháng đầu năm 2026: Đang thực hiện → Chậm tiến độ, 30% → 45% (quá hạn)",
    "05/04/2026 – Báo cáo Quý I năm 2026: Đang thực hiện, 30% (quá hạn)",
  ]);
  assert.deepEqual(h.links, ["/2026/bao-cao/2026-6t/", "/2026/bao-cao/2026-q1/"]);
  assert.equal(h.technical.open, false, "the commit list is folded away");
  assert.match(h.technical.text, /Chi tiết kỹ thuật/);
});

test("an objective's history lists each target's value per report", async () => {
  const h = await history("2026/muc-tieu/mt-1-1/");
  assert.deepEqual(h.changes, [
    "05/07/2026 – Báo cáo 06 tháng đầu năm 2026: Tỷ lệ hồ sơ giải quyết đúng hạn 96,5% → 98%",
    "05/07/2026 – Báo cáo 06 tháng đầu năm 2026: Tỷ lệ hồ sơ phải bổ sung, làm lại 7% → 5%",
    "05/04/2026 – Báo cáo Quý I năm 2026: Tỷ lệ hồ sơ giải quyết đúng hạn 96,5%",
    "05/04/2026 – Báo cáo Quý I năm 2026: Tỷ lệ hồ sơ phải bổ sung, làm lại 7%",
  ]);
});
