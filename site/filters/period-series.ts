import type { DerivedTarget, DerivedTask } from "../../scripts/derive/types.ts";

/** Per period figures of one table row, as the data explorer reads them from a data-series attribute. */
export type PeriodSeries = Record<string, { s: string; p?: number; o?: boolean; v?: number | null }>;

/**
 * A task's status, percent and overdue flag, or a target's value and assessment, for every period with
 * a published report, keyed by period id: the explorer switches periods without fetching anything.
 * @example periodSeries(task) → { "2026-q1": { s: "dang-thuc-hien", p: 25, o: false }, … }
 * @example periodSeries(target) → { "2026-q1": { s: "dat", v: 96.5 }, … }
 */
export function periodSeries(item: DerivedTask | DerivedTarget): PeriodSeries {
  if ("progress" in item) return Object.fromEntries(item.progress.map((p) => [p.period, { s: p.status, p: p.percent, o: p.overdue }]));
  return Object.fromEntries(item.series.map((v) => [v.period, { s: v.status, v: v.value }]));
}
