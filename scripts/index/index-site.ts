import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
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
 * Pagefind's Node API runs Pagefind in a process of its own and talks to it over a pipe: every
 * request and every answer needs a turn of the calling process's event loop, and while the pages
 * render that loop is busy for long stretches. So the index is fed by a small Node process of its
 * own (INDEX_PROCESS), which does nothing else, reading the records from a temporary file. It sends
 * every record at once and awaits the answers together: the Node API writes each request to the
 * pipe as it is called, and Pagefind handles them one after another in that order, so the index is
 * the same as when each record waits for the previous one (tests/index/write-index.test.ts). A
 * process rather than a worker thread: a worker leaves Pagefind's ended process unreaped (a zombie
 * per index, which `npm start` builds again and again); a process's orphans are reaped by the system.
 * At 10,000 tasks see docs/performance.md, "Search index at 10,000 tasks".
 */
export async function writeIndex(records: readonly SearchRecord[], outputPath: string): Promise<{ records: number }> {
  const dir = await mkdtemp(join(tmpdir(), "hg-index-"));
  try {
    const input = join(dir, "records.json");
    await writeFile(input, JSON.stringify(records));
    const child = spawn(process.execPath, ["-e", INDEX_PROCESS, PAGEFIND, input, outputPath], { stdio: ["ignore", "inherit", "inherit", "ipc"] });
    running.add(child);
    child.once("exit", () => running.delete(child));
    let failure: string | undefined;
    child.on("message", (message: { error?: string }) => (failure = message.error));
    const code = await new Promise<number | null>((resolve, reject) => {
      child.once("error", reject);
      child.once("exit", resolve);
    });
    if (failure !== undefined) throw new Error(failure);
    if (code !== 0) throw new Error(`Pagefind: the index process stopped (code ${code}) before it finished`);
    return { records: records.length };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const PAGEFIND = import.meta.resolve("pagefind");

/**
 * Index processes still running. They stop when the process that started them exits (`npm start`
 * stopped while an index is built in the background): an orphan would go on writing into the
 * project after the build had gone (tests/index/index-stops-with-build.test.ts). A build killed
 * outright runs no exit handler: the index process then sees its channel to the build close and
 * stops itself. Its own Pagefind process ends when its pipe closes.
 */
const running = new Set<ChildProcess>();
process.on("exit", () => {
  for (const child of running) child.kill();
});

/**
 * The index process: plain JavaScript run with `node -e`, so it runs the same under tsx, node and
 * the tests. Arguments: Pagefind's module URL, the records file, the output folder. Pagefind
 * reports a record or write it cannot take as `errors` (or rejects, for a request it cannot read);
 * either fails the stage (sent to the build as `{ error }`, exit code 1), and no index is written
 * when a record failed.
 */
const INDEX_PROCESS = `
  const { readFileSync } = require("node:fs");
  const [pagefindUrl, input, outputPath] = process.argv.slice(1);
  // The build went away (killed, or exited without stopping us): stop rather than write into its folder.
  let finished = false;
  process.on("disconnect", () => {
    if (!finished) process.exit(1);
  });
  (async () => {
    const records = JSON.parse(readFileSync(input, "utf8"));
    const pagefind = await import(pagefindUrl);
    try {
      const { index, errors } = await pagefind.createIndex({ forceLanguage: "vi" });
      if (!index || errors.length > 0) throw new Error("Pagefind: " + errors.join("; "));
      const added = await Promise.all(records.map((record) => index.addCustomRecord({ ...record, language: "vi" })));
      const failed = added.findIndex((a) => a.errors.length > 0);
      if (failed >= 0) throw new Error("Pagefind (" + records[failed].url + "): " + added[failed].errors.join("; "));
      const written = await index.writeFiles({ outputPath });
      if (written.errors.length > 0) throw new Error("Pagefind: " + written.errors.join("; "));
    } finally {
      await pagefind.close();
    }
  })().then(
    () => {
      finished = true;
      process.disconnect();
    },
    (error) => process.send({ error: error instanceof Error ? error.message : String(error) }, () => process.exit(1)),
  );`;
