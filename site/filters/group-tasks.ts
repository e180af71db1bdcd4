/** A run of consecutive tasks under the same group heading; `heading` is absent for tasks outside any group. */
export interface TaskRun<T> {
  heading?: string;
  tasks: T[];
}

/**
 * Splits tasks (already in plan order) into runs that share a group heading, so a page can show
 * each "-" bullet of the plan once above its "+" tasks. A heading that comes back after another
 * one starts a new run: the plan's order is never changed.
 * @example groupTasks([{ id: "a" }, { id: "b", group: "G" }, { id: "c", group: "G" }]) → [{ tasks: [a] }, { heading: "G", tasks: [b, c] }]
 */
export function groupTasks<T extends { group?: string | undefined }>(tasks: readonly T[] | undefined): TaskRun<T>[] {
  const runs: TaskRun<T>[] = [];
  for (const task of tasks ?? []) {
    const last = runs.at(-1);
    if (last && last.heading === task.group) last.tasks.push(task);
    else runs.push(task.group ? { heading: task.group, tasks: [task] } : { tasks: [task] });
  }
  return runs;
}
