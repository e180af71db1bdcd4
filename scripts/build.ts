import { mkdir, mkdtemp, rename, rm, stat, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { normalisePrefix } from "../lib/path-prefix.ts";
import { bundleAssetsIfChanged, indexInBackground, keepPreviousIndex } from "./dev-cache.ts";
import { deriveSiteData } from "./derive/derive-site-data.ts";
import { buildDataPackage } from "./export/build-data-package.ts";
import { openDataSummary } from "./export/open-data-summary.ts";
import { pageFigures } from "./export/page-figures.ts";
import { writeDataPackage } from "./export/write-data-package.ts";
import { indexSite } from "./index/index-site.ts";
import { BUILD_MARKER, BUILD_MARKER_TEXT, OutputFolderRefusedError, outputFolderProblem } from "./lib/output-folder.ts";
import { loadContent } from "./load/load-content.ts";
import { readGitHistory } from "./load/read-git-history.ts";
import { readPublishedReports } from "./load/read-published-reports.ts";
import { bundleAssets } from "./render/bundle-assets.ts";
import { renderSite } from "./render/render-site.ts";
import { sortProblems, type ContentError } from "./load/content-error.ts";
import { reportProblems } from "./validate/report-problems.ts";
import { loadSchemas } from "./validate/load-schemas.ts";
import { validateContent } from "./validate/validate-content.ts";

export interface BuildOptions {
  root: string;
  outDir: string;
  pathPrefix?: string;
  log?: (line: string) => void;
  /**
   * `npm start`: quieter, same pages, faster after an edit (scripts/dev-cache.ts): unchanged assets
   * are not re-bundled, and the search index is rebuilt in the background after the new pages are
   * in place.
   */
  dev?: boolean;
  /** Receives every problem found (errors and warnings), e.g. for the error page of `npm start`. */
  onProblems?: (problems: ContentError[]) => void;
  /**
   * Compare published figures with their first publication in git (default). Off only for test plans,
   * which are inputs of tests, not publications; the guard has tests of its own.
   */
  guardPublished?: boolean;
}

/**
 * Seconds spent per stage, for `npm run bench`. The search index is built from the derived data
 * while the pages render and export: `index` is only the time the build still waited for it after
 * export, `indexAlone` the index's own duration (overlapping render and export).
 */
export type StageTimes = Record<"load" | "validate" | "derive" | "bundle" | "render" | "export" | "index", number> & { indexAlone?: number };

/**
 * The whole pipeline: load → validate → derive → render → export → index. The site is built in a temporary
 * folder and swapped into place only when every stage succeeded, so a failed build never leaves
 * a half-built site behind. Returns null (and writes nothing) when content has errors; throws
 * OutputFolderRefusedError (and touches nothing) when `outDir` is not a folder the build may
 * replace (scripts/lib/output-folder.ts).
 * @example await buildSite({ root: ".", outDir: "_site" }) → { pages: 160, times: { load: 0.1, … } }
 */
export async function buildSite({ root, outDir, pathPrefix, dev = false, guardPublished = true, log = dev ? () => undefined : console.log, onProblems }: BuildOptions): Promise<{ pages: number; times: StageTimes } | null> {
  const times = {} as StageTimes;
  const time = async <T>(stage: keyof StageTimes, work: () => Promise<T> | T): Promise<T> => {
    const start = performance.now();
    const out = await work();
    times[stage] = (performance.now() - start) / 1000;
    return out;
  };
  // Checked before anything is read or written: `--out .` once deleted a whole checkout.
  const refusal = await outputFolderProblem(root, outDir);
  if (refusal) throw new OutputFolderRefusedError(refusal);
  // In a function of its own so that the loaded files (each with its parse tree, for error
  // positions: hundreds of MB at 10,000 tasks) can be collected once validation is done.
  const check = async () => {
    const [{ files, errors: loadErrors }, published] = await time("load", () => Promise.all([loadContent(root), guardPublished ? readPublishedReports(root) : undefined]));
    // `npm start` previews what staff are working on: drafts are warnings there and render with a
    // "BẢN NHÁP" banner; a real build refuses them, so no banner can reach `npm run build` output.
    return { loadErrors, ...(await time("validate", () => validateContent(files, { publish: !dev, ...(published ? { published } : {}) }))) };
  };
  const { loadErrors, errors, warnings, content } = await check();
  const problems = sortProblems([...loadErrors, ...errors, ...warnings]);
  onProblems?.(problems);
  if (loadErrors.length + errors.length > 0 || !content) {
    await reportProblems(problems);
    return null;
  }
  // Said, never silent: drafts in `npm start`, or a check that could not run (the guard in a shallow clone).
  if (warnings.length > 0) await reportProblems(warnings);
  const history = await readGitHistory(root);
  const data = await time("derive", () => deriveSiteData(content, history, { drafts: dev }));
  const prefix = normalisePrefix(pathPrefix ?? process.env.PATH_PREFIX ?? content.site.data.pathPrefix);
  const target = resolve(outDir);
  // Folders beside the output are made here with unique names (mkdtemp), so the build only ever
  // deletes what it created itself: never a folder someone happened to name _site.old.
  await makeParents(dirname(target));
  const tmp = await mkdtemp(`${target}.tmp-`);
  // The index needs only the data, so it is built (by Pagefind's own process) while the pages
  // render. In dev the new pages go live with the previous index and the new one follows
  // (indexInBackground). Awaited on every path before tmp is removed or moved.
  const indexStart = performance.now();
  const indexing = dev ? null : indexSite(data, tmp).then((r) => ((times.indexAlone = (performance.now() - indexStart) / 1000), r));
  indexing?.catch(() => undefined); // Awaited below; not unhandled if a stage before fails first.
  try {
    const assets = await time("bundle", () => (dev ? bundleAssetsIfChanged(tmp, target) : bundleAssets(tmp)));
    // The open data and each page's figures are built once: pages show them, export writes them.
    const dataPackage = buildDataPackage(data, loadSchemas().schemas);
    const figures = pageFigures(data, dataPackage);
    const openData = openDataSummary(dataPackage, data);
    const written = await time("render", () => renderSite(data, { outDir: tmp, pathPrefix: prefix, assets, openData, figures }));
    await time("export", () => writeDataPackage({ data, pkg: dataPackage, figures }, { outDir: tmp }));
    await time("index", async () => void (await (indexing ?? keepPreviousIndex(target, tmp))));
    const pages = written;
    await writeFile(`${tmp}/${BUILD_MARKER}`, BUILD_MARKER_TEXT);
    const old = await mkdtemp(`${target}.old-`);
    await rename(target, join(old, "site")).catch(() => undefined);
    await rename(tmp, target);
    await rm(old, { recursive: true, force: true });
    if (dev) indexInBackground(data, target);
    log(`Đã xây dựng ${pages} trang vào ${outDir} (tiền tố ${prefix}).`);
    return { pages, times };
  } catch (error) {
    await indexing?.catch(() => undefined);
    await rm(tmp, { recursive: true, force: true });
    throw error;
  }
}

/**
 * Creates the missing folders above the output one level at a time: Node's recursive mkdir never
 * returns for some paths (under /proc), where a plain mkdir fails at once with an error to report.
 * @example await makeParents("/tmp/a/b") → creates /tmp/a, then /tmp/a/b
 */
async function makeParents(dir: string): Promise<void> {
  const missing: string[] = [];
  for (let d = dir; !(await stat(d).then(() => true, () => false)); d = dirname(d)) {
    missing.unshift(d);
    if (dirname(d) === d) break;
  }
  for (const d of missing) await mkdir(d);
}
