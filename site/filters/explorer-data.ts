import type { SiteData } from "../../scripts/derive/types.ts";

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
