import type { Indicator } from "./indicators.ts";
import type { Commit, HistoryGap } from "../load/read-git-history.ts";
import type { Area, Objective, Period, Plan, SiteSettings, Target, Task, Unit, Update } from "../types/content.generated.ts";
import type { TaskStatus } from "../types/task-statuses.ts";

export { TASK_STATUSES, type TaskStatus } from "../types/task-statuses.ts";
export type TargetStatus = "dat" | "chua-dat" | "chua-co-so-lieu" | "khong-danh-gia";

/** The statuses a counted target can have; khong-danh-gia (the plan gives no figure, "theo chỉ tiêu tỉnh giao") is never counted, so never scored. */
export type ScoredStatus = Exclude<TargetStatus, "khong-danh-gia">;
export const SCORED_STATUSES: readonly ScoredStatus[] = ["dat", "chua-dat", "chua-co-so-lieu"];

export interface Evidence {
  title: string;
  url: string;
}

/**
 * A published figure corrected after publication (đính chính): what was published, what it is now, when,
 * why and who approved it. The current figure is `new`; `old` stays public beside it.
 */
export interface DerivedCorrection {
  period: string;
  periodName: string;
  reportPath: string;
  illustrative: boolean;
  date: string;
  kind: "task" | "target";
  item: string;
  /** How readers name the item: "Nhiệm vụ II.2.2, ý 1" or a target's measure. */
  label: string;
  /** Site path of the item's page, before the path prefix: "/nhiem-vu/nv-2-2-1/", "/muc-tieu/mt-2-3/#ct-2-3-1". */
  url: string;
  field: "status" | "percent" | "value";
  /** A target's unit of measure ("%", "ngày", …), for showing its values. */
  unit?: string;
  old: number | string | null;
  new: number | string | null;
  reason: string;
  approvedBy: string;
}

/** A task's state in one published report. */
export interface TaskProgress {
  period: string;
  periodName: string;
  reportDate: string;
  status: TaskStatus;
  percent: number;
  note?: string;
  evidence: Evidence[];
  illustrative: boolean;
  /** Past its deadline on the report date and not done. */
  overdue: boolean;
  /** Corrections of this task's figures in this report, oldest first. */
  corrections: DerivedCorrection[];
}

/** A target's actual value in one published report. */
export interface TargetValue {
  period: string;
  periodName: string;
  value: number | null;
  asOf?: string;
  source?: string;
  illustrative: boolean;
  status: TargetStatus;
  /** Corrections of this value in this report, oldest first. */
  corrections: DerivedCorrection[];
}

export interface Rollup {
  total: number;
  byStatus: Record<TaskStatus, number>;
  overdue: number;
  /** Behind schedule or overdue, each task counted once (a late task can be both). */
  late: number;
  /** Unweighted mean of task percents: every task counts the same. Null when nothing was reported. */
  meanPercent: number | null;
  reported: number;
}

export interface DerivedTarget extends Target {
  objective: string;
  area: string;
  series: TargetValue[];
  latest?: TargetValue;
  status: TargetStatus;
  /** Whether the target is in the plan year's "đạt" count: its own indicator, due this year, with a figure. */
  counted: boolean;
  /** Why it is left out of that count (Vietnamese, shown on pages and in the open data). */
  notCounted?: string;
}

export interface DerivedObjective extends Objective {
  path: string;
  body: string;
  /** A title people can read (scripts/derive/short-title.ts); the verbatim text stays in `text`. */
  shortTitle: string;
  areaNumber: number;
  areaTitle: string;
  targets: DerivedTarget[];
  relatedTasks: DerivedTask[];
  /** Commits that changed the objective's file, newest first. */
  history: Commit[];
}

export interface DerivedUnitRef {
  id: string;
  name: string;
  shortName: string;
}

/** Enough of an objective to link to it from a task page. */
export interface DerivedObjectiveRef {
  id: string;
  ref: string;
  text: string;
}

export interface DerivedTask extends Task {
  path: string;
  body: string;
  /** A title people can read (scripts/derive/short-title.ts); the verbatim text stays in `text`. */
  shortTitle: string;
  areaNumber: number;
  areaTitle: string;
  leadUnit: DerivedUnitRef;
  supportUnits: DerivedUnitRef[];
  /** The objectives named in `objectives`, in that order. */
  relatedObjectives: DerivedObjectiveRef[];
  progress: TaskProgress[];
  latest?: TaskProgress;
  /** Commits that changed the task's file, newest first. */
  history: Commit[];
}

export interface DerivedArea extends Area {
  path: string;
  objectives: DerivedObjective[];
  tasks: DerivedTask[];
  targets: DerivedTarget[];
  /** How many of `targets` are in the plan year's "đạt" count. */
  countedTargets: number;
  rollup: Rollup;
  /** The area's counted targets by the status of their latest value. */
  targetScore: Record<ScoredStatus, number>;
  leadUnits: DerivedUnitRef[];
}

export interface DerivedUnit extends Unit {
  path: string;
  leads: DerivedTask[];
  supports: DerivedTask[];
  rollup: Rollup;
}

export interface StatusChange {
  task: DerivedTask;
  from?: TaskProgress;
  to: TaskProgress;
}

export interface ValueChange {
  target: DerivedTarget;
  from?: TargetValue;
  to: TargetValue;
}

export interface DerivedPeriod extends Period {
  report?: {
    path: string;
    reportDate: string;
    /** Share of the year gone at the report date, in percent: the reference for average progress (lib/year-elapsed.ts). */
    yearElapsed: number;
    illustrative: boolean;
    summary?: string;
    rollup: Rollup;
    targetScore: Record<ScoredStatus, number>;
    tasks: { task: DerivedTask; progress: TaskProgress }[];
    targets: { target: DerivedTarget; value: TargetValue }[];
    previous?: string;
    statusChanges: StatusChange[];
    valueChanges: ValueChange[];
    /** Figures of this report corrected after publication, oldest first. */
    corrections: DerivedCorrection[];
    /** Commits that changed the report file, newest first. */
    history: Commit[];
    /** The report split by area, in area order: what each per-area report page shows in full. */
    areas: ReportArea[];
  };
}

/**
 * One area's part of a published report: its task and target rows, what changed since the previous
 * report and the corrections of its figures, rolled up like the whole report (total = the area's tasks).
 */
export interface ReportArea {
  area: DerivedArea;
  rollup: Rollup;
  targetScore: Record<ScoredStatus, number>;
  /** The area's targets counted in the plan year's score. */
  countedTargets: number;
  tasks: { task: DerivedTask; progress: TaskProgress }[];
  targets: { target: DerivedTarget; value: TargetValue }[];
  statusChanges: StatusChange[];
  valueChanges: ValueChange[];
  corrections: DerivedCorrection[];
}

export interface DerivedUpdate extends Update {
  path: string;
  body: string;
}

/** Unpublished work shown by the `npm start` preview only: a draft report, or an update still holding the placeholder. */
export interface DraftItem {
  path: string;
  kind: "report" | "update" | "plan";
}

/** Everything the templates render, computed once per build. */
/** A validated item as pages get it: its fields, its file and its Markdown body. */
export type ItemEntry = Record<string, unknown> & { path: string; body: string };

export interface SiteData {
  settings: SiteSettings;
  plan: Plan & { path: string; body: string };
  areas: DerivedArea[];
  objectives: DerivedObjective[];
  targets: DerivedTarget[];
  tasks: DerivedTask[];
  units: DerivedUnit[];
  periods: DerivedPeriod[];
  updates: DerivedUpdate[];
  /** Every correction of every published report, newest first. */
  corrections: DerivedCorrection[];
  /**
   * The items of every content type the derive stage computes nothing for (a type added by its schema
   * alone), by its x-content key, as validated: what its own templates show (`hg.items.<key>`).
   */
  items: Record<string, ItemEntry[]>;
  /** The newest period that has a published report. */
  latestPeriod?: DerivedPeriod;
  /** Only in the `npm start` preview, never in a build: the drafts rendered as if published. */
  drafts?: DraftItem[];
  /** Indicators measured across plans that this plan's targets belong to (scripts/derive/indicators.ts); set by the build. */
  indicators: Indicator[];
  rollup: Rollup;
  /** Task statuses from not started to done (TASK_STATUSES, the report schema's list): pages list them from it, done first with `| reverse`. */
  taskStatuses: readonly TaskStatus[];
  targetScore: Record<ScoredStatus, number>;
  /** True when any published figure is illustrative: every page that shows numbers says so. */
  illustrative: boolean;
  /** Whether the commit lists on pages are complete; incomplete on a shallow clone or without git. */
  history: { complete: boolean; reason?: HistoryGap };
  /**
   * targets: indicators in the plan year's "đạt" count (the denominator of "x/y đạt"); targetsListed: every
   * target entry; targetsLater: own indicators due after the plan year; targetsWithoutValue: due this year
   * without a figure; targetsRepeated: entries that repeat another objective's indicator (sameAs).
   */
  counts: { areas: number; objectives: number; targets: number; targetsListed: number; targetsLater: number; targetsWithoutValue: number; targetsRepeated: number; tasks: number; units: number; periods: number; reports: number; updates: number };
}

export type { Commit, Period, Unit };
