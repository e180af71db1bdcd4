import type { GitHistory } from "../load/read-git-history.ts";
import { UPDATE_BODY_PLACEHOLDER } from "../validate/cross/check-update-bodies.ts";
import type { Target } from "../types/content.generated.ts";
import type { Entry, ValidContent } from "../validate/valid-content.ts";
import { CONTENT_TYPES } from "../load/content-types.ts";
import { rollup } from "./rollup.ts";
import { targetStatus } from "./target-status.ts";
import { shortTitle } from "./short-title.ts";
import { planSiteTitle } from "./site-title.ts";
import { yearElapsed } from "../../lib/year-elapsed.ts";
import {
  SCORED_STATUSES, TASK_STATUSES, type DerivedArea, type DerivedObjective, type DerivedPeriod, type DerivedTarget, type DerivedTask,
  type DerivedCorrection, type DerivedUnit, type ReportArea, type DerivedUnitRef, type DraftItem, type SiteData, type ScoredStatus, type TargetValue, type TaskProgress,
} from "./types.ts";

/** A shortTitle written in the content wins; otherwise the first clause of the verbatim text. */
const titleOf = (data: { text: string }): string => (data as { shortTitle?: string }).shortTitle?.trim() || shortTitle(data.text);

/**
 * Derive stage: turns validated content into what pages show. Statuses are derived here, never typed
 * twice: a target's status from its comparator and latest value, a task's overdue flag from its
 * deadline against the report date (never the build clock), and area, unit and plan progress
 * rolled up from tasks. Pure: the same content gives the same result. `history` (read from git by
 * scripts/load/read-git-history.ts) gives each task, objective and report the commits that changed its
 * file; without it every list is empty and the history is marked incomplete. `drafts: true` (only
 * `npm start`) treats draft reports as published and lists them, with updates still holding the
 * placeholder sentence, in `drafts`, for the preview's "BẢN NHÁP" banner.
 * @example deriveSiteData(content).rollup.meanPercent → 63.4
 */
export function deriveSiteData(content: ValidContent, history?: GitHistory, { drafts = false }: { drafts?: boolean } = {}): SiteData {
  const historyOf = (path: string) => history?.byPath[path] ?? [];
  const published = content.reports.filter((r) => drafts || !r.data.draft);
  const draftList: DraftItem[] = drafts
    ? [
        ...content.reports.filter((r) => r.data.draft).map((r) => ({ path: r.path, kind: "report" as const })),
        ...content.updates.filter((u) => u.body.includes(UPDATE_BODY_PLACEHOLDER)).map((u) => ({ path: u.path, kind: "update" as const })),
      ]
    : [];
  const reportByPeriod = new Map(published.map((r) => [r.data.period, r]));
  const reportedPeriods = content.periods.data.filter((p) => reportByPeriod.has(p.id));
  // Each report's rows by task and by target id: one lookup per item and period instead of a scan
  // of the whole report (quadratic, minutes at 10,000 tasks). The first row wins, as with find.
  const rowsOf = new Map(published.map((r) => [r.data.period, { tasks: firstBy(r.data.tasks, (t) => t.task), targets: firstBy(r.data.targets, (t) => t.target) }]));

  const units = new Map(content.units.map((u) => [u.data.id, u.data]));
  const unitRef = (id: string): DerivedUnitRef => {
    const u = units.get(id)!;
    return { id, name: u.name, shortName: u.shortName };
  };
  const areaOf = new Map(content.areas.map((a) => [a.data.id, a.data]));
  const objectiveRef = new Map(content.objectives.map(({ data: o }) => [o.id, { id: o.id, ref: o.ref, text: o.text }]));
  const periodName = new Map(content.periods.data.map((p) => [p.id, p.name]));
  const taskRef = new Map(content.tasks.map(({ data }) => [data.id, data.ref]));
  const targetOf = new Map(content.objectives.flatMap(({ data: o }) => o.targets.map((t) => [t.id, { objective: o.id, measure: t.measure, unit: t.unit }] as const)));
  // Corrections by "<period> <item>", each naming its item the way pages do.
  const corrections: DerivedCorrection[] = published.flatMap(({ data: r, path }) =>
    (r.corrections ?? []).map((c) => {
      const kind = c.item.startsWith("nv-") ? "task" : "target";
      const target = targetOf.get(c.item);
      return {
        period: r.period, periodName: periodName.get(r.period) ?? r.period, reportPath: path, illustrative: r.illustrative,
        date: c.date, kind, item: c.item,
        label: kind === "task" ? `Nhiệm vụ ${taskRef.get(c.item)}` : (target?.measure ?? c.item),
        url: kind === "task" ? `/nhiem-vu/${c.item}/` : `/muc-tieu/${target?.objective}/#${c.item}`,
        field: c.field, ...(target ? { unit: target.unit } : {}), old: c.old, new: c.new, reason: c.reason, approvedBy: c.approvedBy,
      } satisfies DerivedCorrection;
    }),
  );
  const correctionsOf = groupBy(corrections, (c) => [`${c.period} ${c.item}`]);

  const tasks: DerivedTask[] = content.tasks
    .map(({ data, path, body }) => {
      const area = areaOf.get(data.area)!;
      const progress: TaskProgress[] = reportedPeriods.flatMap((p) => {
        const report = reportByPeriod.get(p.id)!.data;
        const row = rowsOf.get(p.id)!.tasks.get(data.id);
        if (!row || row.percent === null) return [];
        return [{
          period: p.id, periodName: p.name, reportDate: report.reportDate, status: row.status, percent: row.percent,
          ...(row.note ? { note: row.note } : {}), evidence: row.evidence ?? [], illustrative: report.illustrative,
          overdue: row.status !== "hoan-thanh" && data.deadline < report.reportDate,
          corrections: correctionsOf.get(`${p.id} ${data.id}`) ?? [],
        }];
      });
      return {
        ...data, path, body, shortTitle: titleOf(data), areaNumber: area.number, areaTitle: area.title,
        leadUnit: unitRef(data.lead), supportUnits: data.support.map(unitRef),
        relatedObjectives: (data.objectives ?? []).map((id) => objectiveRef.get(id)!), progress, latest: progress.at(-1), history: historyOf(path),
      };
    })
    .sort((a, b) => a.areaNumber - b.areaNumber || a.order - b.order);
  const tasksOfObjective = groupBy(tasks, (t) => t.objectives ?? []);

  const year = content.plan.data.year;
  const objectiveOfTarget = new Map(content.objectives.flatMap(({ data }) => data.targets.map((t) => [t.id, data] as const)));
  const targets: DerivedTarget[] = [];
  const objectives: DerivedObjective[] = content.objectives
    .map(({ data, path, body }) => {
      const area = areaOf.get(data.area)!;
      const own = data.targets.map((t): DerivedTarget => {
        // A target repeated from another objective (sameAs) is that indicator: it shows its figures
        // and is counted once, under the indicator it repeats.
        const rowKey = t.sameAs ?? t.id;
        const series: TargetValue[] = reportedPeriods.flatMap((p) => {
          const report = reportByPeriod.get(p.id)!.data;
          const row = rowsOf.get(p.id)!.targets.get(rowKey);
          if (!row) return [];
          return [{
            period: p.id, periodName: p.name, value: row.value, illustrative: report.illustrative, status: targetStatus(t, row.value),
            ...(row.asOf ? { asOf: row.asOf } : {}), ...(row.source ? { source: row.source } : {}),
            corrections: correctionsOf.get(`${p.id} ${t.id}`) ?? [],
          }];
        });
        const latest = [...series].reverse().find((v) => v.value !== null) ?? series.at(-1);
        const notCounted = notCountedReason(t, year, t.sameAs ? objectiveOfTarget.get(t.sameAs)?.ref : undefined);
        return {
          ...t, objective: data.id, area: data.area, series, ...(latest ? { latest } : {}),
          status: latest?.status ?? (t.value === null ? "khong-danh-gia" : "chua-co-so-lieu"), counted: notCounted === undefined, ...(notCounted ? { notCounted } : {}),
        };
      });
      targets.push(...own);
      return { ...data, path, body, shortTitle: titleOf(data), areaNumber: area.number, areaTitle: area.title, targets: own, relatedTasks: tasksOfObjective.get(data.id) ?? [], history: historyOf(path) };
    })
    .sort((a, b) => a.areaNumber - b.areaNumber || a.order - b.order);
  const objectiveIndex = new Map(objectives.map((o, i) => [o.id, i]));
  targets.sort((a, b) => objectiveIndex.get(a.objective)! - objectiveIndex.get(b.objective)!);

  /** Counted targets by status; targets without a value count as "chua-co-so-lieu". */
  const score = (values: (TargetValue | undefined)[], all: number): Record<ScoredStatus, number> => {
    const out = Object.fromEntries(SCORED_STATUSES.map((s) => [s, 0])) as Record<ScoredStatus, number>;
    for (const v of values) {
      const status = v?.status ?? "chua-co-so-lieu";
      if (status !== "khong-danh-gia") out[status]++;
    }
    out["chua-co-so-lieu"] += all - values.length;
    return out;
  };

  const areas: DerivedArea[] = content.areas.map(({ data, path }) => {
    const areaTasks = tasks.filter((t) => t.area === data.id);
    const leadIds = [...new Set(areaTasks.map((t) => t.lead))];
    const areaTargets = targets.filter((t) => t.area === data.id);
    const areaCounted = areaTargets.filter((t) => t.counted);
    return {
      ...data, path, objectives: objectives.filter((o) => o.area === data.id), tasks: areaTasks,
      targets: areaTargets, countedTargets: areaCounted.length, rollup: rollup(areaTasks.map((t) => t.latest)), leadUnits: leadIds.map(unitRef),
      targetScore: score(areaCounted.map((t) => t.latest), areaCounted.length),
    };
  });

  const leadsOf = groupBy(tasks, (t) => [t.lead]);
  const supportsOf = groupBy(tasks, (t) => t.support);
  const derivedUnits: DerivedUnit[] = content.units.map(({ data, path }) => {
    const leads = leadsOf.get(data.id) ?? [];
    const supports = supportsOf.get(data.id) ?? [];
    return { ...data, path, leads, supports, rollup: rollup(leads.map((t) => t.latest)) };
  });

  const counted = targets.filter((t) => t.counted);
  const taskArea = new Map(tasks.map((t) => [t.id, t.area]));
  const targetArea = new Map(targets.map((t) => [t.id, t.area]));
  /** A report's rows, changes and corrections by area (one pass each), each area rolled up on its own. */
  const splitByArea = (report: NonNullable<DerivedPeriod["report"]>): ReportArea[] => {
    const rowsBy = groupBy(report.tasks, (r) => [r.task.area]);
    const valuesBy = groupBy(report.targets, (r) => [r.target.area]);
    const statusBy = groupBy(report.statusChanges, (c) => [c.task.area]);
    const valueBy = groupBy(report.valueChanges, (c) => [c.target.area]);
    const correctionsBy = groupBy(report.corrections, (c) => {
      const area = c.kind === "task" ? taskArea.get(c.item) : targetArea.get(c.item);
      return area ? [area] : [];
    });
    return areas.map((area) => {
      const rows = rowsBy.get(area.id) ?? [];
      const values = valuesBy.get(area.id) ?? [];
      return {
        area, rollup: rollup(rows.map((x) => x.progress), area.tasks.length),
        targetScore: score(values.filter((v) => v.target.counted).map((v) => v.value), area.countedTargets), countedTargets: area.countedTargets,
        tasks: rows, targets: values, statusChanges: statusBy.get(area.id) ?? [], valueChanges: valueBy.get(area.id) ?? [], corrections: correctionsBy.get(area.id) ?? [],
      };
    });
  };
  let previous: string | undefined;
  const periods: DerivedPeriod[] = content.periods.data.map((p) => {
    const entry = reportByPeriod.get(p.id);
    if (!entry) return { ...p };
    const r = entry.data;
    const rows = tasks.flatMap((task) => {
      const progress = task.progress.find((x) => x.period === p.id);
      return progress ? [{ task, progress }] : [];
    });
    const values = targets.filter((t) => !t.sameAs).flatMap((target) => {
      const value = target.series.find((x) => x.period === p.id);
      return value ? [{ target, value }] : [];
    });
    const before = previous;
    const derived: DerivedPeriod = {
      ...p,
      report: {
        path: entry.path, history: historyOf(entry.path), reportDate: r.reportDate, yearElapsed: yearElapsed(r.reportDate), illustrative: r.illustrative, ...(r.summary ? { summary: r.summary } : {}),
        rollup: rollup(rows.map((x) => x.progress), tasks.length),
        targetScore: score(values.filter((v) => v.target.counted).map((v) => v.value), counted.length),
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
        corrections: corrections.filter((c) => c.period === p.id),
        areas: [],
      },
    };
    derived.report!.areas = splitByArea(derived.report!);
    previous = p.id;
    return derived;
  });
  const latestPeriod = [...periods].reverse().find((p) => p.report);

  const derived: Omit<SiteData, "items"> = {
    settings: { ...content.site.data, title: planSiteTitle(content.site.data.title, year) },
    plan: { ...content.plan.data, path: content.plan.path, body: content.plan.body },
    areas, objectives, targets, tasks, units: derivedUnits, periods,
    updates: content.updates.map(({ data, path, body }) => ({ ...data, path, body })),
    corrections: [...corrections].sort((a, b) => b.date.localeCompare(a.date)),
    ...(latestPeriod ? { latestPeriod } : {}),
    ...(draftList.length > 0 ? { drafts: draftList } : {}),
    rollup: rollup(tasks.map((t) => t.latest)),
    taskStatuses: TASK_STATUSES,
    targetScore: score(counted.map((t) => t.latest), counted.length),
    illustrative: published.some((r) => r.data.illustrative) || content.updates.some((u) => u.data.illustrative),
    // Indicators across plans are joined by the build (scripts/derive/indicators.ts): none within one plan.
    indicators: [],
    history: history ? { complete: history.complete, ...(history.reason ? { reason: history.reason } : {}) } : { complete: false, reason: "unavailable" },
    counts: {
      areas: areas.length, objectives: objectives.length, targets: counted.length, targetsListed: targets.length,
      targetsLater: targets.filter((t) => !t.sameAs && t.horizon > year).length, targetsWithoutValue: targets.filter((t) => !t.sameAs && t.value === null && t.horizon <= year).length,
      targetsRepeated: targets.filter((t) => t.sameAs).length, tasks: tasks.length, units: derivedUnits.length,
      periods: periods.length, reports: published.length, updates: content.updates.length,
    },
  };
  // A type known only by its schema: its items pass through as validated (plan, site and reports are derived under other names).
  const derivedElsewhere = new Set(["plan", "site", "reports"]);
  const items = Object.fromEntries(
    CONTENT_TYPES.filter((t) => !(t.key in derived) && !derivedElsewhere.has(t.key)).map((t) => {
      const held = content[t.key as keyof ValidContent] as Entry<unknown> | Entry<unknown>[];
      return [t.key, (Array.isArray(held) ? held : [held]).map(({ data, path, body }) => ({ ...(data as object), path, body }))];
    }),
  );
  return { ...derived, items };
}

/**
 * Why a target is left out of the plan year's "đạt" count, or undefined when it counts: it repeats
 * another objective's indicator, its horizon is a later year, or the plan gives no figure.
 * @example notCountedReason({ horizon: 2030, value: null }, 2026) → "Chỉ tiêu đến năm 2030: không tính vào số chỉ tiêu đạt của năm 2026."
 */
export function notCountedReason(t: Pick<Target, "horizon" | "value" | "sameAs">, year: number, sameAsRef?: string): string | undefined {
  if (t.sameAs) return `Cùng một chỉ tiêu với ${t.sameAs}${sameAsRef ? ` (mục tiêu ${sameAsRef})` : ""}: chỉ tính một lần, ở chỉ tiêu đó.`;
  if (t.horizon > year) return `Chỉ tiêu đến năm ${t.horizon}: không tính vào số chỉ tiêu đạt của năm ${year}.`;
  if (t.value === null) return `Kế hoạch không ghi con số nên không đánh giá đạt hay chưa đạt trong năm ${year}.`;
  return undefined;
}

/** Items by key, keeping the first item of each key. */
function firstBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T> {
  const out = new Map<string, T>();
  for (const item of items) if (!out.has(key(item))) out.set(key(item), item);
  return out;
}

/** Items under each of their keys, in the items' order; an item is listed once per distinct key. */
function groupBy<T>(items: readonly T[], keys: (item: T) => readonly string[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) for (const k of new Set(keys(item))) (out.get(k) ?? out.set(k, []).get(k)!).push(item);
  return out;
}
