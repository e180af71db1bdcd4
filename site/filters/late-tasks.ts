import type { DerivedTask } from "../../scripts/derive/types.ts";

/**
 * The tasks that are late in their latest report (behind schedule, or past their deadline and not
 * done), the ones past their deadline first, then by deadline, then in plan order: the list a
 * resident or a journalist asks for first ("Việc chậm").
 * @example lateTasks(hg.tasks) → [nv-1-2-2 (quá hạn, 31/03), nv-3-2 (quá hạn, 31/05), nv-5-1 (chậm tiến độ), …]
 */
export function lateTasks(tasks: readonly DerivedTask[]): DerivedTask[] {
  return tasks
    .map((task, index) => ({ task, index }))
    .filter(({ task }) => task.latest && (task.latest.overdue || task.latest.status === "cham-tien-do"))
    .sort((a, b) =>
      Number(b.task.latest!.overdue) - Number(a.task.latest!.overdue) ||
      (a.task.deadline < b.task.deadline ? -1 : a.task.deadline > b.task.deadline ? 1 : 0) ||
      a.index - b.index)
    .map(({ task }) => task);
}

/**
 * A report's rows with the late ones first (overdue, then behind schedule), each group in plan order.
 * @example lateFirst(report.tasks) → [{ task: nv-1-2-2, progress: { overdue: true } }, …, { task: nv-1-1, … }]
 */
export function lateFirst<T extends { progress: { overdue: boolean; status: string } }>(rows: readonly T[]): T[] {
  const rank = (r: T) => (r.progress.overdue ? 0 : r.progress.status === "cham-tien-do" ? 1 : 2);
  return rows.map((row, index) => ({ row, index })).sort((a, b) => rank(a.row) - rank(b.row) || a.index - b.index).map(({ row }) => row);
}

/**
 * Only a report's late rows (overdue, then behind schedule), each group in plan order: the "Việc chậm"
 * table at the head of a report page.
 * @example lateRows(report.tasks) → [{ task: nv-1-2-2, progress: { overdue: true } }, { task: nv-3-2, … }]
 */
export function lateRows<T extends { progress: { overdue: boolean; status: string } }>(rows: readonly T[]): T[] {
  return lateFirst(rows.filter((r) => r.progress.overdue || r.progress.status === "cham-tien-do"));
}
