/**
 * What the plan says, what was inferred and what is made up, as a reader meets it (issue 12), on the
 * fixture plan (tests/fixture-plan/README.md): a task page names the basis of its assignments, a
 * target due in 2030 says so and why it is not counted, search results that show a status carry the
 * "Số liệu minh họa" note, and the Atom feed says its figures are illustrative. Expected texts are
 * written by hand from the fixture plan's files.
 */
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { test } from "node:test";
import type { Browser } from "playwright-core";
import { openPage } from "./support/browser.ts";
import type { StaticServer } from "../../scripts/lib/serve-static.ts";
import { siteInBrowser } from "./support/site-in-browser.ts";

let site: string;
let server: StaticServer;
let browser: Browser;

siteInBrowser((opened) => ({ site, server, browser } = opened));

const squash = (s: string | null) => (s ?? "").replace(/\s+/g, " ").trim();

test("a task page says which clause its lead follows and that its coordinating unit is an inference", async () => {
  const opened = await openPage(browser, `${server.url}2026/nhiem-vu/nv-1-1/`);
  try {
    const facts = squash(await opened.page.locator("main dl.facts").first().textContent());
    assert.match(facts, /Phân công theo mục IV\.1 của kế hoạch\. Mục IV\.1 của kế hoạch mẫu giao Văn phòng chủ trì nội dung này\./);
    assert.match(facts, /Phân công do nhóm biên tập suy ra từ mục IV, chưa được UBND xác nhận\./);
    assert.deepEqual(opened.consoleErrors, []);
  } finally {
    await opened.close();
  }
});

test("a target due in 2030 is shown as such and left out of the 2026 count, with the reason", async () => {
  const opened = await openPage(browser, `${server.url}2026/muc-tieu/mt-2-1/`);
  try {
    const target = squash(await opened.page.locator("section#ct-2-1-2 dl.facts").textContent());
    assert.match(target, /Chỉ tiêu đến năm 2030/);
    assert.match(target, /Chỉ tiêu đến năm 2030: không tính vào số chỉ tiêu đạt của năm 2026\./);
    assert.doesNotMatch(squash(await opened.page.locator("section#ct-2-1-1 dl.facts").textContent()), /không tính/);
  } finally {
    await opened.close();
  }
});

test("search results that show a task's status carry the illustrative note", async () => {
  const opened = await openPage(browser, `${server.url}2026/tim-kiem/`);
  try {
    const note = opened.page.locator("[data-search-illustrative]");
    assert.equal(await note.isVisible(), false, "no note before any result");
    await opened.page.locator("input#q").fill("dong bo");
    await opened.page.locator(".search-result").first().waitFor({ timeout: 15000 });
    await note.waitFor({ state: "visible", timeout: 15000 });
    assert.match(squash(await note.textContent()), /^Số liệu minh họa\./);
  } finally {
    await opened.close();
  }
});

test("the Atom feed says its figures are illustrative, in the feed and in each report entry", async () => {
  const feed = await readFile(join(site, "2026/cap-nhat/feed.xml"), "utf8");
  assert.match(feed, /<subtitle>[^<]*Số liệu minh họa: /);
  assert.match(feed, /3\/4 chỉ tiêu năm 2026 đạt\. Số liệu minh họa\./);
});
