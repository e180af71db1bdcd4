import assert from "node:assert/strict";
import { test } from "node:test";
import { loadContent, type LoadedContent } from "../../scripts/load/load-content.ts";
import { parseJsonFile } from "../../scripts/load/parse-json-file.ts";
import { reportJson, scaffoldReport } from "../../scripts/tools/scaffold-report.ts";
import type { Report } from "../../scripts/types/content.generated.ts";
import type { ValidContent } from "../../scripts/validate/valid-content.ts";
import { validateContent } from "../../scripts/validate/validate-content.ts";
import { FIXTURE_PLAN } from "../fixture-plan/fixture-plan.ts";


/** The fixture plan without the given reports, validated as `npm run validate` does. */
async function contentWithout(...periods: string[]): Promise<{ files: LoadedContent; content: ValidContent }> {
  const { files, errors: loadErrors } = await loadContent(FIXTURE_PLAN);
  assert.deepEqual(loadErrors, []);
  files.report = files.report.filter((f) => !periods.includes(f.stem));
  const { errors, content } = validateContent(files, { publish: false });
  assert.deepEqual(errors, []);
  assert.ok(content);
  return { files, content };
}

/** Adds a report, as its file text, to the loaded files the way loadContent would. */
function withReport(files: LoadedContent, path: string, text: string): LoadedContent {
  const parsed = parseJsonFile(path, text);
  assert.ok(parsed.ok, "the scaffolded report is valid JSON");
  const stem = path.slice(path.lastIndexOf("/") + 1, -".json".length);
  return { ...files, report: [...files.report, { path, kind: "json", stem, data: parsed.data, body: parsed.body, locate: parsed.locate }] };
}

const DRAFT_MESSAGE = "Báo cáo đang là bản nháp nên chưa được công bố";

test("the annual report is drafted from the latest report before it (06 tháng in the fixture plan), with every task and target in plan order", async () => {
  const { content } = await contentWithout("2026-nam");
  const q3 = content.reports.find((r) => r.data.period === "2026-6t")!.data;
  const result = scaffoldReport(content, "2026-nam");
  assert.ok(result.ok, !result.ok ? result.message : "");
  assert.equal(result.path, "data/2026/bao-cao/2026-nam.json");
  assert.equal(result.from, "2026-6t");
  const { report } = result;

  assert.equal(report.period, "2026-nam");
  assert.equal(report.reportDate, "2026-12-20", "dated at the period's due date");
  assert.equal(report.illustrative, q3.illustrative);
  assert.equal(report.draft, true);
  assert.equal(report.summary, undefined);

  // The previous report lists every task and target in plan order; so must the draft.
  assert.equal(report.tasks.length, content.tasks.length);
  assert.deepEqual(report.tasks.map((t) => t.task), q3.tasks.map((t) => t.task));
  assert.deepEqual(new Set(report.tasks.map((t) => t.task)), new Set(content.tasks.map((t) => t.data.id)));
  const allTargets = content.objectives.flatMap((o) => o.data.targets.filter((t) => !t.sameAs).map((t) => t.id));
  // A target that repeats another (sameAs) keeps its published rows but gets none in a new report.
  const repeated = new Set(content.objectives.flatMap((o) => o.data.targets.filter((t) => t.sameAs).map((t) => t.id)));
  const q3Targets = q3.targets.filter((t) => !repeated.has(t.target));
  assert.equal(report.targets.length, allTargets.length);
  assert.deepEqual(report.targets.map((t) => t.target), q3Targets.map((t) => t.target));

  // Statuses and percents carried over, notes and evidence cleared.
  assert.deepEqual(report.tasks, q3.tasks.map(({ task, status, percent }) => ({ task, status, percent })));
  // Figures emptied and dated at the period's data cut-off, sources carried over.
  assert.deepEqual(report.targets, q3Targets.map(({ target, source }) => ({ target, value: null, asOf: "2026-12-14", ...(source ? { source } : {}) })));
});

test("the drafted report passes the schema and the cross-file checks, with only the draft warning", async () => {
  const { files, content } = await contentWithout("2026-nam");
  const result = scaffoldReport(content, "2026-nam");
  assert.ok(result.ok);
  const all = withReport(files, result.path, reportJson(result.report));

  const draft = validateContent(all, { publish: false });
  assert.deepEqual(draft.errors, []);
  assert.deepEqual(draft.warnings.map((w) => [w.file, w.field, w.message, w.severity]), [[result.path, "Bản nháp", DRAFT_MESSAGE, "warning"]]);

  const published = validateContent(all, { publish: true });
  assert.deepEqual(published.errors.map((e) => [e.file, e.message]), [[result.path, DRAFT_MESSAGE]]);
  assert.equal(published.content, undefined, "a draft is never handed to the build");
});

test("the report file is two-space JSON ending with a newline, like the reports already there", async () => {
  const { content } = await contentWithout("2026-nam");
  const result = scaffoldReport(content, "2026-nam");
  assert.ok(result.ok);
  const text = reportJson(result.report);
  assert.match(text, /^\{\n {2}"period": "2026-nam",\n {2}"reportDate": "2026-12-20",\n {2}"illustrative": (true|false),\n {2}"draft": true,\n/);
  assert.ok(text.endsWith("}\n"));
  assert.deepEqual(JSON.parse(text), result.report);
});

test("a period that data/2026/ky-bao-cao.json does not declare is refused", async () => {
  const { content } = await contentWithout();
  const result = scaffoldReport(content, "2026-q4");
  assert.equal(result.ok, false);
  assert.match(!result.ok ? result.message : "", /^Không có kỳ báo cáo "2026-q4" trong data\/2026\/ky-bao-cao\.json\. Các kỳ đã khai báo: 2026-q1, 2026-6t, 2026-q3, 2026-nam\./);
});

test("a period that already has a report is refused", async () => {
  const { content } = await contentWithout();
  const result = scaffoldReport(content, "2026-6t");
  assert.equal(result.ok, false);
  assert.match(!result.ok ? result.message : "", /^Kỳ "2026-6t" đã có báo cáo ở data\/2026\/bao-cao\/2026-6t\.json\./);
});

test("the previous report is the latest one that ends before the new period, not the last in the folder", async () => {
  const { content } = await contentWithout("2026-6t");
  const result = scaffoldReport(content, "2026-6t");
  assert.ok(result.ok);
  assert.equal(result.from, "2026-q1");
  const q1 = content.reports.find((r) => r.data.period === "2026-q1")!.data;
  assert.deepEqual(result.report.tasks, q1.tasks.map(({ task, status, percent }) => ({ task, status, percent })));
  assert.ok(result.report.targets.every((t) => t.asOf === "2026-06-30" && t.value === null));
});

test("a task the previous report lacks starts not begun with its percent left to fill", async () => {
  const { content } = await contentWithout("2026-nam");
  const q3 = content.reports.find((r) => r.data.period === "2026-6t")!;
  const trimmed: Report = { ...q3.data, tasks: q3.data.tasks.filter((t) => t.task !== "nv-2-1") };
  const result = scaffoldReport({ ...content, reports: content.reports.map((r) => (r === q3 ? { ...r, data: trimmed } : r)) }, "2026-nam");
  assert.ok(result.ok);
  assert.deepEqual(result.report.tasks.find((t) => t.task === "nv-2-1"), { task: "nv-2-1", status: "chua-trien-khai", percent: null });
});

test("without any earlier report the first report starts empty, official, and still validates as a draft", async () => {
  const { files, content } = await contentWithout("2026-q1", "2026-6t", "2026-q3", "2026-nam");
  const result = scaffoldReport(content, "2026-q1");
  assert.ok(result.ok);
  assert.equal(result.from, undefined);
  assert.equal(result.report.illustrative, false);
  assert.ok(result.report.tasks.every((t) => t.status === "chua-trien-khai" && t.percent === null));
  assert.ok(result.report.targets.every((t) => t.value === null && t.asOf === "2026-03-31" && t.source === undefined));
  const { errors, warnings } = validateContent(withReport(files, result.path, reportJson(result.report)), { publish: false });
  assert.deepEqual(errors, []);
  assert.deepEqual(warnings.map((w) => w.message), [DRAFT_MESSAGE]);
});
