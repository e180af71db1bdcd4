/**
 * Made-up figures never travel without their flag, and only indicators due in the plan year with a
 * figure of their own are counted (issue 12). Built on the fixture plan, whose reports are
 * illustrative and which has a target due in 2030; every assertion holds for any valid content.
 */
import assert from "node:assert/strict";
import { before, test } from "node:test";
import type { SiteData } from "../../scripts/derive/types.ts";
import { buildDataPackage, type DataPackage } from "../../scripts/export/build-data-package.ts";
import { pageFigures } from "../../scripts/export/page-figures.ts";
import { loadSchemas } from "../../scripts/validate/load-schemas.ts";
import { derivedFixturePlan } from "../fixture-plan/fixture-plan.ts";

let data: SiteData;
let pkg: DataPackage;

before(async () => {
  data = await derivedFixturePlan();
  pkg = buildDataPackage(data, loadSchemas().schemas);
});

test("the fixture plan's reports are illustrative and one of its targets is due in 2030", () => {
  assert.equal(data.illustrative, true);
  assert.deepEqual(data.targets.filter((t) => !t.counted).map((t) => [t.id, t.notCounted]), [
    ["ct-2-1-2", "Chỉ tiêu đến năm 2030: không tính vào số chỉ tiêu đạt của năm 2026."],
  ]);
  assert.deepEqual([data.counts.targets, data.counts.targetsListed, data.counts.targetsLater], [4, 5, 1]);
});

test("the 'đạt' count is over the counted targets only, in the plan and in every report", () => {
  const counted = data.targets.filter((t) => t.counted).length;
  const sum = (score: Record<string, number>) => Object.values(score).reduce((a, b) => a + b, 0);
  assert.equal(sum(data.targetScore), counted);
  for (const p of data.periods) if (p.report) assert.equal(sum(p.report.targetScore), counted, p.id);
});

test("every open-data row that carries a reported figure carries the illustrative flag of its report", () => {
  const illustrativeOf = new Map(data.periods.filter((p) => p.report).map((p) => [p.id, p.report!.illustrative]));
  const figures: Record<string, { period: string; figures: string[] }> = {
    tasks: { period: "latestPeriod", figures: ["status", "percent", "overdue"] },
    targets: { period: "latestPeriod", figures: ["latestValue", "status"] },
    "task-progress": { period: "period", figures: ["status", "percent", "note", "evidence"] },
    "target-values": { period: "period", figures: ["value", "source"] },
    corrections: { period: "period", figures: ["old", "new"] },
  };
  let checked = 0;
  for (const [name, spec] of Object.entries(figures)) {
    const resource = pkg.descriptor.resources.find((r) => r.name === name)!;
    assert.ok(resource.schema.fields.some((f) => f.name === "illustrative"), `${name} has an illustrative column`);
    assert.match(resource.description, /minh họa/, `${name}'s description says the figures are illustrative`);
    for (const row of pkg.rows[name]!) {
      const period = row[spec.period] as string | null;
      if (period === null || !spec.figures.some((f) => row[f] !== null && row[f] !== "")) continue;
      assert.equal(row.illustrative, illustrativeOf.get(period), `${name} ${JSON.stringify(row).slice(0, 80)}`);
      checked++;
    }
  }
  assert.ok(checked > 30, `rows checked: ${checked}`);
  assert.match(String(pkg.descriptor.description), /minh họa/);
});

test("every downloadable page table with a reported figure has the illustrative column", () => {
  const pages = pageFigures(data, pkg);
  // The fixture plan's reports give every kind of page figures: the loop below checks them all, never none.
  assert.deepEqual([...new Set(pages.map((p) => p.path.split("/")[1]))].sort(), ["bao-cao", "don-vi", "linh-vuc", "muc-tieu", "nhiem-vu"]);
  for (const page of pages) {
    for (const table of page.tables) {
      assert.ok(table.columns.some((c) => c.title === "Số liệu minh họa"), `${page.path} ${table.name}`);
    }
  }
});
