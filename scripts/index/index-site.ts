import { join } from "node:path";
import * as pagefind from "pagefind";
import type { SiteData } from "../derive/types.ts";
import { searchRecords, type SearchRecord } from "./search-records.ts";

/**
 * Index stage: builds the Pagefind search index from the derived data (search-records.ts says what
 * each kind of page contributes), not from the rendered HTML, so it needs no built page and can run
 * while the pages render. Pagefind reports problems as `errors` rather than throwing; any of them
 * fails the build.
 * @example await indexSite(data, "_site.tmp-1") → { records: 139 }  (writes _site.tmp-1/pagefind/)
 */
export async function indexSite(data: SiteData, outDir: string): Promise<{ records: number }> {
  return writeIndex(searchRecords(data), join(outDir, "pagefind"));
}

/** One plan's derived data, and the year its pages are filed under (/<year>/, docs/decisions/0008). */
export interface PlanData {
  year: string;
  data: SiteData;
}

/**
 * The index of every plan at once, at the site root (/pagefind/): each plan's records with its year
 * in the address and as the `year` filter, oldest plan first.
 * @example await indexPlans([{ year: "2026", data }], "_site.tmp-1") → { records: 139 }  (records at /2026/nhiem-vu/…)
 */
export async function indexPlans(plans: readonly PlanData[], outDir: string): Promise<{ records: number }> {
  return writeIndex(planRecords(plans), join(outDir, "pagefind"));
}

/**
 * Each plan's search records under its year.
 * @example planRecords([{ year: "2026", data }])[0] → { url: "/2026/nhiem-vu/nv-1-1/", filters: { type: ["Nhiệm vụ"], …, year: ["2026"] }, … }
 */
export function planRecords(plans: readonly PlanData[]): SearchRecord[] {
  return plans.flatMap(({ year, data }) => searchRecords(data).map((r) => ({ ...r, url: `/${year}${r.url}`, filters: { ...r.filters, year: [year] } })));
}

/**
 * Writes a Pagefind index of `records` into `outputPath`, the records in the given order: Pagefind's
 * index depends on the order records arrive in (tests/build/deterministic-build.test.ts).
 *
 * Every record is sent at once, then the answers are awaited together. Pagefind's Node API writes
 * each request to its process's input as it is called, and the process handles its requests one
 * after another in that order, so the index is the same as when each record waits for the previous
 * one (tests/index/write-index.test.ts). Waiting for each answer cost a turn of this process's event
 * loop per record: nothing while the loop is idle, but in a build the pages render meanwhile, and at
 * 10,000 tasks the 16,585 turns made the index take 60 s instead of 20 (docs/performance.md).
 */
export async function writeIndex(records: readonly SearchRecord[], outputPath: string): Promise<{ records: number }> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: "vi" });
  if (!index || errors.length > 0) throw new Error(`Pagefind: ${errors.join("; ")}`);
  try {
    const added = await Promise.all(records.map((record) => index.addCustomRecord({ ...record, language: "vi" })));
    const failed = added.findIndex((a) => a.errors.length > 0);
    if (failed >= 0) throw new Error(`Pagefind (${records[failed]!.url}): ${added[failed]!.errors.join("; ")}`);
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join("; ")}`);
    return { records: records.length };
  } finally {
    await pagefind.close();
  }
}
