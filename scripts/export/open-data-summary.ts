import type { SiteData } from "../derive/types.ts";
import type { PackageField, PackageTables, PeriodSnapshot } from "./build-data-package.ts";
import type { DictionaryEntry } from "./data-dictionary.ts";

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

/**
 * What /du-lieu/ lists (templates get it as the global `openData`): each resource with its row count
 * and files, the period snapshots with their checksums, and the data dictionary, all from the package
 * the build writes, so the page and the files cannot disagree.
 * @example openDataSummary(buildDataPackage(siteData, schemas), siteData).resources[3] → { name: "tasks", rows: 64, csv: "/du-lieu/tasks.csv", … }
 */
export function openDataSummary(pkg: PackageTables, data: SiteData): OpenDataSummary {
  const illustrative = new Map(data.periods.map((p) => [p.id, !!p.report?.illustrative]));
  return {
    resources: pkg.descriptor.resources.map((r) => ({
      name: r.name, title: r.title, description: r.description, rows: pkg.rows[r.name]!.length,
      csv: `/du-lieu/${r.path}`, json: `/du-lieu/${r.path.replace(/\.csv$/, ".json")}`,
      fields: r.schema.fields, primaryKey: ([] as string[]).concat(r.schema.primaryKey),
    })),
    snapshots: [...pkg.snapshots].reverse().map((s) => ({ ...s, illustrative: illustrative.get(s.period) ?? false })),
    dictionary: pkg.dictionary,
    schemas: pkg.dictionary.map((d) => ({ name: d.name, title: d.title, path: `/du-lieu/schemas/${d.name}.schema.json` })),
  };
}
