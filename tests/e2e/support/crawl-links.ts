/**
 * A breadth-first link checker for the built site, using plain fetch (no
 * browser: it is much faster, and the site's links are all in its HTML).
 */

export interface BrokenLink {
  /** Page the link was found on ("(start)" for the start URL itself). */
  from: string;
  /** Absolute target URL, without its #fragment. */
  to: string;
  /** HTTP status of the target, or 0 when the request failed outright. */
  status: number;
  /** Why it counts as broken. */
  reason: "http-error" | "network-error" | "outside-prefix";
}

export interface CrawlResult {
  /** HTML pages inside the prefix that were fetched and parsed, sorted. */
  visited: string[];
  /** Every (page, target) pair that is broken, sorted by page then target. */
  broken: BrokenLink[];
  /** True when maxPages was reached and some pages were not crawled. */
  truncated: boolean;
}

export interface CrawlOptions {
  /** Upper bound on HTML pages crawled, so a link generator bug cannot loop forever. Default 2000. */
  maxPages?: number;
  /** Requests in flight at once. Default 8: enough to hide latency without starving 2 cores. */
  concurrency?: number;
  /** Per-request timeout in milliseconds. Default 15000. */
  timeoutMs?: number;
}

/** A link found in a page: pages are crawled further, resources are only checked. */
export interface ExtractedLink {
  url: string;
  kind: "page" | "resource";
}

/**
 * Crawls every same-origin page reachable from `startPath` (relative to
 * `baseUrl`), checks every same-origin link, stylesheet, script and image, and
 * reports targets answering >= 400 plus any link that escapes the site's path
 * prefix (the path of `baseUrl`): such a link works on a dev server at "/" but
 * breaks when the site is hosted under "/ke-hoach-cchc/".
 *
 * mailto:, tel:, javascript:, fragment-only and other-origin links are ignored;
 * CSS url() references and #fragment targets are not checked.
 *
 * @example const { broken } = await crawlLinks(server.url); assert.deepEqual(broken, []);
 */
export async function crawlLinks(baseUrl: string, startPath = "", options: CrawlOptions = {}): Promise<CrawlResult> {
  const maxPages = options.maxPages ?? 2000;
  const concurrency = options.concurrency ?? 8;
  const timeoutMs = options.timeoutMs ?? 15_000;

  const base = new URL(baseUrl);
  const origin = base.origin;
  // The prefix is the base URL's "directory": "/ke-hoach-cchc/" for ".../ke-hoach-cchc/".
  const prefix = base.pathname.slice(0, base.pathname.lastIndexOf("/") + 1);
  const insidePrefix = (url: URL) => url.pathname.startsWith(prefix) || `${url.pathname}/` === prefix;

  const start = withoutHash(new URL(startPath, base));
  // to -> set of pages linking to it; the verdicts are computed from these edges at the end.
  const referrers = new Map<string, Set<string>>();
  const statuses = new Map<string, Promise<number>>();
  const visited: string[] = [];
  const seenPages = new Set<string>([start]);
  const queue: string[] = [start];
  let truncated = false;

  const addEdge = (from: string, to: string) => {
    let sources = referrers.get(to);
    if (!sources) referrers.set(to, (sources = new Set()));
    sources.add(from);
  };
  addEdge("(start)", start);

  // A resource is checked once however many pages use it (every page shares the CSS).
  const checkResource = (url: string): Promise<number> => {
    let status = statuses.get(url);
    if (!status) statuses.set(url, (status = headStatus(url, timeoutMs)));
    return status;
  };

  const crawlPage = async (pageUrl: string): Promise<void> => {
    let response: Response;
    try {
      response = await fetch(pageUrl, { signal: AbortSignal.timeout(timeoutMs) });
    } catch {
      statuses.set(pageUrl, Promise.resolve(0));
      return;
    }
    statuses.set(pageUrl, Promise.resolve(response.status));
    const finalUrl = new URL(response.url || pageUrl);
    const isHtml = (response.headers.get("content-type") ?? "").includes("text/html");
    // A 404 page is HTML too, but its links are not the site's: only parse successes.
    if (!response.ok || !isHtml || finalUrl.origin !== origin || !insidePrefix(finalUrl)) {
      await response.body?.cancel();
      return;
    }
    visited.push(pageUrl);
    const { links, baseHref } = extractLinks(await response.text());
    const documentBase = baseHref ? new URL(baseHref, finalUrl) : finalUrl;

    const checks: Promise<number>[] = [];
    for (const link of links) {
      if (link.url.trim() === "" || link.url.startsWith("#")) continue;
      let target: URL;
      try {
        target = new URL(link.url, documentBase);
      } catch {
        continue; // Not a URL at all; HTML validation is another test's job.
      }
      if (target.origin !== origin || (target.protocol !== "http:" && target.protocol !== "https:")) continue;
      const to = withoutHash(target);
      addEdge(pageUrl, to);
      if (link.kind === "page" && insidePrefix(target)) {
        if (seenPages.has(to)) continue;
        if (seenPages.size >= maxPages) {
          truncated = true;
          continue;
        }
        seenPages.add(to);
        queue.push(to);
      } else {
        checks.push(checkResource(to));
      }
    }
    await Promise.all(checks);
  };

  await runQueue(queue, concurrency, crawlPage);

  const broken: BrokenLink[] = [];
  for (const [to, froms] of referrers) {
    const pending = statuses.get(to);
    // A page link skipped because of maxPages was never fetched: it is not known broken.
    if (!pending) continue;
    const status = await pending;
    const reason: BrokenLink["reason"] | null = !insidePrefix(new URL(to))
      ? "outside-prefix"
      : status === 0
        ? "network-error"
        : status >= 400
          ? "http-error"
          : null;
    if (!reason) continue;
    for (const from of froms) broken.push({ from, to, status, reason });
  }
  broken.sort((a, b) => a.from.localeCompare(b.from) || a.to.localeCompare(b.to));
  visited.sort();
  return { visited, broken, truncated };
}

/**
 * Pulls link targets out of an HTML document with regular expressions: the
 * site's HTML is generated by our own templates, so a full parser is not needed.
 * Comments and inline script/style bodies are skipped so that code samples and
 * JavaScript strings are not mistaken for links.
 *
 * @example extractLinks('<a href="a.html">A</a>').links // [{ url: "a.html", kind: "page" }]
 */
export function extractLinks(html: string): { links: ExtractedLink[]; baseHref: string | null } {
  const cleaned = html
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/(<script\b[^>]*>)[\s\S]*?<\/script\s*>/gi, "$1</script>")
    .replace(/(<style\b[^>]*>)[\s\S]*?<\/style\s*>/gi, "$1</style>");

  const links: ExtractedLink[] = [];
  let baseHref: string | null = null;
  for (const tag of cleaned.matchAll(/<(a|area|link|script|img|source|iframe|base)\b([^>]*)>/gi)) {
    const name = (tag[1] ?? "").toLowerCase();
    const attributes = parseAttributes(tag[2] ?? "");
    const href = attributes.get("href");
    const src = attributes.get("src");
    const srcset = attributes.get("srcset");
    if (name === "base") {
      if (href !== undefined && baseHref === null) baseHref = href;
    } else if (name === "a" || name === "area") {
      if (href !== undefined) links.push({ url: href, kind: "page" });
    } else if (name === "iframe") {
      if (src !== undefined) links.push({ url: src, kind: "page" });
    } else if (name === "link") {
      if (href !== undefined) links.push({ url: href, kind: "resource" });
    } else {
      if (src !== undefined) links.push({ url: src, kind: "resource" });
      // srcset is "url 1x, url 2x": the URL is everything before the descriptor.
      for (const candidate of srcset?.split(",") ?? []) {
        const url = candidate.trim().split(/\s+/)[0];
        if (url) links.push({ url, kind: "resource" });
      }
    }
  }
  return { links, baseHref };
}

function parseAttributes(source: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of source.matchAll(/([^\s=/>"']+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/g)) {
    const name = (match[1] ?? "").toLowerCase();
    // The first occurrence wins, as in a browser.
    if (!attributes.has(name)) attributes.set(name, decodeEntities(match[2] ?? match[3] ?? match[4] ?? ""));
  }
  return attributes;
}

/** Decodes the entities that appear in generated attribute values ("&amp;" in query strings, mostly). */
function decodeEntities(value: string): string {
  const named: Record<string, string> = { amp: "&", quot: '"', apos: "'", lt: "<", gt: ">" };
  return value.replace(/&(#x[0-9a-f]+|#\d+|amp|quot|apos|lt|gt);/gi, (entity, body: string) => {
    if (body[0] !== "#") return named[body.toLowerCase()] ?? entity;
    const code = body[1] === "x" || body[1] === "X" ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
  });
}

function withoutHash(url: URL): string {
  const copy = new URL(url);
  copy.hash = "";
  return copy.href;
}

/** Status of a resource via HEAD, falling back to GET for servers that refuse HEAD; 0 if unreachable. */
async function headStatus(url: string, timeoutMs: number): Promise<number> {
  try {
    const head = await fetch(url, { method: "HEAD", signal: AbortSignal.timeout(timeoutMs) });
    if (head.status !== 405 && head.status !== 501) return head.status;
    const get = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
    await get.body?.cancel();
    return get.status;
  } catch {
    return 0;
  }
}

/** Drains a queue that grows while it is processed, with at most `limit` tasks at once. */
async function runQueue(queue: string[], limit: number, task: (item: string) => Promise<void>): Promise<void> {
  const running = new Set<Promise<void>>();
  while (queue.length > 0 || running.size > 0) {
    while (queue.length > 0 && running.size < limit) {
      const item = queue.shift() as string;
      const promise: Promise<void> = task(item).finally(() => running.delete(promise));
      running.add(promise);
    }
    if (running.size > 0) await Promise.race(running);
  }
}
