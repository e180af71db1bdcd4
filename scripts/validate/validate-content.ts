import { sortProblems, type ContentError } from "../load/content-error.ts";
import type { LoadedContent } from "../load/load-content.ts";
import { CONTENT_TYPES, type ContentType } from "../load/content-types.ts";
import type { SourceFile } from "../load/source-file.ts";
import type { Area, Objective, Period, Plan, Report, SiteSettings, Task, Unit, Update } from "../types/content.generated.ts";
import { checkContact } from "./cross/check-contact.ts";
import { checkEvidenceUrls } from "./cross/check-evidence-urls.ts";
import type { PublishedReports } from "../load/read-published-reports.ts";
import { checkCorrections } from "./cross/check-corrections.ts";
import { checkFidelity } from "./cross/check-fidelity.ts";
import { checkIds, targetIdPrefix } from "./cross/check-ids.ts";
import { checkReferences } from "./cross/check-references.ts";
import { checkReports } from "./cross/check-reports.ts";
import { checkUpdateBodies } from "./cross/check-update-bodies.ts";
import { checkValuesAndDates } from "./cross/check-values-and-dates.ts";
import type { Checked, CrossContext } from "./cross/context.ts";
import { loadSchemas, type SchemaSet } from "./load-schemas.ts";
import { validateAgainstSchemas } from "./validate-against-schemas.ts";
import type { Entry, ValidContent } from "./valid-content.ts";

export interface ValidationResult {
  errors: ContentError[];
  warnings: ContentError[];
  /**
   * Reminders about site settings rather than content (an empty contact point): warnings that
   * `npm run validate` prints once the content itself is clean, kept apart so they never mix into
   * the list of content problems.
   */
  notices: ContentError[];
  /** Present only when there is no error: the sole input the derive stage accepts. */
  content?: ValidContent;
}

export interface ValidateOptions {
  /** The build: draft reports and placeholder updates are errors, not warnings. */
  publish: boolean;
  schemas?: SchemaSet;
  /**
   * The first published version of each report (scripts/load/read-published-reports.ts): published figures
   * then change only through corrections. Without it only the corrections' own consistency is checked.
   */
  published?: PublishedReports;
}

/** A value that should be a list, as a list: anything else (an object, a number) counts as empty. */
const listOf = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/**
 * Validate stage: schema checks on every file, then the cross-file checks ajv cannot express, collecting
 * every problem in every file. `publish: true` (the build) also refuses draft reports.
 * @example validateContent(files, { publish: true }) → { errors: [], warnings: [], content: { tasks: [ … ], … } }
 */
export function validateContent(files: LoadedContent, { publish, schemas = loadSchemas(), published }: ValidateOptions): ValidationResult {
  const schemaErrors = validateAgainstSchemas(files, schemas);
  const broken = new Set(schemaErrors.map((e) => e.file));
  const ok = <T>(list: SourceFile[]): Checked<T>[] => list.filter((f) => !broken.has(f.path)).map((f) => ({ file: f, data: f.data as T }));
  // Ids and references are checked in every file, a broken one too, with the values its schema refused
  // taken out: staff see every problem of a file in one pass, and no value is reported twice.
  const salvaged = <T>(list: SourceFile[], schema: string): Checked<T>[] =>
    list.map((f) => ({ file: f, data: (broken.has(f.path) ? withoutRefusedValues(f.data, schemas.validators[schema]!) : f.data) as T }));
  const unreadable = files.unreadable ?? [];
  // A folder item's id must equal its file name (checkIds reports a mismatch once), so the names of
  // its files, readable or not, count as declared too: one wrong id or one broken file is one error,
  // not one more for every reference to it.
  const ids = (list: SourceFile[], type: ContentType) =>
    new Set([
      ...list.map((f) => (f.data as { id?: unknown })?.id).filter((id): id is string => typeof id === "string"),
      ...list.map((f) => f.stem),
      ...unreadable.filter((u) => u.type === type).map((u) => u.stem),
    ]);
  const unreadableObjectives = unreadable.filter((u) => u.type === "objective").map((u) => targetIdPrefix(u.stem));
  const targetIds = new Set(
    // Before the schema has passed, targets may be anything: `targets: {}` once threw here.
    files.objective.flatMap((f) => listOf((f.data as { targets?: unknown })?.targets).map((t) => (t as { id?: unknown } | null)?.id)).filter((id): id is string => typeof id === "string"),
  );
  const periodList = files.period[0];
  const ctx: CrossContext = {
    site: ok<SiteSettings>(files.site)[0],
    plan: ok<Plan>(files.plan)[0],
    areas: ok<Area>(files.area),
    objectives: ok<Objective>(files.objective),
    tasks: ok<Task>(files.task),
    units: ok<Unit>(files.unit),
    updates: ok<Update>(files.update),
    periods: ok<Period[]>(files.period)[0],
    reports: ok<Report>(files.report),
    known: {
      area: ids(files.area, "area"),
      objective: ids(files.objective, "objective"),
      target: targetIds,
      task: ids(files.task, "task"),
      unit: ids(files.unit, "unit"),
      period: new Set(Array.isArray(periodList?.data) ? periodList.data.map((p: { id?: unknown }) => p?.id).filter((id): id is string => typeof id === "string") : []),
    },
    unknowable: (kind, id) =>
      (kind === "period" && unreadable.some((u) => u.type === "period")) || (kind === "target" && unreadableObjectives.some((prefix) => id.startsWith(prefix))),
  };
  const corrections = checkCorrections({
    published,
    reportPaths: new Set([...files.report.map((f) => f.path), ...unreadable.filter((u) => u.type === "report").map((u) => u.path)]),
    reportSchema: schemas.schemas.report!,
    strict: process.env.GITHUB_ACTIONS === "true",
  });
  const everyFile: CrossContext = {
    ...ctx,
    ...(files.plan[0] ? { plan: salvaged<Plan>(files.plan, "plan")[0]! } : {}),
    areas: salvaged<Area>(files.area, "area"), objectives: salvaged<Objective>(files.objective, "objective"), tasks: salvaged<Task>(files.task, "task"),
    units: salvaged<Unit>(files.unit, "unit"), updates: salvaged<Update>(files.update, "update"), reports: salvaged<Report>(files.report, "report"),
  };
  const crossProblems = [
    ...[checkIds, checkReferences].flatMap((check) => check(everyFile)),
    ...[checkReports(publish), checkUpdateBodies(publish), checkValuesAndDates, checkEvidenceUrls, checkFidelity, corrections].flatMap((check) => check(ctx)),
  ];
  const all = sortProblems([...schemaErrors, ...crossProblems]);
  const errors = all.filter((e) => e.severity !== "warning");
  const warnings = all.filter((e) => e.severity === "warning");
  const notices = checkContact(ctx);
  const missing = CONTENT_TYPES.filter((t) => "file" in t && files[t.type].length === 0);
  if (errors.length > 0 || missing.length > 0 || unreadable.length > 0) return { errors, warnings, notices };

  const entry = <T>(f: SourceFile): Entry<T> => ({ data: f.data as T, path: f.path, body: f.body });
  const byOrder = <T extends { number?: number; order?: number }>(a: Entry<T>, b: Entry<T>) => (a.data.number ?? a.data.order ?? 0) - (b.data.number ?? b.data.order ?? 0);
  const content: ValidContent = {
    site: files.site[0]!.data as SiteSettings,
    plan: entry<Plan>(files.plan[0]!),
    areas: files.area.map((f) => entry<Area>(f)).sort(byOrder),
    objectives: files.objective.map((f) => entry<Objective>(f)),
    tasks: files.task.map((f) => entry<Task>(f)),
    units: files.unit.map((f) => entry<Unit>(f)).sort((a, b) => a.data.section - b.data.section),
    updates: files.update.map((f) => entry<Update>(f)).sort((a, b) => b.data.date.localeCompare(a.data.date)),
    periods: [...(files.period[0]!.data as Period[])].sort((a, b) => a.end.localeCompare(b.end)),
    periodsPath: files.period[0]!.path,
    reports: files.report.map((f) => entry<Report>(f)),
  };
  return { errors, warnings, notices, content };
}

/**
 * A copy of a file's data without the values its schema refused (each becomes undefined, so positions
 * of the others stay right): cross-file checks of that file then see only values that can be trusted.
 * @example withoutRefusedValues({ lead: "Phòng X", support: ["a"] }, validators.task) → { support: ["a"] }
 */
function withoutRefusedValues(data: unknown, validate: SchemaSet["validators"][string]): unknown {
  const copy = structuredClone(data);
  if (validate(copy)) return copy;
  for (const e of validate.errors ?? []) {
    if (e.keyword === "required" || e.keyword === "additionalProperties" || e.instancePath === "") continue;
    const segments = e.instancePath.split("/").slice(1).map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
    let parent: unknown = copy;
    for (const s of segments.slice(0, -1)) parent = (parent as Record<string, unknown> | undefined)?.[s];
    if (parent && typeof parent === "object") (parent as Record<string, unknown>)[segments.at(-1)!] = undefined;
  }
  return copy;
}
