import { test } from "node:test";
import assert from "node:assert/strict";
import { groupTasks } from "../../../site/filters/group-tasks.ts";

type T = { id: string; group?: string };
const task = (id: string, group?: string): T => (group ? { id, group } : { id });

test("tasks outside any group form one run without a heading", () => {
  const a = task("a"), b = task("b");
  assert.deepEqual(groupTasks([a, b]), [{ tasks: [a, b] }]);
});

test("consecutive tasks under the same heading are shown once under it, in plan order", () => {
  const a = task("a"), b = task("b", "Nâng cao chất lượng:"), c = task("c", "Nâng cao chất lượng:"), d = task("d", "Khác:");
  assert.deepEqual(groupTasks([a, b, c, d]), [
    { tasks: [a] },
    { heading: "Nâng cao chất lượng:", tasks: [b, c] },
    { heading: "Khác:", tasks: [d] },
  ]);
});

test("a task after a group, without a group, starts a new run without a heading", () => {
  const runs = groupTasks([task("a", "G"), task("b"), task("c", "G")]);
  assert.deepEqual(runs.map((r) => [r.heading, r.tasks.map((t) => t.id)]), [["G", ["a"]], [undefined, ["b"]], ["G", ["c"]]]);
});

test("no tasks gives no runs", () => {
  assert.deepEqual(groupTasks<T>([]), []);
  assert.deepEqual(groupTasks(undefined), []);
});
