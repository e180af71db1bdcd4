import assert from "node:assert/strict";
import { test } from "node:test";
import type { DerivedTask } from "../../../scripts/derive/types.ts";
import { lateFirst, lateRows, lateTasks } from "../../../site/filters/late-tasks.ts";
import { progressVerdict } from "../../../site/filters/progress-verdict.ts";

const task = (id: string, deadline: string, latest?: { status: string; overdue: boolean }) => ({ id, deadline, latest }) as unknown as DerivedTask;

test("late tasks are the behind-schedule and overdue ones, overdue first, then by deadline, then plan order", () => {
  const tasks = [
    task("a", "2026-12-31", { status: "cham-tien-do", overdue: false }),
    task("b", "2026-06-30", { status: "dang-thuc-hien", overdue: false }),
    task("c", "2026-05-31", { status: "cham-tien-do", overdue: true }),
    task("d", "2026-03-31", { status: "dang-thuc-hien", overdue: true }),
    task("e", "2026-09-30", { status: "cham-tien-do", overdue: false }),
    task("f", "2026-09-30", { status: "cham-tien-do", overdue: false }),
    task("g", "2026-01-31"),
    task("h", "2026-01-31", { status: "hoan-thanh", overdue: false }),
  ];
  assert.deepEqual(lateTasks(tasks).map((t) => t.id), ["d", "c", "e", "f", "a"]);
});

test("a report's rows put overdue, then behind-schedule rows first, each group in plan order", () => {
  const row = (id: string, status: string, overdue: boolean) => ({ id, progress: { status, overdue } });
  const rows = [row("a", "dang-thuc-hien", false), row("b", "cham-tien-do", false), row("c", "dang-thuc-hien", true), row("d", "hoan-thanh", false), row("e", "cham-tien-do", true)];
  assert.deepEqual(lateFirst(rows).map((r) => r.id), ["c", "e", "b", "a", "d"]);
  // The report page's "Việc chậm" table: only the late rows, in the same order.
  assert.deepEqual(lateRows(rows).map((r) => r.id), ["c", "e", "b"]);
});

test("the verdict says ahead, behind or on pace and by how many points", () => {
  assert.deepEqual(progressVerdict(70.2, 76.4), { kind: "cham-hon", points: 6.2 });
  assert.deepEqual(progressVerdict(52.2, 51), { kind: "nhanh-hon", points: 1.2 });
  assert.deepEqual(progressVerdict(51, 51), { kind: "bang", points: 0 });
  assert.equal(progressVerdict(null, 51), undefined);
});
