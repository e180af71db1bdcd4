import assert from "node:assert/strict";
import { test } from "node:test";
import { svgBarChart } from "../../../../site/filters/charts/svg-bar-chart.ts";

const spec = {
  id: "c", title: "Tiến độ", summary: "Biểu đồ <cột> & \"tiến độ\"", type: "bar" as const, unit: "%" as const, max: 100,
  labels: ["Quý I", "06 tháng", "Quý III"], datasets: [{ label: "Tiến độ", data: [15, 50, null] }],
};

test("a build-time bar chart draws one bar per reported value, labelled in Vietnamese number format", () => {
  const svg = svgBarChart({ ...spec, datasets: [{ label: "Tiến độ", data: [15, 62.5, null] }] });
  assert.equal(svg.match(/<rect /g)?.length, 2, "no bar for a missing value");
  assert.ok(svg.includes(">62,5%<"));
  assert.ok(svg.includes(">Quý III</tspan>"), "every period is labelled, even without a value");
});

test("a build-time bar chart escapes its label text and carries the summary as its accessible name", () => {
  const svg = svgBarChart(spec);
  assert.ok(svg.includes('role="img" aria-label="Biểu đồ &lt;cột&gt; &amp; &quot;tiến độ&quot;"'));
  assert.ok(!svg.includes("style="), "no style attribute: the CSP forbids inline styles");
});

test("a value above 100% is drawn at the top of the chart, not outside it", () => {
  const svg = svgBarChart({ ...spec, datasets: [{ label: "Tiến độ", data: [140] }] });
  const y = Number(/<rect x="[^"]+" y="([^"]+)"/.exec(svg)?.[1]);
  assert.ok(y >= 0, `bar top ${y}`);
});
