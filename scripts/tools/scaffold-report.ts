import type { Period, Report } from "../types/content.generated.ts";
import type { ValidContent } from "../validate/valid-content.ts";

export type ScaffoldReportResult =
  | {
      ok: true;
      /** Repository-relative path of the new file: data/2026/bao-cao/<period>.json. */
      path: string;
      report: Report;
      /** Period id of the report the statuses, percents and sources were carried over from, if any. */
      from?: string;
    }
  | { ok: false; message: string };

/**
 * Drafts the report of a period from the previous period's report: one row for every task and every
 * target, in plan order; statuses and percents carried over (a task the previous report lacks starts
 * as "chua-trien-khai" with percent null, to be filled); notes and evidence cleared; target values
 * null, dated at the new period's data cut-off, their sources carried over (a target repeating another, sameAs, gets no row); dated at the period's due date;
 * `illustrative` carried over (false without a previous report); and always `draft: true`, so a
 * half-filled report can never be published.
 * Refuses a period that data/2026/ky-bao-cao.json does not declare, or one that already has a report.
 * @example scaffoldReport(content, "2026-nam") → { ok: true, path: "data/2026/bao-cao/2026-nam.json", from: "2026-q3", report: { period: "2026-nam", draft: true, … } }
 */
export function scaffoldReport(content: ValidContent, periodId: string): ScaffoldReportResult {
  // Beside the plan's list of periods: data/<year>/ky-bao-cao.json → data/<year>/bao-cao/<period>.json.
  const path = `${content.periods.path.split("/").slice(0, -1).join("/")}/bao-cao/${periodId}.json`;
  const period = content.periods.data.find((p) => p.id === periodId);
  if (!period) {
    const known = content.periods.data.map((p) => p.id).join(", ");
    return {
      ok: false,
      message: `Không có kỳ báo cáo "${periodId}" trong ${content.periods.path}. Các kỳ đã khai báo: ${known}. Gõ lại mã kỳ, hoặc khai báo kỳ mới trong ${content.periods.path} trước.`,
    };
  }
  const existing = content.reports.find((r) => r.data.period === periodId || r.path === path);
  if (existing) {
    return { ok: false, message: `Kỳ "${periodId}" đã có báo cáo ở ${existing.path}. Mở tệp đó để sửa; lệnh này không ghi đè báo cáo đã có.` };
  }

  const previous = previousReport(content, period);
  const areaNumber = new Map(content.areas.map((a) => [a.data.id, a.data.number]));
  const inPlanOrder = <T extends { area: string; order: number }>(a: T, b: T) =>
    (areaNumber.get(a.area) ?? 0) - (areaNumber.get(b.area) ?? 0) || a.order - b.order;

  const lastRow = new Map((previous?.tasks ?? []).map((row) => [row.task, row]));
  const tasks: Report["tasks"] = content.tasks
    .map((t) => t.data)
    .sort(inPlanOrder)
    .map((t) => {
      const row = lastRow.get(t.id);
      return { task: t.id, status: row?.status ?? "chua-trien-khai", percent: row ? row.percent : null };
    });

  const lastFigure = new Map((previous?.targets ?? []).map((row) => [row.target, row]));
  const targets: Report["targets"] = content.objectives
    .map((o) => o.data)
    .sort(inPlanOrder)
    .flatMap((o) => o.targets)
    // A repeated target (sameAs) is reported once, on the row of the target it repeats.
    .filter((t) => !t.sameAs)
    .map((t) => {
      const source = lastFigure.get(t.id)?.source;
      return { target: t.id, value: null, asOf: period.dataCutoff, ...(source ? { source } : {}) };
    });

  const report: Report = {
    period: period.id,
    reportDate: period.due,
    illustrative: previous?.illustrative ?? false,
    draft: true,
    tasks,
    targets,
  };
  return { ok: true, path, report, ...(previous ? { from: previous.period } : {}) };
}

/** The report of the latest period that ends before `period` ends. */
function previousReport(content: ValidContent, period: Period): Report | undefined {
  const endOf = new Map(content.periods.data.map((p) => [p.id, p.end]));
  return content.reports
    .map((r) => r.data)
    .filter((r) => (endOf.get(r.period) ?? "") < period.end)
    .sort((a, b) => (endOf.get(a.period) ?? "").localeCompare(endOf.get(b.period) ?? ""))
    .at(-1);
}

/**
 * The file text of a report: two-space JSON like the reports already in data/2026/bao-cao/, ending with a newline.
 * @example reportJson(report) → "{\n  \"period\": \"2026-nam\",\n …}\n"
 */
export function reportJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
