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
}

/**
 * Render stage: Eleventy renders the derived data into HTML. Templates see it as the global `hg`
 * and never read content files, so nothing unvalidated reaches a page. Each render is its own
 * Eleventy instance (Eleventy's public API has no way to hand an instance new global data).
 * @example await renderSite(siteData, { outDir: ".build-tmp", pathPrefix: "/", assets, openData, figures }) → 160 pages written
 */
export async function renderSite(data: SiteData, { outDir, pathPrefix, assets, openData, figures }: RenderOptions): Promise<number> {
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
    },
  });
  const results = await eleventy.write();
  return Array.isArray(results) ? results.flat(2).length : 0;
}
