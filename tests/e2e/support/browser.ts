/**
 * Opening pages that record everything a visitor's console would show as a
 * problem. Chromium itself is launched by scripts/lib/chromium.ts, which the
 * benchmarks share.
 */
import type {
  Browser,
  BrowserContext,
  BrowserContextOptions,
  Page,
  Response,
} from "playwright-core";

export interface OpenPageOptions {
  /**
   * Returns true for an HTTP error response that the test expects, so it is
   * neither recorded in failedRequests nor (via Chromium's "Failed to load
   * resource" message) in consoleErrors. Example: the 404 page itself.
   */
  ignoreHttpError?: (url: string, status: number) => boolean;
  /** Extra options for the page's own browser context (viewport, locale, ...). */
  contextOptions?: BrowserContextOptions;
  /** Passed to page.goto; defaults to "load" so scripts have run before assertions. */
  waitUntil?: "load" | "domcontentloaded" | "networkidle" | "commit";
}

export interface OpenedPage {
  page: Page;
  /** The navigation's main response (null only for same-document navigations). */
  response: Response | null;
  /** console.error messages and uncaught exceptions, in order, each with where it came from. */
  consoleErrors: string[];
  /** Requests that failed at the network level, HTTP responses >= 400, and blocked off-machine requests. */
  failedRequests: string[];
  /** Closes the page's private context. */
  close(): Promise<void>;
}

/**
 * Opens `url` in a fresh browser context and records console errors, uncaught
 * exceptions, failed requests and HTTP errors from the first byte on, so a test
 * can assert `assert.deepEqual(consoleErrors, [])`.
 *
 * Requests to anything but loopback are aborted (and recorded): the site must
 * be self-contained, and tests must never send traffic off the machine.
 *
 * @example const { page, consoleErrors, failedRequests, close } = await openPage(browser, server.url);
 */
export async function openPage(browser: Browser, url: string, options: OpenPageOptions = {}): Promise<OpenedPage> {
  const ignore = options.ignoreHttpError ?? (() => false);
  // A context per page: no cookies, storage or cache leak between tests.
  const context: BrowserContext = await browser.newContext(options.contextOptions);
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  const failedRequests: string[] = [];
  // URLs whose HTTP error the test expects; Chromium also logs those to the console.
  const expectedErrorUrls = new Set<string>();

  // Remembered so the failure is reported as our block, not as Chromium's error code.
  const blockedUrls = new Set<string>();
  await context.route(
    (requestUrl) => !isLoopback(requestUrl),
    (route) => {
      blockedUrls.add(route.request().url());
      return route.abort("blockedbyclient");
    },
  );

  page.on("console", (message) => {
    if (message.type() !== "error") return;
    const location = message.location();
    if (message.text().startsWith("Failed to load resource") && expectedErrorUrls.has(location.url)) return;
    const where = location.url ? ` (${location.url}:${location.lineNumber + 1})` : "";
    consoleErrors.push(`console.error: ${message.text()}${where}`);
  });
  page.on("pageerror", (error) => {
    consoleErrors.push(`uncaught ${error.name}: ${error.message}`);
  });
  page.on("requestfailed", (request) => {
    const reason = blockedUrls.has(request.url())
      ? "blocked, not on this machine"
      : (request.failure()?.errorText ?? "unknown error");
    failedRequests.push(`${request.method()} ${request.url()}: ${reason}`);
  });
  page.on("response", (response) => {
    const status = response.status();
    if (status < 400) return;
    if (ignore(response.url(), status)) {
      expectedErrorUrls.add(response.url());
      return;
    }
    failedRequests.push(`${response.request().method()} ${response.url()}: HTTP ${status}`);
  });

  let response: Response | null;
  try {
    response = await page.goto(url, { waitUntil: options.waitUntil ?? "load" });
  } catch (error) {
    // Do not leak the context when the server is unreachable or the load times out.
    await context.close();
    throw error;
  }
  return { page, response, consoleErrors, failedRequests, close: () => context.close() };
}

/** True for URLs that stay on this machine (or never touch the network). */
function isLoopback(url: URL): boolean {
  if (url.protocol === "data:" || url.protocol === "blob:" || url.protocol === "about:") return true;
  const host = url.hostname;
  return host === "localhost" || host === "[::1]" || /^127(\.\d{1,3}){3}$/.test(host);
}
