import type { DerivedTarget, DerivedTask, SiteData, TaskProgress } from "../derive/types.ts";
import type { PackageTables } from "./build-data-package.ts";
import { toCsv } from "../../lib/csv.ts";
import { writeXlsx, type XlsxCell, type XlsxSheet } from "./xlsx.ts";
import { ui } from "../../lib/ui.ts";

/**
 * The figures a task, objective, area, unit or report page shows, as tables a reader can download
 * beside the page: one CSV per table and one workbook (.xlsx) with a sheet per table and a "Giải
 * thích" sheet. Headers are the open-data field titles (from the schemas), statuses are written in
 * Vietnamese, tasks are named by their plan clause and readable title; ids stay in the last,
 * machine-readable column. Pure: the same data gives the same tables.
 */

export interface FigureColumn {
  title: string;
  description: string;
  type: "string" | "number" | "date" | "boolean";
}

export interface FigureTable {
  /** Sheet name and the table's name on the page, e.g. "Tiến độ". */
  name: string;
  /** File name part: so-lieu-<slug>.csv. */
  slug: string;
  columns: FigureColumn[];
  rows: XlsxCell[][];
}

export interface PageFigures {
  /** Site path of the page, e.g. "/nhiem-vu/nv-1-1/". */
  path: string;
  /** What the figures are, for the explanation sheet: "Nhiệm vụ II.1.2, ý 1: …". */
  title: string;
  /** The published period whose frozen files the figures match (for the citation's checksum), if any. */
  period?: { id: string; name: string; file: string; sha256: string };
  illustrative: boolean;
  tables: FigureTable[];
}

/** Files a page's figures are downloaded as, relative to the page's folder. */
export const figureFiles = (f: PageFigures) => ({
  xlsx: "so-lieu.xlsx",
  csv: f.tables.map((t) => ({ name: t.name, file: `so-lieu-${t.slug}.csv`, rows: t.rows.length })),
});

/** What a page shows of its figures (partials/figures.njk): the files it links to, not their rows. */
export type FigureLinks = Pick<PageFigures, "illustrative" | "period"> & { files: ReturnType<typeof figureFiles> };

/**
 * Each page's figure links by page path, for the templates (`pageFigures[page.url]`). Built once per
 * plan and shared by its render runs; the tables behind them are let go page by page, as the
 * export builds them again when it writes them (eachPageFigures): at 10,000 tasks the rows of
 * 14,169 pages' tables were ≈ 40 MB held from render to the end of the build.
 * @example figureLinks(data, pkg)["/nhiem-vu/nv-1-1/"] → { illustrative: true, period: { id: "2026-q1", … }, files: { xlsx: "so-lieu.xlsx", csv: [{ name: "Tiến độ", file: "so-lieu-tien-do.csv", rows: 2 }] } }
 */
export function figureLinks(data: SiteData, pkg: PackageTables): Record<string, FigureLinks> {
  const links: Record<string, FigureLinks> = {};
  for (const page of eachPageFigures(data, pkg)) {
    links[page.path] = { illustrative: page.illustrative, ...optional("period", page.period), files: figureFiles(page) };
  }
  return links;
}

/**
 * Every page's downloadable figures.
 * @example pageFigures(data, pkg).find((p) => p.path === "/nhiem-vu/nv-1-1/")!.tables[0].name → "Tiến độ"
 */
export function pageFigures(data: SiteData, pkg: PackageTables): PageFigures[] {
  return [...eachPageFigures(data, pkg)];
}

/**
 * Every page's downloadable figures, one page at a time: each page's tables are built when it is
 * reached, so a caller that writes a page's files and moves on holds one page's rows at a time.
 * @example eachPageFigures(data, pkg).next().value.path → "/nhiem-vu/nv-1-1/"
 */
export function* eachPageFigures(data: SiteData, pkg: PackageTables): Generator<PageFigures> {
  const field = (resource: string, name: string, type?: FigureColumn["type"], title?: string): FigureColumn => {
    const f = pkg.descriptor.resources.find((r) => r.name === resource)?.schema.fields.find((x) => x.name === name);
    if (!f) throw new Error(`Không có cột ${resource}.${name} trong gói dữ liệu`);
    return { title: title ?? f.title, description: f.description, type: type ?? (f.type === "integer" ? "number" : f.type) };
  };
  const periodName = new Map(data.periods.map((p) => [p.id, p.name]));
  const unitName = new Map(data.units.map((u) => [u.id, u.name]));
  const date = (iso: string | undefined) => (iso ? { date: iso } : null);
  const status = (s: string | undefined) => (s ? ((ui.status as Record<string, string>)[s] ?? s) : null);
  const targetStatus = (s: string | undefined) => (s ? ((ui.targetStatus as Record<string, string>)[s] ?? s) : null);
  const snapshot = (periodId: string | undefined, resource: string) => {
    const s = pkg.snapshots.find((x) => x.period === periodId);
    const file = s?.files.find((f) => f.path.endsWith(`/${resource}.csv`));
    return s && file ? { id: s.period, name: s.periodName, file: file.path, sha256: file.sha256 } : undefined;
  };

  const progressColumns = [
    field("tasks", "ref"), field("task-progress", "task", "string"), field("task-progress", "period"), field("task-progress", "reportDate"),
    field("task-progress", "status"), field("task-progress", "percent"), field("tasks", "overdue"), field("task-progress", "note"),
    field("task-progress", "illustrative"), field("tasks", "id"),
  ];
  const progressRow = (t: DerivedTask, p: TaskProgress): XlsxCell[] => [
    t.ref, t.shortTitle, periodName.get(p.period) ?? p.period, date(p.reportDate), status(p.status), p.percent, p.overdue, p.note ?? null, p.illustrative, t.id,
  ];
  const valueColumns = [
    field("targets", "measure"), field("targets", "comparator"), field("targets", "value"), field("target-values", "period"), field("target-values", "reportDate"),
    field("target-values", "value"), field("target-values", "asOf"), field("target-values", "source"), field("targets", "status", "string", "Đánh giá trong kỳ"),
    field("target-values", "illustrative"), field("targets", "id"),
  ];
  const valueRow = (t: DerivedTarget, v: DerivedTarget["series"][number], reportDate: string | undefined): XlsxCell[] => [
    t.measure, (ui.comparator as Record<string, string>)[t.comparator] ?? t.comparator, t.value, periodName.get(v.period) ?? v.period, date(reportDate),
    v.value, date(v.asOf), v.source ?? null, targetStatus(v.status), v.illustrative, t.id,
  ];
  const reportDate = new Map(data.periods.flatMap((p) => (p.report ? [[p.id, p.report.reportDate] as const] : [])));
  const taskListColumns = (withRole: boolean) => [
    field("tasks", "ref"), field("task-progress", "task", "string"), ...(withRole ? [{ title: "Vai trò của đơn vị", description: "Chủ trì hoặc phối hợp thực hiện nhiệm vụ.", type: "string" as const }] : []),
    field("tasks", "lead"), field("tasks", "deadline"), field("tasks", "latestPeriod"), field("tasks", "status"), field("tasks", "percent"), field("tasks", "overdue"), field("tasks", "illustrative"), field("tasks", "id"),
  ];
  const taskListRow = (t: DerivedTask, role?: string): XlsxCell[] => [
    t.ref, t.shortTitle, ...(role === undefined ? [] : [role]), unitName.get(t.lead) ?? t.lead, date(t.deadline), t.latest ? (periodName.get(t.latest.period) ?? t.latest.period) : null,
    status(t.latest?.status ?? "chua-bao-cao"), t.latest?.percent ?? null, t.latest?.overdue ?? null, t.latest?.illustrative ?? null, t.id,
  ];
  const targetListColumns = [
    field("targets", "measure"), field("targets", "comparator"), field("targets", "value"), field("targets", "horizon"), field("targets", "latestValue"),
    field("targets", "latestPeriod"), field("targets", "status"), field("targets", "notCounted"), field("targets", "illustrative"), field("targets", "id"),
  ];
  const targetListRow = (t: DerivedTarget): XlsxCell[] => [
    t.measure, (ui.comparator as Record<string, string>)[t.comparator] ?? t.comparator, t.value, t.horizon, t.latest?.value ?? null,
    t.latest ? (periodName.get(t.latest.period) ?? t.latest.period) : null, targetStatus(t.status), t.notCounted ?? null, t.latest?.illustrative ?? null, t.id,
  ];
  const latestId = data.latestPeriod?.id;

  for (const t of data.tasks) {
    if (t.progress.length === 0) continue;
    yield {
      path: `/nhiem-vu/${t.id}/`, title: `Nhiệm vụ ${t.ref}: ${t.shortTitle}`, illustrative: t.progress.some((p) => p.illustrative),
      ...optional("period", snapshot(t.latest?.period, "task-progress")),
      tables: [{ name: "Tiến độ", slug: "tien-do", columns: progressColumns, rows: t.progress.map((p) => progressRow(t, p)) }],
    };
  }
  for (const o of data.objectives) {
    const rows = o.targets.flatMap((t) => t.series.map((v) => valueRow(t, v, reportDate.get(v.period))));
    if (rows.length === 0) continue;
    yield {
      path: `/muc-tieu/${o.id}/`, title: `Mục tiêu ${o.ref}: ${o.shortTitle}`, illustrative: o.targets.some((t) => t.series.some((v) => v.illustrative)),
      ...optional("period", snapshot(latestId, "target-values")),
      tables: [{ name: "Chỉ tiêu theo kỳ", slug: "chi-tieu", columns: valueColumns, rows }],
    };
  }
  const illustrativeNow = !!data.latestPeriod?.report?.illustrative;
  for (const a of data.areas) {
    const tables: FigureTable[] = [{ name: "Nhiệm vụ", slug: "nhiem-vu", columns: taskListColumns(false), rows: a.tasks.map((t) => taskListRow(t)) }];
    if (a.targets.length) tables.push({ name: "Chỉ tiêu", slug: "chi-tieu", columns: targetListColumns, rows: a.targets.map(targetListRow) });
    yield { path: `/linh-vuc/${a.id}/`, title: `Lĩnh vực ${a.number}. ${a.title}`, illustrative: illustrativeNow, ...optional("period", snapshot(latestId, "task-progress")), tables };
  }
  for (const u of data.units) {
    const rows = [...u.leads.map((t) => taskListRow(t, ui.fields.lead)), ...u.supports.map((t) => taskListRow(t, ui.fields.support))];
    if (rows.length === 0) continue;
    yield {
      path: `/don-vi/${u.id}/`, title: u.name, illustrative: illustrativeNow, ...optional("period", snapshot(latestId, "task-progress")),
      tables: [{ name: "Nhiệm vụ", slug: "nhiem-vu", columns: taskListColumns(true), rows }],
    };
  }
  for (const p of data.periods) {
    if (!p.report) continue;
    yield {
      path: `/bao-cao/${p.id}/`, title: `Báo cáo ${p.name}`, illustrative: p.report.illustrative, ...optional("period", snapshot(p.id, "task-progress")),
      tables: [
        { name: "Tiến độ nhiệm vụ", slug: "tien-do", columns: progressColumns, rows: p.report.tasks.map(({ task, progress }) => progressRow(task, progress)) },
        { name: "Số liệu chỉ tiêu", slug: "chi-tieu", columns: valueColumns, rows: p.report.targets.map(({ target, value }) => valueRow(target, value, p.report!.reportDate)) },
      ],
    };
    // Each area's part of the report (bao-cao/area.njk): the rows its page shows.
    for (const ra of p.report.areas) {
      const tables: FigureTable[] = [{ name: "Tiến độ nhiệm vụ", slug: "tien-do", columns: progressColumns, rows: ra.tasks.map(({ task, progress }) => progressRow(task, progress)) }];
      if (ra.targets.length) tables.push({ name: "Số liệu chỉ tiêu", slug: "chi-tieu", columns: valueColumns, rows: ra.targets.map(({ target, value }) => valueRow(target, value, p.report!.reportDate)) });
      yield {
        path: `/bao-cao/${p.id}/${ra.area.id}/`, title: `Báo cáo ${p.name}, lĩnh vực ${ra.area.number}. ${ra.area.title}`, illustrative: p.report.illustrative,
        ...optional("period", snapshot(p.id, "task-progress")), tables,
      };
    }
  }
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

/**
 * A page's figures as files: one CSV per table (UTF-8 with BOM, Vietnamese headers) and a workbook
 * whose last sheet, "Giải thích", says where the figures come from and what each column means.
 * @example figureFilesOf(page, data)["so-lieu.xlsx"] → Uint8Array […]
 */
export function figureFilesOf(page: PageFigures, data: SiteData, { reuse = false }: { reuse?: boolean } = {}): Record<string, string | Uint8Array> {
  // Zipping a workbook costs a few milliseconds: a dev session (npm start, `reuse`) rebuilds in one
  // process and rewrites only the pages whose figures changed. Bounded, so a large plan does not pile
  // up. A build (one process, one pass) keeps nothing: at 10,000 tasks the remembered files were
  // ≈ 110 MB held to the end of the build.
  if (!reuse) return writeFigureFiles(page, data);
  const key = JSON.stringify([page, data.settings.url, data.settings.title, data.settings.licence, data.plan.issuer]);
  const hit = filesMemo.get(key);
  if (hit) return hit;
  const files = writeFigureFiles(page, data);
  if (filesMemo.size >= 5000) filesMemo.clear();
  filesMemo.set(key, files);
  return files;
}

const filesMemo = new Map<string, Record<string, string | Uint8Array>>();

function writeFigureFiles(page: PageFigures, data: SiteData): Record<string, string | Uint8Array> {
  const files: Record<string, string | Uint8Array> = {};
  for (const t of page.tables) {
    const header = t.columns.map((c) => c.title);
    const rows = t.rows.map((r) => Object.fromEntries(header.map((h, i) => {
      const v = r[i];
      return [h, v && typeof v === "object" ? v.date : (v ?? null)];
    })));
    files[`so-lieu-${t.slug}.csv`] = toCsv(header, rows);
  }
  const url = `${data.settings.url}${page.path}`;
  const explain: XlsxCell[][] = [
    ["Nội dung", page.title],
    ["Nguồn", `${data.plan.issuer}, ${data.settings.title}`],
    ["Địa chỉ trang", url],
    ...(page.period ? [["Theo báo cáo", page.period.name], ["Tệp số liệu của kỳ (SHA-256)", `${data.settings.url}/du-lieu/${page.period.file} (${page.period.sha256})`]] as XlsxCell[][] : []),
    ["Số liệu minh họa", page.illustrative ? `Có. ${ui.illustrativeExplain}` : "Không"],
    ["Giấy phép", `${data.settings.licence.name} (${data.settings.licence.url})`],
    ["", ""],
    ...page.tables.flatMap((t) => t.columns.map((c): XlsxCell[] => [`${t.name}: ${c.title}`, c.description])),
  ];
  const sheets: XlsxSheet[] = [
    ...page.tables.map((t) => ({ name: t.name, header: t.columns.map((c) => c.title), rows: t.rows, widths: t.columns.map((c) => (c.type === "string" ? 40 : 16)) })),
    { name: "Giải thích", header: ["Mục", "Giải thích"], rows: explain, widths: [40, 100] },
  ];
  files["so-lieu.xlsx"] = writeXlsx(sheets);
  return files;
}
