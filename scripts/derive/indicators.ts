import type { SiteData, TargetStatus } from "./types.ts";

/** One year of an indicator: that plan's target and what its reports say. */
export interface IndicatorYear {
  year: string;
  /** The target's id in that plan: "ct-1-1-1". */
  target: string;
  objective: string;
  measure: string;
  unit: string;
  comparator: string;
  /** The target value; null when the plan gives no figure. */
  value: number | null;
  /** The latest reported value of that year, if any. */
  latestValue: number | null;
  latestPeriod: string | null;
  latestPeriodName: string | null;
  status: TargetStatus;
  illustrative: boolean;
  /** From the site root, without the prefix: "/2026/muc-tieu/mt-1-1/#ct-1-1-1". */
  path: string;
}

/** The same indicator measured in several plans, linked by `continues`, oldest year first. */
export interface Indicator {
  /** The first year and target: "2026-ct-1-1-1". */
  id: string;
  /** Set per plan by the build: this plan's target in the chain, whose page (/<year>/chi-so/<target>/) shows the indicator. */
  here?: string;
  /** The latest year's wording. */
  measure: string;
  unit: string;
  years: IndicatorYear[];
}

/**
 * Indicators across plans (docs/decisions/0008): each target that continues an earlier plan's target
 * (`continues: "2026/ct-1-1-1"`, checked by validation) joins its chain; a chain of two years or
 * more is one indicator. Pure: from each plan's derived data.
 * @example deriveIndicators([{ year: "2026", data }, { year: "2027", data }]) → [{ id: "2026-ct-1-1-1", years: [{ year: "2026", value: 98, latestValue: 98, … }, { year: "2027", value: 99, … }] }]
 */
export function deriveIndicators(plans: readonly { year: string; data: SiteData }[]): Indicator[] {
  const yearOf = new Map<string, IndicatorYear>();
  const root = new Map<string, string>();
  const find = (k: string): string => {
    const r = root.get(k) ?? k;
    return r === k ? k : find(r);
  };
  for (const { year, data } of plans) {
    for (const t of data.targets) {
      const key = `${year}/${t.id}`;
      yearOf.set(key, {
        year, target: t.id, objective: t.objective, measure: t.measure, unit: t.unit, comparator: t.comparator, value: t.value ?? null,
        latestValue: t.latest?.value ?? null, latestPeriod: t.latest?.period ?? null, latestPeriodName: t.latest?.periodName ?? null,
        status: t.status, illustrative: t.series.some((v) => v.illustrative), path: `/${year}/muc-tieu/${t.objective}/#${t.id}`,
      });
    }
  }
  for (const { year, data } of plans) {
    for (const t of data.targets) {
      const from = (t as { continues?: string }).continues;
      if (from && yearOf.has(from)) root.set(find(`${year}/${t.id}`), find(from));
    }
  }
  const chains = new Map<string, IndicatorYear[]>();
  for (const [key, y] of yearOf) {
    const r = find(key);
    chains.set(r, [...(chains.get(r) ?? []), y]);
  }
  return [...chains.values()]
    .filter((years) => years.length > 1)
    .map((years) => years.sort((a, b) => a.year.localeCompare(b.year) || a.target.localeCompare(b.target)))
    .map((years) => ({ id: `${years[0]!.year}-${years[0]!.target}`, measure: years.at(-1)!.measure, unit: years.at(-1)!.unit, years }))
    .sort((a, b) => a.id.localeCompare(b.id));
}
