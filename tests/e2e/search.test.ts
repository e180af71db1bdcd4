/**
 * The search page /tim-kiem/ on the fixture plan (tests/fixture-plan/README.md), in Chromium:
 * Pagefind's index with đ spelt so that queries typed without diacritics find it, titles and
 * excerpts shown with their real Vietnamese, exact matches first, filters, the state in the
 * address bar, and the whole thing under a path prefix. The tasks, areas and counts expected are
 * written here by hand from the fixture plan.
 */
import assert from "node:assert/strict";
import { gzipSync } from "node:zlib";
import { after, before, describe, test } from "node:test";
import type { Browser, Page } from "playwright-core";
import ui from "../../site/_data/ui.json" with { type: "json" };
import { checkAccessibility, formatViolations } from "./support/axe.ts";
import { openPage, type OpenedPage } from "./support/browser.ts";
import { launchBrowser } from "../../scripts/lib/chromium.ts";
import { builtSite } from "./support/built-site.ts";
import { serveStatic, type StaticServer } from "../../scripts/lib/serve-static.ts";
import { planRecords } from "../../scripts/index/index-site.ts";
import { unmarkD } from "../../lib/mark-d.ts";
import { derivedFixturePlan } from "../fixture-plan/fixture-plan.ts";

const PREFIX = "/ke-hoach-cchc/";
/** The machine running the suite may be busy: give Pagefind time to load before calling it broken. */
const WAIT = { timeout: 30_000 };

let server: StaticServer;
let prefixed: StaticServer;
let browser: Browser;
/** The text the index holds for each result address, đ restored. */
let indexed: Map<string, string>;

before(async () => {
  indexed = new Map(planRecords([{ year: "2026", data: await derivedFixturePlan() }]).map((r) => [r.url, unmarkD(r.content)]));
  server = await serveStatic(await builtSite("/"));
  prefixed = await serveStatic(await builtSite(PREFIX), { pathPrefix: PREFIX });
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
  await prefixed?.close();
});

interface ShownResult {
  href: string;
  title: string;
  type: string;
  excerpt: string;
  marked: string[];
}

/** Opens the search page (optionally with a query string) and checks it loaded cleanly. */
async function openSearch(search = "", site = server): Promise<OpenedPage> {
  const opened = await openPage(browser, `${site.url}2026/tim-kiem/${search}`);
  assert.equal(opened.response?.status(), 200);
  return opened;
}

/** Waits until the live region announces a finished search whose message contains `text`. */
async function announced(page: Page, text: string): Promise<string> {
  await page.waitForFunction((t) => document.querySelector("[data-search-status]")?.textContent?.includes(t), text, WAIT);
  return (await page.locator("[data-search-status]").textContent()) ?? "";
}

/** Types a query into the page's own search box and waits for its results. */
async function typeQuery(page: Page, query: string): Promise<string> {
  await page.locator("#q").fill(query);
  await page.locator("#q").press("Enter");
  return announced(page, `“${query}”`);
}

/** The results as shown. */
function shown(page: Page): Promise<ShownResult[]> {
  return page.locator(".search-result").evaluateAll((items) =>
    items.map((li) => ({
      href: li.querySelector("a")?.getAttribute("href") ?? "",
      title: li.querySelector("a")?.textContent ?? "",
      type: li.querySelector(".badge--type")?.textContent ?? "",
      excerpt: li.querySelector(".search-result__excerpt")?.textContent ?? "",
      marked: [...li.querySelectorAll("mark")].map((m) => m.textContent ?? ""),
    })),
  );
}

/** The number in "Tìm thấy 37 kết quả …" / "Có 12 trang …". */
function countIn(message: string): number {
  const match = /(\d[\d.]*)/.exec(message);
  assert.ok(match, `no count in “${message}”`);
  return Number(match[1]!.replace(/\./g, ""));
}

/** Vietnamese text as a person types it on a keyboard without a Vietnamese input method. */
function withoutDiacritics(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d").replace(/Đ/g, "D");
}

/** Fixture-plan tasks whose texts hold the words the tests search for. */
const DAU_THAU = { id: "nv-2-3", ref: "II.2.2, ý 3" };
const RUOM_RA = { id: "nv-1-2-1", ref: "II.1.2, ý 2.1" };

function assertClean(opened: OpenedPage): void {
  assert.deepEqual(opened.consoleErrors, [], "console errors");
  assert.deepEqual(opened.failedRequests, [], "failed requests");
}

describe("search", () => {
  test("a query without diacritics containing đ finds its task, shown with its real đ", async () => {
    const words = "đấu thầu";
    const task = DAU_THAU;
    const query = withoutDiacritics(words);
    assert.equal(query, "dau thau");
    const opened = await openSearch();
    try {
      const message = await typeQuery(opened.page, query);
      assert.match(message, /^Tìm thấy \d+ kết quả cho “dau thau”$/);
      const results = await shown(opened.page);
      const hit = results.find((r) => r.href === `/2026/nhiem-vu/${task.id}/`);
      assert.ok(hit, `the task ${task.id} is among ${JSON.stringify(results.map((r) => r.href))}`);
      assert.equal(hit.type, ui.resultTypes.task);
      assert.ok(hit.title.startsWith(`Nhiệm vụ ${task.ref}`), hit.title);
      assert.ok(hit.excerpt.includes(words), `the excerpt shows “${words}”: ${hit.excerpt}`);
      assert.ok(hit.marked.some((m) => m.includes(words)), `“${words}” is highlighted: ${JSON.stringify(hit.marked)}`);
      for (const r of results) {
        assert.doesNotMatch(`${r.title} ${r.excerpt}`, /\u0335/, "no index spelling leaks into what is shown");
        assert.ok(!r.excerpt.includes("dấu thầu") && !r.excerpt.includes("d\u0335"), r.excerpt);
      }
      assertClean(opened);
    } finally {
      await opened.close();
    }
  });

  test("a query without tone marks finds Vietnamese text", async () => {
    const words = "rườm rà, chồng chéo";
    const task = RUOM_RA;
    const query = withoutDiacritics("rườm rà chồng chéo");
    const opened = await openSearch();
    try {
      await typeQuery(opened.page, query);
      const hit = (await shown(opened.page)).find((r) => r.href === `/2026/nhiem-vu/${task.id}/`);
      assert.ok(hit, `the task ${task.id} is found`);
      assert.ok(hit.excerpt.includes(words), hit.excerpt);
      assertClean(opened);
    } finally {
      await opened.close();
    }
  });

  test("an exact query ranks exact matches first", async () => {
    // "toàn diện" (comprehensive) and "thanh toán điện tử" (e-payment) read the same without
    // diacritics; both kinds of page exist, and those with the words as typed must come first.
    const query = "toàn diện";
    const opened = await openSearch();
    try {
      await typeQuery(opened.page, query);
      const results = await shown(opened.page);
      const exact: boolean[] = [];
      for (const r of results) exact.push(containsWords(indexedText(r.href), query));
      assert.ok(exact[0], "the first result contains “toàn diện”");
      assert.ok(exact.includes(false), "the query also finds pages without the exact words (the test would prove nothing otherwise)");
      const firstInexact = exact.indexOf(false);
      assert.deepEqual(exact.slice(firstInexact), exact.slice(firstInexact).map(() => false), `exact matches all come before the others: ${JSON.stringify(results.map((r, i) => [r.href, exact[i]]))}`);
      assert.ok(results.slice(0, firstInexact).every((r) => r.excerpt.toLocaleLowerCase("vi").includes(query)), "their excerpts show the words");
      assertClean(opened);
    } finally {
      await opened.close();
    }
  });

  test("a filter narrows results to its type, and says how many there will be", async () => {
    const opened = await openSearch();
    try {
      const all = countIn(await typeQuery(opened.page, "dong bo"));
      await showFilters(opened.page);
      const option = await opened.page.locator("#loc-type option", { hasText: ui.resultTypes.task }).textContent();
      const expected = countIn(option ?? "");
      await opened.page.locator("#loc-type").selectOption(ui.resultTypes.task);
      const message = await announced(opened.page, "(đã lọc)");
      const filtered = countIn(message);
      assert.ok(filtered > 0 && filtered < all, `${filtered} of ${all}`);
      assert.equal(filtered, expected, "the option's count is the number of results it gives");
      const results = await shown(opened.page);
      assert.equal(results.length, Math.min(filtered, 20));
      assert.ok(results.every((r) => r.type === ui.resultTypes.task && r.href.startsWith("/2026/nhiem-vu/")), JSON.stringify(results.map((r) => r.href)));
      assert.equal(new URL(opened.page.url()).searchParams.get("type"), ui.resultTypes.task);
      assertClean(opened);
    } finally {
      await opened.close();
    }
  });

  test("the filter files are fetched only when the reader opens the filters, or the address has one", async () => {
    const opened = await openPage(browser, "about:blank");
    try {
      const fetched: string[] = [];
      opened.page.on("request", (request) => fetched.push(request.url()));
      const filterFiles = () => fetched.filter((url) => /\/pagefind\/filter\/.+\.pf_filter$/.test(url));
      await opened.page.goto(`${server.url}2026/tim-kiem/?q=dong+bo`);
      const all = countIn(await announced(opened.page, "“dong bo”"));
      assert.deepEqual(filterFiles(), [], "a search without filters fetches no filter file");
      assert.equal(await opened.page.locator("[data-search-filters]").isVisible(), false);
      const button = opened.page.locator("[data-search-filters-open]");
      assert.equal(await button.textContent(), ui.search.filtersOpen);

      await button.click();
      await opened.page.locator("[data-search-filters]:not([hidden])").waitFor(WAIT);
      assert.ok(filterFiles().length > 0, "opening the filters fetches them");
      assert.equal(await button.isVisible(), false, "the button gives way to the filters");
      assert.equal(await opened.page.evaluate(() => document.activeElement?.id), "loc-type", "focus moves to the first filter");
      // The counts are those of the search shown: its results, all types together.
      const counts = (await opened.page.locator("#loc-type option").allTextContents()).slice(1).map((o) => countIn(o));
      assert.equal(counts.reduce((sum, n) => sum + n, 0), all);
      assertClean(opened);
    } finally {
      await opened.close();
    }

    const withFilter = await openPage(browser, "about:blank");
    try {
      const fetched: string[] = [];
      withFilter.page.on("request", (request) => fetched.push(request.url()));
      await withFilter.page.goto(`${server.url}2026/tim-kiem/?${new URLSearchParams({ type: ui.resultTypes.unit })}`);
      await announced(withFilter.page, "bộ lọc");
      assert.ok(await withFilter.page.locator("[data-search-filters]").isVisible(), "an address with a filter shows the filters");
      assert.equal(await withFilter.page.locator("#loc-type").inputValue(), ui.resultTypes.unit);
      assert.ok(fetched.some((url) => url.endsWith(".pf_filter")));
    } finally {
      await withFilter.close();
    }
  });

  test("the search state lives in the URL", async () => {
    const areaLabel = "1. Cải cách thủ tục hành chính";
    const params = new URLSearchParams({ q: "thu tuc", type: ui.resultTypes.objective, area: areaLabel });
    const opened = await openSearch(`?${params}`);
    try {
      const message = await announced(opened.page, "“thu tuc” (đã lọc)");
      assert.equal(await opened.page.locator("#q").inputValue(), "thu tuc");
      assert.equal(await opened.page.locator("#loc-type").inputValue(), ui.resultTypes.objective);
      assert.equal(await opened.page.locator("#loc-area").inputValue(), areaLabel);
      const results = await shown(opened.page);
      assert.ok(results.length > 0 && results.length === Math.min(countIn(message), 20));
      assert.deepEqual(results.map((r) => [r.type, r.href]).sort(), [[ui.resultTypes.objective, "/2026/muc-tieu/mt-1-1/"], [ui.resultTypes.objective, "/2026/muc-tieu/mt-1-2/"]], "the area's two objectives, both about thủ tục");

      // Changing the search rewrites the address, without adding history entries.
      const before = await opened.page.evaluate(() => history.length);
      await opened.page.locator("#loc-area").selectOption("");
      await opened.page.locator("#q").fill("dong bo");
      await announced(opened.page, "“dong bo”");
      const url = new URL(opened.page.url());
      assert.equal(url.searchParams.get("q"), "dong bo");
      assert.equal(url.searchParams.get("type"), ui.resultTypes.objective);
      assert.equal(url.searchParams.has("area"), false);
      assert.equal(await opened.page.evaluate(() => history.length), before);
      assertClean(opened);
    } finally {
      await opened.close();
    }
  });

  test("more results load on request, and focus moves to the first of them", async () => {
    const opened = await openSearch("?q=dong+bo");
    try {
      const total = countIn(await announced(opened.page, "“dong bo”"));
      assert.ok(total > 20, `the query must find more than one batch, found ${total}`);
      assert.equal((await shown(opened.page)).length, 20);
      await opened.page.locator("[data-search-more]").click();
      await announced(opened.page, "Đang hiển thị");
      const results = await shown(opened.page);
      assert.equal(results.length, Math.min(total, 40));
      assert.equal(new Set(results.map((r) => r.href)).size, results.length, "no result twice");
      assert.equal(await opened.page.evaluate(() => document.activeElement?.getAttribute("href")), results[20]?.href);
      assert.equal(await opened.page.locator("[data-search-more]").isVisible(), total > 40);
      assertClean(opened);
    } finally {
      await opened.close();
    }
  });

  test("a filter alone lists its pages", async () => {
    const status = ui.status["hoan-thanh"];
    // Done in the latest report: nv-1-2-1 and nv-2-3.
    const opened = await openSearch(`?${new URLSearchParams({ status })}`);
    try {
      const message = await announced(opened.page, "bộ lọc");
      assert.equal(countIn(message), 2);
      assert.deepEqual((await shown(opened.page)).map((r) => [r.type, r.href]).sort(), [[ui.resultTypes.task, "/2026/nhiem-vu/nv-1-2-1/"], [ui.resultTypes.task, "/2026/nhiem-vu/nv-2-3/"]]);
    } finally {
      await opened.close();
    }
  });

  test("the search page has no console errors and no axe violations, before and after a search", async () => {
    const opened = await openSearch();
    try {
      let violations = await checkAccessibility(opened.page);
      assert.deepEqual(violations, [], formatViolations(violations));
      await showFilters(opened.page);
      const options = await opened.page.locator("#loc-type option").allTextContents();
      assert.deepEqual(options.map((o) => o.replace(/ \(\d+\)$/, "")), [ui.search.all, ...Object.values(ui.resultTypes)], "the types in the site's order, with counts");
      violations = await checkAccessibility(opened.page);
      assert.deepEqual(violations, [], formatViolations(violations));
      await typeQuery(opened.page, "dong bo");
      assert.equal(await opened.page.locator("[data-search-status]").getAttribute("aria-live"), "polite");
      violations = await checkAccessibility(opened.page);
      assert.deepEqual(violations, [], formatViolations(violations));
      assertClean(opened);
    } finally {
      await opened.close();
    }
  });

  test("without JavaScript the page says so and links to the areas and units", async () => {
    const opened = await openPage(browser, `${server.url}2026/tim-kiem/`, { contextOptions: { javaScriptEnabled: false } });
    try {
      const notice = opened.page.locator("noscript .search-notice");
      assert.ok(await notice.isVisible());
      assert.match((await notice.textContent()) ?? "", /cần JavaScript/);
      assert.deepEqual(await notice.locator("a").evaluateAll((as) => as.map((a) => a.getAttribute("href"))), ["/2026/linh-vuc/", "/2026/don-vi/"]);
      assert.equal(await opened.page.locator("[data-search-filters]").isVisible(), false, "no empty filters");
    } finally {
      await opened.close();
    }
  });

  test("search works under the path prefix, its results lead to real pages", async () => {
    const task = DAU_THAU;
    const opened = await openSearch("?q=dau+thau", prefixed);
    try {
      await announced(opened.page, "“dau thau”");
      const results = await shown(opened.page);
      assert.ok(results.length > 0 && results.every((r) => r.href.startsWith(PREFIX)), JSON.stringify(results.map((r) => r.href)));
      const link = opened.page.locator(`.search-result a[href="${PREFIX}2026/nhiem-vu/${task.id}/"]`);
      await Promise.all([opened.page.waitForURL(`${prefixed.url}2026/nhiem-vu/${task.id}/`, WAIT), link.click()]);
      assert.equal(await opened.page.locator("main .kicker").textContent(), `Nhiệm vụ ${task.ref}`);
      assert.equal(await opened.page.locator("h1").textContent(), "Tổ chức đấu thầu mua sắm thiết bị số hóa hồ sơ, bảo đảm đồng bộ với hạ tầng hiện có");
      assertClean(opened);
    } finally {
      await opened.close();
    }
  });

  test("a first search fetches a modest number of bytes", async (t) => {
    const opened = await openPage(browser, "about:blank");
    try {
      const bodies: { url: string; raw: number; gzip: number }[] = [];
      const pending: Promise<void>[] = [];
      opened.page.on("requestfinished", (request) => {
        pending.push(
          (async () => {
            const response = await request.response();
            const body = response ? await response.body().catch(() => Buffer.alloc(0)) : Buffer.alloc(0);
            // Pagefind's index files are gzipped already; text files would be gzipped by the host.
            bodies.push({ url: request.url(), raw: body.length, gzip: Math.min(body.length, gzipSync(body).length) });
          })(),
        );
      });
      await opened.page.goto(`${server.url}2026/tim-kiem/?q=dong+bo`);
      await announced(opened.page, "“dong bo”");
      await Promise.all(pending);
      const raw = bodies.reduce((s, b) => s + b.raw, 0);
      const gzip = bodies.reduce((s, b) => s + b.gzip, 0);
      const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
      const pagefind = bodies.filter((b) => b.url.includes("/pagefind/"));
      t.diagnostic(
        `first search ("dong bo", 20 results shown): ${bodies.length} requests, ${kb(raw)} as served here, ~${kb(gzip)} with gzip; ` +
          `Pagefind ${pagefind.length} requests, ${kb(pagefind.reduce((s, b) => s + b.raw, 0))}`,
      );
      assert.ok(gzip < 400 * 1024, `a first search should stay well under 400 kB compressed, got ${kb(gzip)}`);
      assertClean(opened);
    } finally {
      await opened.close();
    }
  });
});

/** Opens the filters (their files load then) and waits until they are shown with their counts. */
async function showFilters(page: Page): Promise<void> {
  await page.locator("[data-search-filters-open]").click(WAIT);
  await page.locator("[data-search-filters]:not([hidden])").waitFor(WAIT);
}

/** The text Pagefind indexed for a result: its search record's (scripts/index/search-records.ts). */
function indexedText(href: string): string {
  const text = indexed.get(href);
  assert.ok(text !== undefined, `no search record for ${href}`);
  return text;
}

/** True when `text` has `words` together, as whole words, case-insensitively. */
function containsWords(text: string, words: string): boolean {
  const escaped = words.normalize("NFC").replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(?<![\\p{L}\\p{M}])${escaped}(?![\\p{L}\\p{M}])`, "iu").test(text.normalize("NFC"));
}
