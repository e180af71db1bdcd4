import type { ContentError } from "../../load/content-error.ts";
import { titleOf } from "../schema-at-path.ts";
import { TASK_STATUSES, type TaskStatus } from "../../types/task-statuses.ts";
import { statusLabel } from "./check-reports.ts";
import { errorAt, type Check } from "./context.ts";

/**
 * A report's summary is written by hand, and residents read it first: its task counts must be the
 * report's own. Copying last quarter's report and changing the figures left "5/64 nhiệm vụ hoàn
 * thành" standing beside six. Each "<n> nhiệm vụ <status>" or "<n>/<m> nhiệm vụ <status>" in the
 * summary is checked against the rows of `tasks`; m is the plan's number of tasks (or the number of
 * rows: while a task file or a row is itself in error, the two differ and that error is the one to
 * fix). Any other wording is left alone. Counts of targets reached are not checked here: whether a target is reached is
 * worked out from the plan's comparator in the derive stage, after validation.
 * @example checkReportSummary(ctx) → [{ field: "Tóm tắt", message: "Câu tóm tắt ghi \"5/64 nhiệm vụ hoàn thành\" nhưng các mục trong tasks cho 6/64 nhiệm vụ hoàn thành", … }]
 */
export const checkReportSummary: Check = (ctx) => {
  const errors: ContentError[] = [];
  const planned = ctx.tasks.length;
  for (const { file, data } of ctx.reports) {
    // A draft's rows are still being filled in; its summary is checked once it is published.
    if (data.draft || !data.summary) continue;
    const counts = new Map<TaskStatus, number>();
    for (const row of data.tasks) counts.set(row.status, (counts.get(row.status) ?? 0) + 1);
    const text = data.summary.normalize("NFC").toLowerCase();
    for (const status of TASK_STATUSES) {
      const label = statusLabel(status);
      for (const m of text.matchAll(new RegExp(`(\\d+)(?:\\s*/\\s*(\\d+))?\\s+nhiệm vụ\\s+${label}`, "gu"))) {
        const written = Number(m[1]);
        const of = m[2] === undefined ? undefined : Number(m[2]);
        const actual = counts.get(status) ?? 0;
        if (written === actual && (of === undefined || of === planned || of === data.tasks.length)) continue;
        const truth = of === undefined ? `${actual} nhiệm vụ ${label}` : `${actual}/${planned} nhiệm vụ ${label}`;
        errors.push(errorAt(file, ["summary"], titleOf("report", ["summary"]), `Câu tóm tắt ghi "${m[0]}" nhưng các mục trong tasks cho ${truth}`, `sửa thành "${truth}"; nếu câu tóm tắt mới đúng thì sửa trạng thái của nhiệm vụ trong tasks`));
      }
    }
  }
  return errors;
};
