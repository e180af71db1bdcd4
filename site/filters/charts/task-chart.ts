import type { DerivedTask } from "../../../scripts/derive/types.ts";
import { yearElapsed } from "../../../lib/year-elapsed.ts";
import { formatPercent } from "../../../lib/format-number.ts";
import type { ChartSpec } from "./chart-spec.ts";

/**
 * A task's percent complete per period.
 * @example taskChart(task) → { type: "bar", unit: "%", labels: ["Quý I năm 2026", …], … }
 */
export function taskChart(t: DerivedTask): ChartSpec {
  return {
    id: `bieu-do-${t.id}`, title: "Tiến độ qua các kỳ báo cáo", type: "bar", unit: "%", max: 100, labelHeader: "Kỳ báo cáo",
    illustrative: t.progress.some((p) => p.illustrative),
    summary: `Biểu đồ cột tiến độ nhiệm vụ: ${t.progress.map((p) => `${p.periodName}: ${formatPercent(p.percent)}`).join("; ")}.`,
    labels: t.progress.map((p) => p.periodName),
    datasets: [
      { label: "Tiến độ", data: t.progress.map((p) => p.percent) },
      // What the share of the year gone at each report date would give (lib/year-elapsed.ts).
      { label: "Mức kỳ vọng theo thời gian", data: t.progress.map((p) => yearElapsed(p.reportDate)), kind: "expected" },
    ],
  };
}
