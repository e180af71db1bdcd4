import Eleventy from "@11ty/eleventy";
import { fileURLToPath } from "node:url";
import type { SiteData } from "../derive/types.ts";
import type { OpenDataSummary } from "../export/open-data-summary.ts";
import { figureFiles, type PageFigures } from "../export/page-figures.ts";
import type { AssetManifest } from "./bundle-assets.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

export interface RenderOptions {
  outDir: string;
  pathPrefix: string;
  assets: AssetManifest;
  /** What /du-lieu/ lists, from the data package the export stage writes. */
  openData: OpenDataSummary;
  /** Each page's downloadable figures, which the export stage writes beside the page. */
  figures: PageFigures[];
  /** Items of one paginated list rendered per Eleventy run (tests set it small); SHARD_SIZE by default. */
  shardSize?: number;
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
 * Eleventy instance (Eleventy's public API has no way to hand an instance new global data).
 *
 * At province scale the task and objective pages are rendered in shards, each its own Eleventy run
 * over a slice of the list (`hg.tasks` holds only that slice, and only the template paginating over
 * it runs: Eleventy's preprocessor API), then one run renders every other page, with the sharded
 * pages' addresses for the sitemap (`shardedUrls`). The pages are the same bytes as from one run
 * (tests/render/render-shards.test.ts).
 * @example await renderSite(siteData, { outDir: ".build-tmp", pathPrefix: "/", assets, openData, figures }) → 160 pages written
 */
export async function renderSite(data: SiteData, options: RenderOptions): Promise<number> {
  const size = options.shardSize ?? SHARD_SIZE;
  const big = SHARDED.filter((key) => data[key].length > size);
  const shardedUrls: string[] = [];
  for (const key of big) {
    for (let start = 0; start < data[key].length; start += size) {
      const shard = { ...data, [key]: data[key].slice(start, start + size) };
      shardedUrls.push(...(await runEleventy(shard, options, (paginated) => paginated === `hg.${key}`, [])));
    }
  }
  const rest = await runEleventy(data, options, (paginated) => !big.some((key) => paginated === `hg.${key}`), shardedUrls);
  return shardedUrls.length + rest.length;
}

/**
 * One Eleventy run rendering the templates `keep` accepts (by the list they paginate over, if any);
 * returns the URLs of the pages written.
 */
async function runEleventy(data: SiteData, { outDir, pathPrefix, assets, openData, figures }: RenderOptions, keep: (paginated: string | undefined) => boolean, shardedUrls: string[]): Promise<string[]> {
  const eleventy = new Eleventy(`${ROOT}site`, outDir, {
    quietMode: true,
    configPath: `${ROOT}eleventy.config.ts`,
    pathPrefix,
    config(eleventyConfig) {
      eleventyConfig.addGlobalData("hg", data);
      eleventyConfig.addGlobalData("assets", assets);
      eleventyConfig.addGlobalData("openData", openData);
      // By page path, with the names of the files they are downloaded as: `pageFigures[page.url]`.
      eleventyConfig.addGlobalData("pageFigures", Object.fromEntries(figures.map((f) => [f.path, { ...f, files: figureFiles(f) }])));
      // Pages rendered by other runs of this build, for the sitemap.
      eleventyConfig.addGlobalData("shardedUrls", shardedUrls);
      // Returning false leaves a template out of this run (Eleventy's documented preprocessor API).
      eleventyConfig.addPreprocessor("shards", "*", (templateData: { pagination?: { data?: string } }) => (keep(templateData.pagination?.data) ? undefined : false));
    },
  });
  const results = (await eleventy.write()) as unknown;
  return (Array.isArray(results) ? (results.flat(2) as { url?: string | false }[]) : []).map((r) => r.url).filter((u): u is string => typeof u === "string");
}
