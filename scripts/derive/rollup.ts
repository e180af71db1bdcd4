import { TASK_STATUSES, type Rollup, type TaskProgress, type TaskStatus } from "./types.ts";

/**
 * Rolls task progress up to an area, a unit or the whole plan: counts by status, overdue count and
 * the unweighted mean percent (every task weighs the same, as the plan ranks none above another).
 * @example rollup([{ status: "hoan-thanh", percent: 100 }, { status: "dang-thuc-hien", percent: 50 }], 2).meanPercent → 75
 */
export function rollup(progress: ReadonlyArray<Pick<TaskProgress, "status" | "percent" | "overdue"> | undefined>, total = progress.length): Rollup {
  const byStatus = Object.fromEntries(TASK_STATUSES.map((s) => [s, 0])) as Record<TaskStatus, number>;
  let sum = 0;
  let reported = 0;
  let overdue = 0;
  let late = 0;
  for (const p of progress) {
    if (!p) continue;
    byStatus[p.status]++;
    sum += p.percent;
    reported++;
    if (p.overdue) overdue++;
    if (p.overdue || p.status === "cham-tien-do") late++;
  }
  return { total, byStatus, overdue, late, reported, meanPercent: reported === 0 ? null : Math.round((sum / reported) * 10) / 10 };
}
