import Eleventy from "@11ty/eleventy";
import { collectGarbage } from "../lib/collect-garbage.ts";
import { readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import type { SiteData } from "../derive/types.ts";
import type { OpenDataSummary } from "../export/open-data-summary.ts";
import type { FigureLinks } from "../export/page-figures.ts";
import type { AssetManifest } from "./bundle-assets.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const SITE = `${ROOT}site`;

/**
 * The templates rendered once for the whole site, at its root (docs/decisions/0008): the home page
 * (the current plan, with the archive of the others), the 404 page, robots.txt and the redirects from
 * the addresses the site had before plans had folders. Every other template is rendered once per
 * plan, under /<year>/. The home page is rendered in both: /2026/ is the plan's own home.
 */
const ROOT_TEMPLATES = ["index.njk", "404.njk", "robots.njk", "chuyen-huong.njk"];
const PLAN_ONLY_SKIPPED = ["404.njk", "robots.njk", "chuyen-huong.njk"];

/** One plan, as the home page's archive lists it. */
export interface PlanSummary {
  year: string;
  title: string;
  /** Path from the site root: "2026/". */
  path: string;
  /** The plan `/` shows: the latest one. */
  current: boolean;
}

/** A page of the site as it was before plans had folders, and where it now lives. */
export interface LegacyRedirect {
  /** Old path without the prefix: "/nhiem-vu/nv-1-1/". */
  from: string;
  /** New path without the prefix: "/2026/nhiem-vu/nv-1-1/". */
  to: string;
}

export interface RenderOptions {
  outDir: string;
  /** The prefix the `url` filter adds: the site's prefix and, for a plan's pages, its year ("/2026/"). */
  pathPrefix: string;
  /** The site's own prefix ("/" or "/ke-hoach-cchc/"), for what is shared by every plan: assets, search index. */
  rootPrefix?: string;
  assets: AssetManifest;
  /** What /du-lieu/ lists, from the data package the export stage writes. */
  openData: OpenDataSummary;
  /** Each page's downloadable figures by page path (figureLinks), which the export stage writes beside the page. */
  figures: Record<string, FigureLinks>;
  /** Items of one paginated list rendered per Eleventy run (tests set it small); SHARD_SIZE by default. */
  shardSize?: number;
  /** "plan": the plan's pages (into outDir = <site>/<year>); "root": the site-wide pages (ROOT_TEMPLATES). */
  scope?: "plan" | "root";
  /** Every plan, oldest first, for the archive. */
  plans?: PlanSummary[];
  /** Only for scope "root": the redirect pages to write. */
  redirects?: LegacyRedirect[];
  /** The site's address without a plan's year (settings.url as written in data/site.json). */
  siteUrl?: string;
  /**
   * `npm start` only (scripts/dev-cache.ts): `global` is handed each global data value before Eleventy
   * is, to record what the templates read; `written` receives the paths of the files the run wrote.
   */
  watch?: RenderWatch;
}

export interface RenderWatch {
  global<T>(name: string, value: T): T;
  written(outputPaths: string[]): void;
}

/** The lists with one page per item that grow with the plan: above SHARD_SIZE items, rendered in shards. */
const SHARDED = ["tasks", "objectives"] as const;
/**
 * Eleventy keeps every page it renders in memory until its run ends: at 10,000 tasks (16,600
 * pages) one run peaked at 2.6 GB RSS. Shards of this many pages bound that.
 */
const SHARD_SIZE = 2000;

/**
 * Render stage: Eleventy renders the derived data into HTML. Templates see it as the global `hg`
 * and never read content files, so nothing unvalidated reaches a page. Each render is its own
 * Eleventy instance (Eleventy's public API has no way to hand an instance new global data); the
 * build renders each plan (scope "plan", into <site>/<year>/) and then the site root (scope "root").
 *
 * At province scale the task and objective pages are rendered in shards, each its own Eleventy run
 * over a slice of the list (`hg.tasks` holds only that slice, and only the template paginating over
 * it runs: Eleventy's preprocessor API), then one run renders every other page, with the sharded
 * pages' addresses for the sitemap (`shardedUrls`). The pages are the same bytes as from one run
 * (tests/render/render-shards.test.ts).
 * @example await renderSite(siteData, { outDir: ".build-tmp/2026", pathPrefix: "/2026/", rootPrefix: "/", assets, openData, figures }) → 160 pages written
 */
export async function renderSite(data: SiteData, options: RenderOptions): Promise<number> {
  const size = options.shardSize ?? SHARD_SIZE;
  const big = options.scope === "root" ? [] : SHARDED.filter((key) => data[key].length > size);
  const shardedUrls: string[] = [];
  for (const key of big) {
    for (let start = 0; start < data[key].length; start += size) {
      const shard = { ...data, [key]: data[key].slice(start, start + size) };
      shardedUrls.push(...(await runEleventy(shard, options, (paginated) => paginated === `hg.${key}`, [])));
      collectGarbage();
    }
  }
  const rest = await runEleventy(data, options, (paginated) => !big.some((key) => paginated === `hg.${key}`), shardedUrls);
  if (big.length > 0) collectGarbage();
  return shardedUrls.length + rest.length;
}

/**
 * One Eleventy run rendering the templates of its scope that `keep` accepts (by the list they
 * paginate over, if any); returns the URLs of the pages written.
 */
async function runEleventy(data: SiteData, options: RenderOptions, keep: (paginated: string | undefined) => boolean, shardedUrls: string[]): Promise<string[]> {
  const { outDir, pathPrefix, rootPrefix = pathPrefix, scope = "plan", watch } = options;
  const skipped = scope === "root" ? templates().filter((t) => !ROOT_TEMPLATES.includes(t)) : PLAN_ONLY_SKIPPED;
  const eleventy = new Eleventy(SITE, outDir, {
    quietMode: true,
    configPath: `${ROOT}eleventy.config.ts`,
    pathPrefix,
    config(eleventyConfig) {
      for (const [name, value] of Object.entries(globalData(data, options, shardedUrls))) eleventyConfig.addGlobalData(name, watch ? watch.global(name, value) : value);
      // A path from the site root, whatever plan the page belongs to: assets, the search index, other plans.
      eleventyConfig.addFilter("rootUrl", (path: string) => `${rootPrefix}${String(path).replace(/^\//, "")}`);
      // Returning false leaves a template out of this run (Eleventy's documented preprocessor API): a
      // template of the other scope, or one whose list is rendered in shards by other runs. The template
      // is named relative to site/, whatever folder Eleventy was started from (`npm start` runs from the content's).
      eleventyConfig.addPreprocessor("scope-and-shards", "*", (templateData: { pagination?: { data?: string }; page: { inputPath: string }; eleventy?: { directories?: { input?: string } } }) => {
        const input = templateData.eleventy?.directories?.input ?? "./site/";
        const path = templateData.page.inputPath.split("\\").join("/");
        if (skipped.includes(path.startsWith(input) ? path.slice(input.length) : path)) return false;
        return keep(templateData.pagination?.data) ? undefined : false;
      });
    },
  });
  const results = (await eleventy.write()) as unknown;
  const pages = Array.isArray(results) ? (results.flat(2) as { url?: string | false; outputPath?: string | false }[]) : [];
  watch?.written(pages.map((r) => r.outputPath).filter((p): p is string => typeof p === "string"));
  return pages.map((r) => r.url).filter((u): u is string => typeof u === "string");
}

/**
 * The global data a run hands its templates, by name (the `rootUrl` filter besides follows `rootPrefix`).
 * @example globalData(data, options, []).hg === data → true
 */
export function globalData(data: SiteData, { assets, openData, figures, plans = [], redirects = [], siteUrl = data.settings.url }: RenderOptions, shardedUrls: string[]): Record<string, unknown> {
  return {
    hg: data, assets, openData, plans, redirects, siteUrl,
    // By page path, with the names of the files they are downloaded as: `pageFigures[page.url]`. The
    // plan's one object, not a copy per run: Eleventy keeps each run's global data alive after it.
    pageFigures: figures,
    // Pages rendered by other runs of this build, for the sitemap.
    shardedUrls,
  };
}

/** Every template file under site/, relative ("nhiem-vu/task.njk"), leaving out includes and data. */
function templates(): string[] {
  return readdirSync(SITE, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(".njk"))
    .map((e) => relative(SITE, join(e.parentPath, e.name)).split("\\").join("/"))
    .filter((t) => !t.startsWith("_"));
}
