import type { EleventyConfig } from "@11ty/eleventy";
import { fileURLToPath } from "node:url";
import { renderCaches } from "./scripts/render/render-caches.ts";
import { registerFilters } from "./site/filters/index.ts";

/**
 * Eleventy only renders: the data arrives already validated and derived (scripts/render/render-site.ts
 * passes it in as the global `hg`), so templates never read content files themselves.
 */
export default function (eleventyConfig: EleventyConfig) {
  registerFilters(eleventyConfig);
  // Nunjucks with autoescape on, each template compiled once per build (see render-caches.ts).
  eleventyConfig.addPlugin(renderCaches, { includesDir: fileURLToPath(new URL("site/_includes", import.meta.url)) });
  eleventyConfig.setQuietMode(true);
  // Eleventy keeps layouts and template text in process-wide caches that outlive each `new Eleventy()`:
  // a second build in the same process (npm start's rebuilds, tests building at "/" and at
  // "/ke-hoach-cchc/") reused the first build's layouts, with its path prefix and its old text.
  eleventyConfig.setUseTemplateCache(false);
  return {
    dir: { input: "site", includes: "_includes", data: "_data" },
    templateFormats: ["njk"],
    htmlTemplateEngine: "njk",
  };
}
