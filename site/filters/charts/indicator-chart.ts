import type { Indicator } from "../../../scripts/derive/indicators.ts";
import { formatNumber } from "../../../lib/format-number.ts";
import type { ChartSpec } from "./chart-spec.ts";
import { percentAxis } from "./target-chart.ts";

/**
 * An indicator across plans: each year's latest result beside its target (docs/decisions/0008).
 * @example indicatorChart(ind, { result: "Kết quả mới nhất", target: "Chỉ tiêu", year: "Năm" }) → { type: "bar", labels: ["2026", "2027"], datasets: [{ label: "Kết quả mới nhất", data: [98, 99.2] }, { label: "Chỉ tiêu", data: [98, 99], kind: "target" }], … }
 */
export function indicatorChart(ind: Indicator, labels: { result: string; target: string; year: string }): ChartSpec {
  const results = ind.years.map((y) => y.latestValue);
  const targets = ind.years.map((y) => y.value);
  const percent = ind.unit === "%";
  const axis = percent ? percentAxis([...results, ...targets].filter((v): v is number => v !== null)) : { min: 0, max: undefined };
  return {
    id: "bieu-do-chi-so", title: `${ind.measure} (${ind.unit})`, type: "bar", labelHeader: labels.year,
    ...(percent ? { unit: "%" as const, max: axis.max } : {}), ...(axis.min > 0 ? { min: axis.min } : {}),
    illustrative: ind.years.some((y) => y.illustrative),
    summary: `Biểu đồ cột: ${ind.measure}; ${ind.years.map((y) => `năm ${y.year}: chỉ tiêu ${y.value === null ? "không có con số" : `${formatNumber(y.value)} ${y.unit}`}, kết quả ${y.latestValue === null ? "chưa có số liệu" : `${formatNumber(y.latestValue)} ${y.unit}`}`).join("; ")}.`,
    labels: ind.years.map((y) => y.year),
    datasets: [
      { label: labels.result, data: results },
      { label: labels.target, data: targets, kind: "target" },
    ],
  };
}
