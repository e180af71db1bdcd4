import type { SiteData } from "./scripts/derive/types.ts";
import { registerFilters } from "./site/filters/index.ts";

/**
 * Eleventy only renders: the data arrives already validated and derived (scripts/build.ts passes
 * it in as the global `hg`), so templates never read content files themselves.
 */
export default function (eleventyConfig: any, siteData?: SiteData) {
  if (siteData) eleventyConfig.addGlobalData("hg", siteData);
  registerFilters(eleventyConfig);
  // Autoescape is Nunjucks' default; set it explicitly because content comes from pull requests.
  eleventyConfig.setNunjucksEnvironmentOptions({ autoescape: true, throwOnUndefined: false });
  eleventyConfig.setQuietMode(true);
  // Eleventy keeps compiled layouts in a process-wide cache that outlives each `new Eleventy()`:
  // a second build in the same process (npm start's rebuilds, tests building at "/" and at
  // "/ke-hoach-cchc/") reused the first build's layouts, with its path prefix and its old text.
  eleventyConfig.setUseTemplateCache(false);
  return {
    dir: { input: "site", includes: "_includes", data: "_data" },
    templateFormats: ["njk"],
    htmlTemplateEngine: "njk",
  };
}
