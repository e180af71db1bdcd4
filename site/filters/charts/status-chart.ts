import type { Rollup, TaskStatus } from "../../../scripts/derive/types.ts";
import ui from "../../_data/ui.json" with { type: "json" };
import type { ChartSpec } from "./chart-spec.ts";

/**
 * Tasks by status, as a bar chart spec.
 * @example statusChart(rollup, "tong-quan", "Nhiệm vụ theo trạng thái") → { type: "bar", labels: ["Chưa triển khai", …], … }
 */
export function statusChart(r: Rollup, id: string, title: string, illustrative = false): ChartSpec {
  // A rollup counts every status, in display order (scripts/derive/rollup.ts).
  const statuses = Object.keys(r.byStatus) as TaskStatus[];
  const counts = statuses.map((s) => r.byStatus[s]);
  const parts = statuses.map((s, i) => `${counts[i]} ${ui.status[s].toLowerCase()}`);
  return {
    id, title, type: "bar", illustrative, labelHeader: "Trạng thái",
    summary: `Biểu đồ cột: ${r.total} nhiệm vụ, gồm ${parts.join(", ")}.`,
    labels: statuses.map((s) => ui.status[s]),
    datasets: [{ label: "Số nhiệm vụ", data: counts, kind: "status" }],
  };
}
