import { access } from "node:fs/promises";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { launchBrowser } from "../../tests/e2e/support/browser.ts";
import { serveStatic } from "../../tests/e2e/support/serve-static.ts";

export interface FirstSearch {
  query: string;
  requests: number;
  /** Bytes as the test server sent them (no compression): bodies plus headers. */
  transferred: number;
  /**
   * What a host that gzips text (GitHub Pages does) would send: text bodies (HTML, CSS, JS, JSON)
   * gzipped at level 9, everything else as is (Pagefind's index, fragments and WebAssembly are
   * already compressed), plus headers.
   */
  gzipHost: number;
  /** Search results shown on the page. */
  results: number;
  byType: Record<string, number>;
}

const TEXT = /^(text\/|application\/(json|javascript|xml))/;

/**
 * Loads /tim-kiem/?q=<query> on the built site in Chromium with an empty cache, waits until the
 * network is idle, and sums every response. Returns null when the site has no search page.
 * @example await firstSearch("_site", "thủ tục") → { requests: 9, transferred: 182000, gzipHost: 120000, results: 10, … }
 */
export async function firstSearch(siteDir: string, query: string): Promise<FirstSearch | null> {
  const exists = await access(join(siteDir, "tim-kiem", "index.html")).then(() => true, () => false);
  if (!exists) return null;
  const server = await serveStatic(siteDir);
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext();
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
    await page.goto(`${server.url}tim-kiem/?q=${encodeURIComponent(query)}`, { waitUntil: "networkidle" });
    await page.locator(".search-result").first().waitFor({ timeout: 10_000 }).catch(() => undefined);
    await page.waitForLoadState("networkidle");
    const results = await page.locator(".search-result").count();
    const rows = await Promise.all(pending);
    await context.close();
    const byType: Record<string, number> = {};
    for (const r of rows) byType[r.type] = (byType[r.type] ?? 0) + r.transferred;
    return {
      query, requests: rows.length, results, byType,
      transferred: rows.reduce((s, r) => s + r.transferred, 0),
      gzipHost: rows.reduce((s, r) => s + r.gzipHost, 0),
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
