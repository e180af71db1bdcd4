/**
 * Two render-time caches for Eleventy 3.1, each giving byte-identical output:
 *
 * - Nunjucks compiles. Eleventy 3.1's Nunjucks engine is not `cacheable`, so every paginated page
 *   compiles its template, and its layout, from source again: at 1,000 tasks that is 1,000 compiles
 *   of site/nhiem-vu/task.njk and of layouts/base.njk, the largest single cost of rendering. Each
 *   distinct (environment, file, source) is compiled once here and its compiled functions are handed
 *   to every later Template as precompiled properties, which Nunjucks supports for precompiled
 *   templates. The compiled code depends only on the source, the file name and the environment's
 *   options, filters and extensions, all fixed per environment.
 * - The `url` filter. Eleventy's built-in filter first tries `new URL(url)`, which throws for every
 *   site-relative path; with tens of calls per page it took 10–20 % of rendering. Its result
 *   depends only on its arguments (the path prefix is fixed per build), so it is memoised.
 */

interface NunjucksTemplate {
  env: { asyncFilters: string[]; extensionsList: unknown[]; opts: unknown };
  tmplStr?: unknown;
  tmplProps?: unknown;
  path?: string;
  _compile(): void;
}
interface NunjucksLib {
  Template: { prototype: NunjucksTemplate };
  compiler: { compile(src: string, asyncFilters: string[], extensions: unknown[], name: string | undefined, opts: unknown): string };
}

const PATCHED = Symbol.for("hang-gon.nunjucks-compile-cache");

/**
 * Installs the compile cache on the Nunjucks library Eleventy uses (passed by its
 * "eleventy.engine.njk" event). Installing twice is harmless.
 * @example eleventyConfig.on("eleventy.engine.njk", ({ nunjucks }) => cacheNunjucksCompiles(nunjucks))
 */
export function cacheNunjucksCompiles(nunjucks: NunjucksLib): void {
  const proto = nunjucks.Template.prototype as NunjucksTemplate & { [PATCHED]?: true };
  if (proto[PATCHED]) return;
  const original = proto._compile;
  const cache = new WeakMap<object, Map<string, unknown>>();
  proto._compile = function (this: NunjucksTemplate) {
    if (!this.tmplProps && typeof this.tmplStr === "string") {
      let byEnv = cache.get(this.env);
      if (!byEnv) cache.set(this.env, (byEnv = new Map()));
      const key = `${this.path ?? ""}\0${this.tmplStr}`;
      let props = byEnv.get(key);
      if (!props) {
        const source = nunjucks.compiler.compile(this.tmplStr, this.env.asyncFilters, this.env.extensionsList, this.path, this.env.opts);
        props = new Function(source)();
        byEnv.set(key, props);
      }
      this.tmplProps = props;
    }
    original.call(this);
  };
  proto[PATCHED] = true;
}

/**
 * An Eleventy plugin that installs both caches: the compile cache when Eleventy creates its Nunjucks
 * environment, and a memoised `url` filter over Eleventy's own (plugins run after Eleventy's
 * default configuration, so the built-in filter exists to wrap). The memo lives as long as the
 * Eleventy instance, whose path prefix does not change.
 * @example new Eleventy(input, output, { config: (cfg) => cfg.addPlugin(renderCaches) })
 */
export function renderCaches(eleventyConfig: any): void {
  eleventyConfig.on("eleventy.engine.njk", ({ nunjucks }: { nunjucks: NunjucksLib }) => cacheNunjucksCompiles(nunjucks));
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
