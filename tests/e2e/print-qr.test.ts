/**
 * The printed page for the notice board (niêm yết công khai), on the fixture plan: an A4 print of a
 * task, area, report or "Việc chậm" page says what report the figures come from, that they are
 * illustrative, and carries a QR code that a phone camera (here jsQR on a screenshot) reads back as
 * the page's address. The block is for paper only.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import jsqr from "jsqr";
import { PNG } from "pngjs";
import type { Browser } from "playwright-core";
import { openPage } from "./support/browser.ts";
import type { StaticServer } from "../../scripts/lib/serve-static.ts";
import { siteInBrowser } from "./support/site-in-browser.ts";

// jsqr is CommonJS whose module.exports is the function and also carries it as .default; TypeScript sees only the latter.
const jsQR = (jsqr as unknown as { default: typeof jsqr.default }).default;

let server: StaticServer;
let browser: Browser;

siteInBrowser((opened) => ({ server, browser } = opened));

for (const path of ["2026/nhiem-vu/nv-1-2-2/", "2026/linh-vuc/thu-tuc-hanh-chinh/", "2026/bao-cao/2026-6t/", "2026/viec-cham/"]) {
  test(`the printed ${path} names its report and carries a QR code of its address`, async () => {
    // An A4 page is 210 mm wide: 794 CSS px at 96 dpi.
    const opened = await openPage(browser, new URL(path, server.url).href, { contextOptions: { viewport: { width: 794, height: 1123 } } });
    try {
      const { page } = opened;
      assert.equal(await page.locator(".print-info").isVisible(), false, "hidden on screen");
      await page.emulateMedia({ media: "print" });
      const info = page.locator(".print-info");
      assert.equal(await info.isVisible(), true, "shown on paper");
      const text = ((await info.textContent()) ?? "").replace(/\s+/g, " ");
      assert.match(text, /Số liệu theo báo cáo 06 tháng đầu năm 2026, lập ngày 05\/07\/2026\. Số liệu minh họa\./);
      assert.ok(text.includes(`https://vi-du.example/ke-hoach-mau/${path}`), text);
      assert.equal(await page.locator(".site-nav").isVisible(), false, "navigation is not printed");

      const png = PNG.sync.read(await page.locator(".print-info svg.qr").screenshot());
      const code = jsQR(new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.length), png.width, png.height);
      assert.equal(code?.data, `https://vi-du.example/ke-hoach-mau/${path}`);
    } finally {
      await opened.close();
    }
  });
}
