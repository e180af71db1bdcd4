import assert from "node:assert/strict";
import { test } from "node:test";
import type { DerivedArea } from "../../../scripts/derive/types.ts";
import { mainLeads } from "../../../site/filters/main-leads.ts";

const unit = (id: string) => ({ id, name: id, shortName: id });
const area = (leads: string[]) => {
  const order = [...new Set(leads)];
  return { tasks: leads.map((lead) => ({ lead })), leadUnits: order.map(unit) } as unknown as DerivedArea;
};

test("an area's main leads are the units leading most of its tasks, ties in the order they first lead one", () => {
  // a leads 1, b 3, c 2, d 2, e 1: b, then c and d (c first leads a task before d), then a and e left out.
  const leads = mainLeads(area(["a", "b", "c", "b", "d", "c", "b", "d", "e"]), 3);
  assert.deepEqual(leads.units.map((u) => u.id), ["b", "c", "d"]);
  assert.equal(leads.others, 2);
});

test("an area with as many leads as asked for, or fewer, names them all in the order they first lead a task", () => {
  assert.deepEqual(mainLeads(area(["x", "y", "x", "y"]), 3), { units: [unit("x"), unit("y")], others: 0 });
  assert.deepEqual(mainLeads(area([]), 3), { units: [], others: 0 });
});
