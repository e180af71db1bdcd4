import { sortProblems, type ContentError } from "../load/content-error.ts";
import type { LoadedContent } from "../load/load-content.ts";
import { CONTENT_TYPES } from "../load/content-types.ts";
import type { IdKind } from "../types/content.generated.ts";
import { checkContact } from "./cross/check-contact.ts";
import { checkEvidenceUrls } from "./cross/check-evidence-urls.ts";
import type { PublishedReports } from "../load/read-published-reports.ts";
import { checkCorrections } from "./cross/check-corrections.ts";
import { checkFidelity } from "./cross/check-fidelity.ts";
import { checkIds } from "./cross/check-ids.ts";
import { checkReferences } from "./cross/check-references.ts";
import { checkReports } from "./cross/check-reports.ts";
import { checkReportSummary } from "./cross/check-report-summary.ts";
import { checkUpdateBodies } from "./cross/check-update-bodies.ts";
import { checkValuesAndDates } from "./cross/check-values-and-dates.ts";
import type { CrossContext } from "./cross/context.ts";
import { loadSchemas, type SchemaSet } from "./load-schemas.ts";
import { validateAgainstSchemas } from "./validate-against-schemas.ts";
import { idFields, idPrefix, valuesAt } from "./schema-annotations.ts";
import type { ValidContent } from "./valid-content.ts";

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

/**
 * Validate stage: schema checks on every file, then the cross-file checks ajv cannot express, collecting
 * every problem in every file. `publish: true` (the build) also refuses draft reports.
 * @example validateContent(files, { publish: true }) → { errors: [], warnings: [], content: { tasks: [ … ], … } }
 */
export function validateContent(files: LoadedContent, { publish, schemas = loadSchemas(), published }: ValidateOptions): ValidationResult {
  const schemaErrors = validateAgainstSchemas(files, schemas);
  const broken = new Set(schemaErrors.map((e) => e.file));
  const unreadable = files.unreadable ?? [];
  const { known, unknowable } = declaredIds(files, schemas);
  // Each type under its x-content key: the files that passed their schema (every cross-file check
  // reads these), or every file with the values its schema refused taken out (ids and references are
  // checked in every file, a broken one too: staff see every problem of a file in one pass, and no
  // value is reported twice).
  const checkedFiles = (salvage: boolean): CrossContext =>
    ({
      ...Object.fromEntries(
        CONTENT_TYPES.map((t) => {
          const list = files[t.type]
            .filter((f) => salvage || !broken.has(f.path))
            .map((f) => ({ file: f, data: broken.has(f.path) ? withoutRefusedValues(f.data, schemas.validators[t.schema]!) : f.data }));
          return [t.key, "dir" in t ? list : list[0]];
        }),
      ),
      known,
      unknowable,
    }) as CrossContext;
  const ctx = checkedFiles(false);
  const everyFile = checkedFiles(true);
  const corrections = checkCorrections({
    published,
    reportPaths: new Set([...files.report.map((f) => f.path), ...unreadable.filter((u) => u.type === "report").map((u) => u.path)]),
    reportSchema: schemas.schemas.report!,
    strict: process.env.GITHUB_ACTIONS === "true",
  });
  const crossProblems = [
    ...[checkIds, checkReferences].flatMap((check) => check(everyFile)),
    ...[checkReports(publish), checkReportSummary, checkUpdateBodies(publish), checkValuesAndDates, checkEvidenceUrls, checkFidelity, corrections].flatMap((check) => check(ctx)),
  ];
  const all = sortProblems([...schemaErrors, ...crossProblems]);
  const errors = all.filter((e) => e.severity !== "warning");
  const warnings = all.filter((e) => e.severity === "warning");
  const notices = checkContact(ctx);
  const missing = CONTENT_TYPES.filter((t) => "file" in t && files[t.type].length === 0);
  if (errors.length > 0 || missing.length > 0 || unreadable.length > 0) return { errors, warnings, notices };
  return { errors, warnings, notices, content: validContent(files) };
}

/**
 * Every content type under its x-content key, as entries: a folder type's list in its `sort` order
 * (else file-name order), a single-file type's one entry (a list in it sorted the same way).
 * @example validContent(files) → { plan: { data: { id: "ke-hoach", … }, path: "content/2026/ke-hoach.md", body: "…" }, areas: [ … ], … }
 */
function validContent(files: LoadedContent): ValidContent {
  return Object.fromEntries(
    CONTENT_TYPES.map((t) => {
      const order = "sort" in t ? byField(t.sort) : undefined;
      const entries = files[t.type].map((f) => ({ data: f.data, path: f.path, body: f.body }));
      if ("dir" in t) return [t.key, order ? entries.sort((a, b) => order(a.data, b.data)) : entries];
      const one = entries[0]!;
      return [t.key, order && Array.isArray(one.data) ? { ...one, data: [...one.data].sort(order) } : one];
    }),
  ) as ValidContent;
}

/**
 * Compares two items by one field, numbers as numbers and text as text; "-field" is newest (largest) first.
 * @example [{ date: "2026-01-02" }, { date: "2026-03-01" }].sort(byField("-date")) → [{ date: "2026-03-01" }, { date: "2026-01-02" }]
 */
function byField(spec: string): (a: unknown, b: unknown) => number {
  const descending = spec.startsWith("-");
  const field = descending ? spec.slice(1) : spec;
  return (a, b) => {
    const x = (a as Record<string, unknown>)[field];
    const y = (b as Record<string, unknown>)[field];
    const order = typeof x === "number" && typeof y === "number" ? x - y : String(x).localeCompare(String(y));
    return descending ? -order : order;
  };
}

/**
 * Every id the content declares, by kind, from each schema's `x-id` fields, read in every file (one
 * that failed its schema too). A folder item's id must equal its file name (checkIds reports a
 * mismatch once), so the names of its files, readable or not, count as declared too: one wrong id or
 * one broken file is one error, not one more for every reference to it. An id declared inside a file
 * that could not be read (a target of an objective with a YAML error) cannot be checked.
 * @example declaredIds(files, schemas).known.target → Set { "ct-1-1-1", … }
 */
function declaredIds(files: LoadedContent, schemas: SchemaSet): Pick<CrossContext, "known" | "unknowable"> {
  const known = {} as CrossContext["known"];
  const unknowable: ((kind: IdKind, id: string) => boolean)[] = [];
  for (const t of CONTENT_TYPES) {
    const unreadable = (files.unreadable ?? []).filter((u) => u.type === t.type);
    for (const { path, annotation } of idFields(schemas.schemas[t.schema] ?? {})) {
      const ids = (known[annotation.kind] ??= new Set());
      for (const f of files[t.type]) for (const { value } of valuesAt(f.data, path)) if (typeof value === "string") ids.add(value);
      if (path.length === 1 && path[0] !== "*") {
        for (const { stem } of [...files[t.type], ...unreadable]) ids.add(stem);
      } else if (unreadable.length > 0) {
        const { kind, prefix } = annotation;
        unknowable.push((k, id) => k === kind && (!prefix || unreadable.some((u) => id.startsWith(idPrefix(prefix, u.stem)))));
      }
    }
  }
  return { known, unknowable: (kind, id) => unknowable.some((test) => test(kind, id)) };
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
