import { access } from "node:fs/promises";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { launchBrowser } from "../lib/chromium.ts";
import { serveStatic } from "../lib/serve-static.ts";

/** Every byte a first visit to one address fetched, with an empty cache. */
export interface FirstView {
  /** Site path (and query) opened. */
  path: string;
  requests: number;
  /** Bytes as the test server sent them (no compression): bodies plus headers. */
  transferred: number;
  /**
   * What a host that gzips text (GitHub Pages does) would send: text bodies (HTML, CSS, JS, JSON,
   * CSV) gzipped at level 9, everything else as is (Pagefind's index, fragments and WebAssembly are
   * already compressed; images), plus headers.
   */
  gzipHost: number;
  /** Uncompressed bytes by content type ("html", "javascript", "json", …). */
  byType: Record<string, number>;
}

export interface FirstSearch extends FirstView {
  query: string;
  /** Search results shown on the page. */
  results: number;
}

const TEXT = /^(text\/|application\/(json|javascript|xml))/;
/** A phone's screen (the site's first users): what loads on opening a page without scrolling. */
const VIEWPORT = { width: 360, height: 800 };

/**
 * Opens `path` on the built site in Chromium with an empty cache and a phone's viewport, waits until
 * the network is idle (and `waitFor` is on the page, if given), and sums every response: the page,
 * its CSS and JS, and whatever its scripts fetched first (the data explorer's rows, a lazily loaded
 * chart library, Pagefind's files). Independent of how a page is built, so it measures "first view"
 * whatever the design. Returns null when the page does not exist.
 * @example await firstView("_site", "du-lieu/bang/") → { requests: 6, transferred: 98000, gzipHost: 31000, … }
 */
export async function firstView(siteDir: string, path: string, waitFor?: { selector: string; count?: (n: number) => void }): Promise<FirstView | null> {
  const sitePath = path.split("?")[0]!;
  const file = join(siteDir, sitePath, sitePath === "" || sitePath.endsWith("/") ? "index.html" : "");
  if (!(await access(file).then(() => true, () => false))) return null;
  const server = await serveStatic(siteDir);
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext({ viewport: VIEWPORT });
    const page = await context.newPage();
    const pending: Promise<{ type: string; transferred: number; gzipHost: number }>[] = [];
    page.on("response", (response) => {
      pending.push(
        (async () => {
          const headers = await response.allHeaders();
          const type = headers["content-type"] ?? "";
          const body = await response.body().catch(() => Buffer.alloc(0));
          const sizes = await response.request().sizes().catch(() => ({ responseBodySize: body.length, responseHeadersSize: 0 }));
          const head = sizes.responseHeadersSize;
          const kind = type.split(";")[0]!.split("/").pop()!;
          return { type: kind, transferred: sizes.responseBodySize + head, gzipHost: (TEXT.test(type) ? gzipSync(body, { level: 9 }).length : body.length) + head };
        })(),
      );
    });
    await page.goto(`${server.url}${path}`, { waitUntil: "networkidle" });
    if (waitFor) {
      await page.locator(waitFor.selector).first().waitFor({ timeout: 10_000 }).catch(() => undefined);
      await page.waitForLoadState("networkidle");
      waitFor.count?.(await page.locator(waitFor.selector).count());
    }
    const rows = await Promise.all(pending);
    await context.close();
    const byType: Record<string, number> = {};
    for (const r of rows) byType[r.type] = (byType[r.type] ?? 0) + r.transferred;
    return {
      path, requests: rows.length, byType,
      transferred: rows.reduce((s, r) => s + r.transferred, 0),
      gzipHost: rows.reduce((s, r) => s + r.gzipHost, 0),
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

/**
 * Loads /tim-kiem/?q=<query> on the built site (firstView) and waits for its results. Returns null
 * when the site has no search page.
 * @example await firstSearch("_site", "thủ tục") → { requests: 9, transferred: 182000, gzipHost: 120000, results: 10, … }
 */
export async function firstSearch(siteDir: string, query: string, searchPath = "tim-kiem/"): Promise<FirstSearch | null> {
  let results = 0;
  const view = await firstView(siteDir, `${searchPath}?q=${encodeURIComponent(query)}`, { selector: ".search-result", count: (n) => (results = n) });
  return view ? { ...view, query, results } : null;
}
