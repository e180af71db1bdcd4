/**
 * The published-figure guard's memory is git: on repositories made in the test, a report counts as
 * published from the first commit on main where it says "draft": false; commits on other branches, or
 * made locally on top of origin/main, publish nothing; a shallow clone or a folder outside git says so.
 */
import assert from "node:assert/strict";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { readPublishedReports } from "../../scripts/load/read-published-reports.ts";
import { git } from "../support/git.ts";

let work: string;
let repo: string;
const report = (draft: boolean, percent: number) => `${JSON.stringify({ period: "2026-q1", draft, tasks: [{ task: "nv-1-1", status: "dang-thuc-hien", percent }] }, null, 2)}\n`;

before(async () => {
  work = await mkdtemp(join(tmpdir(), "hg-published-"));
  repo = join(work, "repo");
  // The plan lives in a subfolder, as a test plan inside this repository does.
  const reports = join(repo, "ke-hoach", "data", "2026", "bao-cao");
  await mkdir(reports, { recursive: true });
  await git(repo, ["init", "-q", "-b", "main"]);
  await writeFile(join(reports, "2026-q1.json"), report(true, 40));
  await writeFile(join(repo, "ke-hoach", "data", "2026", "ky-bao-cao.json"), "[]\n");
  await git(repo, ["add", "."]);
  await git(repo, ["commit", "-q", "-m", "Báo cáo quý I (nháp)"], "2026-04-02T09:00:00+07:00");
  await writeFile(join(reports, "2026-q1.json"), report(false, 50));
  await git(repo, ["commit", "-q", "-am", "Công bố báo cáo quý I"], "2026-04-06T09:15:00+07:00");
  await writeFile(join(reports, "2026-q1.json"), report(false, 55));
  await git(repo, ["commit", "-q", "-am", "Sửa số liệu quý I"], "2026-04-20T16:30:00+07:00");
  // Published only on a branch: not published yet.
  await git(repo, ["checkout", "-q", "-b", "bao-cao-quy-ii"]);
  await writeFile(join(reports, "2026-6t.json"), report(false, 60));
  await git(repo, ["add", "."]);
  await git(repo, ["commit", "-q", "-m", "Công bố báo cáo 6 tháng"], "2026-07-07T10:00:00+07:00");
});

after(async () => {
  await rm(work, { recursive: true, force: true });
});

test("a report is published from the first commit on main that says draft: false, whatever branch is checked out", async () => {
  const published = await readPublishedReports(join(repo, "ke-hoach"));
  assert.equal(published.state, "ok");
  assert.ok(published.state === "ok");
  assert.equal(published.ref, "refs/heads/main");
  assert.deepEqual(published.reports.map((r) => [r.path, r.date, (r.data as { tasks: { percent: number }[] }).tasks[0]!.percent, r.existsAtTip]), [
    ["data/2026/bao-cao/2026-q1.json", "2026-04-06", 50, true],
  ]);
});

test("in a clone, origin/main is what was published: a local commit on main publishes nothing", async () => {
  const clone = join(work, "clone");
  await git(work, ["clone", "-q", "--branch", "main", `file://${repo}`, clone]);
  const reports = join(clone, "ke-hoach", "data", "2026", "bao-cao");
  await writeFile(join(reports, "2026-6t.json"), report(false, 60));
  await git(clone, ["add", "."]);
  await git(clone, ["commit", "-q", "-m", "Công bố báo cáo 6 tháng"], "2026-07-07T10:00:00+07:00");
  const published = await readPublishedReports(join(clone, "ke-hoach"));
  assert.ok(published.state === "ok");
  assert.equal(published.ref, "refs/remotes/origin/main");
  assert.deepEqual(published.reports.map((r) => r.path), ["data/2026/bao-cao/2026-q1.json"]);
});

test("the publishing branch can be named with NHANH_CONG_BO", async () => {
  process.env.NHANH_CONG_BO = "bao-cao-quy-ii";
  try {
    const published = await readPublishedReports(join(repo, "ke-hoach"));
    assert.ok(published.state === "ok");
    assert.deepEqual(published.reports.map((r) => r.path), ["data/2026/bao-cao/2026-6t.json", "data/2026/bao-cao/2026-q1.json"]);
  } finally {
    delete process.env.NHANH_CONG_BO;
  }
});

test("a report deleted on main is still published, and marked as gone from the tip", async () => {
  const other = join(work, "deleted");
  await git(work, ["clone", "-q", "--branch", "main", `file://${repo}`, other]);
  await git(other, ["rm", "-q", "ke-hoach/data/2026/bao-cao/2026-q1.json"]);
  await git(other, ["commit", "-q", "-m", "Xóa báo cáo"], "2026-05-01T10:00:00+07:00");
  await git(other, ["branch", "-q", "-f", "xoa"]);
  process.env.NHANH_CONG_BO = "xoa";
  try {
    const published = await readPublishedReports(join(other, "ke-hoach"));
    assert.ok(published.state === "ok");
    assert.deepEqual(published.reports.map((r) => [r.path, r.existsAtTip]), [["data/2026/bao-cao/2026-q1.json", false]]);
  } finally {
    delete process.env.NHANH_CONG_BO;
  }
});

test("a shallow clone and a folder outside git say why the guard cannot run", async () => {
  const shallow = join(work, "shallow");
  await git(work, ["clone", "-q", "--depth", "1", "--branch", "main", `file://${repo}`, shallow]);
  assert.deepEqual(await readPublishedReports(shallow), { state: "shallow", ref: "refs/remotes/origin/main" });
  const plain = join(work, "plain");
  await mkdir(plain);
  assert.deepEqual(await readPublishedReports(plain), { state: "no-git" });
});
