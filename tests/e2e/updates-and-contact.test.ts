/**
 * /cap-nhat/ lists news and published reports as the feed does, and every page gives the ward's
 * contact points with a prefilled "Báo sai sót" e-mail. Fixture plan (tests/fixture-plan/README.md):
 * reports 2026-q1 (05/04/2026) and 2026-6t (05/07/2026), updates of 15/01 and 06/04/2026, and an
 * invented contact in its data/site.json.
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

test("/2026/cap-nhat/ lists the news and the published reports, newest first", async () => {
  const opened = await openPage(browser, new URL("2026/cap-nhat/", server.url).href, { contextOptions: { viewport: { width: 360, height: 740 } } });
  try {
    const items = await opened.page.$$eval("main .updates > li article", (as) =>
      as.map((a) => [a.querySelector("h2")!.textContent!.trim(), a.querySelector("time")!.getAttribute("datetime"), a.querySelector("h2 a")?.getAttribute("href") ?? ""]),
    );
    assert.deepEqual(items, [
      ["Báo cáo 06 tháng đầu năm 2026", "2026-07-05", "/2026/bao-cao/2026-6t/"],
      ["Đã có báo cáo quý I năm 2026", "2026-04-06", ""],
      ["Báo cáo Quý I năm 2026", "2026-04-05", "/2026/bao-cao/2026-q1/"],
      ["Công bố kế hoạch mẫu để kiểm thử", "2026-01-15", ""],
    ]);
    // The report's entry says its figures, as the feed does: 2026-6t mean 470/9 = 52,2 %, 2/9 done, 3/5 targets met.
    assert.match((await opened.page.locator("#bao-cao-2026-6t").textContent()) ?? "", /Tiến độ bình quân các nhiệm vụ 52,2%; 2\/9 nhiệm vụ hoàn thành; 3\/4 chỉ tiêu năm 2026 đạt\. Số liệu minh họa\./);
    assert.deepEqual(opened.consoleErrors, []);
    const violations = await checkAccessibility(opened.page);
    assert.deepEqual(violations, [], formatViolations(violations));
  } finally {
    await opened.close();
  }
});

test("every page's footer gives the contact points and a prefilled e-mail naming the page and its address", async () => {
  // One page of each kind: its footer holds the contact points and an e-mail link naming that page's own address…
  for (const path of ["", "2026/linh-vuc/chinh-quyen-so/", "2026/muc-tieu/mt-1-1/", "2026/don-vi/van-phong-ubnd/", "2026/bao-cao/2026-q1/", "2026/cap-nhat/", "2026/du-lieu/", "2026/gioi-thieu/"]) {
    const html = await (await fetch(new URL(path, server.url))).text();
    const footer = html.slice(html.lastIndexOf("<footer"));
    assert.match(footer, /tiep-nhan@vi-du\.example/, `/${path}`);
    const body = encodeURIComponent(`https://vi-du.example/ke-hoach-mau/${path}`);
    assert.ok(footer.includes(`class="contact__report" href="mailto:tiep-nhan@vi-du.example?subject=`) && footer.includes(body), `/${path}: e-mail naming ${path}`);
  }
  // …read in full on a task page.
  const opened = await openPage(browser, new URL("2026/nhiem-vu/nv-1-1/", server.url).href);
  try {
    const { page } = opened;
    const facts = await page.$$eval("footer .contact dd", (dds) => dds.map((d) => d.textContent!.trim()));
    assert.deepEqual(facts, ["Số 1 đường Mẫu, phường Đông Điền, tỉnh Mẫu Đơn", "0200 000 001", "tiep-nhan@vi-du.example", "0200 000 002"]);
    assert.equal(await page.locator("footer .contact a[href='tel:0200000001']").count(), 1);
    assert.equal(await page.locator("footer .contact__where").count(), 0, "nothing is missing, so no pointer to where to find it");
    const href = (await page.locator("footer a.contact__report").getAttribute("href"))!;
    const mail = new URL(href);
    assert.equal(mail.protocol + mail.pathname, "mailto:tiep-nhan@vi-du.example");
    assert.equal(mail.searchParams.get("subject"), `Báo sai sót: ${await page.title()}`);
    assert.equal(mail.searchParams.get("body"), "Trang: https://vi-du.example/ke-hoach-mau/2026/nhiem-vu/nv-1-1/\n\nChỗ sai:\n\nThông tin đúng (và nguồn, nếu có):\n");
  } finally {
    await opened.close();
  }
  const about = await openPage(browser, new URL("2026/gioi-thieu/", server.url).href);
  try {
    assert.equal(await about.page.locator("#bao-loi .contact dd").count(), 4);
    assert.equal(await about.page.locator('#bao-loi a[href$="/issues/new/choose"]').count(), 1);
    assert.equal(new URL((await about.page.locator("#bao-loi a.contact__report").getAttribute("href"))!).searchParams.get("body")?.split("\n")[0], "Trang: https://vi-du.example/ke-hoach-mau/2026/gioi-thieu/");
  } finally {
    await about.close();
  }
});
