import type { DerivedTarget } from "../../../scripts/derive/types.ts";
import { formatPercent } from "../format-number.ts";
import type { ChartSpec } from "./chart-spec.ts";

/**
 * A target's reported values per period against the target value.
 * @example targetChart(target) → { type: "bar", labels: ["Quý I năm 2026", …], datasets: [{ label: "Thực tế", … }, { label: "Chỉ tiêu", … }] }
 */
export function targetChart(t: DerivedTarget): ChartSpec {
  const values = t.series.map((v) => v.value);
  return {
    id: `bieu-do-${t.id}`, title: t.measure, type: "bar", unit: "%", max: 100, labelHeader: "Kỳ báo cáo",
    illustrative: t.series.some((v) => v.illustrative),
    summary: `Biểu đồ cột: ${t.measure}, chỉ tiêu ${formatPercent(t.value)}; ${t.series.map((v) => `${v.periodName}: ${v.value === null ? "chưa có số liệu" : formatPercent(v.value)}`).join("; ")}.`,
    labels: t.series.map((v) => v.periodName),
    datasets: [
      { label: "Thực tế", data: values },
      { label: "Chỉ tiêu", data: t.series.map(() => t.value), kind: "target" },
    ],
  };
}
