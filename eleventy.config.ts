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
  // Nunjucks with autoescape on, each template compiled once per build, Eleventy's process-wide
  // template cache off: every hook into how Eleventy renders lives in render-caches.ts.
  eleventyConfig.addPlugin(renderCaches, { includesDir: fileURLToPath(new URL("site/_includes", import.meta.url)) });
  eleventyConfig.setQuietMode(true);
  return {
    dir: { input: "site", includes: "_includes", data: "_data" },
    templateFormats: ["njk"],
    htmlTemplateEngine: "njk",
  };
}
