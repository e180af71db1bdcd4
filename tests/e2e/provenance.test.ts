/**
 * Provenance on the built site: task, objective and report pages list the commits that changed their
 * source file (newest first, linked to the repository), or say plainly that the history is incomplete
 * on a shallow clone; and reported figures name the report they come from, with a link.
 */
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { before, test } from "node:test";
import { FIXTURE_PLAN } from "../fixture-plan/fixture-plan.ts";
import { builtSite } from "./support/built-site.ts";

/** Pages name the files of the plan they were built from, relative to its root: the fixture plan's. */
const PLAN = FIXTURE_PLAN;
const run = promisify(execFile);
let site: string;
let repository: string;
let shallow: boolean;

before(async () => {
  site = await builtSite("/");
  repository = JSON.parse(await readFile(join(PLAN, "data/site.json"), "utf8")).repository;
  shallow = (await run("git", ["rev-parse", "--is-shallow-repository"], { cwd: PLAN }).then((r) => r.stdout.trim(), () => "unknown")) !== "false";
});

/** The "Lịch sử thay đổi" section of a built page. */
async function historyOf(page: string): Promise<string> {
  const html = await readFile(join(site, page, "index.html"), "utf8");
  const match = /<section class="history"[^]*?<\/section>/.exec(html);
  assert.ok(match, `${page} has a "Lịch sử thay đổi" section`);
  assert.match(match[0], /<h2[^>]*>Lịch sử thay đổi<\/h2>/);
  return match[0];
}

for (const [page, file] of [
  ["2026/nhiem-vu/nv-1-1/", "content/2026/nhiem-vu/nv-1-1.md"],
  ["2026/muc-tieu/mt-1-1/", "content/2026/muc-tieu/mt-1-1.md"],
  ["2026/bao-cao/2026-q1/", "data/2026/bao-cao/2026-q1.json"],
] as const) {
  test(`${page} lists the commits that changed ${file}, newest first, linked to the repository`, async (t) => {
    const section = await historyOf(page);
    if (shallow) {
      assert.match(section, /Lịch sử thay đổi chưa đầy đủ/);
      return t.diagnostic("shallow clone: only the incomplete-history note is checked");
    }
    assert.doesNotMatch(section, /chưa đầy đủ/);
    const fileCommits = (await run("git", ["log", "--follow", "--format=%H", "--", file], { cwd: PLAN })).stdout.split("\n").filter(Boolean);
    const shas = [...section.matchAll(/href="([^"]+)\/commit\/([0-9a-f]{40})"/g)].map((m) => {
      assert.equal(m[1], repository);
      return m[2]!;
    });
    assert.ok(shas.length > 0, "at least one commit");
    // The built site may predate the newest commit (the test build is cached by content), never the reverse.
    for (const sha of shas) assert.ok(fileCommits.includes(sha), `${sha} changed ${file}`);
    const dates = [...section.matchAll(/<time datetime="([^"]+)">/g)].map((m) => Date.parse(m[1]!));
    assert.equal(dates.length, shas.length);
    assert.deepEqual(dates, [...dates].sort((a, b) => b - a), "newest first");
  });
}

test("a task's current figure and an objective's latest value link to the report they come from", async () => {
  const task = await readFile(join(site, "2026/nhiem-vu/nv-1-1/index.html"), "utf8");
  assert.match(task, /Tình trạng theo báo cáo <a href="\/2026\/bao-cao\/[^"]+\/">/);
  const targets = JSON.parse(await readFile(join(site, "2026/du-lieu/targets.json"), "utf8")) as { objective: string; latestValue: number | null; latestPeriod: string | null }[];
  const reported = targets.find((t) => t.latestValue !== null);
  assert.ok(reported, "a target with a reported value");
  const objective = await readFile(join(site, "2026", "muc-tieu", reported.objective, "index.html"), "utf8");
  assert.match(objective, new RegExp(`Giá trị mới nhất</dt>\\s*<dd>[^<]*\\(<a href="/2026/bao-cao/${reported.latestPeriod}/">`));
});
