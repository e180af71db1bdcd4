import assert from "node:assert/strict";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { contentCounts, generateContent, writeContent } from "../../scripts/bench/generate-content.ts";
import { loadContent } from "../../scripts/load/load-content.ts";
import { validateContent } from "../../scripts/validate/validate-content.ts";

test("a synthetic plan of 50 tasks passes publish validation with the real plan's proportions", async () => {
  const dir = await mkdtemp(join(tmpdir(), "hg-bench-gen-"));
  try {
    await writeContent(dir, generateContent(50, 7));
    const { files, errors: loadErrors } = await loadContent(dir);
    assert.deepEqual(loadErrors, []);
    const { errors, content } = validateContent(files, { publish: true });
    assert.deepEqual(errors, []);
    assert.ok(content);
    const targets = content.objectives.reduce((sum, o) => sum + o.data.targets.length, 0);
    assert.deepEqual(
      { tasks: content.tasks.length, objectives: content.objectives.length, targets, areas: content.areas.length, units: content.units.length, periods: content.periods.data.length, reports: content.reports.length },
      { tasks: 50, objectives: 29, targets: 24, areas: 5, units: 4, periods: 4, reports: 3 },
    );
    assert.ok(content.tasks.some((t) => /đ/.test(t.data.text)), "Vietnamese text with đ");
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test("the same size and seed give the same files; the counts follow the real plan at 64 tasks", () => {
  assert.deepEqual(generateContent(20, 3), generateContent(20, 3));
  assert.notDeepEqual(generateContent(20, 3), generateContent(20, 4));
  assert.deepEqual(contentCounts(64), { tasks: 64, objectives: 37, targets: 31, areas: 7, units: 5, periods: 4, reports: 3, updates: 3 });
  assert.equal(contentCounts(10_000).areas, 20, "capped at the schema's largest area number");
});
