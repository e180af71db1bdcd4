/**
 * The addresses the site had before plans had folders (docs/decisions/0008), opened in Chromium on
 * the fixture plan: each lands on the same page of the 2026 plan, keeping the query and the
 * fragment; without JavaScript the meta refresh still gets there; no console error (so no CSP
 * violation: the redirect runs the site's own script file, not an inline one).
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import type { Browser } from "playwright-core";
import { openPage } from "./support/browser.ts";
import type { StaticServer } from "../../scripts/lib/serve-static.ts";
import { siteInBrowser } from "./support/site-in-browser.ts";

let server: StaticServer;
let browser: Browser;

siteInBrowser((opened) => ({ server, browser } = opened));

for (const [old, landed] of [
  ["nhiem-vu/nv-1-1/", "/2026/nhiem-vu/nv-1-1/"],
  ["muc-tieu/mt-1-1/#ct-1-1-1", "/2026/muc-tieu/mt-1-1/#ct-1-1-1"],
  ["tim-kiem/?q=thu+tuc", "/2026/tim-kiem/?q=thu+tuc"],
  ["du-lieu/bang/?xem=chi-tieu", "/2026/du-lieu/bang/?xem=chi-tieu"],
] as const) {
  test(`/${old} leads to ${landed}`, async () => {
    const opened = await openPage(browser, new URL(old, server.url).href);
    try {
      await opened.page.waitForURL((u) => u.pathname.startsWith("/2026/"), { timeout: 10_000 });
      const url = new URL(opened.page.url());
      assert.equal(url.pathname + url.search + url.hash, landed);
      assert.deepEqual(opened.consoleErrors, []);
    } finally {
      await opened.close();
    }
  });
}

test("without JavaScript the meta refresh leads to the new address", async () => {
  const opened = await openPage(browser, new URL("bao-cao/2026-q1/", server.url).href, { contextOptions: { javaScriptEnabled: false } });
  try {
    await opened.page.waitForURL((u) => u.pathname === "/2026/bao-cao/2026-q1/", { timeout: 10_000 });
    assert.match(await opened.page.locator("h1").innerText(), /Báo cáo Quý I năm 2026/);
  } finally {
    await opened.close();
  }
});
