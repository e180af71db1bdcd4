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

/**
 * Writes a Pagefind index of `records` into `outputPath`. One record at a time, in the given
 * order: Pagefind's index depends on the order records arrive in, and records sent in parallel
 * arrive in a different order each run, which made two builds of the same commit differ
 * (tests/build/deterministic-build.test.ts).
 */
export async function writeIndex(records: readonly SearchRecord[], outputPath: string): Promise<{ records: number }> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: "vi" });
  if (!index || errors.length > 0) throw new Error(`Pagefind: ${errors.join("; ")}`);
  try {
    for (const record of records) {
      const added = await index.addCustomRecord({ ...record, language: "vi" });
      if (added.errors.length > 0) throw new Error(`Pagefind (${record.url}): ${added.errors.join("; ")}`);
    }
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join("; ")}`);
    return { records: records.length };
  } finally {
    await pagefind.close();
  }
}
