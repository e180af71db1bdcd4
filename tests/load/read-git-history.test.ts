/**
 * History from git, on repositories made in the test: commits per file newest first with their own
 * dates (never the clock), and an honest "incomplete" on a shallow clone or outside a repository.
 */
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { after, before, test } from "node:test";
import { parseGitLog, readGitHistory } from "../../scripts/load/read-git-history.ts";
import { git } from "../support/git.ts";

const run = promisify(execFile);
let work: string;
let repo: string;

before(async () => {
  work = await mkdtemp(join(tmpdir(), "hg-git-history-"));
  repo = join(work, "repo");
  await mkdir(join(repo, "data", "2026", "bao-cao"), { recursive: true });
  await mkdir(join(repo, "content", "2026", "nhiem-vu"), { recursive: true });
  await git(repo, ["init", "-q", "-b", "main"]);
  await writeFile(join(repo, "data/2026/bao-cao/2026-q1.json"), '{ "period": "2026-q1" }\n');
  await writeFile(join(repo, "content/2026/nhiem-vu/nv-1-1.md"), "---\nid: nv-1-1\n---\n");
  await git(repo, ["add", "."]);
  await git(repo, ["commit", "-q", "-m", "Công bố báo cáo quý I"], "2026-04-06T09:15:00+07:00");
  await writeFile(join(repo, "data/2026/bao-cao/2026-q1.json"), '{ "period": "2026-q1", "summary": "Đã sửa" }\n');
  await git(repo, ["commit", "-q", "-am", "Đính chính số liệu quý I"], "2026-04-20T16:30:00+07:00");
});

after(async () => {
  await rm(work, { recursive: true, force: true });
});

test("a file's commits are listed newest first with their own dates, authors and messages", async () => {
  const history = await readGitHistory(repo);
  assert.equal(history.complete, true);
  assert.equal(history.reason, undefined);
  const report = history.byPath["data/2026/bao-cao/2026-q1.json"]!;
  assert.deepEqual(report.map((c) => [c.date, c.dateTime, c.author, c.message]), [
    ["2026-04-20", "2026-04-20T16:30:00+07:00", "Nguyễn Văn An", "Đính chính số liệu quý I"],
    ["2026-04-06", "2026-04-06T09:15:00+07:00", "Nguyễn Văn An", "Công bố báo cáo quý I"],
  ]);
  for (const c of report) {
    assert.match(c.sha, /^[0-9a-f]{40}$/);
    assert.equal(c.shortSha, c.sha.slice(0, 7));
  }
  assert.deepEqual(history.byPath["content/2026/nhiem-vu/nv-1-1.md"]!.map((c) => c.message), ["Công bố báo cáo quý I"]);
});

test("paths are relative to the project folder when it is a subfolder of the repository", async () => {
  const history = await readGitHistory(join(repo, "data"));
  assert.deepEqual(Object.keys(history.byPath), ["2026/bao-cao/2026-q1.json"]);
});

test("a shallow clone says its history is incomplete instead of inventing the missing part", async () => {
  const clone = join(work, "shallow");
  await run("git", ["clone", "-q", "--depth", "1", `file://${repo}`, clone]);
  const history = await readGitHistory(clone);
  assert.equal(history.complete, false);
  assert.equal(history.reason, "shallow");
  // The one commit present is the shallow boundary: git shows it as adding every file, which is not true.
  assert.deepEqual(history.byPath, {});
});

test("a folder that is not a git repository gives an empty, incomplete history without failing", async () => {
  const plain = join(work, "plain");
  await mkdir(plain);
  assert.deepEqual(await readGitHistory(plain), { complete: false, reason: "unavailable", byPath: {} });
});

test("the log parser keeps git's records apart and sorts each file's commits by date", () => {
  const sha = (c: string) => c.repeat(40);
  const log =
    `\x1e${sha("a")}\x1f2026-04-06T09:15:00+07:00\x1fAn\x1fThứ nhất\n\ncontent/a.md\ncontent/b.md\n` +
    `\x1e${sha("b")}\x1f2026-05-01T00:00:00Z\x1fBình\x1fThứ hai, có dấu phẩy\n\ncontent/a.md\n`;
  const byPath = parseGitLog(log);
  assert.deepEqual(byPath["content/a.md"]!.map((c) => c.message), ["Thứ hai, có dấu phẩy", "Thứ nhất"]);
  assert.deepEqual(byPath["content/b.md"]!.map((c) => c.author), ["An"]);
  assert.deepEqual(Object.keys(parseGitLog(log, new Set([sha("a")]))), ["content/a.md"]);
});
