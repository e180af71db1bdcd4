import nunjucks from "nunjucks";
import type { EleventyConfig } from "@11ty/eleventy";
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * Two render-time caches, each giving byte-identical output, built from documented APIs:
 * Eleventy's `setLibrary("njk", environment)`, `addExtension` overriding a built-in language,
 * `getFilter`/`addFilter`, and Nunjucks' public `new Template(source, environment, path, eagerCompile)`;
 * and Eleventy's own process-wide template cache turned off (`setUseTemplateCache`, public but undocumented).
 *
 * - Nunjucks compiles. Eleventy 3.1's Nunjucks engine creates a new `nunjucks.Template` for every
 *   render, so every paginated page compiles its template, and its layout, from source again: at
 *   1,000 tasks that is 1,000 compiles of site/nhiem-vu/task.njk and of layouts/base.njk, the
 *   largest single cost of rendering. Here `.njk` is rendered by an `addExtension` override that
 *   compiles each distinct (file, source) once per Eleventy instance, in the environment that
 *   Eleventy fills with our filters (we hand it over with `setLibrary`).
 * - The `url` filter. Eleventy's built-in filter first tries `new URL(url)`, which throws for every
 *   site-relative path; with tens of calls per page it took 10–20 % of rendering. Its result
 *   depends only on its arguments (the path prefix is fixed per build), so it is memoised.
 * - `npm start` only (keepCompiledTemplates): the environment and its compiled templates are kept
 *   from one Eleventy instance to the next while the includes are the same (by content), so a rebuild
 *   compiles only the templates whose text changed. Each instance adds its filters and globals to the
 *   kept environment again, replacing the last one's, and compiled templates look them up as they render.
 */

/** Whether the next Eleventy instances keep the environment and compiled templates of the last (npm start). */
let keep = false;
let kept: { key: string; environment: nunjucks.Environment; compiled: Map<string, nunjucks.Template> } | undefined;

/**
 * Turns keeping compiled templates between Eleventy instances on (`npm start`'s builds, one at a time)
 * or off (every other build, which then compiles afresh): buildSite calls it first.
 * @example keepCompiledTemplates(true)
 */
export function keepCompiledTemplates(on: boolean): void {
  keep = on;
  if (!on) kept = undefined;
}

/** A hash of every file under the includes folder and of the options: a kept environment is reused only while it is the same. */
function includesKey(includesDir: string): string {
  const hash = createHash("sha256").update(OPTIONS_KEY);
  const files = readdirSync(includesDir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name)).sort();
  for (const file of files) {
    const contents = readFileSync(file);
    hash.update(`${file}\0${contents.length}\0`).update(contents);
  }
  return hash.digest("hex");
}

/** Nunjucks options for every page: autoescape is its default; set explicitly because content comes from pull requests. */
const ENVIRONMENT_OPTIONS: nunjucks.ConfigureOptions = { autoescape: true, throwOnUndefined: false };
/** The options as written here, for the kept environment's key (Nunjucks adds its defaults to the object it is given: each environment gets a copy). */
const OPTIONS_KEY = JSON.stringify(ENVIRONMENT_OPTIONS);

/**
 * An Eleventy plugin that renders `.njk` through one Nunjucks environment owned by this Eleventy
 * instance (templates under `includesDir` for `{% include %}`), compiling each template once.
 * @example eleventyConfig.addPlugin(renderCaches, { includesDir: "/repo/site/_includes" })
 */
export function renderCaches(eleventyConfig: EleventyConfig, { includesDir }: { includesDir: string }): void {
  // The one call here that 11ty.dev does not document (a method of Eleventy's UserConfig class, which
  // the package exports for types as @11ty/eleventy/UserConfig): Eleventy keeps layouts and template text in process-wide caches that outlive
  // each `new Eleventy()`, so a second build in the same process (npm start's rebuilds, tests building
  // at "/" and at "/ke-hoach-cchc/") reused the first build's layouts, with its path prefix and its old
  // text. Turning them off costs nothing measurable: the compile cache below compiles each layout once
  // per instance anyway. tests/render/render-caches.test.ts fails by name if an upgrade changes this.
  eleventyConfig.setUseTemplateCache(false);
  const key = keep ? includesKey(includesDir) : undefined;
  const reuse = key !== undefined && kept?.key === key ? kept : undefined;
  const environment = reuse?.environment ?? new nunjucks.Environment(new nunjucks.FileSystemLoader(includesDir), { ...ENVIRONMENT_OPTIONS });
  // Eleventy adds its filters, shortcodes and globals to this environment as it does to its own.
  eleventyConfig.setLibrary("njk", environment);
  const compiled = reuse?.compiled ?? new Map<string, nunjucks.Template>();
  kept = key === undefined ? undefined : { key, environment, compiled };
  eleventyConfig.addExtension("njk", {
    // As Eleventy's own Nunjucks engine: a permalink string in front matter may use Nunjucks.
    compileOptions: { permalink: true },
    compile(source: string, inputPath: string) {
      // Eleventy names strings without a file "njk" (its own engine gives them no path either).
      const path = inputPath && inputPath !== "njk" ? inputPath : undefined;
      const key = `${path ?? ""}\0${source}`;
      let template = compiled.get(key);
      if (!template) compiled.set(key, (template = new nunjucks.Template(source, environment, path, true)));
      const ready = template;
      return (data: object) =>
        new Promise<string>((resolve, reject) => ready.render(data, (error, html) => (error ? reject(error) : resolve(html ?? ""))));
    },
  });

  const url = eleventyConfig.getFilter("url") as ((this: unknown, url: unknown, prefix?: unknown) => string) | undefined;
  if (!url) return;
  const memo = new Map<string, string>();
  eleventyConfig.addFilter("url", function (this: unknown, path: unknown, prefix?: unknown) {
    if ((typeof path !== "string" && path !== undefined) || (prefix !== undefined && typeof prefix !== "string")) return url.call(this, path, prefix);
    const key = `${path ?? ""}\0${prefix ?? ""}`;
    let out = memo.get(key);
    if (out === undefined) memo.set(key, (out = url.call(this, path, prefix)));
    return out;
  });
}
