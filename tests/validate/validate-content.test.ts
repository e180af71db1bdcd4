import assert from "node:assert/strict";
import { rm } from "node:fs/promises";
import { join } from "node:path";
import { test } from "node:test";
import { loadContent } from "../../scripts/load/load-content.ts";
import { formatError } from "../../scripts/validate/format-errors.ts";
import { validateContent } from "../../scripts/validate/validate-content.ts";
import { FIXTURE_PLAN } from "../fixture-plan/fixture-plan.ts";
import { FIXTURES, prepareCase } from "./fixture-runner.ts";

async function withCase<T>(name: string, work: (root: string) => Promise<T>): Promise<T> {
  const root = await prepareCase(join(FIXTURES, "invalid", name));
  try {
    return await work(root);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

test("a draft report is only a warning when not publishing (npm run validate without --cong-bo)", async () => {
  await withCase("draft-report-is-not-published", async (root) => {
    const { files, errors: loadErrors } = await loadContent(root);
    const { errors, warnings, content } = validateContent(files, { publish: false });
    assert.deepEqual([...loadErrors, ...errors], []);
    assert.deepEqual(warnings.map(formatError), [
      "data/2026/bao-cao/2026-q1.json:5:12  cảnh báo: Bản nháp: Báo cáo đang là bản nháp nên chưa được công bố (điền đủ tiến độ và số liệu, rồi đổi \"draft\": true thành \"draft\": false)",
    ]);
    assert.ok(content, "warnings alone do not hold the content back");
  });
});

test("a file that could not be read holds the content back even if its load error is ignored", async () => {
  await withCase("yaml-tab-indentation-is-reported", async (root) => {
    const { files, errors: loadErrors } = await loadContent(root);
    assert.equal(loadErrors.length, 1);
    assert.deepEqual(files.unreadable?.map((u) => u.path), ["content/2026/nhiem-vu/nv-1-1.md"]);
    const { errors, content } = validateContent(files, { publish: true });
    assert.deepEqual(errors, [], "the reports' rows for nv-1-1 do not dangle");
    assert.equal(content, undefined);
  });
});

test("validated content keeps each type in its schema's x-content.sort order, and the others in file-name order", async () => {
  const { files } = await loadContent(FIXTURE_PLAN);
  const { content } = validateContent(files, { publish: true });
  assert.ok(content, "the fixture plan is valid");
  // By number, by section, newest first, by end date; objectives have no sort: file-name order.
  assert.deepEqual(content.areas.map((a) => a.data.id), ["thu-tuc-hanh-chinh", "chinh-quyen-so", "to-chuc-bo-may"]);
  assert.deepEqual(content.units.map((u) => u.data.id), ["van-phong-ubnd", "phong-dich-vu-so", "trung-tam-phuc-vu-hcc"]);
  assert.deepEqual(content.updates.map((u) => u.data.id), ["2026-04-06-bao-cao-quy-i", "2026-01-15-cong-bo-ke-hoach"]);
  assert.deepEqual(content.periods.data.map((p) => p.id), ["2026-q1", "2026-6t", "2026-q3", "2026-nam"]);
  assert.deepEqual(content.objectives.map((o) => o.data.id), ["mt-1-1", "mt-1-2", "mt-2-1", "mt-2-2", "mt-3-1", "mt-3-2"]);
  assert.equal(content.plan.path, "content/2026/ke-hoach.md");
});
