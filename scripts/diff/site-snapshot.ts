import type { SiteData } from "../derive/types.ts";
import type { ValidContent } from "../validate/valid-content.ts";

/**
 * What a reviewer compares between the base and the head of a pull request: the figures the public
 * site shows, per period, and the pages it has. Plain data so that tests can write one by hand.
 */
export interface SiteSnapshot {
  /** Periods that have a published report, oldest first. */
  periods: { id: string; name: string }[];
  tasks: Record<string, { label: string; rows: Record<string, { status: string; percent: number }> }>;
  targets: Record<string, { label: string; unit: string; rows: Record<string, { value: number | null; status: string }> }>;
  corrections: SnapshotCorrection[];
  /** Page address → title, for the pages content creates. */
  pages: Record<string, string>;
  /** Files present but not on the site: draft reports, updates still holding the placeholder. */
  drafts: string[];
}

export interface SnapshotCorrection {
  period: string;
  date: string;
  item: string;
  field: string;
  old: number | string | null;
  new: number | string | null;
  reason: string;
  approvedBy: string;
}

/** Longest target measure kept in a label (tasks have their short title): a reviewer recognises it, the table stays readable. */
const LABEL_TEXT = 70;

/**
 * @example snapshotOf(content, deriveSiteData(content)).tasks["nv-2-2-1"].rows["2026-q3"] → { status: "dang-thuc-hien", percent: 70 }
 */
export function snapshotOf(content: ValidContent, data: SiteData, drafts: string[] = []): SiteSnapshot {
  const short = (text: string) => (text.length > LABEL_TEXT ? `${text.slice(0, LABEL_TEXT - 1).trimEnd()}…` : text);
  const periods = data.periods.filter((p) => p.report).map((p) => ({ id: p.id, name: p.name }));
  const published = new Set(periods.map((p) => p.id));
  const tasks: SiteSnapshot["tasks"] = {};
  for (const t of data.tasks) {
    tasks[t.id] = { label: `${t.id} – ${t.shortTitle}`, rows: Object.fromEntries(t.progress.map((p) => [p.period, { status: p.status, percent: p.percent }])) };
  }
  const targets: SiteSnapshot["targets"] = {};
  for (const t of data.targets) {
    targets[t.id] = { label: `${t.id} – ${short(t.measure)}`, unit: t.unit, rows: Object.fromEntries(t.series.map((v) => [v.period, { value: v.value, status: v.status }])) };
  }
  // Corrections arrive with the published-figure guard; a report without them has none.
  const corrections = content.reports
    .filter((r) => published.has(r.data.period))
    .flatMap((r) => ((r.data as { corrections?: Omit<SnapshotCorrection, "period">[] }).corrections ?? []).map((c) => ({ period: r.data.period, ...c })));
  const pages: Record<string, string> = { "/": "Trang chủ" };
  for (const a of data.areas) pages[`/linh-vuc/${a.id}/`] = `Lĩnh vực ${a.number}: ${a.title}`;
  for (const o of data.objectives) pages[`/muc-tieu/${o.id}/`] = `Mục tiêu ${o.id}`;
  for (const t of data.tasks) pages[`/nhiem-vu/${t.id}/`] = `Nhiệm vụ ${t.id}`;
  for (const u of data.units) pages[`/don-vi/${u.id}/`] = u.name;
  for (const p of periods) pages[`/bao-cao/${p.id}/`] = `Báo cáo ${p.name}`;
  for (const u of data.updates) pages[`/cap-nhat/#tin-${u.id}`] = `Tin: ${u.title}`;
  return { periods, tasks, targets, corrections, pages, drafts: [...drafts].sort() };
}
