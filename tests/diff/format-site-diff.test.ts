import assert from "node:assert/strict";
import { test } from "node:test";
import { formatSiteDiff } from "../../scripts/diff/format-site-diff.ts";
import type { SiteSnapshot } from "../../scripts/diff/site-snapshot.ts";

/** A two-task, one-target site with one published period; each test changes what it needs. */
function site(): SiteSnapshot {
  return {
    periods: [{ id: "2026-q1", name: "Quý I năm 2026" }],
    tasks: {
      "nv-1-1": { label: "nv-1-1 – Rà soát thủ tục", rows: { "2026-q1": { status: "dang-thuc-hien", percent: 40 } } },
      "nv-1-2": { label: "nv-1-2 – Số hóa hồ sơ", rows: { "2026-q1": { status: "chua-trien-khai", percent: 0 } } },
    },
    targets: {
      "ct-1-1-1": { label: "ct-1-1-1 – Tỷ lệ hồ sơ đúng hạn", unit: "%", rows: { "2026-q1": { value: 97.5, status: "chua-dat" } } },
    },
    corrections: [],
    pages: { "/": "Trang chủ", "/nhiem-vu/nv-1-1/": "Nhiệm vụ nv-1-1", "/nhiem-vu/nv-1-2/": "Nhiệm vụ nv-1-2", "/bao-cao/2026-q1/": "Báo cáo Quý I năm 2026" },
    drafts: [],
  };
}

const HEAD = ["## Thay đổi trên trang công khai", "", "So sánh nội dung của yêu cầu này với `main` (số liệu như trang hiển thị sau khi hợp nhất).", ""];

test("no change says so", () => {
  assert.equal(formatSiteDiff(site(), site(), "main"), [...HEAD, "Yêu cầu này không thay đổi con số hay trang nào trên trang công khai.", ""].join("\n"));
});

test("a task's status and percent and a target's value and verdict, before → after", () => {
  const head = site();
  head.tasks["nv-1-1"]!.rows["2026-q1"] = { status: "hoan-thanh", percent: 100 };
  head.tasks["nv-1-2"]!.rows["2026-q1"] = { status: "chua-trien-khai", percent: 0 };
  head.targets["ct-1-1-1"]!.rows["2026-q1"] = { value: 98.25, status: "dat" };
  assert.equal(formatSiteDiff(site(), head, "main"), [
    ...HEAD,
    "### Tiến độ nhiệm vụ (1 thay đổi)",
    "",
    "| Kỳ | Nhiệm vụ | Trạng thái | Tiến độ |",
    "| --- | --- | --- | --- |",
    "| Quý I năm 2026 | nv-1-1 – Rà soát thủ tục | Đang thực hiện → **Hoàn thành** | 40% → **100%** |",
    "",
    "### Số liệu chỉ tiêu (1 thay đổi)",
    "",
    "| Kỳ | Chỉ tiêu | Giá trị | Đánh giá |",
    "| --- | --- | --- | --- |",
    "| Quý I năm 2026 | ct-1-1-1 – Tỷ lệ hồ sơ đúng hạn | 97,5 % → **98,25 %** | Chưa đạt → **Đạt** |",
    "",
  ].join("\n"));
});

test("a new period's report: its rows are new, its page is added, a target without a figure says so", () => {
  const head = site();
  head.periods.push({ id: "2026-6t", name: "06 tháng đầu năm 2026" });
  head.tasks["nv-1-1"]!.rows["2026-6t"] = { status: "cham-tien-do", percent: 45 };
  head.targets["ct-1-1-1"]!.rows["2026-6t"] = { value: null, status: "chua-co-so-lieu" };
  head.pages["/bao-cao/2026-6t/"] = "Báo cáo 06 tháng đầu năm 2026";
  assert.equal(formatSiteDiff(site(), head, "main"), [
    ...HEAD,
    "### Tiến độ nhiệm vụ (1 thay đổi)",
    "",
    "| Kỳ | Nhiệm vụ | Trạng thái | Tiến độ |",
    "| --- | --- | --- | --- |",
    "| 06 tháng đầu năm 2026 | nv-1-1 – Rà soát thủ tục | (mới) **Chậm tiến độ** | (mới) **45%** |",
    "",
    "### Số liệu chỉ tiêu (1 thay đổi)",
    "",
    "| Kỳ | Chỉ tiêu | Giá trị | Đánh giá |",
    "| --- | --- | --- | --- |",
    "| 06 tháng đầu năm 2026 | ct-1-1-1 – Tỷ lệ hồ sơ đúng hạn | (mới) **chưa có số liệu** | (mới) **Chưa có số liệu** |",
    "",
    "### Trang thêm, bớt",
    "",
    "- Thêm: `/bao-cao/2026-6t/` Báo cáo 06 tháng đầu năm 2026",
    "",
  ].join("\n"));
});

test("a correction added and a task removed with its page; drafts listed apart", () => {
  const base = site();
  base.drafts = ["data/2026/bao-cao/2026-6t.json"];
  const head = site();
  delete head.tasks["nv-1-2"];
  delete head.pages["/nhiem-vu/nv-1-2/"];
  head.tasks["nv-1-1"]!.rows["2026-q1"] = { status: "dang-thuc-hien", percent: 45 };
  head.corrections.push({ period: "2026-q1", date: "2026-05-02", item: "nv-1-1", field: "percent", old: 40, new: 45, reason: "Nhập nhầm số liệu", approvedBy: "Chủ tịch UBND phường" });
  head.drafts = ["data/2026/bao-cao/2026-6t.json", "content/2026/cap-nhat/2026-05-03-tin.md"];
  assert.equal(formatSiteDiff(base, head, "main"), [
    ...HEAD,
    "### Tiến độ nhiệm vụ (2 thay đổi)",
    "",
    "| Kỳ | Nhiệm vụ | Trạng thái | Tiến độ |",
    "| --- | --- | --- | --- |",
    "| Quý I năm 2026 | nv-1-1 – Rà soát thủ tục | Đang thực hiện | 40% → **45%** |",
    "| Quý I năm 2026 | nv-1-2 – Số hóa hồ sơ | Chưa triển khai → (bỏ) | 0% → (bỏ) |",
    "",
    "### Đính chính",
    "",
    "- Thêm: Quý I năm 2026, nv-1-1, tiến độ (%): 40 → 45; ngày 2026-05-02; lý do: Nhập nhầm số liệu; phê duyệt: Chủ tịch UBND phường",
    "",
    "### Trang thêm, bớt",
    "",
    "- Bớt: `/nhiem-vu/nv-1-2/` Nhiệm vụ nv-1-2",
    "",
    "### Bản nháp (không lên trang)",
    "",
    "- `data/2026/bao-cao/2026-6t.json`",
    "- `content/2026/cap-nhat/2026-05-03-tin.md` (mới trong yêu cầu này)",
    "",
  ].join("\n"));
});

test("text from content cannot break a table or inject markup", () => {
  const head = site();
  head.tasks["nv-1-1"] = { label: "nv-1-1 – a | b <img src=x> *c* [d](e)", rows: { "2026-q1": { status: "dang-thuc-hien", percent: 41 } } };
  const out = formatSiteDiff(site(), head, "main");
  assert.ok(out.includes("| Quý I năm 2026 | nv-1-1 – a \\| b &lt;img src=x&gt; \\*c\\* \\[d\\](e) | Đang thực hiện | 40% → **41%** |"), out);
});
