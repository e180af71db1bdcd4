import { copyFile, link, mkdir, mkdtemp, readdir, rename, rm, stat, writeFile } from "node:fs/promises";
import { dirname, join, relative, resolve } from "node:path";
import { normalisePrefix } from "../lib/path-prefix.ts";
import { collectGarbage } from "./lib/collect-garbage.ts";
import { removeTree } from "./lib/remove-tree.ts";
import { bundleAssetsIfChanged, indexInBackground, keepPreviousIndex, removeInBackground, renderRootIfChanged, sameGitState } from "./dev-cache.ts";
import { deriveSiteData } from "./derive/derive-site-data.ts";
import { deriveIndicators } from "./derive/indicators.ts";
import { openDataSummary } from "./export/open-data-summary.ts";
import { figureLinks } from "./export/page-figures.ts";
import { writeDataPackage, writeOpenData } from "./export/write-data-package.ts";
import { writeCombinedFeed, writeCombinedPackage } from "./export/combine-plans.ts";
import { indexPlans, type PlanData } from "./index/index-site.ts";
import { BUILD_MARKER, BUILD_MARKER_TEXT, OutputFolderRefusedError, outputFolderProblem } from "./lib/output-folder.ts";
import { readGitHistory } from "./load/read-git-history.ts";
import { readPublishedReports } from "./load/read-published-reports.ts";
import { bundleAssets } from "./render/bundle-assets.ts";
import { keepCompiledTemplates } from "./render/render-caches.ts";
import { renderSite, type PlanSummary, type RenderOptions } from "./render/render-site.ts";
import { writeRootSitemap } from "./render/root-sitemap.ts";
import { writeLegacyChecksums } from "./export/legacy-checksums.ts";
import { sortProblems, type ContentError } from "./load/content-error.ts";
import { reportProblems } from "./validate/report-problems.ts";
import { loadSchemas } from "./validate/load-schemas.ts";
import { loadAndValidatePlans } from "./validate/validate-plans.ts";

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
    times[stage] = (times[stage] ?? 0) + (performance.now() - start) / 1000;
    return out;
  };
  // `npm start` keeps compiled templates from one build to the next (scripts/render/render-caches.ts); any other build compiles afresh.
  keepCompiledTemplates(dev);
  // Checked before anything is read or written: `--out .` once deleted a whole checkout.
  const refusal = await outputFolderProblem(root, outDir);
  if (refusal) throw new OutputFolderRefusedError(refusal);
  // In a function of its own so that the loaded files (each with its parse tree, for error
  // positions: hundreds of MB at 10,000 tasks) can be collected once validation is done.
  const check = async () => {
    // `npm start` reads git again only when git's state changed (scripts/dev-cache.ts).
    const readPublished = () => (dev ? sameGitState("published", root, () => readPublishedReports(root)) : readPublishedReports(root));
    const published = guardPublished ? await time("load", readPublished) : undefined;
    // `npm start` previews what staff are working on: drafts are warnings there and render with a
    // "BẢN NHÁP" banner; a real build refuses them, so no banner can reach `npm run build` output.
    // Every plan (content/<year>/, docs/decisions/0008) is loaded and validated on its own.
    const checked = await time("validate", () => loadAndValidatePlans(root, { publish: !dev, ...(published ? { published } : {}) }));
    return { ...checked, plans: checked.plans.map(({ year, content }) => ({ year, content })) };
  };
  const { loadErrors, errors, warnings, plans } = await check();
  // Parsing and validating every file leaves its garbage (≈ 500 MB at 10,000 tasks): collected before the build holds its data.
  if (!dev) collectGarbage();
  const problems = sortProblems([...loadErrors, ...errors, ...warnings]);
  onProblems?.(problems);
  const valid = plans.flatMap(({ year, content }) => (content ? [{ year, content }] : []));
  if (loadErrors.length + errors.length > 0 || valid.length === 0 || valid.length !== plans.length) {
    await reportProblems(problems);
    return null;
  }
  // Said, never silent: drafts in `npm start`, or a check that could not run (the guard in a shallow clone).
  if (warnings.length > 0) await reportProblems(warnings);
  // A plan still being transcribed (draft: true, npm run new:plan) is never published: `npm start`
  // shows it with the "BẢN NHÁP" banner, a real build leaves it out (docs/decisions/0008).
  const isDraft = (p: (typeof valid)[number]) => p.content.plan.data.draft === true;
  for (const p of valid.filter(isDraft)) log(`Kế hoạch ${p.year} là bản nháp (draft: true) nên ${dev ? "chỉ xem trước, chưa công bố" : "chưa được công bố"}.`);
  const shown = dev ? valid : valid.filter((p) => !isDraft(p));
  if (shown.length === 0) {
    log("Chưa có kế hoạch nào để công bố: mọi kế hoạch đều là bản nháp.");
    return null;
  }
  const history = await (dev ? sameGitState("history", root, () => readGitHistory(root)) : readGitHistory(root));
  const site = shown[0]!.content.site.data;
  const siteUrl = site.url;
  // Each plan's pages live under /<year>/: its settings.url says so, so every canonical link, citation
  // and open-data address of the plan carries the year (docs/decisions/0008).
  const derived: PlanData[] = await time("derive", () =>
    shown.map(({ year, content }) => ({ year, data: deriveSiteData({ ...content, site: { ...content.site, data: { ...site, url: `${siteUrl}/${year}` } } }, history, { drafts: dev }) })),
  );
  // Indicators measured across plans (`continues`): each plan's pages show those its targets belong to.
  const indicators = deriveIndicators(derived);
  for (const { year, data } of derived) {
    const mine = indicators.flatMap((i) => i.years.filter((y) => y.year === year).map((y) => ({ ...i, here: y.target })));
    data.indicators = mine;
  }
  for (const { year, content } of shown.filter(isDraft)) {
    const data = derived.find((d) => d.year === year)!.data;
    data.drafts = [{ path: content.plan.path, kind: "plan" }, ...(data.drafts ?? [])];
  }
  // `/` shows the latest published plan; a draft plan in `npm start` is previewed at /<year>/ only.
  const publishedYears = new Set(shown.filter((p) => !isDraft(p)).map((p) => p.year));
  const current = [...derived].reverse().find((d) => publishedYears.has(d.year)) ?? derived.at(-1)!;
  const summaries: PlanSummary[] = derived.map(({ year, data }) => ({ year, title: data.plan.title, path: `${year}/`, current: year === current.year }));
  const prefix = normalisePrefix(pathPrefix ?? process.env.PATH_PREFIX ?? site.pathPrefix);
  const target = resolve(outDir);
  // Folders beside the output are made here with unique names (mkdtemp), so the build only ever
  // deletes what it created itself: never a folder someone happened to name _site.old.
  await makeParents(dirname(target));
  const tmp = await mkdtemp(`${target}.tmp-`);
  // The index needs only the data, so it is built (by Pagefind's own process) while the pages
  // render. In dev the new pages go live with the previous index and the new one follows
  // (indexInBackground). Awaited on every path before tmp is removed or moved.
  const indexStart = performance.now();
  const indexing = dev ? null : indexPlans(derived, tmp).then((r) => ((times.indexAlone = (performance.now() - indexStart) / 1000), r));
  indexing?.catch(() => undefined); // Awaited below; not unhandled if a stage before fails first.
  try {
    const assets = await time("bundle", () => (dev ? bundleAssetsIfChanged(tmp, target) : bundleAssets(tmp)));
    const schemas = loadSchemas().schemas;
    let written = 0;
    const outputs = [];
    for (const { year, data } of derived) {
      const planDir = join(tmp, year);
      // The open data is built once and its files written at once, their text let go before the
      // pages render (≈ 110 MB at 10,000 tasks); pages show its summary and each page's figure links,
      // and the export builds each page's tables again as it writes them (docs/performance.md).
      const pkg = await time("export", () => writeOpenData(data, schemas, { outDir: planDir }));
      const figures = figureLinks(data, pkg);
      const openData = openDataSummary(pkg, data);
      // The data package's building leaves garbage too; the render runs start from what is live.
      if (!dev) collectGarbage();
      written += await time("render", () => renderSite(data, { outDir: planDir, pathPrefix: `${prefix}${year}/`, rootPrefix: prefix, assets, openData, figures, plans: summaries, siteUrl }));
      await time("export", () => writeDataPackage({ data, pkg }, { outDir: planDir, reuse: dev }));
      outputs.push({ year, data, openData, figures, pkg });
      // The export's workbooks and files are garbage once written; the next plan or the root run follows.
      if (!dev) collectGarbage();
    }
    // The site root: the current plan's home with the archive, the 404 page, robots.txt, the one
    // sitemap, and the addresses the site had before plans had folders: those of the plan data/site.json
    // names (legacyRootYear; validation checked it is a published plan). A site that never published a
    // plan at its root has none: at 10,000 tasks they were 16,600 redirect pages nobody had linked to.
    const legacyYear = derived.find((d) => d.year === String(site.legacyRootYear))?.year;
    const legacy = legacyYear ? await legacyFiles(join(tmp, legacyYear)) : { pages: [], files: [] };
    const top = outputs.find((o) => o.year === current.year)!;
    const rootOptions: RenderOptions = {
      outDir: tmp, pathPrefix: `${prefix}${top.year}/`, rootPrefix: prefix, assets, openData: top.openData, figures: top.figures, scope: "root", plans: summaries, siteUrl,
      redirects: legacy.pages.map((from) => ({ from, to: `/${legacyYear}${from}` })),
    };
    // `npm start` renders the root again only when something it read changed (scripts/dev-cache.ts).
    written += await time("render", () => (dev ? renderRootIfChanged(top.data, rootOptions, target) : renderSite(top.data, rootOptions)));
    await writeRootSitemap(tmp, derived.map((d) => d.year), siteUrl);
    // One feed and one package of open data across every plan, at the root.
    await writeCombinedFeed(tmp, derived.map((d) => d.year), siteUrl);
    await writeCombinedPackage(tmp, outputs, siteUrl);
    // What the combined package left (its workbook's XML) is garbage once written; the old site's removal follows.
    if (!dev) collectGarbage();
    if (legacyYear) await linkLegacyFiles(join(tmp, legacyYear), tmp, legacy.files);
    await time("index", async () => void (await (indexing ?? keepPreviousIndex(target, tmp))));
    const pages = written;
    await writeFile(`${tmp}/${BUILD_MARKER}`, BUILD_MARKER_TEXT);
    const old = await mkdtemp(`${target}.old-`);
    await rename(target, join(old, "site")).catch(() => undefined);
    await rename(tmp, target);
    if (dev) {
      removeInBackground(old);
      indexInBackground(derived, target);
    } else await removeTree(old);
    log(`Đã xây dựng ${pages} trang vào ${outDir} (tiền tố ${prefix}).`);
    return { pages, times };
  } catch (error) {
    await indexing?.catch(() => undefined);
    await rm(tmp, { recursive: true, force: true });
    throw error;
  }
}

/**
 * What the site held before plans had folders, found in the output of the plan data/site.json names
 * (legacyRootYear): its pages (each gets a redirect page at its old address, except its home: `/` is
 * the site's home) and its other
 * files (open data, share images, the feed), which a static host cannot redirect and so are served
 * at their old address too.
 * @example await legacyFiles("_site.tmp-x/2026") → { pages: ["/bao-cao/", "/nhiem-vu/nv-1-1/", …], files: ["du-lieu/nhiem-vu.csv", …] }
 */
async function legacyFiles(planDir: string): Promise<{ pages: string[]; files: string[] }> {
  const entries = await readdir(planDir, { recursive: true, withFileTypes: true });
  const all = entries.filter((e) => e.isFile()).map((e) => relative(planDir, join(e.parentPath, e.name)).split("\\").join("/")).sort();
  const pages = all.filter((f) => f.endsWith("/index.html")).map((f) => `/${f.slice(0, -"index.html".length)}`);
  return { pages, files: all.filter((f) => !f.endsWith("index.html")) };
}

/**
 * Each old file at its old address as a hard link (no second copy on disk), or a copy where links fail;
 * each SHA256SUMS rewritten to list only what is identical there (scripts/export/legacy-checksums.ts).
 */
async function linkLegacyFiles(planDir: string, siteDir: string, files: string[]): Promise<void> {
  const isSums = (file: string) => file === "SHA256SUMS" || file.endsWith("/SHA256SUMS");
  for (const file of files) {
    if (isSums(file)) continue;
    const to = join(siteDir, file);
    if (await stat(to).then(() => true, () => false)) continue;
    await mkdir(dirname(to), { recursive: true });
    await link(join(planDir, file), to).catch(() => copyFile(join(planDir, file), to));
  }
  // Checksums last, once the files they name are in place: true for the files at the old address.
  for (const file of files.filter(isSums)) {
    if (await stat(join(siteDir, file)).then(() => true, () => false)) continue;
    await writeLegacyChecksums(planDir, siteDir, file);
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
