/**
 * Staff publish a report every period; a test that reads today's content/ or data/ breaks `npm test`
 * on their pull request (issue 9). Tests use the fixture plan (tests/fixture-plan/) instead; only the
 * transcription test reads the real plan, and only its text and counts.
 */
import assert from "node:assert/strict";
import { readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const ALLOWED = new Set(["tests/content/plan-transcription.test.ts", "tests/content/tests-never-read-todays-content.test.ts"]);
/** Ways a test reaches the repository's own content: the root handed to the loader or the build, or its folders joined to it. */
const READS_CONTENT = /\b(?:loadContent|loadAndValidatePlans|listPlans|validateTree)\((?:ROOT|REPO_ROOT)[,)]|\broot: (?:ROOT|REPO_ROOT)\b|join\((?:ROOT|REPO_ROOT), ["'`](?:content|data)\b/;

test("no test but the transcription test reads today's content/ or data/", async () => {
  const offenders: string[] = [];
  for (const entry of await readdir(join(ROOT, "tests"), { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith(".ts")) continue;
    const path = join(entry.parentPath, entry.name);
    const rel = relative(ROOT, path).split("\\").join("/");
    if (ALLOWED.has(rel)) continue;
    const text = await readFile(path, "utf8");
    text.split("\n").forEach((line, i) => {
      if (READS_CONTENT.test(line)) offenders.push(`${rel}:${i + 1}: ${line.trim()}`);
    });
  }
  assert.deepEqual(offenders, [], "use FIXTURE_PLAN from tests/fixture-plan/fixture-plan.ts instead of the repository root");
});

test("the pattern catches each way of reading the real content", () => {
  for (const line of ['await loadContent(ROOT);', 'await loadContent(ROOT, "2026");', 'await loadAndValidatePlans(ROOT, { publish: true })', 'buildSite({ root: ROOT, outDir })', 'await cp(join(ROOT, "content"), dir)', 'join(REPO_ROOT, "data/2026/bao-cao")']) {
    assert.match(line, READS_CONTENT, line);
  }
  for (const line of ['await loadContent(FIXTURE_PLAN);', 'join(ROOT, "scripts/build-cli.ts")', 'join(ROOT, "site")']) {
    assert.doesNotMatch(line, READS_CONTENT, line);
  }
});
