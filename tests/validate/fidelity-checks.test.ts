/**
 * Validate keeps what the plan says, what was inferred and what is made up apart (issue 12,
 * scripts/validate/cross/check-fidelity.ts and the period dates in check-values-and-dates.ts). Each
 * case changes one thing in the fixture plan, in memory, and names the one problem it must cause;
 * messages written by hand.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import type { LoadedContent } from "../../scripts/load/load-content.ts";
import { loadContent } from "../../scripts/load/load-content.ts";
import { validateContent } from "../../scripts/validate/validate-content.ts";
import { FIXTURE_PLAN } from "../fixture-plan/fixture-plan.ts";

// biome-ignore lint/suspicious/noExplicitAny: each case reaches into a different file's shape (report rows, targets, periods) to break one field.
type Data = Record<string, any>;

/** The problems (errors, then warnings) after `change` edits the loaded fixture plan. */
async function problems(change: (pick: (path: string) => Data) => void): Promise<string[]> {
  const { files, errors } = await loadContent(FIXTURE_PLAN);
  assert.deepEqual(errors, []);
  const all = Object.values(files as LoadedContent).flat();
  change((path) => {
    const file = all.find((f) => f.path === path) as { data: unknown } | undefined;
    assert.ok(file, path);
    return file.data as Data;
  });
  const result = validateContent(files, { publish: true });
  return [...result.errors, ...result.warnings.filter((w) => w.field !== "Thư điện tử tiếp nhận phản ánh" && !w.message.startsWith("Còn trống"))]
    .map((e) => `${e.file} ${e.field}: ${e.message}${e.severity === "warning" ? " (cảnh báo)" : ""}`);
}

test("the unchanged fixture plan has none of these problems", async () => {
  assert.deepEqual(await problems(() => {}), []);
});

test("coordinating units without the basis of their assignment are refused", async () => {
  assert.deepEqual(await problems((pick) => delete pick("content/2026/nhiem-vu/nv-1-1.md").supportBasis), [
    "content/2026/nhiem-vu/nv-1-1.md Căn cứ phân công phối hợp: Có 1 đơn vị phối hợp nhưng chưa ghi căn cứ",
  ]);
});

test("an illustrative report that links to a real domain is refused", async () => {
  assert.deepEqual(await problems((pick) => (pick("data/2026/bao-cao/2026-6t.json").tasks.find((r: Data) => r.task === "nv-2-1").evidence[0].url = "https://dichvucong.gov.vn/p/home/dvc-trang-chu.html")), [
    "data/2026/bao-cao/2026-6t.json Đường dẫn minh chứng: Báo cáo minh họa trỏ tới một trang web thật: https://dichvucong.gov.vn/p/home/dvc-trang-chu.html",
  ]);
});

test("a delay at 0% without a note is refused", async () => {
  assert.deepEqual(await problems((pick) => Object.assign(pick("data/2026/bao-cao/2026-q1.json").tasks.find((r: Data) => r.task === "nv-1-3"), { status: "cham-tien-do", percent: 0, note: undefined })), [
    'data/2026/bao-cao/2026-q1.json Trạng thái: Nhiệm vụ "nv-1-3" chậm tiến độ ở 0% mà không có ghi chú',
  ]);
});

test("a year-long task completed in an earlier period without a note is refused", async () => {
  const completeEarly = (pick: (path: string) => Data) => {
    const report = pick("data/2026/bao-cao/2026-q1.json");
    // The summary counts the completed task too (check-report-summary.ts), so only the missing note is wrong.
    report.summary = report.summary.replace("1/9 nhiệm vụ hoàn thành", "2/9 nhiệm vụ hoàn thành");
    Object.assign(report.tasks.find((r: Data) => r.task === "nv-1-3"), { status: "hoan-thanh", percent: 100, note: undefined });
  };
  assert.deepEqual(await problems(completeEarly), [
    'data/2026/bao-cao/2026-q1.json Trạng thái: Nhiệm vụ "nv-1-3" làm cả năm (hạn 2026-12-31) đã hoàn thành ở kỳ Quý I năm 2026 mà không có ghi chú',
  ]);
});

test("a target without a figure must say why", async () => {
  assert.deepEqual(await problems((pick) => (pick("content/2026/muc-tieu/mt-2-1.md").targets[1].value = null)), [
    'content/2026/muc-tieu/mt-2-1.md Ghi chú giá trị chỉ tiêu: Chỉ tiêu "ct-2-1-2" không có con số nhưng chưa ghi lý do',
  ]);
});

test("a repeated target must repeat the same definition and, in every report, the same figure", async () => {
  assert.deepEqual(await problems((pick) => (pick("content/2026/muc-tieu/mt-2-1.md").targets[1].sameAs = "ct-2-1-1")), [
    'content/2026/muc-tieu/mt-2-1.md Cùng chỉ tiêu với: Chỉ tiêu "ct-2-1-2" khác "ct-2-1-1" ở: measure, comparator, value, horizon',
    'data/2026/bao-cao/2026-6t.json Giá trị thực tế: Chỉ tiêu "ct-2-1-2" là cùng một chỉ tiêu với "ct-2-1-1" nhưng ghi số khác (75 và 100)',
    'data/2026/bao-cao/2026-q1.json Giá trị thực tế: Chỉ tiêu "ct-2-1-2" là cùng một chỉ tiêu với "ct-2-1-1" nhưng ghi số khác (60 và 90)',
  ]);
});

test("a due date on or before the data cut-off is refused", async () => {
  assert.deepEqual(await problems((pick) => ((pick("data/2026/ky-bao-cao.json") as unknown as Data[])[3]!.due = "2026-12-14")), [
    "data/2026/ky-bao-cao.json Hạn gửi báo cáo: Hạn gửi 2026-12-14 không sau ngày chốt số liệu 2026-12-14",
  ]);
});

test("a news item that reports a task done without naming its lead is a warning", async () => {
  assert.deepEqual(await problems((pick) => Object.assign(pick("content/2026/cap-nhat/2026-04-06-bao-cao-quy-i.md"), { tasks: ["nv-2-3"] })), []);
  const { files } = await loadContent(FIXTURE_PLAN);
  const update = files.update.find((f) => f.path === "content/2026/cap-nhat/2026-04-06-bao-cao-quy-i.md")!;
  Object.assign(update.data as Data, { tasks: ["nv-2-3"] });
  update.body = "Trung tâm Phục vụ Hành chính công đã hoàn thành việc cung cấp dịch vụ công.";
  const { errors, warnings } = validateContent(files, { publish: true });
  assert.deepEqual(errors, []);
  assert.deepEqual(warnings.filter((w) => w.field === "Nhiệm vụ liên quan").map((w) => w.message), [
    'Tin nói nhiệm vụ "nv-2-3" hoàn thành nhưng không nêu đơn vị chủ trì (Phòng Dịch vụ số và Đổi mới)',
  ]);
});
