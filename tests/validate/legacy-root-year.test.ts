/**
 * `legacyRootYear` in data/site.json names the plan the site published at its root before plans had
 * folders (docs/decisions/0008); the build makes redirect pages at that plan's old addresses. On the
 * two-plans fixture (2026 and 2027): naming 2026 validates, leaving the field out validates, and a
 * plan still in draft is refused at the field's line. (A year with no plan at all is the invalid
 * case tests/fixtures/invalid/legacy-root-year-that-is-not-a-plan-is-refused/.)
 */
import assert from "node:assert/strict";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { before, test } from "node:test";
import { formatError } from "../../scripts/validate/format-errors.ts";
import { loadAndValidatePlans } from "../../scripts/validate/validate-plans.ts";
import { twoPlansRoot } from "../fixtures/two-plans/two-plans.ts";

let root: string;
let site: string;

before(async () => {
  root = await twoPlansRoot();
  site = await readFile(join(root, "data", "site.json"), "utf8");
});

async function problems(siteJson: string, draft2027 = false): Promise<string[]> {
  await writeFile(join(root, "data", "site.json"), siteJson);
  const plan = join(root, "content", "2027", "ke-hoach.md");
  const text = await readFile(plan, "utf8");
  await writeFile(plan, draft2027 ? text.replace(/^---\n/, "---\ndraft: true\n") : text);
  try {
    const { loadErrors, errors } = await loadAndValidatePlans(root, { publish: true });
    return [...loadErrors, ...errors].map(formatError);
  } finally {
    await writeFile(plan, text);
  }
}

test("the two-plans fixture names 2026, and that validates", async () => {
  assert.match(site, /\n {2}"legacyRootYear": 2026,\n/);
  assert.deepEqual(await problems(site), []);
});

test("a site that never published a plan at its root leaves the field out, and that validates", async () => {
  assert.deepEqual(await problems(site.replace(/ {2}"legacyRootYear": 2026,\n/, "")), []);
});

test("a plan still in draft never had pages at the root: refused at the field's line", async () => {
  assert.deepEqual(await problems(site.replace('"legacyRootYear": 2026', '"legacyRootYear": 2027'), true), [
    "data/site.json:6:21  Kế hoạch từng đăng ở địa chỉ gốc: Kế hoạch năm 2027 còn là bản nháp (draft: true) nên chưa từng được đăng ở địa chỉ gốc (ghi năm của kế hoạch đã đăng ở địa chỉ gốc, hoặc xóa dòng legacyRootYear)",
  ]);
});

test("a year outside the schema's range is the schema's error, said once", async () => {
  const found = await problems(site.replace('"legacyRootYear": 2026', '"legacyRootYear": 26'));
  assert.equal(found.length, 1);
  assert.match(found[0]!, /^data\/site\.json:6:21 {2}Kế hoạch từng đăng ở địa chỉ gốc: /);
});
