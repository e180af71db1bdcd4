/**
 * Links crafted to break the data explorer and the search page, in Chromium on the fixture plan:
 * every URL parameter is checked before it reaches a CSS selector or the page. Before,
 * /du-lieu/bang/?sap-xep=x'] threw in the explorer (the value went into a selector unescaped) and
 * left the table without its filters, and any filter value from the address became an option.
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

test("the explorer ignores sort keys, views and ids it does not know, without an error", async () => {
  for (const query of ["?sap-xep=x']", "?sap-xep=ma'],a[x='-giam&xem=chi-tieu", "?xem=<img src=x>&linh-vuc=a'b&ky=\"]&trang-thai=%00"]) {
    const { page, consoleErrors, close } = await openPage(browser, `${server.url}2026/du-lieu/bang/${query}`);
    try {
      // The script ran to the end: the filter form is shown and the count says what is shown.
      await page.waitForSelector("[data-explorer-form]:not([hidden])", { timeout: 30_000 });
      assert.match((await page.locator("[data-count]").textContent()) ?? "", /^Đang hiện \d+ trên \d+/);
      assert.deepEqual(consoleErrors, [], query);
      // The address was rewritten without the values it could not use.
      assert.doesNotMatch(decodeURIComponent(new URL(page.url()).search), /['"<\]]/, query);
    } finally {
      await close();
    }
  }
});

test("the search page drops filter values no page has instead of offering them", async () => {
  const { page, consoleErrors, close } = await openPage(browser, `${server.url}2026/tim-kiem/?type=%3Cimg%20src%3Dx%3E&area=__proto__`);
  try {
    await page.waitForSelector("[data-search-filters]:not([hidden])", { timeout: 30_000 });
    const options = await page.locator("select[data-filter] option").evaluateAll((els) => els.map((e) => (e as HTMLOptionElement).value));
    assert.ok(!options.includes("<img src=x>") && !options.includes("__proto__"), options.join(" | "));
    const chosen = await page.locator("select[data-filter]").evaluateAll((els) => els.map((e) => (e as HTMLSelectElement).value));
    assert.ok(chosen.length > 0 && chosen.every((v) => v === ""), `every filter is back to "all": ${chosen.join(" | ")}`);
    assert.deepEqual(consoleErrors, []);
  } finally {
    await close();
  }
});
