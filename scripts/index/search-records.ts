import MarkdownIt from "markdown-it";
import { markD } from "../../lib/mark-d.ts";
import { ui } from "../../lib/ui.ts";
import { correctionText } from "../../lib/correction-text.ts";
import type { DerivedArea, DerivedObjective, DerivedPeriod, DerivedTask, DerivedUnit, SiteData } from "../derive/types.ts";

/**
 * What the search index holds, built from the derived data rather than from the rendered HTML:
 * one record per searchable page, in a fixed order (Pagefind's index depends on the order records
 * arrive in; the build must be byte-identical). Each kind of page says here, once, what it
 * contributes: its URL, title, the text that can be found, and its filters. Lists of other items
 * (an area's or unit's tasks, its objectives' text and targets, a report's per-task table)
 * are left out: each item has its own page, and a search for a task's words should find the task,
 * not every page listing it; at province
 * scale this also keeps every record, and so the bytes a first search fetches, small. For the same
 * reason a task's or objective's text leaves out its area's title: the area is its filter and has
 * its own record, and its title's words ("Cải cách thủ tục hành chính") would
 * otherwise be posted for every item of the area.
 *
 * The content has đ spelt "d" + U+0335 (docs/decisions/0002, lib/mark-d.ts) so that queries without
 * diacritics find it; titles and filter values keep their real letters. Parts are joined as
 * Pagefind joins an HTML page's blocks ("Tiêu đề. Đoạn văn."), so phrases do not run across them.
 */
export interface SearchRecord {
  /** The page's URL without the path prefix (Pagefind's script adds it from its baseUrl). */
  url: string;
  /** The text searched and excerpted, đ marked. */
  content: string;
  meta: { title: string };
  filters: Record<string, string[]>;
}

/** A kind of searchable page: which items it has, and what each contributes to the index. */
interface SearchKind<T> {
  type: keyof typeof ui.resultTypes;
  items: (data: SiteData) => readonly T[];
  url: (item: T) => string;
  title: (item: T) => string;
  /** The findable text, in reading order; empty parts are dropped. */
  text: (item: T, data: SiteData) => (string | undefined)[];
  filters?: (item: T) => Record<string, string>;
}

const taskKind: SearchKind<DerivedTask> = {
  type: "task",
  items: (data) => data.tasks,
  url: (task) => `/nhiem-vu/${task.id}/`,
  title: (task) => `Nhiệm vụ ${task.ref}: ${task.shortTitle}`,
  text: (task) => [
    `Nhiệm vụ ${task.ref}`,
    withoutRepeat(task.shortTitle, task.text),
    task.group,
    task.text,
    task.sourceNote,
    task.leadUnit.name,
    ...task.supportUnits.map((u) => u.name),
    task.assignmentConflict?.note,
    task.deadlineNote,
    ...markdownText(task.body),
    ...task.progress.flatMap((p) => [p.note, ...p.evidence.map((e) => e.title), ...p.corrections.map(correctionText)]),
  ],
  filters: (task) => ({
    area: areaLabel(task),
    unit: task.leadUnit.shortName,
    status: task.latest ? ui.status[task.latest.status] : ui.status["chua-bao-cao"],
  }),
};

const objectiveKind: SearchKind<DerivedObjective> = {
  type: "objective",
  items: (data) => data.objectives,
  url: (objective) => `/muc-tieu/${objective.id}/`,
  title: (objective) => `Mục tiêu ${objective.ref}: ${objective.shortTitle}`,
  text: (objective) => [
    `Mục tiêu ${objective.ref}`,
    withoutRepeat(objective.shortTitle, objective.text),
    objective.text,
    objective.sourceNote,
    ...markdownText(objective.body),
    ...objective.targets.flatMap((t) => [t.measure, t.valueNote, t.notCounted, ...t.series.flatMap((v) => [v.source, ...v.corrections.map(correctionText)])]),
  ],
  filters: (objective) => ({ area: areaLabel(objective) }),
};

const areaKind: SearchKind<DerivedArea> = {
  type: "area",
  items: (data) => data.areas,
  url: (area) => `/linh-vuc/${area.id}/`,
  title: (area) => `${area.number}. ${area.title}`,
  text: (area) => [
    `${area.number}. ${area.title}`,
    `Mục II.${area.number} của kế hoạch`,
    area.sourceNote,
    // Its objectives by name, as its page lists them; their text and targets are on their own pages.
    ...area.objectives.map((o) => o.shortTitle),
  ],
};

const unitKind: SearchKind<DerivedUnit> = {
  type: "unit",
  items: (data) => data.units,
  url: (unit) => `/don-vi/${unit.id}/`,
  title: (unit) => unit.name,
  text: (unit) => [
    unit.name,
    unit.shortName === unit.name ? undefined : unit.shortName,
    `Trách nhiệm theo Mục IV.${unit.section}`,
    unit.heading,
    ...unit.duties.flatMap((d) => [d.text, d.sourceNote]),
  ],
};

type ReportPeriod = DerivedPeriod & { report: NonNullable<DerivedPeriod["report"]> };

const reportKind: SearchKind<ReportPeriod> = {
  type: "report",
  // A period without a report has a page but is not a search result.
  items: (data) => data.periods.filter((p): p is ReportPeriod => !!p.report),
  url: (period) => `/bao-cao/${period.id}/`,
  title: (period) => `Báo cáo ${period.name}`,
  text: (period) => [
    `Báo cáo ${period.name}`,
    period.dueNote,
    period.report.summary,
    ...period.report.corrections.flatMap((c) => [c.label, correctionText(c)]),
  ],
};

/** The searchable kinds in the order their records are added (and their type filter listed). */
const KINDS = [taskKind, objectiveKind, areaKind, unitKind, reportKind] as SearchKind<unknown>[];

/**
 * Every search record of the site, in a fixed order: kinds as in KINDS, items in the derived
 * data's order.
 * @example searchRecords(data)[0] → { url: "/nhiem-vu/nv-1-1/", meta: { title: "Nhiệm vụ II.1.1: …" }, filters: { type: ["Nhiệm vụ"], area: […], … }, content: "Nhiệm vụ II.1.1. …" }
 */
export function searchRecords(data: SiteData): SearchRecord[] {
  return KINDS.flatMap((kind) =>
    kind.items(data).map((item) => ({
      url: kind.url(item),
      content: markD(joinCollapsed(distinct(collapsed(kind.text(item, data))))),
      meta: { title: kind.title(item) },
      filters: Object.fromEntries(Object.entries({ type: ui.resultTypes[kind.type], ...kind.filters?.(item) }).map(([k, v]) => [k, [v]])),
    })),
  );
}

/**
 * Each part once: a part repeated word for word (a target's source, the same for every quarter's
 * figure; a progress note carried from one report to the next) adds nothing to find, only postings.
 * Takes parts already through `collapsed`.
 * @example distinct(["Nguồn A", "Ghi chú", "Nguồn A"]) → ["Nguồn A", "Ghi chú"]
 */
function distinct(parts: string[]): string[] {
  const seen = new Set<string>();
  return parts.filter((p) => !seen.has(p) && seen.add(p));
}

/** A short title that is only the start of the full text adds nothing to find: left out. */
function withoutRepeat(shortTitle: string, text: string): string | undefined {
  return text.startsWith(shortTitle.replace(/…$/, "")) ? undefined : shortTitle;
}

function areaLabel(item: { areaNumber: number; areaTitle: string }): string {
  return `${item.areaNumber}. ${item.areaTitle}`;
}

/**
 * Parts joined into one text the way Pagefind joins an HTML page's blocks: whitespace collapsed,
 * each part ending in a full stop unless it already ends in punctuation.
 * @example joinParts(["Tiêu đề", undefined, "Đoạn  văn."]) → "Tiêu đề. Đoạn văn."
 */
export function joinParts(parts: (string | undefined)[]): string {
  return joinCollapsed(collapsed(parts));
}

/**
 * The non-empty parts with their whitespace collapsed (once per part: at 10,000 tasks this is most
 * of the time the records take to build).
 * @example collapsed(["  a \n b ", undefined, " "]) → ["a b"]
 */
function collapsed(parts: (string | undefined)[]): string[] {
  const out: string[] = [];
  for (const p of parts) {
    const text = p?.replace(/\s+/g, " ").trim();
    if (text) out.push(text);
  }
  return out;
}

/** Collapsed parts, each ended with a full stop unless it ends in punctuation, joined by spaces. */
function joinCollapsed(parts: string[]): string {
  return parts.map((p) => (/[.!?…:;]$/.test(p) ? p : `${p}.`)).join(" ");
}

const md = new MarkdownIt({ html: false, linkify: false, typographer: false });

/**
 * The readable text of staff-written Markdown, one string per block: what the page shows, without
 * markup (raw HTML is shown as written, as on the page, which escapes it).
 * @example markdownText("# Đầu mục\n\nXem **đây** và [liên kết](https://example.org).") → ["Đầu mục", "Xem đây và liên kết."]
 */
export function markdownText(source: string | undefined): string[] {
  if (!source?.trim()) return [];
  const blocks: string[] = [];
  for (const token of md.parse(source, {})) {
    if (token.type === "inline") blocks.push(inlineText(token.children ?? []));
    else if (token.type === "code_block" || token.type === "fence") blocks.push(token.content);
  }
  return blocks;
}

type Token = ReturnType<InstanceType<typeof MarkdownIt>["parse"]>[number];

function inlineText(tokens: Token[]): string {
  let text = "";
  for (const t of tokens) {
    if (t.type === "text" || t.type === "code_inline" || t.type === "html_inline") text += t.content;
    else if (t.type === "softbreak" || t.type === "hardbreak") text += " ";
    else if (t.type === "image") text += inlineText(t.children ?? []);
  }
  return text;
}
