import type { SiteData } from "../../scripts/derive/types.ts";
import { buildDataPackage, type PackageField, type PeriodSnapshot } from "../../scripts/export/build-data-package.ts";
import type { DictionaryEntry } from "../../scripts/export/data-dictionary.ts";
import { loadSchemas } from "../../scripts/validate/load-schemas.ts";

export interface OpenDataResource {
  name: string;
  title: string;
  description: string;
  rows: number;
  /** Site paths without the prefix, for `| url`: "/du-lieu/tasks.csv". */
  csv: string;
  json: string;
  fields: PackageField[];
  primaryKey: string[];
}

export interface OpenDataSummary {
  resources: OpenDataResource[];
  /** Published periods' frozen files, each path under /du-lieu/ with its sha256, newest period first. */
  snapshots: (PeriodSnapshot & { illustrative: boolean })[];
  dictionary: DictionaryEntry[];
  /** The JSON Schemas published with the data: { name, title, path }. */
  schemas: { name: string; title: string; path: string }[];
}

const cache = new WeakMap<object, OpenDataSummary>();

/**
 * What /du-lieu/ lists: each resource with its row count and files, the period snapshots with their
 * checksums, and the data dictionary, all from the same package the build writes (so the page and
 * the files cannot disagree). Computed once per site data.
 * @example openData(hg).resources[3] → { name: "tasks", rows: 64, csv: "/du-lieu/tasks.csv", … }
 */
export function openData(hg: SiteData): OpenDataSummary {
  const hit = cache.get(hg);
  if (hit) return hit;
  const pkg = buildDataPackage(hg, loadSchemas().schemas);
  const illustrative = new Map(hg.periods.map((p) => [p.id, !!p.report?.illustrative]));
  const summary: OpenDataSummary = {
    resources: pkg.descriptor.resources.map((r) => ({
      name: r.name, title: r.title, description: r.description, rows: pkg.rows[r.name]!.length,
      csv: `/du-lieu/${r.path}`, json: `/du-lieu/${r.path.replace(/\.csv$/, ".json")}`,
      fields: r.schema.fields, primaryKey: ([] as string[]).concat(r.schema.primaryKey),
    })),
    snapshots: [...pkg.snapshots].reverse().map((s) => ({ ...s, illustrative: illustrative.get(s.period) ?? false })),
    dictionary: pkg.dictionary,
    schemas: pkg.dictionary.map((d) => ({ name: d.name, title: d.title, path: `/du-lieu/schemas/${d.name}.schema.json` })),
  };
  cache.set(hg, summary);
  return summary;
}
