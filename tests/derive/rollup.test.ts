import assert from "node:assert/strict";
import { test } from "node:test";
import { rollup } from "../../scripts/derive/rollup.ts";

test("a task both behind schedule and overdue counts once as late", () => {
  const r = rollup([
    { status: "cham-tien-do", percent: 20, overdue: true },
    { status: "cham-tien-do", percent: 40, overdue: false },
    { status: "dang-thuc-hien", percent: 50, overdue: true },
    { status: "hoan-thanh", percent: 100, overdue: false },
    undefined,
  ]);
  assert.equal(r.late, 3);
  assert.equal(r.overdue, 2);
  assert.equal(r.byStatus["cham-tien-do"], 2);
  assert.equal(r.total, 5);
  assert.equal(r.reported, 4);
  assert.equal(r.meanPercent, 52.5);
});
