import { readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { gzipSync } from "node:zlib";

/** An optional plan-year folder before a page's path (/2026/nhiem-vu/…), so kinds hold with or without one. */
const Y = String.raw`(?:\/\d{4})?`;
const kind = (path: string) => new RegExp(`^${Y}${path}$`);

/** Page kinds by URL, in display order. */
export const PAGE_KINDS = [
  ["home", /^\/$/],
  ["plan home", /^\/\d{4}\/$/],
  ["area", kind(String.raw`\/linh-vuc\/[^/]+\/`)],
  ["objective", kind(String.raw`\/muc-tieu\/[^/]+\/`)],
  ["task", kind(String.raw`\/nhiem-vu\/[^/]+\/`)],
  ["unit", kind(String.raw`\/don-vi\/[^/]+\/`)],
  ["report", kind(String.raw`\/bao-cao\/[^/]+\/`)],
  ["report area", kind(String.raw`\/bao-cao\/[^/]+\/[^/]+\/`)],
  ["search", kind(String.raw`\/tim-kiem\/`)],
  ["explorer", kind(String.raw`\/du-lieu\/bang\/`)],
  ["open data", kind(String.raw`\/du-lieu\/`)],
  ["area list", kind(String.raw`\/linh-vuc\/`)],
  ["unit list", kind(String.raw`\/don-vi\/`)],
  ["report list", kind(String.raw`\/bao-cao\/`)],
] as const;

export type PageKind = (typeof PAGE_KINDS)[number][0] | "other";

/** What a first visit to one page downloads, in gzip bytes (zlib level 9). */
export interface PageWeight {
  url: string;
  html: number;
  css: number;
  js: number;
  total: number;
}

/** Per kind: how many pages, the median page and the heaviest one. */
export interface KindWeight {
  kind: PageKind;
  pages: number;
  measured: number;
  median: PageWeight;
  max: PageWeight;
}

/**
 * The kind of a page from its URL (without the path prefix), in whichever plan it is (/2026/…).
 * @example pageKind("/2026/nhiem-vu/nv-1-1/") → "task"
 */
export function pageKind(url: string): PageKind {
  const path = url.replace(/^\/[0-9]{4}\//, "/");
  return PAGE_KINDS.find(([, pattern]) => pattern.test(path))?.[0] ?? "other";
}

/** A page outside a plan's folder other than the home page: a redirect from an old address, or 404. */
const isRedirectOr404 = (file: string) => !/^[0-9]{4}[/\\]/.test(file) && file !== "index.html";

/**
 * Gzip bytes (level 9) of the HTML, CSS and JavaScript a first visit to each page downloads: the
 * page, its <link rel="stylesheet"> files and its <script src> files, following static imports
 * between bundles (esbuild chunks); dynamic import() is left out, as it loads on demand. Every page
 * is measured up to `maxPerKind` per kind (an even sample beyond that, so the figure at 10,000
 * tasks takes seconds, not minutes).
 * @example await pageWeights("_site") → [{ kind: "home", pages: 1, median: { url: "/", html: 9120, css: 6800, js: 68000, total: 83920 }, … }, …]
 */
export async function pageWeights(siteDir: string, { pathPrefix = "/", maxPerKind = 400 } = {}): Promise<KindWeight[]> {
  const files = (await htmlFiles(siteDir)).filter((f) => !isRedirectOr404(f));
  const byKind = new Map<PageKind, string[]>();
  for (const file of files) {
    const url = pageUrl(file);
    const kind = pageKind(url);
    (byKind.get(kind) ?? byKind.set(kind, []).get(kind)!).push(file);
  }
  const assetCache = new Map<string, Promise<{ gz: number; imports: string[] }>>();
  const asset = (path: string) => {
    let entry = assetCache.get(path);
    if (!entry) {
      entry = readFile(join(siteDir, path)).then(
        (bytes) => ({ gz: gzipSize(bytes), imports: path.endsWith(".js") ? staticImports(bytes.toString("utf8"), path) : [] }),
        () => ({ gz: 0, imports: [] }),
      );
      assetCache.set(path, entry);
    }
    return entry;
  };
  const weigh = async (file: string): Promise<PageWeight> => {
    const bytes = await readFile(join(siteDir, file));
    const url = pageUrl(file);
    const html = bytes.toString("utf8");
    const local = (href: string) => localPath(href, url, pathPrefix);
    const css = [...html.matchAll(/<link\b[^>]*>/gi)].map((m) => m[0]).filter((tag) => /\brel=["']?stylesheet/i.test(tag)).map((tag) => local(attr(tag, "href")));
    const scripts = [...html.matchAll(/<script\b[^>]*\bsrc=[^>]*>/gi)].map((m) => local(attr(m[0], "src")));
    let cssBytes = 0;
    for (const path of new Set(css.filter((p): p is string => p !== null))) cssBytes += (await asset(path)).gz;
    let jsBytes = 0;
    const seen = new Set<string>();
    const queue = scripts.filter((p): p is string => p !== null);
    while (queue.length > 0) {
      const path = queue.shift()!;
      if (seen.has(path)) continue;
      seen.add(path);
      const a = await asset(path);
      jsBytes += a.gz;
      queue.push(...a.imports);
    }
    const htmlBytes = gzipSize(bytes);
    return { url, html: htmlBytes, css: cssBytes, js: jsBytes, total: htmlBytes + cssBytes + jsBytes };
  };
  const out: KindWeight[] = [];
  const order = [...PAGE_KINDS.map(([k]) => k), "other"] as PageKind[];
  for (const kind of order) {
    const list = byKind.get(kind);
    if (!list) continue;
    const sample = list.length <= maxPerKind ? list : Array.from({ length: maxPerKind }, (_, i) => list[Math.floor((i * list.length) / maxPerKind)]!);
    const weights: PageWeight[] = [];
    for (const file of sample) weights.push(await weigh(file));
    weights.sort((a, b) => a.total - b.total);
    out.push({ kind, pages: list.length, measured: weights.length, median: weights[Math.floor((weights.length - 1) / 2)]!, max: weights.at(-1)! });
  }
  return out;
}

function gzipSize(bytes: Buffer | string): number {
  return gzipSync(bytes, { level: 9 }).length;
}

function attr(tag: string, name: string): string {
  const m = new RegExp(`\\b${name}=(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, "i").exec(tag);
  return (m?.[1] ?? m?.[2] ?? m?.[3] ?? "").replace(/&amp;/g, "&");
}

/** A site-relative file path for an href on the page at `pageUrl`, or null for another origin. */
function localPath(href: string, pageUrl: string, pathPrefix: string): string | null {
  if (!href || /^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith("//")) return null;
  const base = new URL(pageUrl, "http://site.invalid");
  const url = new URL(href, new URL(`${pathPrefix.replace(/\/$/, "")}${base.pathname}`, "http://site.invalid"));
  const path = decodeURIComponent(url.pathname);
  if (!path.startsWith(pathPrefix)) return null;
  const rel = path.slice(pathPrefix.length);
  return rel === "" || rel.endsWith("/") ? `${rel}index.html` : rel;
}

/** Static `import … from "./x.js"` and `import "./x.js"` in a minified bundle, as site paths. */
function staticImports(js: string, path: string): string[] {
  const dir = path.slice(0, path.lastIndexOf("/") + 1);
  const out: string[] = [];
  for (const m of js.matchAll(/(?:\bimport|\bexport)\s*(?:[\w*{}\s,$]*\bfrom\s*)?["'](\.{1,2}\/[^"']+)["']/g)) {
    out.push(new URL(m[1]!, `http://site.invalid/${dir}`).pathname.slice(1));
  }
  return out;
}


/**
 * The URL a built file is served at, without the path prefix; index.html is dropped as on the live site.
 * @example pageUrl("nhiem-vu/nv-1-1/index.html") → "/nhiem-vu/nv-1-1/"
 * @example pageUrl("404.html") → "/404.html"
 */
export function pageUrl(file: string): string {
  const path = `/${file.split("\\").join("/")}`;
  return path.endsWith("/index.html") ? path.slice(0, -"index.html".length) : path;
}

/** Every .html file under `dir`, relative and sorted, leaving out Pagefind's own folder. */
async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith(".html"))
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .filter((file) => !/^pagefind[/\\]/.test(file))
    .sort();
}
