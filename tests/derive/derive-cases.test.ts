/**
 * The derive stage on its own: each folder in tests/derive/cases/ lays its files over the fixture
 * plan (as the broken-content cases do), the content is loaded, validated and derived, and the
 * parts of the result named in its expected.json must equal what is written there by hand.
 *
 * expected.json may hold any of these keys; each is compared as a whole, except that in
 * "targets", "tasks", "areas", "units" and "periods" only the ids listed are compared:
 *   targets: { id: { status, latest: [period, value] | null, series: [[period, value, status], …] } }
 *   tasks:   { id: [[period, status, percent, overdue], …] }
 *   plan:    { latestPeriod, rollup, targetScore }
 *   areas, units: { id: rollup }
 *   areaTargets: { id: { dat, chua-dat, chua-co-so-lieu } } (the area's targets by status)
 *   periods: { id: null (no published report) | { rollup, targetScore, previous, statusChanges: [task ids], valueChanges: [target ids] } }
 *   reportAreas: { "period/area": { rollup, targetScore, tasks: [ids], targets: [ids], statusChanges, valueChanges, corrections: [item ids] } }
 * where a rollup is { total, reported, meanPercent, byStatus, overdue, late }.
 * The figures of the plain fixture plan are worked out in tests/fixture-plan/README.md.
 */
import assert from "node:assert/strict";
import { readdir, readFile, rm } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, test } from "node:test";
import { deriveSiteData } from "../../scripts/derive/derive-site-data.ts";
import type { Rollup, SiteData } from "../../scripts/derive/types.ts";
import { loadContent } from "../../scripts/load/load-content.ts";
import { formatError } from "../../scripts/validate/format-errors.ts";
import { validateContent } from "../../scripts/validate/validate-content.ts";
import { prepareCase } from "../validate/fixture-runner.ts";

const CASES = fileURLToPath(new URL("./cases/", import.meta.url));
const MAPS = ["targets", "tasks", "areas", "areaTargets", "units", "periods", "reportAreas"] as const;

/** Only what a rollup says, in a fixed shape. */
function rollupView(r: Rollup) {
  return { total: r.total, reported: r.reported, meanPercent: r.meanPercent, byStatus: r.byStatus, overdue: r.overdue, late: r.late };
}

/** The derived data reduced to what the cases assert; plain picks, no arithmetic of its own. */
function view(data: SiteData): Record<string, unknown> {
  return {
    targets: Object.fromEntries(data.targets.map((t) => [t.id, {
      status: t.status,
      latest: t.latest ? [t.latest.period, t.latest.value] : null,
      series: t.series.map((v) => [v.period, v.value, v.status]),
    }])),
    tasks: Object.fromEntries(data.tasks.map((t) => [t.id, t.progress.map((p) => [p.period, p.status, p.percent, p.overdue])])),
    plan: { latestPeriod: data.latestPeriod?.id ?? null, rollup: rollupView(data.rollup), targetScore: data.targetScore },
    areas: Object.fromEntries(data.areas.map((a) => [a.id, rollupView(a.rollup)])),
    areaTargets: Object.fromEntries(data.areas.map((a) => [a.id, a.targetScore])),
    units: Object.fromEntries(data.units.map((u) => [u.id, rollupView(u.rollup)])),
    periods: Object.fromEntries(data.periods.map((p) => [p.id, p.report ? {
      rollup: rollupView(p.report.rollup),
      targetScore: p.report.targetScore,
      previous: p.report.previous ?? null,
      statusChanges: p.report.statusChanges.map((c) => c.task.id),
      valueChanges: p.report.valueChanges.map((c) => c.target.id),
    } : null])),
    reportAreas: Object.fromEntries(data.periods.flatMap((p) => (p.report?.areas ?? []).map((a) => [`${p.id}/${a.area.id}`, {
      rollup: rollupView(a.rollup),
      targetScore: a.targetScore,
      tasks: a.tasks.map((r) => r.task.id),
      targets: a.targets.map((r) => r.target.id),
      statusChanges: a.statusChanges.map((c) => c.task.id),
      valueChanges: a.valueChanges.map((c) => c.target.id),
      corrections: a.corrections.map((c) => c.item),
    }]))),
  };
}

async function derive(caseDir: string): Promise<SiteData> {
  const root = await prepareCase(caseDir);
  try {
    const { files, errors: loadErrors } = await loadContent(root);
    // Not publishing: a case may hold a draft report, which derive must leave out.
    const { errors, content } = validateContent(files, { publish: false });
    assert.deepEqual([...loadErrors, ...errors].map(formatError), [], "a derive case is valid content");
    assert.ok(content);
    return deriveSiteData(content);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

const names = (await readdir(CASES, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name).sort();

describe("derive: input content → hand-written expected figures", { concurrency: 4 }, () => {
  for (const name of names) {
    test(name, async () => {
      const dir = join(CASES, name);
      const expected = JSON.parse(await readFile(join(dir, "expected.json"), "utf8")) as Record<string, unknown>;
      assert.ok(Object.keys(expected).length > 0, `${name}/expected.json expects nothing`);
      const actual = view(await derive(dir));
      for (const [key, want] of Object.entries(expected)) {
        assert.ok(key in actual, `${name}: unknown key "${key}" in expected.json`);
        if ((MAPS as readonly string[]).includes(key)) {
          const got = actual[key] as Record<string, unknown>;
          for (const [id, value] of Object.entries(want as Record<string, unknown>)) {
            assert.ok(id in got, `${name}: no ${key} "${id}" in the derived data`);
            assert.deepEqual(got[id], value, `${name}: ${key}.${id}`);
          }
        } else {
          assert.deepEqual(actual[key], want, `${name}: ${key}`);
        }
      }
    });
  }
});
