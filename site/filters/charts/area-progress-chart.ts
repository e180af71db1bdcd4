import type { DerivedArea } from "../../../scripts/derive/types.ts";
import { formatPercent } from "../../../lib/format-number.ts";
import type { ChartSpec } from "./chart-spec.ts";

/**
 * Mean task progress per area, as a horizontal bar chart spec.
 * @example areaProgressChart(areas) → { type: "bar", horizontal: true, unit: "%", labels: ["1. Cải cách thể chế", …], … }
 */
export function areaProgressChart(areas: DerivedArea[], illustrative = false, yearElapsed?: number): ChartSpec {
  return {
    ...(yearElapsed === undefined ? {} : { reference: { label: `Mức kỳ vọng theo thời gian (${formatPercent(yearElapsed)})`, value: yearElapsed } }),
    id: "tien-do-linh-vuc", title: "Tiến độ bình quân theo lĩnh vực", type: "bar", horizontal: true, unit: "%", max: 100, illustrative,
    labelHeader: "Lĩnh vực",
    summary: `Biểu đồ thanh ngang: ${areas.map((a) => `${a.title} ${formatPercent(a.rollup.meanPercent)}`).join("; ")}.`,
    labels: areas.map((a) => `${a.number}. ${a.title}`),
    datasets: [{ label: "Tiến độ bình quân", data: areas.map((a) => a.rollup.meanPercent) }],
  };
}
