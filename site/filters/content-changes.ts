import type { DerivedObjective, DerivedPeriod, DerivedTask } from "../../scripts/derive/types.ts";
import ui from "../_data/ui.json" with { type: "json" };
import { formatPercent } from "../../lib/format-number.ts";

/** One dated change a resident can read, newest first in the lists below. */
export interface ContentChange {
  /** YYYY-MM-DD: the report date the change was published on. */
  date: string;
  text: string;
  /** Site path of the report that carried it, before the path prefix. */
  report: string;
}

const status = (s: string) => (ui.status as Record<string, string>)[s] ?? s;
const value = (v: number | null | undefined) => (v === null || v === undefined ? "chưa có số liệu" : formatPercent(v));

/**
 * What changed on a task page, in words, from the published reports (never from git): one line per
 * report, "Báo cáo Quý III năm 2026: Đang thực hiện, 70% → 85%", newest first.
 * @example taskChanges(task)[0] → { date: "2026-10-06", text: "Báo cáo Quý III năm 2026: Đang thực hiện, 70% → 85%", report: "/bao-cao/2026-q3/" }
 */
export function taskChanges(task: DerivedTask): ContentChange[] {
  return task.progress
    .map((p, i) => {
      const prev = task.progress[i - 1];
      const moved = prev && prev.status !== p.status ? `${status(prev.status)} → ${status(p.status)}` : status(p.status);
      const percent = prev ? `${formatPercent(prev.percent)} → ${formatPercent(p.percent)}` : formatPercent(p.percent);
      return { date: p.reportDate, text: `Báo cáo ${p.periodName}: ${moved}, ${percent}${p.overdue ? ` (${ui.overdue.toLowerCase()})` : ""}`, report: `/bao-cao/${p.period}/` };
    })
    .reverse();
}

/**
 * What changed on an objective page: each target's value per report, "Báo cáo 06 tháng đầu năm
 * 2026: Tỷ lệ hồ sơ đúng hạn 96,5% → 98%", newest report first. Needs the periods for report dates.
 * @example objectiveChanges(objective, hg.periods)[0].text → "Báo cáo Quý III năm 2026: Tỷ lệ … 98% → 99%"
 */
export function objectiveChanges(objective: DerivedObjective, periods: DerivedPeriod[]): ContentChange[] {
  const dateOf = new Map(periods.flatMap((p) => (p.report ? [[p.id, p.report.reportDate] as const] : [])));
  const order = new Map(periods.map((p, i) => [p.id, i]));
  const changes: (ContentChange & { order: number; target: number })[] = [];
  objective.targets.forEach((t, ti) =>
    t.series.forEach((v, i) => {
      const prev = t.series[i - 1];
      if (prev && prev.value === v.value) return;
      changes.push({
        date: dateOf.get(v.period) ?? "", report: `/bao-cao/${v.period}/`, order: order.get(v.period) ?? 0, target: ti,
        text: `Báo cáo ${v.periodName}: ${t.measure} ${prev ? `${value(prev.value)} → ${value(v.value)}` : value(v.value)}`,
      });
    }),
  );
  return changes.sort((a, b) => b.order - a.order || a.target - b.target).map(({ date, text, report }) => ({ date, text, report }));
}
