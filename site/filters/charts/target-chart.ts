import type { DerivedTarget } from "../../../scripts/derive/types.ts";
import { formatPercent } from "../../../lib/format-number.ts";
import type { ChartSpec } from "./chart-spec.ts";

/**
 * A target's reported values per period against the target value.
 * @example targetChart(target) → { type: "bar", labels: ["Quý I năm 2026", …], datasets: [{ label: "Thực tế", … }, { label: "Chỉ tiêu", … }] }
 */
export function targetChart(t: DerivedTarget): ChartSpec {
  const values = t.series.map((v) => v.value);
  // A target without a figure ("theo chỉ tiêu tỉnh giao") has no line of its own to keep in view.
  const { min, max } = percentAxis([...(t.value === null ? [] : [t.value]), ...values.filter((v): v is number => v !== null)]);
  return {
    id: `bieu-do-${t.id}`, title: t.measure, type: "bar", unit: "%", max, ...(min > 0 ? { min } : {}), labelHeader: "Kỳ báo cáo",
    illustrative: t.series.some((v) => v.illustrative),
    summary: `Biểu đồ cột: ${t.measure}, chỉ tiêu ${formatPercent(t.value)}; ${t.series.map((v) => `${v.periodName}: ${v.value === null ? "chưa có số liệu" : formatPercent(v.value)}`).join("; ")}.`,
    labels: t.series.map((v) => v.periodName),
    datasets: [
      { label: "Thực tế", data: values },
      { label: "Chỉ tiêu", data: t.series.map(() => t.value), kind: "target" },
    ],
  };
}

/**
 * A percent axis that shows the difference near a target: from a round ten at least 5 points below
 * the lowest figure when every figure is 50 % or more (98 % against 96,5 % reads on 90–100, not as three
 * equal bars on 0–100), and up to a round ten at least 5 points above the highest when every figure is
 * 50 % or less (≤ 5 % against 7 % reads on 0–20).
 * @example percentAxis([98, 96.5, 98]) → { min: 90, max: 100 }; percentAxis([5, 7, 5]) → { min: 0, max: 20 }; percentAxis([]) → { min: 0, max: 100 }
 */
export function percentAxis(figures: number[]): { min: number; max: number } {
  if (figures.length === 0) return { min: 0, max: 100 };
  const lo = Math.min(...figures);
  const hi = Math.max(...figures);
  return {
    min: lo >= 50 ? Math.max(0, Math.floor((lo - 5) / 10) * 10) : 0,
    max: hi <= 50 ? Math.min(100, Math.ceil((hi + 5) / 10) * 10) : 100,
  };
}
