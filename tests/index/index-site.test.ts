/**
 * The index stage on the fixture plan (tests/fixture-plan/README.md): one search record per task,
 * objective, area, unit and published report, built from the derived data. Expected values are
 * written by hand from the fixture plan's files.
 */
import assert from "node:assert/strict";
import { mkdtemp, readFile, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { before, test } from "node:test";
import type { SiteData } from "../../scripts/derive/types.ts";
import { indexSite, planRecords } from "../../scripts/index/index-site.ts";
import { joinParts, markdownText, searchRecords } from "../../scripts/index/search-records.ts";
import { derivedFixturePlan } from "../fixture-plan/fixture-plan.ts";

const D = "d\u0335";
let data: SiteData;

before(async () => {
  data = await derivedFixturePlan();
});

test("one record per task, objective, area, unit and published report, in that fixed order", () => {
  const urls = searchRecords(data).map((r) => r.url);
  assert.deepEqual(urls, [
    "/nhiem-vu/nv-1-1/", "/nhiem-vu/nv-1-2-1/", "/nhiem-vu/nv-1-2-2/", "/nhiem-vu/nv-1-3/", "/nhiem-vu/nv-2-1/", "/nhiem-vu/nv-2-2/", "/nhiem-vu/nv-2-3/", "/nhiem-vu/nv-3-1/", "/nhiem-vu/nv-3-2/",
    "/muc-tieu/mt-1-1/", "/muc-tieu/mt-1-2/", "/muc-tieu/mt-2-1/", "/muc-tieu/mt-2-2/", "/muc-tieu/mt-3-1/", "/muc-tieu/mt-3-2/",
    "/linh-vuc/thu-tuc-hanh-chinh/", "/linh-vuc/chinh-quyen-so/", "/linh-vuc/to-chuc-bo-may/",
    "/don-vi/van-phong-ubnd/", "/don-vi/phong-dich-vu-so/", "/don-vi/trung-tam-phuc-vu-hcc/",
    "/bao-cao/2026-q1/", "/bao-cao/2026-6t/",
  ]);
});

test("a task's record: its title and filters as written, its text with đ marked (its area's title only as its filter), its report notes", () => {
  const record = searchRecords(data).find((r) => r.url === "/nhiem-vu/nv-2-3/");
  assert.deepEqual(record, {
    url: "/nhiem-vu/nv-2-3/",
    meta: { title: "Nhiệm vụ II.2.2, ý 3: Tổ chức đấu thầu mua sắm thiết bị số hóa hồ sơ, bảo đảm đồng bộ với hạ tầng hiện có" },
    filters: { type: ["Nhiệm vụ"], area: ["2. Xây dựng chính quyền điện tử, chính quyền số"], unit: ["Phòng DVS"], status: ["Hoàn thành"] },
    content:
      `Nhiệm vụ II.2.2, ý 3. Tổ chức ${D}ấu thầu mua sắm thiết bị số hóa hồ sơ, bảo ${D}ảm ${D}ồng bộ với hạ tầng hiện có. ` +
      `Phòng Dịch vụ số và D\u0335ổi mới. D\u0335ã hoàn thành ${D}ấu thầu.`,
  });
});

test("each kind's record has its page's address, title and filters: a task, an objective, a unit", () => {
  const records = searchRecords(data);
  const head = (url: string) => {
    const r = records.find((x) => x.url === url);
    return r && { url: r.url, title: r.meta.title, filters: r.filters };
  };
  // The task page's own heading under its code (tests/e2e/pages.test.ts); done in 2026-6t.
  assert.deepEqual(head("/nhiem-vu/nv-1-2-1/"), {
    url: "/nhiem-vu/nv-1-2-1/",
    title: "Nhiệm vụ II.1.2, ý 2.1: Rà soát, cắt giảm giấy tờ rườm rà, chồng chéo trong hồ sơ đất đai, hộ tịch",
    filters: { type: ["Nhiệm vụ"], area: ["1. Cải cách thủ tục hành chính"], unit: ["Trung tâm PVHCC"], status: ["Hoàn thành"] },
  });
  assert.deepEqual(head("/muc-tieu/mt-1-1/"), {
    url: "/muc-tieu/mt-1-1/",
    title: "Mục tiêu II.1.1, ý 1: Giải quyết hồ sơ thủ tục hành chính đúng hạn, đồng bộ giữa các bộ phận",
    filters: { type: ["Mục tiêu"], area: ["1. Cải cách thủ tục hành chính"] },
  });
  assert.deepEqual(head("/don-vi/van-phong-ubnd/"), { url: "/don-vi/van-phong-ubnd/", title: "Văn phòng HĐND và UBND phường Đông Điền", filters: { type: ["Đơn vị"] } });
  // Pages that are not results (an area's part of a report, the 404 page, the lists) have no record.
  assert.equal(records.some((r) => /^\/bao-cao\/[^/]+\/[^/]+\/$/.test(r.url) || !/^\/(nhiem-vu|muc-tieu|linh-vuc|don-vi|bao-cao)\/[^/]+\/$/.test(r.url)), false);
});

test("an area's record names its objectives (as its page lists them), not their text or targets", () => {
  const record = searchRecords(data).find((r) => r.url === "/linh-vuc/thu-tuc-hanh-chinh/");
  assert.deepEqual(record, {
    url: "/linh-vuc/thu-tuc-hanh-chinh/",
    meta: { title: "1. Cải cách thủ tục hành chính" },
    filters: { type: ["Lĩnh vực"] },
    content: `1. Cải cách thủ tục hành chính. Mục II.1 của kế hoạch. Giải quyết hồ sơ thủ tục hành chính ${D}úng hạn, ${D}ồng bộ giữa các bộ phận. Cắt giảm thủ tục hành chính rườm rà, chồng chéo.`,
  });
});

test("a part repeated word for word is indexed once: ct-1-1-1's source, the same in both reports", () => {
  const record = searchRecords(data).find((r) => r.url === "/muc-tieu/mt-1-1/");
  assert.equal(record?.content.split("Phần mềm một cửa (số liệu minh họa).").length, 2, record?.content ?? "");
});

test("a report's record has its title and summary; a period without a report has none", () => {
  const records = searchRecords(data);
  const report = records.find((r) => r.url === "/bao-cao/2026-q1/");
  assert.equal(report?.meta.title, "Báo cáo Quý I năm 2026");
  assert.deepEqual(report?.filters, { type: ["Báo cáo"] });
  assert.ok(report?.content.includes("1/9 nhiệm vụ hoàn thành"), report?.content);
  assert.equal(records.some((r) => r.url.startsWith("/bao-cao/2026-q3/")), false);
});

test("parts are joined as Pagefind joins blocks, and Markdown gives its text without markup", () => {
  assert.equal(joinParts(["Tiêu đề", undefined, "  Đoạn \n văn. ", "", "Hỏi?"]), "Tiêu đề. Đoạn văn. Hỏi?");
  assert.deepEqual(markdownText("# Đầu mục\n\nXem **đây**\nvà [liên kết](https://example.org), `mã` <b>thô</b>.\n\n- một\n- hai\n\n![ảnh mô tả](/a.png)"), [
    "Đầu mục", "Xem đây và liên kết, mã <b>thô</b>.", "một", "hai", "ảnh mô tả",
  ]);
  assert.deepEqual(markdownText(undefined), []);
});

test("the index stage writes Pagefind's files with one page per record", async () => {
  const dir = await mkdtemp(join(tmpdir(), "hg-index-"));
  try {
    assert.deepEqual(await indexSite(data, dir), { records: 23 });
    const entry = JSON.parse(await readFile(join(dir, "pagefind", "pagefind-entry.json"), "utf8")) as { languages: Record<string, { page_count: number }> };
    assert.equal(entry.languages.vi?.page_count, 23);
    const fragments = await readdir(join(dir, "pagefind", "fragment"));
    const texts = await Promise.all(fragments.map(async (f) => gunzipSync(await readFile(join(dir, "pagefind", "fragment", f))).toString("utf8")));
    const task = texts.find((t) => t.includes('"url":"/nhiem-vu/nv-2-3/"'));
    assert.ok(task?.includes(`Tổ chức ${D}ấu thầu`), "the fragment holds the marked text");
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test("with several plans, each record is filed under its plan's year, in the address and as the year filter", () => {
  const records = planRecords([{ year: "2026", data }, { year: "2027", data }]);
  assert.equal(records.length, 46);
  assert.deepEqual([records[0]!.url, records[0]!.filters.year], ["/2026/nhiem-vu/nv-1-1/", ["2026"]]);
  assert.deepEqual([records[23]!.url, records[23]!.filters.year], ["/2027/nhiem-vu/nv-1-1/", ["2027"]]);
  assert.deepEqual(records[23]!.filters.type, ["Nhiệm vụ"]);
});
