import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip } from "chart.js";
import type { ChartSpec } from "../../../filters/charts/chart-spec.ts";
import { formatPercent } from "../../../../lib/format-number.ts";

// Only the pieces these charts use, so esbuild drops the rest of Chart.js.
Chart.register(BarController, BarElement, CategoryScale, LinearScale, LineController, LineElement, PointElement, Tooltip, Legend);

const STATUS_COLOURS = ["#8a8f98", "#1d6fb8", "#c0392b", "#1e8449"];
const SERIES_COLOURS = ["#1d6fb8", "#b35c00", "#6c3483"];
const fmt = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 1 });

/**
 * Draws one chart from its holder's data-chart spec. Loaded by ../charts.ts with import() only when a
 * chart nears the viewport, so Chart.js (about 60 KB gzip) is downloaded by readers who see a chart.
 * @example drawChart(document.querySelector("[data-chart]")!)
 */
export function drawChart(holder: HTMLElement): void {
  const spec = JSON.parse(holder.dataset.chart ?? "{}") as ChartSpec;
  const canvas = holder.querySelector("canvas");
  if (!canvas) return;
  const show = (v: number | string) => (spec.unit === "%" ? formatPercent(Number(v)) : fmt.format(Number(v)));
  holder.classList.add("chart__canvas--drawn");
  const valueAxis = { beginAtZero: !spec.min, ...(spec.min ? { min: spec.min } : {}), ...(spec.max ? { max: spec.max } : {}), ticks: { callback: show, font: { size: 12 }, ...(spec.unit ? {} : { precision: 0 }) }, stacked: !!spec.stacked };
  const categoryAxis = { stacked: !!spec.stacked, ticks: { font: { size: 12 }, autoSkip: false, maxRotation: 0 } };
  // Long category names (area titles) on a horizontal chart: wrapped onto lines of about 18 characters
  // instead of clipped at the left edge of a phone, and the chart made tall enough for them.
  // Column labels under vertical bars wrap too, so they need not be tilted.
  const narrow = holder.clientWidth < 480;
  const labels = spec.labels.map((l) => wrap(l, spec.horizontal ? (narrow ? 18 : 40) : narrow ? 12 : 24));
  if (spec.horizontal) {
    const most = Math.max(1, ...labels.map((l) => (Array.isArray(l) ? l.length : 1)));
    holder.style.height = `${Math.max(16 * 16, spec.labels.length * (most * 15 + 14) + 90)}px`;
  }
  new Chart(canvas, {
    type: "bar",
    data: {
      labels,
      datasets: [
        ...spec.datasets.map((ds, i) =>
          ds.kind === "target"
            ? { type: "line" as const, label: ds.label, data: ds.data, borderColor: "#b35c00", backgroundColor: "#b35c00", borderDash: [6, 4], pointRadius: 3, pointStyle: "line" as const }
            : { type: "bar" as const, label: ds.label, data: ds.data, pointStyle: "rect" as const, backgroundColor: ds.kind === "status" ? STATUS_COLOURS : SERIES_COLOURS[i % SERIES_COLOURS.length] },
        ),
        // The reference (e.g. expected progress) as a dashed line through every category, drawn without points.
        ...(spec.reference
          ? [{ type: "line" as const, label: spec.reference.label, data: spec.labels.map(() => spec.reference!.value), borderColor: "#b35c00", backgroundColor: "#b35c00", borderDash: [6, 4], borderWidth: 3, pointRadius: 0, pointStyle: "line" as const }]
          : []),
      ],
    },
    options: {
      indexAxis: spec.horizontal ? "y" : "x",
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      locale: "vi-VN",
      plugins: {
        // Legend symbols are drawn like the series (a line for a target or reference, not a filled box).
        legend: { display: spec.datasets.length > 1 || !!spec.reference, labels: { usePointStyle: true } },
        tooltip: { callbacks: { label: (ctx) => `${ctx.dataset.label}: ${ctx.parsed[spec.horizontal ? "x" : "y"] === null ? "chưa có số liệu" : show(ctx.parsed[spec.horizontal ? "x" : "y"]!)}` } },
      },
      scales: spec.horizontal ? { x: valueAxis, y: categoryAxis } : { x: categoryAxis, y: valueAxis },
    },
  });
}

/** Splits a label into lines of at most `width` characters at spaces (a single line stays a string). */
function wrap(label: string, width: number): string | string[] {
  const lines: string[] = [];
  for (const word of label.split(" ")) {
    const last = lines[lines.length - 1];
    if (last !== undefined && (last + " " + word).length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines.length === 1 ? lines[0]! : lines;
}

