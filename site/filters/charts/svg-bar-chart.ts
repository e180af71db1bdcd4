import { formatPercent } from "../../../lib/format-number.ts";
import type { ChartSpec } from "./chart-spec.ts";

const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/**
 * A small percentage bar chart drawn at build time as SVG, for pages where a few bars do not
 * justify downloading Chart.js (a task page would weigh 67 KB instead of 7 KB). Presentation
 * attributes only, no style attributes, so the strict CSP holds.
 * @example svgBarChart({ labels: ["Quý I"], datasets: [{ label: "Tiến độ", data: [40] }], … }) → "<svg viewBox=…>…</svg>"
 */
export function svgBarChart(spec: ChartSpec): string {
  const values = spec.datasets[0]?.data ?? [];
  const expected = spec.datasets.find((d) => d.kind === "expected");
  // About the width of a phone's column, so that 12-unit text is drawn at about 12 px there.
  const width = 320;
  const height = 220;
  const left = 42;
  const bottom = 46;
  const top = expected ? 30 : 12;
  const plotH = height - top - bottom;
  const plotW = width - left - 8;
  const slot = plotW / Math.max(values.length, 1);
  const barW = Math.min(72, slot * 0.6);
  const y = (v: number) => top + plotH - (Math.max(0, Math.min(100, v)) / 100) * plotH;
  const grid = [0, 25, 50, 75, 100]
    .map((t) => `<line x1="${left}" x2="${width - 8}" y1="${y(t)}" y2="${y(t)}" stroke="#d5d9de"/><text x="${left - 6}" y="${y(t) + 4}" text-anchor="end" font-size="12" fill="#4f5660">${t}%</text>`)
    .join("");
  const bars = values
    .map((v, i) => {
      const cx = left + slot * i + slot / 2;
      const bar = v === null ? "" : `<rect x="${cx - barW / 2}" y="${y(v)}" width="${barW}" height="${top + plotH - y(v)}" fill="#1d6fb8"/><text x="${cx}" y="${y(v) - 4}" text-anchor="middle" font-size="13" font-weight="600" fill="#1b1f24">${escape(formatPercent(v))}</text>`;
      const lines = twoLines(shortLabel(spec.labels[i] ?? "")).map((line, n) => `<tspan x="${cx}" dy="${n === 0 ? 0 : 14}">${escape(line)}</tspan>`).join("");
      return `${bar}<text x="${cx}" y="${height - bottom + 16}" text-anchor="middle" font-size="12" fill="#1b1f24">${lines}</text>`;
    })
    .join("");
  // The expected level per bar: a dashed line across the bar's slot, with a legend line above the plot.
  const marks = expected
    ? expected.data
        .map((v, i) => (v === null ? "" : `<line x1="${left + slot * i + slot * 0.12}" x2="${left + slot * (i + 1) - slot * 0.12}" y1="${y(v)}" y2="${y(v)}" stroke="#b35c00" stroke-width="3" stroke-dasharray="6 4"/>`))
        .join("") +
      `<line x1="${left}" x2="${left + 28}" y1="12" y2="12" stroke="#b35c00" stroke-width="3" stroke-dasharray="6 4"/><text x="${left + 34}" y="16" font-size="12" fill="#1b1f24">${escape(expected.label)}</text>`
    : "";
  return `<svg viewBox="0 0 ${width} ${height}" width="100%" role="img" aria-label="${escape(spec.summary)}" focusable="false">${grid}${bars}${marks}</svg>`;
}

/**
 * A period name short enough to sit under a bar on a phone; the table beside the chart has the full
 * name. The year and a parenthesis go when something is left.
 * @example shortLabel("Quý III năm 2026 (9 tháng)") → "Quý III"; shortLabel("Năm 2026") → "Năm 2026"
 */
export function shortLabel(label: string): string {
  const short = label.replace(/\s*\([^)]*\)/g, "").replace(/\s+năm \d{4}$/, "").trim();
  return short || label;
}

/** Period names such as "06 tháng đầu năm 2026" are too wide for one line under a bar: split near the middle. */
function twoLines(label: string): string[] {
  if (label.length <= 10) return [label];
  const words = label.split(" ");
  let best = 1;
  for (let i = 1; i < words.length; i++) {
    if (Math.abs(words.slice(0, i).join(" ").length - label.length / 2) < Math.abs(words.slice(0, best).join(" ").length - label.length / 2)) best = i;
  }
  return [words.slice(0, best).join(" "), words.slice(best).join(" ")];
}
