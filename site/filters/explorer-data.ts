import type { SiteData } from "../../scripts/derive/types.ts";
import { commitment } from "./commitment.ts";
import { periodSeries, type PeriodSeries } from "./period-series.ts";

export interface ExplorerData {
  /** Periods with a published report, oldest first. */
  periods: { id: string; name: string; illustrative: boolean }[];
  /** The same, by id, for the explorer script's data-periods attribute. */
  periodInfo: Record<string, { name: string; illustrative: boolean }>;
  /** True when any published period's figures are illustrative: the tables then carry the badge. */
  illustrative: boolean;
  /** Area number and title by area id, for target rows (targets carry only the area id). */
  areaOf: Record<string, { number: number; title: string }>;
  /** The plan clause of each objective by id ("II.2.1, ý 3"): a target is shown under its objective's clause. */
  objectiveRef: Record<string, string>;
}

/**
 * Lookups the data explorer page (/du-lieu/bang/) needs, computed once instead of looping in the template.
 * @example explorerData(hg).periodInfo["2026-q1"] → { name: "Quý I năm 2026", illustrative: true }
 */
export function explorerData(hg: SiteData): ExplorerData {
  const periods = hg.periods.flatMap((p) => (p.report ? [{ id: p.id, name: p.name, illustrative: p.report.illustrative }] : []));
  return {
    periods,
    illustrative: periods.some((p) => p.illustrative),
    periodInfo: Object.fromEntries(periods.map(({ id, ...rest }) => [id, rest])),
    areaOf: Object.fromEntries(hg.areas.map((a) => [a.id, { number: a.number, title: a.title }])),
    objectiveRef: Object.fromEntries(hg.objectives.map((o) => [o.id, o.ref])),
  };
}

/** One task row of the explorer's data file. */
export interface ExplorerTask {
  id: string;
  ref: string;
  /** The readable title the row links with; `text` is the plan's full wording (searched, downloaded). */
  title: string;
  text: string;
  group?: string;
  area: string;
  lead: string;
  support: string[];
  deadline: string;
  /** Site path of the task's page, without the path prefix. */
  path: string;
  latest?: string;
  series: PeriodSeries;
}

/** One target row of the explorer's data file. */
export interface ExplorerTarget {
  id: string;
  objective: string;
  /** The objective's plan clause, under which the target is shown. */
  ref: string;
  measure: string;
  area: string;
  comparator: string;
  value: number | null;
  /** The commitment as the pages phrase it ("tối thiểu 98%", "chưa có con số · Chỉ tiêu đến năm 2030"). */
  commitment: string;
  path: string;
  latest?: string;
  series: PeriodSeries;
}

/** One table's rows of the explorer, as its data file holds them: the tasks file also names the units. */
export interface ExplorerFile {
  areas: Record<string, { number: number; title: string }>;
  units?: Record<string, { name: string; shortName: string }>;
  tasks?: ExplorerTask[];
  targets?: ExplorerTarget[];
}

/** The UI strings a commitment is phrased with (site/_data/ui.json). */
type CommitmentWords = Parameters<typeof commitment>[2];

/**
 * One table of the data explorer as a JSON document, published beside the page
 * (/du-lieu/bang/nhiem-vu.json, /du-lieu/bang/chi-tieu.json) and fetched by
 * site/assets/js/explorer.ts when that table is first shown: the page itself holds only its first
 * rows and stays small however large the plan. Only what the explorer shows, filters, searches and
 * downloads; the full tables are the open data's tasks/targets files.
 * @example JSON.parse(explorerJson(hg, ui, "nhiem-vu")).tasks[0] → { id: "nv-1-1", ref: "II.1.2, ý 1", title: "…", path: "/nhiem-vu/nv-1-1/", series: { "2026-q1": { s: "dang-thuc-hien", p: 20, o: false } }, … }
 */
export function explorerJson(hg: SiteData, ui: CommitmentWords, view: "nhiem-vu" | "chi-tieu"): string {
  const areas = Object.fromEntries(hg.areas.map((a) => [a.id, { number: a.number, title: a.title }]));
  if (view === "nhiem-vu") {
    const file: ExplorerFile = {
      areas,
      units: Object.fromEntries(hg.units.map((u) => [u.id, { name: u.name, shortName: u.shortName }])),
      tasks: hg.tasks.map((t) => ({
        id: t.id, ref: t.ref, title: t.shortTitle, text: t.text, ...(t.group ? { group: t.group } : {}), area: t.area, lead: t.lead,
        support: t.supportUnits.map((u) => u.id), deadline: t.deadline, path: `/nhiem-vu/${t.id}/`,
        ...(t.latest ? { latest: t.latest.period } : {}), series: periodSeries(t),
      })),
    };
    return JSON.stringify(file);
  }
  const objectiveRef = new Map(hg.objectives.map((o) => [o.id, o.ref]));
  const file: ExplorerFile = {
    areas,
    targets: hg.targets.map((t) => ({
      id: t.id, objective: t.objective, ref: objectiveRef.get(t.objective) ?? "", measure: t.measure, area: t.area,
      comparator: t.comparator, value: t.value, commitment: commitment(t, hg.plan.year, ui), path: `/muc-tieu/${t.objective}/#${t.id}`,
      ...(t.latest ? { latest: t.latest.period } : {}), series: periodSeries(t),
    })),
  };
  return JSON.stringify(file);
}
