import type { DerivedArea, DerivedUnitRef } from "../../scripts/derive/types.ts";

/**
 * The units that lead most of an area's tasks, at most `count` of them (most tasks first, ties in the
 * order they first lead a task), and how many other units lead the rest: a list of an area's leads
 * that stays one line however many units a province-size plan gives an area.
 * @example mainLeads(area, 3) → { units: [Văn phòng, Trung tâm PVHCC], others: 0 }
 */
export function mainLeads(area: Pick<DerivedArea, "tasks" | "leadUnits">, count: number): { units: DerivedUnitRef[]; others: number } {
  const led = new Map<string, number>();
  for (const t of area.tasks) led.set(t.lead, (led.get(t.lead) ?? 0) + 1);
  const ranked = area.leadUnits.map((u, index) => ({ u, index, tasks: led.get(u.id) ?? 0 })).sort((a, b) => b.tasks - a.tasks || a.index - b.index);
  return { units: ranked.slice(0, count).map((r) => r.u), others: Math.max(0, ranked.length - count) };
}
