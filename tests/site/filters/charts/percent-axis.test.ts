import assert from "node:assert/strict";
import { test } from "node:test";
import { shortLabel } from "../../../../site/filters/charts/svg-bar-chart.ts";
import { percentAxis } from "../../../../site/filters/charts/target-chart.ts";

test("a percent axis starts near high figures and stops near low ones", () => {
  assert.deepEqual(percentAxis([98, 96.5, 98]), { min: 90, max: 100 });
  assert.deepEqual(percentAxis([100, 95]), { min: 90, max: 100 });
  assert.deepEqual(percentAxis([5, 7, 5]), { min: 0, max: 20 });
  assert.deepEqual(percentAxis([80, 60, 75]), { min: 50, max: 100 });
  assert.deepEqual(percentAxis([80, 30]), { min: 0, max: 100 });
  assert.deepEqual(percentAxis([50, 52]), { min: 40, max: 100 });
});

test("a period name under a bar loses its year and parenthesis, but never everything", () => {
  assert.equal(shortLabel("Quý III năm 2026 (9 tháng)"), "Quý III");
  assert.equal(shortLabel("06 tháng đầu năm 2026"), "06 tháng đầu");
  assert.equal(shortLabel("Năm 2026"), "Năm 2026");
});
