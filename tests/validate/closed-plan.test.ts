/**
 * A closed plan is frozen (docs/decisions/0008): on a repository made in the test with the two-plans
 * fixture committed on main, a change to the 2026 plan's text is refused at file:line in Vietnamese,
 * as are a file added to it or deleted from it; the open 2027 plan can still change; and while 2027
 * is a draft, 2026 is not closed yet.
 */
import assert from "node:assert/strict";
import { cp, mkdtemp, readFile, rm, unlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { formatError } from "../../scripts/validate/format-errors.ts";
import { readPublishedReports } from "../../scripts/load/read-published-reports.ts";
import { closedPlans } from "../../scripts/validate/check-closed-plans.ts";
import { loadAndValidatePlans } from "../../scripts/validate/validate-plans.ts";
import { twoPlansRoot } from "../fixtures/two-plans/two-plans.ts";
import { git } from "../support/git.ts";

let repo: string;

before(async () => {
  repo = join(await mkdtemp(join(tmpdir(), "hg-closed-plan-")), "repo");
  await cp(await twoPlansRoot(), repo, { recursive: true });
  await git(repo, ["init", "-q", "-b", "main"]);
  await git(repo, ["add", "."]);
  await git(repo, ["commit", "-q", "-m", "Công bố kế hoạch 2027"], "2027-01-10T09:00:00+07:00");
});

after(async () => {
  await rm(join(repo, ".."), { recursive: true, force: true });
});

async function problems(): Promise<string[]> {
  const { loadErrors, errors } = await loadAndValidatePlans(repo, { publish: true, published: await readPublishedReports(repo) });
  return [...loadErrors, ...errors].map(formatError);
}

async function edit(path: string, change: (text: string) => string): Promise<() => Promise<void>> {
  const file = join(repo, path);
  const before = await readFile(file, "utf8");
  await writeFile(file, change(before));
  return () => writeFile(file, before);
}

test("a plan is closed once a later plan is published, not while that plan is a draft", () => {
  assert.deepEqual(closedPlans([{ year: "2026", draft: false }, { year: "2027", draft: false }]), ["2026"]);
  assert.deepEqual(closedPlans([{ year: "2026", draft: false }, { year: "2027", draft: true }]), []);
  assert.deepEqual(closedPlans([{ year: "2025", draft: false }, { year: "2026", draft: false }, { year: "2027", draft: false }]), ["2025", "2026"]);
});

test("the plans as published validate", async () => {
  assert.deepEqual(await problems(), []);
});

test("a change to the closed 2026 plan's text is refused at its line; the same change in 2027 passes", async () => {
  const restore = await edit("content/2026/muc-tieu/mt-1-1.md", (t) => t.replace("    value: 98\n", "    value: 97\n"));
  try {
    assert.deepEqual(await problems(), [
      "content/2026/muc-tieu/mt-1-1.md:11:1  Kế hoạch đã khép lại: Kế hoạch 2026 đã khép lại khi kế hoạch 2027 được công bố: nội dung kế hoạch không được sửa (tệp này đã khác bản trên nhánh main từ dòng 11) (trả lại tệp như trên nhánh main; số liệu đã công bố chỉ đổi bằng đính chính trong báo cáo kỳ (CONTRIBUTING.md, mục 5))",
    ]);
  } finally {
    await restore();
  }
  const open = await edit("content/2027/muc-tieu/mt-1-1.md", (t) => t.replace("    value: 99\n", "    value: 98.5\n"));
  try {
    assert.deepEqual(await problems(), []);
  } finally {
    await open();
  }
});

test("a task added to or deleted from the closed plan is refused", async () => {
  const added = join(repo, "content/2026/nhiem-vu/nv-1-4.md");
  await writeFile(added, (await readFile(join(repo, "content/2026/nhiem-vu/nv-1-3.md"), "utf8")).replace("id: nv-1-3", "id: nv-1-4"));
  const removed = join(repo, "content/2026/don-vi/phong-dich-vu-so.md");
  const unit = await readFile(removed, "utf8");
  try {
    const found = await problems();
    assert.ok(found.includes("content/2026/nhiem-vu/nv-1-4.md:1:1  Kế hoạch đã khép lại: Kế hoạch 2026 đã khép lại khi kế hoạch 2027 được công bố: nội dung kế hoạch không được sửa, không thêm tệp mới (xóa tệp này; nội dung mới thuộc kế hoạch 2027 (content/2027/); số liệu đã công bố chỉ đổi bằng đính chính trong báo cáo kỳ (CONTRIBUTING.md, mục 5))"), found.join("\n"));
    await unlink(added);
    await unlink(removed);
    const gone = await problems();
    assert.ok(gone.some((p) => p.startsWith("content/2026/don-vi/phong-dich-vu-so.md:1:1  Kế hoạch đã khép lại: Kế hoạch 2026 đã khép lại khi kế hoạch 2027 được công bố: nội dung kế hoạch không được sửa, không xóa tệp")), gone.join("\n"));
  } finally {
    await unlink(added).catch(() => undefined);
    await writeFile(removed, unit);
  }
});

test("while 2027 is a draft, 2026 is open: its text may still change", async () => {
  const draft = await edit("content/2027/ke-hoach.md", (t) => t.replace("year: 2027\n", "year: 2027\ndraft: true\n"));
  const change = await edit("content/2026/muc-tieu/mt-1-1.md", (t) => t.replace("    value: 98\n", "    value: 97\n"));
  try {
    assert.deepEqual(await problems(), []);
  } finally {
    await change();
    await draft();
  }
});
