/**
 * Moving a plan into its folder (content/nhiem-vu/ → content/2026/nhiem-vu/, data/bao-cao/ →
 * data/2026/bao-cao/, docs/decisions/0008) loses nothing git knows: on a repository made in the test,
 * a report published before the move is still published, from its first publication, and a task's
 * change history keeps its commits without listing the move itself as a change.
 */
import assert from "node:assert/strict";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { readGitHistory } from "../../scripts/load/read-git-history.ts";
import { publishedOfPlan, readPublishedReports } from "../../scripts/load/read-published-reports.ts";
import { git } from "../support/git.ts";

let work: string;
let repo: string;
const report = (draft: boolean, percent: number) => `${JSON.stringify({ period: "2026-q1", draft, tasks: [{ task: "nv-1-1", status: "dang-thuc-hien", percent }] }, null, 2)}\n`;

before(async () => {
  work = await mkdtemp(join(tmpdir(), "hg-plan-move-"));
  repo = join(work, "repo");
  await mkdir(join(repo, "data", "bao-cao"), { recursive: true });
  await mkdir(join(repo, "content", "nhiem-vu"), { recursive: true });
  await git(repo, ["init", "-q", "-b", "main"]);
  await writeFile(join(repo, "content/nhiem-vu/nv-1-1.md"), "---\nid: nv-1-1\ntext: Rà soát thủ tục\n---\n");
  await writeFile(join(repo, "data/bao-cao/2026-q1.json"), report(false, 50));
  await git(repo, ["add", "."]);
  await git(repo, ["commit", "-q", "-m", "Công bố báo cáo quý I"], "2026-04-06T09:15:00+07:00");
  await writeFile(join(repo, "content/nhiem-vu/nv-1-1.md"), "---\nid: nv-1-1\ntext: Rà soát, đơn giản hóa thủ tục\n---\n");
  await git(repo, ["commit", "-q", "-am", "Sửa câu chữ nhiệm vụ 1.1"], "2026-05-02T10:00:00+07:00");
});

after(async () => {
  await rm(work, { recursive: true, force: true });
});

test("before the move reaches main, a report at its old address counts as the oldest plan's report of the same name", async () => {
  const published = await readPublishedReports(repo);
  assert.ok(published.state === "ok");
  assert.deepEqual(published.reports.map((r) => r.path), ["data/bao-cao/2026-q1.json"]);
  const mine = publishedOfPlan(published, "2026", "2026");
  assert.ok(mine.state === "ok");
  assert.deepEqual(mine.reports.map((r) => [r.path, r.date]), [["data/2026/bao-cao/2026-q1.json", "2026-04-06"]]);
  // A later plan does not inherit the old reports.
  const later = publishedOfPlan(published, "2027", "2026");
  assert.ok(later.state === "ok");
  assert.deepEqual(later.reports, []);
});

test("after git mv into the plan's folder, the report is published from its first publication, under its new name", async () => {
  await mkdir(join(repo, "content", "2026"), { recursive: true });
  await mkdir(join(repo, "data", "2026"), { recursive: true });
  await git(repo, ["mv", "content/nhiem-vu", "content/2026/nhiem-vu"]);
  await git(repo, ["mv", "data/bao-cao", "data/2026/bao-cao"]);
  await git(repo, ["commit", "-q", "-m", "Chuyển kế hoạch 2026 vào thư mục năm"], "2026-12-01T08:00:00+07:00");
  const published = await readPublishedReports(repo);
  assert.ok(published.state === "ok");
  assert.deepEqual(published.reports.map((r) => [r.path, r.date, r.existsAtTip, (r.data as { tasks: { percent: number }[] }).tasks[0]!.percent]), [
    ["data/2026/bao-cao/2026-q1.json", "2026-04-06", true, 50],
  ]);
});

test("a moved file keeps its change history, and the move is not listed as a change", async () => {
  const history = await readGitHistory(repo);
  assert.deepEqual(history.byPath["content/2026/nhiem-vu/nv-1-1.md"]!.map((c) => [c.date, c.message]), [
    ["2026-05-02", "Sửa câu chữ nhiệm vụ 1.1"],
    ["2026-04-06", "Công bố báo cáo quý I"],
  ]);
  assert.deepEqual(history.byPath["data/2026/bao-cao/2026-q1.json"]!.map((c) => c.message), ["Công bố báo cáo quý I"]);
  assert.equal(history.byPath["content/nhiem-vu/nv-1-1.md"], undefined);
});
