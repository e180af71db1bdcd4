/**
 * Every page names a 1200×630 PNG as og:image (Zalo and Facebook ignore SVG); home, area and task
 * pages have their own card with their figure, drawn at build time, the same bytes on every build.
 * Fixture plan (tests/fixture-plan/README.md).
 */
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { test } from "node:test";
import { PNG } from "pngjs";
import type { Browser } from "playwright-core";
import { shareCardPng } from "../../scripts/export/share-images.ts";
import { openPage } from "./support/browser.ts";
import type { StaticServer } from "../../scripts/lib/serve-static.ts";
import { siteInBrowser } from "./support/site-in-browser.ts";

let site: string;
let server: StaticServer;
let browser: Browser;

siteInBrowser((opened) => ({ site, server, browser } = opened));

const BASE = "https://vi-du.example/ke-hoach-mau";

test("each page kind names a 1200×630 PNG og:image that exists", async () => {
  const expected: Record<string, string> = {
    "": "/2026/anh-chia-se.png",
    "2026/": "/2026/anh-chia-se.png",
    "2026/linh-vuc/thu-tuc-hanh-chinh/": "/2026/linh-vuc/thu-tuc-hanh-chinh/anh-chia-se.png",
    "2026/nhiem-vu/nv-1-1/": "/2026/nhiem-vu/nv-1-1/anh-chia-se.png",
    "2026/muc-tieu/mt-1-1/": "/2026/anh-chia-se-chung.png",
    "2026/don-vi/van-phong-ubnd/": "/2026/anh-chia-se-chung.png",
    "2026/bao-cao/2026-6t/": "/2026/anh-chia-se-chung.png",
    "2026/gioi-thieu/": "/2026/anh-chia-se-chung.png",
  };
  for (const [path, image] of Object.entries(expected)) {
    const opened = await openPage(browser, new URL(path, server.url).href);
    try {
      const meta = (p: string) => opened.page.locator(`meta[property="${p}"]`).getAttribute("content");
      assert.equal(await meta("og:image"), `${BASE}${image}`, path);
      assert.deepEqual([await meta("og:image:type"), await meta("og:image:width"), await meta("og:image:height")], ["image/png", "1200", "630"]);
    } finally {
      await opened.close();
    }
    const response = await fetch(new URL(image.slice(1), server.url));
    assert.equal(response.headers.get("content-type"), "image/png", image);
    const png = PNG.sync.read(Buffer.from(await response.arrayBuffer()));
    assert.deepEqual([png.width, png.height], [1200, 630], image);
  }
});

test("a task's card is drawn from its figure, and the same data gives the same bytes", async () => {
  // nv-1-2-2 in the latest report (2026-6t): 45 %, behind schedule and overdue, illustrative.
  const png = PNG.sync.read(await readFile(join(site, "2026/nhiem-vu/nv-1-2-2/anh-chia-se.png")));
  // The progress bar runs from x = 64 over 1072 px: blue up to 45 % (546), grey after it, on the row y = 484.
  const at = (x: number, y: number) => [...png.data.subarray((y * png.width + x) * 4, (y * png.width + x) * 4 + 3)];
  assert.deepEqual(at(500, 484), [0x0b, 0x5c, 0xad], "filled up to 45 %");
  assert.deepEqual(at(600, 484), [0xd5, 0xd9, 0xde], "empty after 45 %");
  const card = { path: "/x.png", kicker: "Nhiệm vụ II.1.2, ý 2.2", title: "Số hóa đồng bộ kết quả giải quyết thủ tục hành chính", figure: { percent: 45, label: "Chậm tiến độ, quá hạn", note: "Theo báo cáo 06 tháng đầu năm 2026" }, illustrative: true };
  assert.deepEqual(shareCardPng(card), shareCardPng(card));
});
