/**
 * Content that must be accepted: the fixture plan as it stands, and the files staff save from
 * Windows editors (UTF-8 BOM, CRLF line endings). Each folder in tests/fixtures/valid/ re-encodes
 * files of the fixture plan when the test runs (rewrite.txt), so the bytes under test never depend
 * on git. The real content is checked by `npm run validate` in Check, not here: a draft report
 * there is a warning for staff, not a failing test.
 */
import assert from "node:assert/strict";
import { readFile, rm } from "node:fs/promises";
import { join } from "node:path";
import { describe, test } from "node:test";
import { loadContent } from "../../scripts/load/load-content.ts";
import { formatError } from "../../scripts/validate/format-errors.ts";
import { validateContent } from "../../scripts/validate/validate-content.ts";
import { FIXTURE_PLAN } from "../fixture-plan/fixture-plan.ts";
import { FIXTURES, listCases, prepareCase, validateTree } from "./fixture-runner.ts";

test("the fixture plan validates for publishing with no error and no warning", async () => {
  const { files, errors: loadErrors } = await loadContent(FIXTURE_PLAN);
  const { errors, warnings, content } = validateContent(files, { publish: true });
  assert.deepEqual([...loadErrors, ...errors, ...warnings].map(formatError), []);
  assert.ok(content, "validateContent returns the content when there is no error");
  assert.deepEqual(
    [content.areas.length, content.objectives.length, content.tasks.length, content.units.length, content.periods.data.length, content.reports.length, content.updates.length],
    [3, 6, 9, 3, 4, 2, 2],
    "areas, objectives, tasks, units, periods, reports, updates of tests/fixture-plan",
  );
});

describe("files saved by Windows editors are accepted", { concurrency: 4 }, async () => {
  for (const name of await listCases("valid")) {
    test(name, async () => {
      const dir = join(FIXTURES, "valid", name);
      const root = await prepareCase(dir);
      try {
        // The case really holds the bytes it claims, or it would pass without testing anything.
        const rewrites = (await readFile(join(dir, "rewrite.txt"), "utf8")).split("\n").filter((l) => l.trim() && !l.startsWith("#"));
        assert.ok(rewrites.length > 0, `${name}/rewrite.txt names no file`);
        for (const line of rewrites) {
          const [rel = "", how = ""] = line.trim().split(/\s+/);
          const bytes = await readFile(join(root, rel));
          if (how.includes("bom")) assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], `${rel} starts with a BOM`);
          if (how.includes("crlf")) assert.ok(bytes.includes("\r\n"), `${rel} has CRLF line endings`);
        }
        assert.deepEqual((await validateTree(root)).map(formatError), []);
        // Nothing of the BOM or the CR survives into the data or the Markdown body.
        const { files } = await loadContent(root);
        const loaded = JSON.stringify(Object.values(files).flat().map((f) => ("data" in f ? [f.data, f.body] : f)));
        assert.ok(!loaded.includes("\\r") && !loaded.includes("\uFEFF"), "no \\r or BOM left in the loaded content");
      } finally {
        await rm(root, { recursive: true, force: true });
      }
    });
  }
});
