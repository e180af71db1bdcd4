import type { ValidContent } from "../validate/valid-content.ts";
import { rollup } from "./rollup.ts";
import { targetStatus } from "./target-status.ts";
import {
  TARGET_STATUSES, type DerivedArea, type DerivedObjective, type DerivedPeriod, type DerivedTarget, type DerivedTask,
  type DerivedUnit, type DerivedUnitRef, type SiteData, type TargetStatus, type TargetValue, type TaskProgress,
} from "./types.ts";

/**
 * Stage 3: turns validated content into what pages show. Statuses are derived here, never typed
 * twice: a target's status from its comparator and latest value, a task's overdue flag from its
 * deadline against the report date (never the build clock), and area, unit and plan progress
 * rolled up from tasks. Pure: the same content gives the same result.
 * @example deriveSiteData(content).rollup.meanPercent → 63.4
 */
export function deriveSiteData(content: ValidContent): SiteData {
  const published = content.reports.filter((r) => !r.data.draft);
  const reportByPeriod = new Map(published.map((r) => [r.data.period, r]));
  const reportedPeriods = content.periods.filter((p) => reportByPeriod.has(p.id));

  const units = new Map(content.units.map((u) => [u.data.id, u.data]));
  const unitRef = (id: string): DerivedUnitRef => {
    const u = units.get(id)!;
    return { id, name: u.name, shortName: u.shortName };
  };
  const areaOf = new Map(content.areas.map((a) => [a.data.id, a.data]));

  const tasks: DerivedTask[] = content.tasks
    .map(({ data, path, body }) => {
      const area = areaOf.get(data.area)!;
      const progress: TaskProgress[] = reportedPeriods.flatMap((p) => {
        const report = reportByPeriod.get(p.id)!.data;
        const row = report.tasks.find((t) => t.task === data.id);
        if (!row || row.percent === null) return [];
        return [{
          period: p.id, periodName: p.name, reportDate: report.reportDate, status: row.status, percent: row.percent,
          ...(row.note ? { note: row.note } : {}), evidence: row.evidence ?? [], illustrative: report.illustrative,
          overdue: row.status !== "hoan-thanh" && data.deadline < report.reportDate,
        }];
      });
      return {
        ...data, path, body, areaNumber: area.number, areaTitle: area.title,
        leadUnit: unitRef(data.lead), supportUnits: data.support.map(unitRef), progress, latest: progress.at(-1),
      };
    })
    .sort((a, b) => a.areaNumber - b.areaNumber || a.order - b.order);

  const targets: DerivedTarget[] = [];
  const objectives: DerivedObjective[] = content.objectives
    .map(({ data, path, body }) => {
      const area = areaOf.get(data.area)!;
      const own = data.targets.map((t): DerivedTarget => {
        const series: TargetValue[] = reportedPeriods.flatMap((p) => {
          const report = reportByPeriod.get(p.id)!.data;
          const row = report.targets.find((r) => r.target === t.id);
          if (!row) return [];
          return [{
            period: p.id, periodName: p.name, value: row.value, illustrative: report.illustrative, status: targetStatus(t, row.value),
            ...(row.asOf ? { asOf: row.asOf } : {}), ...(row.source ? { source: row.source } : {}),
          }];
        });
        const latest = [...series].reverse().find((v) => v.value !== null) ?? series.at(-1);
        return { ...t, objective: data.id, area: data.area, series, ...(latest ? { latest } : {}), status: latest?.status ?? "chua-co-so-lieu" };
      });
      targets.push(...own);
      return { ...data, path, body, areaNumber: area.number, areaTitle: area.title, targets: own, relatedTasks: tasks.filter((t) => t.objectives?.includes(data.id)) };
    })
    .sort((a, b) => a.areaNumber - b.areaNumber || a.order - b.order);
  targets.sort((a, b) => objectives.findIndex((o) => o.id === a.objective) - objectives.findIndex((o) => o.id === b.objective));

  const areas: DerivedArea[] = content.areas.map(({ data, path }) => {
    const areaTasks = tasks.filter((t) => t.area === data.id);
    const leadIds = [...new Set(areaTasks.map((t) => t.lead))];
    return {
      ...data, path, objectives: objectives.filter((o) => o.area === data.id), tasks: areaTasks,
      targets: targets.filter((t) => t.area === data.id), rollup: rollup(areaTasks.map((t) => t.latest)), leadUnits: leadIds.map(unitRef),
    };
  });

  const derivedUnits: DerivedUnit[] = content.units.map(({ data, path }) => {
    const leads = tasks.filter((t) => t.lead === data.id);
    const supports = tasks.filter((t) => t.support.includes(data.id));
    return { ...data, path, leads, supports, rollup: rollup(leads.map((t) => t.latest)) };
  });

  const score = (values: (TargetValue | undefined)[], all: number): Record<TargetStatus, number> => {
    const out = Object.fromEntries(TARGET_STATUSES.map((s) => [s, 0])) as Record<TargetStatus, number>;
    for (const v of values) out[v?.status ?? "chua-co-so-lieu"]++;
    out["chua-co-so-lieu"] += all - values.length;
    return out;
  };

  let previous: string | undefined;
  const periods: DerivedPeriod[] = content.periods.map((p) => {
    const entry = reportByPeriod.get(p.id);
    if (!entry) return { ...p };
    const r = entry.data;
    const rows = tasks.flatMap((task) => {
      const progress = task.progress.find((x) => x.period === p.id);
      return progress ? [{ task, progress }] : [];
    });
    const values = targets.flatMap((target) => {
      const value = target.series.find((x) => x.period === p.id);
      return value ? [{ target, value }] : [];
    });
    const before = previous;
    const derived: DerivedPeriod = {
      ...p,
      report: {
        path: entry.path, reportDate: r.reportDate, illustrative: r.illustrative, ...(r.summary ? { summary: r.summary } : {}),
        rollup: rollup(rows.map((x) => x.progress), tasks.length),
        targetScore: score(values.map((v) => v.value), targets.length),
        tasks: rows, targets: values, ...(before ? { previous: before } : {}),
        statusChanges: rows.flatMap(({ task, progress }) => {
          const from = before ? task.progress.find((x) => x.period === before) : undefined;
          if (from && from.status === progress.status && from.percent === progress.percent) return [];
          return [{ task, to: progress, ...(from ? { from } : {}) }];
        }),
        valueChanges: values.flatMap(({ target, value }) => {
          const from = before ? target.series.find((x) => x.period === before) : undefined;
          if (from && from.value === value.value) return [];
          return [{ target, to: value, ...(from ? { from } : {}) }];
        }),
      },
    };
    previous = p.id;
    return derived;
  });
  const latestPeriod = [...periods].reverse().find((p) => p.report);

  return {
    settings: content.site,
    plan: { ...content.plan.data, path: content.plan.path, body: content.plan.body },
    areas, objectives, targets, tasks, units: derivedUnits, periods,
    updates: content.updates.map(({ data, path, body }) => ({ ...data, path, body })),
    ...(latestPeriod ? { latestPeriod } : {}),
    rollup: rollup(tasks.map((t) => t.latest)),
    targetScore: score(targets.map((t) => t.latest), targets.length),
    illustrative: published.some((r) => r.data.illustrative) || content.updates.some((u) => u.data.illustrative),
    counts: {
      areas: areas.length, objectives: objectives.length, targets: targets.length, tasks: tasks.length, units: derivedUnits.length,
      periods: periods.length, reports: published.length, updates: content.updates.length,
    },
  };
}
