/**
 * Download, share and cite on task, objective, area, unit and report pages, on the fixture plan
 * (tests/fixture-plan/README.md): the workbooks read back with Vietnamese headers, numeric cells and
 * dates; the citation's checksum is the frozen period file's. Expectations written by hand.
 */
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { test } from "node:test";
import type { Browser } from "playwright-core";
import { readXlsx, type ReadCell } from "../export/support/read-xlsx.ts";
import { openPage } from "./support/browser.ts";
import type { StaticServer } from "../../scripts/lib/serve-static.ts";
import { siteInBrowser } from "./support/site-in-browser.ts";
import { assertPageClean } from "./support/page-clean.ts";

let server: StaticServer;
let browser: Browser;

siteInBrowser((opened) => ({ server, browser } = opened));

const fetchBytes = async (path: string) => {
  const response = await fetch(new URL(path.replace(/^\//, ""), server.url));
  assert.equal(response.status, 200, path);
  return new Uint8Array(await response.arrayBuffer());
};
const text = (value: string): ReadCell => ({ kind: "text", value });

test("every page kind with figures offers XLSX and CSV, a link to share and a citation", async () => {
  const pages = {
    "2026/nhiem-vu/nv-1-2-2/": ["so-lieu.xlsx", "so-lieu-tien-do.csv"],
    "2026/muc-tieu/mt-1-1/": ["so-lieu.xlsx", "so-lieu-chi-tieu.csv"],
    "2026/linh-vuc/thu-tuc-hanh-chinh/": ["so-lieu.xlsx", "so-lieu-nhiem-vu.csv", "so-lieu-chi-tieu.csv"],
    "2026/don-vi/van-phong-ubnd/": ["so-lieu.xlsx", "so-lieu-nhiem-vu.csv"],
    "2026/bao-cao/2026-6t/": ["so-lieu.xlsx", "so-lieu-tien-do.csv", "so-lieu-chi-tieu.csv"],
    "2026/bao-cao/2026-6t/to-chuc-bo-may/": ["so-lieu.xlsx", "so-lieu-tien-do.csv", "so-lieu-chi-tieu.csv"],
  };
  for (const [path, files] of Object.entries(pages)) {
    const opened = await openPage(browser, new URL(path, server.url).href, { contextOptions: { viewport: { width: 360, height: 740 } } });
    try {
      const { page } = opened;
      const links = await page.$$eval(".figures__downloads a[download]", (as) => as.map((a) => a.getAttribute("href")));
      assert.deepEqual(links, files.map((f) => `/${path}${f}`), path);
      for (const href of links) await fetchBytes(href!);
      assert.equal(await page.locator("#duong-dan").inputValue(), `https://vi-du.example/ke-hoach-mau/${path}`);
      assert.equal(await page.locator(".share__facebook").getAttribute("href"), `https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(`https://vi-du.example/ke-hoach-mau/${path}`)}`);
      // The script fills in the date of access; the citation names the page's address.
      const citation = (await page.locator("#trich-dan-van-ban").textContent()) ?? "";
      assert.match(citation, new RegExp(`https://vi-du\\.example/ke-hoach-mau/${path.replace(/\//g, "\\/")} \\(truy cập ngày \\d{2}/\\d{2}/\\d{4}\\)`), citation);
      await assertPageClean(opened, path);
    } finally {
      await opened.close();
    }
  }
});

test("a task's workbook reads back with Vietnamese headers, numbers, dates and an explanation sheet; its citation carries the period file's checksum", async () => {
  const sheets = readXlsx(await fetchBytes("/2026/nhiem-vu/nv-1-2-2/so-lieu.xlsx"));
  assert.deepEqual(sheets.map((s) => s.name), ["Tiến độ", "Giải thích"]);
  const [header, q1, h1] = sheets[0]!.rows;
  assert.deepEqual(header, ["Vị trí trong kế hoạch", "Nhiệm vụ", "Kỳ báo cáo", "Ngày báo cáo", "Trạng thái", "Tiến độ (%)", "Quá hạn", "Ghi chú", "Số liệu minh họa", "Mã nhiệm vụ"].map(text));
  const title = "Số hóa đồng bộ kết quả giải quyết thủ tục hành chính còn hiệu lực đã cấp cho người dân";
  // 05/04/2026 and 05/07/2026 as Excel serials: 46023 is 01/01/2026, + 94 and + 185 days.
  assert.deepEqual(q1, [text("II.1.2, ý 2.2"), text(title), text("Quý I năm 2026"), { kind: "date", value: 46117, format: "dd/mm/yyyy" }, text("Đang thực hiện"), { kind: "number", value: 30 }, { kind: "boolean", value: true }, text("Đang số hóa; chưa xong khi đến hạn."), { kind: "boolean", value: true }, text("nv-1-2-2")]);
  assert.deepEqual(h1, [text("II.1.2, ý 2.2"), text(title), text("06 tháng đầu năm 2026"), { kind: "date", value: 46208, format: "dd/mm/yyyy" }, text("Chậm tiến độ"), { kind: "number", value: 45 }, { kind: "boolean", value: true }, text("Thiếu thiết bị số hóa; đề nghị gia hạn."), { kind: "boolean", value: true }, text("nv-1-2-2")]);
  const explain = new Map(sheets[1]!.rows.slice(1).map((r) => [(r[0] as { value: string } | null)?.value, (r[1] as { value: string } | null)?.value]));
  assert.equal(explain.get("Nội dung"), `Nhiệm vụ II.1.2, ý 2.2: ${title}`);
  assert.equal(explain.get("Địa chỉ trang"), "https://vi-du.example/ke-hoach-mau/2026/nhiem-vu/nv-1-2-2/");
  assert.match(explain.get("Số liệu minh họa") ?? "", /^Có\. /);

  const snapshot = createHash("sha256").update(await fetchBytes("/2026/du-lieu/ky/2026-6t/task-progress.csv")).digest("hex");
  assert.equal(explain.get("Tệp số liệu của kỳ (SHA-256)"), `https://vi-du.example/ke-hoach-mau/2026/du-lieu/ky/2026-6t/task-progress.csv (${snapshot})`);
  const opened = await openPage(browser, new URL("2026/nhiem-vu/nv-1-2-2/", server.url).href);
  try {
    assert.equal(await opened.page.locator("#trich-dan-van-ban .citation__hash").textContent(), snapshot);
    assert.match((await opened.page.locator("#trich-dan-van-ban").textContent()) ?? "", /^UBND phường Đông Điền \(đơn vị giả định\)\. “Nhiệm vụ II\.1\.2, ý 2\.2: Số hóa đồng bộ kết quả giải quyết thủ tục hành chính còn hiệu lực đã cấp cho người dân”\. Kế hoạch mẫu để kiểm thử – Phường Đông Điền, số liệu theo báo cáo 06 tháng đầu năm 2026 \(số liệu minh họa\)\./);
  } finally {
    await opened.close();
  }

  const csv = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await fetchBytes("/2026/nhiem-vu/nv-1-2-2/so-lieu-tien-do.csv"));
  assert.equal(csv.split("\r\n")[0], "\uFEFFVị trí trong kế hoạch,Nhiệm vụ,Kỳ báo cáo,Ngày báo cáo,Trạng thái,Tiến độ (%),Quá hạn,Ghi chú,Số liệu minh họa,Mã nhiệm vụ");
  assert.equal(csv.split("\r\n")[1], `"II.1.2, ý 2.2",${title},Quý I năm 2026,2026-04-05,Đang thực hiện,30,true,Đang số hóa; chưa xong khi đến hạn.,true,nv-1-2-2`);
});

test("a report's workbook has its target values with commitments as numbers", async () => {
  const sheets = readXlsx(await fetchBytes("/2026/bao-cao/2026-6t/so-lieu.xlsx"));
  assert.deepEqual(sheets.map((s) => [s.name, s.rows.length]), [["Tiến độ nhiệm vụ", 10], ["Số liệu chỉ tiêu", 6], ["Giải thích", sheets[2]!.rows.length]]);
  const targets = sheets[1]!.rows.slice(1).map((r) => [(r[10] as { value: string }).value, r[2], r[5], (r[8] as { value: string }).value]);
  assert.deepEqual(targets.find((t) => t[0] === "ct-1-1-1"), ["ct-1-1-1", { kind: "number", value: 98 }, { kind: "number", value: 98 }, "Đạt"]);
  assert.deepEqual(targets.find((t) => t[0] === "ct-3-1-1"), ["ct-3-1-1", { kind: "number", value: 10 }, null, "Chưa có số liệu"]);
  // An area's part of the report holds only that area's rows: area 3 has nv-3-1, nv-3-2 and ct-3-1-1.
  const area = readXlsx(await fetchBytes("/2026/bao-cao/2026-6t/to-chuc-bo-may/so-lieu.xlsx"));
  assert.deepEqual(area.slice(0, 2).map((s) => [s.name, s.rows.slice(1).map((r) => (r.at(-1) as { value: string }).value)]), [["Tiến độ nhiệm vụ", ["nv-3-1", "nv-3-2"]], ["Số liệu chỉ tiêu", ["ct-3-1-1"]]]);
});

test("the open data comes as one workbook too: a sheet per table with Vietnamese headers, typed cells and the dictionary", async () => {
  const sheets = readXlsx(await fetchBytes("/2026/du-lieu/du-lieu.xlsx"));
  assert.deepEqual(sheets.map((s) => s.name).at(-1), "Giải thích");
  const tasks = sheets.find((s) => s.name === "Nhiệm vụ");
  assert.ok(tasks, sheets.map((s) => s.name).join(", "));
  const header = tasks.rows[0]!.map((c) => (c as { value: string }).value);
  assert.deepEqual(header.slice(0, 3), ["Mã nhiệm vụ", "Lĩnh vực", "Vị trí trong kế hoạch"]);
  assert.equal(tasks.rows.length, 1 + 9, "a header and the fixture's nine tasks");
  const row = tasks.rows.find((r) => (r[0] as { value: string } | null)?.value === "nv-1-2-2")!;
  const cell = (title: string) => row[header.indexOf(title)];
  // Deadline 31/03/2026: 46023 (01/01/2026) + 89 days.
  assert.deepEqual(cell("Thời hạn"), { kind: "date", value: 46112, format: "dd/mm/yyyy" });
  assert.deepEqual(cell("Tiến độ (%) theo báo cáo gần nhất"), { kind: "number", value: 45 });
  assert.deepEqual(cell("Quá hạn"), { kind: "boolean", value: true });
  const sums = new TextDecoder().decode(await fetchBytes("/2026/du-lieu/SHA256SUMS"));
  assert.match(sums, new RegExp(`^${createHash("sha256").update(await fetchBytes("/2026/du-lieu/du-lieu.xlsx")).digest("hex")}  du-lieu\\.xlsx$`, "m"));
});

test("a report page links its own period's frozen file", async () => {
  const opened = await openPage(browser, new URL("2026/bao-cao/2026-q1/", server.url).href);
  try {
    const href = await opened.page.locator(".figures a[href='/2026/du-lieu/ky/2026-q1/task-progress.csv']").getAttribute("href");
    assert.equal(href, "/2026/du-lieu/ky/2026-q1/task-progress.csv");
    // The frozen file is served, and it is the period's own (its rows name only 2026-q1).
    const csv = new TextDecoder().decode(await fetchBytes(href!));
    const periods = new Set(csv.split("\r\n").slice(1).filter(Boolean).map((row) => row.split(",")[1]));
    assert.deepEqual([...periods], ["2026-q1"]);
  } finally {
    await opened.close();
  }
});
