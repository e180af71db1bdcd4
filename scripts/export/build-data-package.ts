import { createHash } from "node:crypto";
import type { DerivedCorrection, DerivedPeriod, DerivedTarget, DerivedTask, DerivedUnit, SiteData } from "../derive/types.ts";
import type { Indicator, IndicatorYear } from "../derive/indicators.ts";
import type { DataPath } from "../load/source-file.ts";
import type { JsonSchema } from "../validate/load-schemas.ts";
import { schemaAtPath } from "../validate/schema-at-path.ts";
import { toCsv, type Cell } from "../../lib/csv.ts";
import { CONTENT_TYPES } from "../load/content-types.ts";
import { dataDictionary, type DictionaryEntry } from "./data-dictionary.ts";

/** Frictionless table schema field types this package uses. */
export type FieldType = "string" | "integer" | "number" | "boolean" | "date";

export interface PackageField {
  name: string;
  type: FieldType;
  title: string;
  description: string;
  constraints?: { enum?: unknown[]; required?: boolean };
}

export interface ForeignKey {
  fields: string | string[];
  reference: { resource: string; fields: string | string[] };
}

export interface PackageResource {
  profile: "tabular-data-resource";
  name: string;
  title: string;
  description: string;
  path: string;
  format: "csv";
  mediatype: "text/csv";
  encoding: "utf-8";
  dialect: { delimiter: ","; lineTerminator: "\r\n"; quoteChar: '"'; doubleQuote: true; header: true };
  schema: { fields: PackageField[]; primaryKey: string | string[]; foreignKeys?: ForeignKey[] };
}

export type Row = Record<string, Cell>;

/** One published period's files, which must never change once published. */
export interface PeriodSnapshot {
  period: string;
  periodName: string;
  /** The report file the figures come from, e.g. data/2026/bao-cao/2026-q1.json. */
  reportPath: string;
  files: { path: string; sha256: string; rows: number }[];
}

export interface DataPackage {
  /** Every file to publish under /du-lieu/, by path relative to it ("tasks.csv", "ky/2026-q1/task-progress.json", …). */
  files: Record<string, string>;
  /** The datapackage.json descriptor. */
  descriptor: Record<string, unknown> & { resources: PackageResource[] };
  /** The rows of each resource, by resource name, as the JSON twins hold them. */
  rows: Record<string, Row[]>;
  snapshots: PeriodSnapshot[];
  /** Field by field description of every content type, for the data dictionary on /du-lieu/. */
  dictionary: DictionaryEntry[];
}

/**
 * The package once its files are written (writeOpenData): what pages, each page's figures, the
 * workbook and the package of every plan still need. The files' text (≈ 110 MB at 10,000 tasks) is not kept.
 */
export type PackageTables = Omit<DataPackage, "files">;

/** "; " joins the items of a list into one cell, as a spreadsheet reader expects. */
export const LIST_SEPARATOR = "; ";

interface Column<R> {
  name: string;
  /** The schema field this column shows: its title, description and type are used, not written twice. */
  from?: [schema: string, path: DataPath];
  type?: FieldType;
  title?: string;
  description?: string;
  /** Added after the schema's description, e.g. how a list is written in one cell. */
  note?: string;
  enum?: readonly unknown[];
  // A method, not a function property: a spec of tasks then fits a list of specs of any row type,
  // each column only ever given the rows of its own spec (rowOf).
  value(row: R): Cell | undefined;
}

interface ResourceSpec<R> {
  name: string;
  title: string;
  description: string;
  columns: Column<R>[];
  primaryKey: string | string[];
  foreignKeys?: ForeignKey[];
  items: R[];
}

const LIST_NOTE = `Nhiều giá trị được nối bằng "${LIST_SEPARATOR}".`;
const fk = (fields: string | string[], resource: string, ref: string | string[] = "id"): ForeignKey => ({ fields, reference: { resource, fields: ref } });

/**
 * Natural order of ids: nv-1-2 before nv-1-10. Snapshot rows are sorted by it (never by a field another
 * file could change), so a past period's files stay byte for byte the same.
 * @example ["nv-1-10", "nv-1-2"].sort(naturalCompare) → ["nv-1-2", "nv-1-10"]
 */
export function naturalCompare(a: string, b: string): number {
  return a.localeCompare(b, "en", { numeric: true });
}

/**
 * The open data published under /du-lieu/: a Frictionless tabular data package whose every resource is
 * a CSV (UTF-8 with BOM, CRLF) with a JSON twin, a frozen copy of each published period's figures under
 * ky/<period>/, the JSON Schemas, and SHA256SUMS-ready checksums. Field titles and descriptions come from
 * the schemas. Pure: the same site data and schemas give the same bytes.
 * @example buildDataPackage(siteData, schemas).files["tasks.csv"] → "\uFEFFid,area,…\r\nnv-1-1,the-che,…"
 */
export function buildDataPackage(data: SiteData, schemas: Record<string, JsonSchema>): DataPackage {
  const published = data.periods.filter((p): p is DerivedPeriod & { report: NonNullable<DerivedPeriod["report"]> } => !!p.report);
  const specs = resourceSpecs(data, published, schemas);
  const resources = specs.map((spec) => describe(spec, schemas));
  const rows = Object.fromEntries(specs.map((spec) => [spec.name, spec.items.map((item) => rowOf(spec, item))]));

  const files: Record<string, string> = {};
  for (const r of resources) {
    const fields = r.schema.fields.map((f) => f.name);
    files[r.path] = toCsv(fields, rows[r.name]!);
    files[r.path.replace(/\.csv$/, ".json")] = toJson(rows[r.name]!);
  }

  // A period's snapshot holds its figures as first published, so its bytes never change; a correction is
  // published beside it (ky/<period>/corrections.*) and in the corrections resource.
  const snapshots: PeriodSnapshot[] = published.map((p) => {
    const out: PeriodSnapshot = { period: p.id, periodName: p.name, reportPath: p.report.path, files: [] };
    const asPublished = asFirstPublished(p.report.corrections);
    const own = (name: string) => rows[name]!.filter((row) => row.period === p.id);
    const write = (name: string, list: Row[]) => {
      const resource = resources.find((r) => r.name === name)!;
      const base = `ky/${p.id}/${name}`;
      files[`${base}.csv`] = toCsv(resource.schema.fields.map((f) => f.name), list);
      files[`${base}.json`] = toJson(list);
      for (const path of [`${base}.csv`, `${base}.json`]) out.files.push({ path, sha256: sha256(files[path]!), rows: list.length });
    };
    write("task-progress", own("task-progress").map((row) => asPublished(row, String(row.task))));
    write("target-values", own("target-values").map((row) => asPublished(row, String(row.target))));
    if (p.report.corrections.length > 0) write("corrections", own("corrections"));
    return out;
  });

  for (const [name, schema] of Object.entries(schemas).sort(([a], [b]) => a.localeCompare(b))) {
    files[`schemas/${name}.schema.json`] = `${JSON.stringify(schema, null, 2)}\n`;
  }

  const { settings, plan } = data;
  const licenceId = settings.licence.name.trim().replace(/\s+/g, "-");
  const descriptor = {
    profile: "tabular-data-package",
    // Each plan's package names its own year (it said 2026 for every plan once).
    name: `ke-hoach-cchc-${plan.year}-hang-gon`,
    id: `${settings.url}/du-lieu/datapackage.json`,
    title: `Dữ liệu mở – ${plan.title}`,
    description:
      `Mục tiêu, chỉ tiêu, nhiệm vụ, đơn vị và kết quả từng kỳ báo cáo của ${plan.title} (${plan.issuer}, tỉnh ${plan.province}). ` +
      "Mỗi bảng có một tệp CSV (UTF-8 có BOM) và một tệp JSON cùng nội dung; số liệu của mỗi kỳ đã công bố được giữ nguyên tại ky/<mã kỳ>/. " +
      "Mọi dòng mang số liệu báo cáo có cột illustrative; " +
      (data.illustrative ? "hiện các báo cáo đã công bố đều là số liệu minh họa, chưa phải số liệu chính thức của UBND phường." : "illustrative = true là số liệu minh họa, chưa phải số liệu chính thức."),
    homepage: `${settings.url}/du-lieu/`,
    licenses: [{ ...(/^[A-Za-z0-9.+-]+$/.test(licenceId) ? { name: licenceId } : {}), title: settings.licence.name, path: settings.licence.url }],
    sources: [
      { title: `${plan.title} – ${plan.issuer}`, path: `${settings.url}/gioi-thieu/` },
      { title: "Kho nội dung và lịch sử thay đổi (git)", path: settings.repository },
    ],
    keywords: ["cải cách hành chính", "kế hoạch", String(plan.year), "Hàng Gòn"],
    resources,
  };
  files["datapackage.json"] = `${JSON.stringify(descriptor, null, 2)}\n`;

  return { files, descriptor, rows, snapshots, dictionary: dataDictionary(schemas) };
}

/**
 * A snapshot row with each corrected figure put back to its first published value: the `old` of the
 * earliest correction of that figure (validation ensures the chain starts at the published value).
 * @example asFirstPublished([{ item: "nv-1-1", field: "percent", old: 70, new: 85, … }])({ task: "nv-1-1", percent: 85 }, "nv-1-1") → { task: "nv-1-1", percent: 70 }
 */
function asFirstPublished(corrections: readonly DerivedCorrection[]): (row: Row, item: string) => Row {
  const first = new Map<string, DerivedCorrection["old"]>();
  for (const c of corrections) if (!first.has(`${c.item} ${c.field}`)) first.set(`${c.item} ${c.field}`, c.old);
  return (row, item) => {
    const out = { ...row };
    for (const field of ["status", "percent", "value"] as const) {
      const old = first.get(`${item} ${field}`);
      if (old !== undefined && field in out) out[field] = old;
    }
    return out;
  };
}

/**
 * sha256sum's output for the given files: "<hex>  <path>" lines sorted by path, so that
 * `sha256sum -c SHA256SUMS` run inside /du-lieu/ checks every file.
 * @example sha256sums({ "a.csv": "x" }) → "2d711642b726b04401627ca9fbac32f5c8530fb1903cc4db02258717921a4881  a.csv\n"
 */
export function sha256sums(files: Record<string, string | Uint8Array>): string {
  return checksumLines(Object.fromEntries(Object.entries(files).map(([path, contents]) => [path, sha256(contents)])));
}

/**
 * sha256sum's lines for checksums already computed (a file written and let go before the list is made).
 * @example checksumLines({ "b.csv": "00…", "a.csv": "2d…" }) → "2d…  a.csv\n00…  b.csv\n"
 */
export function checksumLines(sums: Record<string, string>): string {
  return Object.keys(sums)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((path) => `${sums[path]}  ${path}\n`)
    .join("");
}

/** @example sha256("x") → "2d711642b726b04401627ca9fbac32f5c8530fb1903cc4db02258717921a4881" */
export function sha256(contents: string | Uint8Array): string {
  return createHash("sha256").update(contents).digest("hex");
}

function toJson(rows: Row[]): string {
  return `${JSON.stringify(rows, null, 2)}\n`;
}

function rowOf<R>(spec: ResourceSpec<R>, item: R): Row {
  return Object.fromEntries(spec.columns.map((c) => [c.name, c.value(item) ?? null]));
}

function describe<R>(spec: ResourceSpec<R>, schemas: Record<string, JsonSchema>): PackageResource {
  const fields = spec.columns.map((c): PackageField => {
    const node = c.from ? schemaAtPath(schemas[c.from[0]] ?? {}, c.from[1]) : undefined;
    if (c.from && !node) throw new Error(`Cột ${spec.name}.${c.name}: không có trường ${c.from[1].join(".")} trong lược đồ ${c.from[0]}`);
    const title = c.title ?? (node?.title as string | undefined);
    const description = [c.description ?? (node?.description as string | undefined), c.note].filter(Boolean).join(" ");
    const type = c.type ?? typeOf(node);
    if (!title || !description || !type) throw new Error(`Cột ${spec.name}.${c.name} thiếu tên, mô tả hoặc kiểu`);
    const values = c.enum ?? (Array.isArray(node?.enum) && !c.type ? (node!.enum as unknown[]) : undefined);
    const required = ([] as string[]).concat(spec.primaryKey).includes(c.name);
    const constraints = { ...(values ? { enum: [...values] } : {}), ...(required ? { required: true } : {}) };
    return { name: c.name, type, title, description, ...(Object.keys(constraints).length ? { constraints } : {}) };
  });
  return {
    profile: "tabular-data-resource", name: spec.name, title: spec.title, description: spec.description, path: `${spec.name}.csv`,
    format: "csv", mediatype: "text/csv", encoding: "utf-8",
    dialect: { delimiter: ",", lineTerminator: "\r\n", quoteChar: '"', doubleQuote: true, header: true },
    schema: { fields, primaryKey: spec.primaryKey, ...(spec.foreignKeys ? { foreignKeys: spec.foreignKeys } : {}) },
  };
}

/** The Frictionless type of a JSON Schema node: dates by their format, null allowed as an empty cell. */
function typeOf(node: JsonSchema | undefined): FieldType | undefined {
  if (!node) return undefined;
  if (node.format === "date") return "date";
  const types = ([] as unknown[]).concat(node.type).filter((t) => t !== "null");
  const t = types[0];
  return t === "string" || t === "integer" || t === "number" || t === "boolean" ? t : undefined;
}

type Published = DerivedPeriod & { report: NonNullable<DerivedPeriod["report"]> };
interface ProgressItem { task: string; period: Published; progress: DerivedTask["progress"][number] }
interface ValueItem { target: string; period: Published; value: DerivedTarget["series"][number] }

function resourceSpecs(data: SiteData, published: Published[], schemas: Record<string, JsonSchema>): ResourceSpec<unknown>[] {
  const T = (path: DataPath): [string, DataPath] => ["task", path];
  // Made-up figures never travel without their flag: every resource that carries a reported figure
  // has an illustrative column, and its description says so while any published figure is made up.
  const FLAG = data.illustrative
    ? " Cột illustrative = true đánh dấu số liệu minh họa do nhóm phát triển tạo ra, chưa phải số liệu chính thức của UBND phường; hiện các báo cáo đã công bố đều là số liệu minh họa."
    : " Cột illustrative = true đánh dấu số liệu minh họa, chưa phải số liệu chính thức.";
  const T_TITLE = (path: DataPath) => String(schemaAtPath(schemas.task ?? {}, path)?.title);
  const O = (path: DataPath): [string, DataPath] => ["objective", path];
  const CT = (path: DataPath): [string, DataPath] => ["objective", ["targets", 0, ...path]];
  const R = (path: DataPath): [string, DataPath] => ["report", path];

  const progress: ProgressItem[] = published.flatMap((period) =>
    period.report.tasks.map(({ task, progress: p }) => ({ task: task.id, period, progress: p })).sort((a, b) => naturalCompare(a.task, b.task)),
  );
  const values: ValueItem[] = published.flatMap((period) =>
    period.report.targets.map(({ target, value }) => ({ target: target.id, period, value })).sort((a, b) => naturalCompare(a.target, b.target)),
  );

  const targets: ResourceSpec<DerivedTarget> = {
    name: "targets", title: "Chỉ tiêu định lượng", description: "Các con số mà kế hoạch cam kết, kèm giá trị mới nhất và đánh giá đạt hay chưa. Chỉ các dòng counted = true được tính vào số chỉ tiêu đạt của năm; notCounted nói vì sao một dòng không được tính (chỉ tiêu đến năm 2030, kế hoạch không ghi con số, hoặc nhắc lại một chỉ tiêu khác: sameAs)." + FLAG,
    primaryKey: "id", foreignKeys: [fk("objective", "objectives"), fk("area", "areas"), fk("latestPeriod", "periods")], items: data.targets,
    columns: [
      { name: "id", from: CT(["id"]), value: (t) => t.id },
      { name: "objective", from: O(["id"]), description: "Mã mục tiêu chứa chỉ tiêu này (cột id của bảng objectives).", value: (t) => t.objective },
      { name: "area", from: O(["area"]), value: (t) => t.area },
      { name: "measure", from: CT(["measure"]), value: (t) => t.measure },
      { name: "comparator", from: CT(["comparator"]), value: (t) => t.comparator },
      { name: "value", from: CT(["value"]), value: (t) => t.value },
      { name: "unit", from: CT(["unit"]), value: (t) => t.unit },
      { name: "horizon", from: CT(["horizon"]), value: (t) => t.horizon },
      { name: "baselineValue", from: CT(["baseline", "value"]), value: (t) => t.baseline?.value },
      { name: "valueNote", from: CT(["valueNote"]), value: (t) => t.valueNote },
      { name: "baselineYear", from: CT(["baseline", "year"]), value: (t) => t.baseline?.year },
      { name: "baselineFromYear", from: CT(["baseline", "fromYear"]), value: (t) => t.baseline?.fromYear },
      { name: "sameAs", from: CT(["sameAs"]), value: (t) => t.sameAs },
      { name: "counted", type: "boolean", title: "Tính vào số chỉ tiêu đạt của năm", description: "true nếu chỉ tiêu được tính vào số chỉ tiêu đạt của năm kế hoạch: có con số, phải đạt trong năm, không nhắc lại chỉ tiêu khác.", value: (t) => t.counted },
      { name: "notCounted", type: "string", title: "Lý do không tính", description: "Vì sao chỉ tiêu không được tính vào số chỉ tiêu đạt của năm; trống nếu được tính.", value: (t) => t.notCounted },
      { name: "latestValue", type: "number", title: "Giá trị mới nhất", description: "Giá trị thực tế trong báo cáo gần nhất có số liệu của chỉ tiêu; trống nếu chưa có.", value: (t) => t.latest?.value },
      { name: "latestPeriod", type: "string", title: "Kỳ của giá trị mới nhất", description: "Mã kỳ báo cáo cho giá trị mới nhất (cột id của bảng periods).", value: (t) => t.latest?.period },
      {
        name: "status", type: "string", title: "Đánh giá", enum: ["dat", "chua-dat", "chua-co-so-lieu", "khong-danh-gia"],
        description: "So giá trị mới nhất với chỉ tiêu theo phép so sánh: dat (đạt), chua-dat (chưa đạt), chua-co-so-lieu (chưa có số liệu), khong-danh-gia (kế hoạch không ghi con số để so).", value: (t) => t.status,
      },
      { name: "illustrative", type: "boolean", title: "Số liệu minh họa", description: "true nếu giá trị mới nhất và đánh giá lấy từ một báo cáo minh họa, chưa phải số liệu chính thức; trống nếu chưa có số liệu.", value: (t) => t.latest?.illustrative },
    ],
  };
  // Columns computed by the derive stage (not fields of the schema), after the schema's own, and
  // columns that write a field differently than one cell per scalar, in the field's place.
  const computed: Record<string, { columns: Column<never>[]; instead?: Column<never>[]; foreignKeys?: ForeignKey[] }> = {
    tasks: {
      instead: [
        { name: "assignmentConflict", from: T(["assignmentConflict", "note"]), title: T_TITLE(["assignmentConflict"]), value: (t: DerivedTask) => t.assignmentConflict ? `${t.assignmentConflict.clauses.join(LIST_SEPARATOR)}: ${t.assignmentConflict.note}` : undefined },
      ],
      columns: [
        { name: "latestPeriod", type: "string", title: "Kỳ báo cáo gần nhất", description: "Mã kỳ của báo cáo gần nhất có tiến độ của nhiệm vụ (cột id của bảng periods).", value: (t: DerivedTask) => t.latest?.period },
        { name: "status", from: R(["tasks", 0, "status"]), title: "Trạng thái theo báo cáo gần nhất", value: (t: DerivedTask) => t.latest?.status },
        { name: "percent", from: R(["tasks", 0, "percent"]), title: "Tiến độ (%) theo báo cáo gần nhất", description: "Phần trăm khối lượng đã làm, số từ 0 đến 100, theo báo cáo gần nhất.", value: (t: DerivedTask) => t.latest?.percent },
        { name: "overdue", type: "boolean", title: "Quá hạn", description: "true nếu đến ngày lập báo cáo gần nhất nhiệm vụ đã quá thời hạn mà chưa hoàn thành.", value: (t: DerivedTask) => t.latest?.overdue },
        { name: "illustrative", type: "boolean", title: "Số liệu minh họa", description: "true nếu trạng thái, tiến độ và quá hạn lấy từ một báo cáo minh họa, chưa phải số liệu chính thức; trống nếu chưa có báo cáo.", value: (t: DerivedTask) => t.latest?.illustrative },
      ] as Column<never>[],
      foreignKeys: [fk("latestPeriod", "periods")],
    },
    units: {
      columns: [
        { name: "leadTasks", type: "integer", title: "Số nhiệm vụ chủ trì", description: "Số nhiệm vụ mà đơn vị chủ trì (bảng tasks, cột lead).", value: (u: DerivedUnit) => u.leads.length },
        { name: "supportTasks", type: "integer", title: "Số nhiệm vụ phối hợp", description: "Số nhiệm vụ mà đơn vị phối hợp (bảng tasks, cột support).", value: (u: DerivedUnit) => u.supports.length },
      ] as Column<never>[],
    },
    periods: {
      columns: [
        { name: "published", type: "boolean", title: "Đã công bố báo cáo", description: "true nếu báo cáo của kỳ đã được công bố trên trang.", value: (p: DerivedPeriod) => !!p.report },
        { name: "reportDate", from: R(["reportDate"]), value: (p: DerivedPeriod) => p.report?.reportDate },
        { name: "illustrative", from: R(["illustrative"]), value: (p: DerivedPeriod) => p.report?.illustrative },
      ] as Column<never>[],
    },
  };
  const taskProgress: ResourceSpec<ProgressItem> = {
    name: "task-progress", title: "Tiến độ nhiệm vụ theo kỳ",
    description: "Mỗi nhiệm vụ trong mỗi báo cáo kỳ đã công bố một dòng, đúng như báo cáo ghi." + FLAG,
    primaryKey: ["task", "period"], foreignKeys: [fk("task", "tasks"), fk("period", "periods")], items: progress,
    columns: [
      { name: "task", from: R(["tasks", 0, "task"]), value: (x) => x.task },
      { name: "period", from: R(["period"]), value: (x) => x.period.id },
      { name: "reportDate", from: R(["reportDate"]), value: (x) => x.period.report.reportDate },
      { name: "status", from: R(["tasks", 0, "status"]), value: (x) => x.progress.status },
      { name: "percent", from: R(["tasks", 0, "percent"]), value: (x) => x.progress.percent },
      { name: "note", from: R(["tasks", 0, "note"]), value: (x) => x.progress.note },
      {
        name: "evidence", from: R(["tasks", 0, "evidence"]), type: "string", note: `Mỗi minh chứng viết "tên <đường dẫn>"; ${LIST_NOTE.toLowerCase()}`,
        value: (x) => x.progress.evidence.map((e) => `${e.title} <${e.url}>`).join(LIST_SEPARATOR),
      },
      { name: "illustrative", from: R(["illustrative"]), value: (x) => x.period.report.illustrative },
    ],
  };
  const targetValues: ResourceSpec<ValueItem> = {
    name: "target-values", title: "Số liệu chỉ tiêu theo kỳ",
    description: "Mỗi chỉ tiêu trong mỗi báo cáo kỳ đã công bố một dòng, đúng như báo cáo ghi; chỉ tiêu nhắc lại chỉ tiêu khác (sameAs) không có dòng riêng." + FLAG,
    primaryKey: ["target", "period"], foreignKeys: [fk("target", "targets"), fk("period", "periods")], items: values,
    columns: [
      { name: "target", from: R(["targets", 0, "target"]), value: (x) => x.target },
      { name: "period", from: R(["period"]), value: (x) => x.period.id },
      { name: "reportDate", from: R(["reportDate"]), value: (x) => x.period.report.reportDate },
      { name: "value", from: R(["targets", 0, "value"]), value: (x) => x.value.value },
      { name: "asOf", from: R(["targets", 0, "asOf"]), value: (x) => x.value.asOf },
      { name: "source", from: R(["targets", 0, "source"]), value: (x) => x.value.source },
      { name: "illustrative", from: R(["illustrative"]), value: (x) => x.period.report.illustrative },
    ],
  };
  const C = (path: DataPath): [string, DataPath] => ["report", ["corrections", 0, ...path]];
  const corrections: ResourceSpec<DerivedCorrection> = {
    name: "corrections", title: "Đính chính số liệu đã công bố",
    description: "Mỗi lần sửa một con số của báo cáo đã công bố một dòng: giá trị cũ, giá trị mới, ngày, lý do và người phê duyệt. Số liệu của kỳ tại ky/<mã kỳ>/ vẫn là số liệu công bố lần đầu; các bảng task-progress, target-values, tasks, targets dùng giá trị mới." + FLAG,
    primaryKey: ["period", "item", "field", "date"], foreignKeys: [fk("period", "periods")],
    items: published.flatMap((p) => p.report.corrections),
    columns: [
      { name: "period", from: R(["period"]), value: (c) => c.period },
      { name: "date", from: C(["date"]), value: (c) => c.date },
      { name: "kind", type: "string", title: "Loại mục", description: "task nếu là tiến độ một nhiệm vụ (bảng tasks), target nếu là số liệu một chỉ tiêu (bảng targets).", enum: ["task", "target"], value: (c) => c.kind },
      { name: "item", from: C(["item"]), value: (c) => c.item },
      { name: "field", from: C(["field"]), value: (c) => c.field },
      { name: "old", from: C(["old"]), type: "string", note: "Số, mã trạng thái hoặc trống.", value: (c) => c.old },
      { name: "new", from: C(["new"]), type: "string", note: "Số, mã trạng thái hoặc trống.", value: (c) => c.new },
      { name: "reason", from: C(["reason"]), value: (c) => c.reason },
      { name: "approvedBy", from: C(["approvedBy"]), value: (c) => c.approvedBy },
      { name: "illustrative", from: R(["illustrative"]), value: (c) => c.illustrative },
    ],
  };
  // The same indicator across plans (docs/decisions/0008): one row per year of each indicator this
  // plan's targets belong to, so a journalist compares 2026 with 2027 in one table.
  const indicatorRows: { ind: Indicator; y: IndicatorYear }[] = (data.indicators ?? []).filter((ind, i, all) => all.findIndex((o) => o.id === ind.id) === i).flatMap((ind) => ind.years.map((y) => ({ ind, y })));
  const indicators: ResourceSpec<{ ind: Indicator; y: IndicatorYear }> = {
    name: "indicators", title: "Chỉ số qua các năm",
    description: "Cùng một chỉ số được đặt chỉ tiêu trong kế hoạch của nhiều năm (chỉ tiêu có trường continues nối với chỉ tiêu năm trước): mỗi năm của mỗi chỉ số mà chỉ tiêu của kế hoạch này thuộc về một dòng, với chỉ tiêu và kết quả mới nhất của năm đó. Trống khi chưa có chỉ tiêu nào nối tiếp năm trước.",
    primaryKey: ["indicator", "year"], items: indicatorRows,
    columns: [
      { name: "indicator", type: "string", title: "Mã chỉ số", description: "Năm và mã chỉ tiêu đầu tiên của chỉ số, ví dụ 2026-ct-1-1-1.", value: (x) => x.ind.id },
      { name: "year", type: "integer", title: "Năm kế hoạch", description: "Năm của kế hoạch đặt chỉ tiêu này; trang của nó ở /<năm>/.", value: (x) => Number(x.y.year) },
      { name: "target", from: CT(["id"]), note: "Mã trong kế hoạch của năm đó.", value: (x) => x.y.target },
      { name: "objective", type: "string", title: "Mục tiêu", description: "Mã mục tiêu chứa chỉ tiêu, trong kế hoạch của năm đó.", value: (x) => x.y.objective },
      { name: "measure", from: CT(["measure"]), value: (x) => x.y.measure },
      { name: "comparator", from: CT(["comparator"]), value: (x) => x.y.comparator },
      { name: "value", from: CT(["value"]), value: (x) => x.y.value },
      { name: "unit", from: CT(["unit"]), value: (x) => x.y.unit },
      { name: "latestValue", type: "number", title: "Giá trị mới nhất", description: "Giá trị thực tế trong báo cáo gần nhất có số liệu của chỉ tiêu năm đó; trống nếu chưa có.", value: (x) => x.y.latestValue },
      { name: "latestPeriod", type: "string", title: "Kỳ của giá trị mới nhất", description: "Mã kỳ báo cáo của giá trị mới nhất, trong kế hoạch của năm đó.", value: (x) => x.y.latestPeriod },
      { name: "status", type: "string", title: "Đánh giá", enum: ["dat", "chua-dat", "chua-co-so-lieu", "khong-danh-gia"], description: "Chỉ tiêu năm đó: dat (đạt), chua-dat (chưa đạt), chua-co-so-lieu (chưa có số liệu), khong-danh-gia (kế hoạch không ghi con số).", value: (x) => x.y.status },
      { name: "illustrative", type: "boolean", title: "Số liệu minh họa", description: "true nếu kết quả của năm đó là số liệu minh họa.", value: (x) => x.y.illustrative },
    ],
  };
  // Each content type whose schema names a table (x-content.resource), in reading order, each followed by
  // the tables the export computes from it: an objective's targets, a report's figures and corrections.
  const after: Record<string, ResourceSpec<unknown>[]> = { objective: [targets, indicators] as ResourceSpec<unknown>[], report: [taskProgress, targetValues, corrections] as ResourceSpec<unknown>[] };
  return CONTENT_TYPES.flatMap((t) => {
    const own = registryResource(t, schemas, data, computed);
    return [...(own ? [own] : []), ...(after[t.type] ?? [])];
  }).map((spec) => (spec.columns.some((c) => c.name === "illustrative") && !spec.description.endsWith(FLAG) ? { ...spec, description: spec.description + FLAG } : spec));
}

/**
 * The table of a content type whose schema names one (`x-content.resource`): one column per field of an
 * item, in the schema's order, titled and described by the schema: a list of values is one cell (joined
 * by "; "), an object of plain fields one column per field ("leadBasisClause"); an object holding lists
 * and a list of objects (an objective's targets) have tables or columns of their own. Its primary key is
 * its id, each field naming another table's item (`x-ref`) a foreign key; the derive stage's computed
 * columns follow.
 * @example registryResource(area, schemas, data, {}) → { name: "areas", title: "Lĩnh vực cải cách", columns: [id, number, title, sourceNote], primaryKey: "id", … }
 */
function registryResource(
  t: (typeof CONTENT_TYPES)[number], schemas: Record<string, JsonSchema>, data: SiteData,
  computed: Record<string, { columns: Column<never>[]; instead?: Column<never>[]; foreignKeys?: ForeignKey[] }>,
): ResourceSpec<unknown> | undefined {
  const schema = schemas[t.schema] ?? {};
  const content = schema["x-content"] as { resource?: { name: string; description: string } };
  if (!content.resource) return undefined;
  const { name, description } = content.resource;
  const extra = computed[name] ?? { columns: [] };
  const itemPath: DataPath = schema.type === "array" ? [0] : [];
  const item = schemaAtPath(schema, itemPath) ?? {};
  const tableOf = new Map(CONTENT_TYPES.flatMap((c) => {
    const r = (schemas[c.schema]?.["x-content"] as { resource?: { name: string } } | undefined)?.resource;
    return r ? [[c.type as string, r.name] as const] : [];
  }));
  const columns: Column<unknown>[] = [];
  const foreignKeys: ForeignKey[] = [];
  for (const [field, raw] of Object.entries((item.properties ?? {}) as Record<string, JsonSchema>)) {
    const node = schemaAtPath(schema, [...itemPath, field])!;
    const instead = extra.instead?.find((c) => c.name === field);
    const of = (row: unknown) => (row as Record<string, unknown>)[field];
    if (instead) columns.push(instead as Column<unknown>);
    else if (isPlain(node)) {
      columns.push({ name: field, from: [t.schema, [...itemPath, field]], value: (row) => of(row) as Cell | undefined });
      const ref = raw["x-ref"] ?? node["x-ref"];
      if (typeof ref === "string" && tableOf.has(ref)) foreignKeys.push(fk(field, tableOf.get(ref)!));
    } else if (node.type === "array" && isPlain(schemaAtPath(schema, [...itemPath, field, 0]))) {
      columns.push({ name: field, from: [t.schema, [...itemPath, field]], type: "string", note: LIST_NOTE, value: (row) => ((of(row) as unknown[] | undefined) ?? []).join(LIST_SEPARATOR) });
    } else if (node.type === "object" && Object.keys((node.properties ?? {}) as object).every((sub) => isPlain(schemaAtPath(schema, [...itemPath, field, sub])))) {
      for (const sub of Object.keys(node.properties as object)) {
        const subTitle = String(schemaAtPath(schema, [...itemPath, field, sub])!.title);
        columns.push({
          name: `${field}${sub[0]!.toUpperCase()}${sub.slice(1)}`, from: [t.schema, [...itemPath, field, sub]],
          title: `${String(node.title)}: ${subTitle[0]!.toLowerCase()}${subTitle.slice(1)}`,
          value: (row) => (of(row) as Record<string, Cell> | undefined)?.[sub],
        });
      }
    }
  }
  const derived = (data as unknown as Record<string, unknown[] | undefined>)[t.key] ?? data.items[t.key] ?? [];
  return {
    name, title: String(schema.title), description, primaryKey: "id", items: derived,
    columns: [...columns, ...(extra.columns as Column<unknown>[])],
    ...(foreignKeys.length + (extra.foreignKeys?.length ?? 0) > 0 ? { foreignKeys: [...foreignKeys, ...(extra.foreignKeys ?? [])] } : {}),
  };
}

/** A field one cell holds: a string, number or boolean (or null). */
function isPlain(node: JsonSchema | undefined): boolean {
  const types = ([] as unknown[]).concat(node?.type).filter((t) => t !== "null");
  return types.length > 0 && types.every((t) => t === "string" || t === "integer" || t === "number" || t === "boolean");
}
