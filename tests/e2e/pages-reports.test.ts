/**
 * The report pages, updates, the plan document page, the 404 page and the Atom feed, opened in
 * Chromium on the real site: each loads cleanly, passes axe (WCAG 2.1 A/AA), and shows what the
 * content says.
 */
import assert from "node:assert/strict";
import { readFile, readdir } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { after, before, describe, test } from "node:test";
import type { Browser } from "playwright-core";
import { checkAccessibility, formatViolations } from "./support/axe.ts";
import { launchBrowser, openPage, type OpenPageOptions, type OpenedPage } from "./support/browser.ts";
import { builtSite } from "./support/built-site.ts";
// Still the real content until this file is rewritten against tests/fixture-plan (issue 9).
const REAL_ROOT_UNTIL_REWRITTEN = new URL("../../", import.meta.url).pathname;
import { serveStatic, type StaticServer } from "./support/serve-static.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

interface PeriodJson { id: string; name: string; due: string }
interface ReportJson { period: string; draft: boolean; tasks: unknown[]; targets: unknown[] }

/** What the content says, read straight from the files (not from the build under test). */
async function readContent() {
  const periods = JSON.parse(await readFile(join(ROOT, "data/ky-bao-cao.json"), "utf8")) as PeriodJson[];
  const reports: ReportJson[] = [];
  for (const name of (await readdir(join(ROOT, "data/bao-cao"))).filter((n) => n.endsWith(".json"))) {
    reports.push(JSON.parse(await readFile(join(ROOT, "data/bao-cao", name), "utf8")) as ReportJson);
  }
  const published = reports.filter((r) => !r.draft);
  const updates = (await readdir(join(ROOT, "content/cap-nhat"))).filter((n) => n.endsWith(".md") && n.toLowerCase() !== "readme.md");
  let sourceNotes = 0;
  for (const dir of ["linh-vuc", "muc-tieu", "nhiem-vu", "don-vi"]) {
    for (const name of (await readdir(join(ROOT, "content", dir))).filter((n) => n.endsWith(".md"))) {
      sourceNotes += (await readFile(join(ROOT, "content", dir, name), "utf8")).match(/^\s*(?:-\s+)?sourceNote:/gm)?.length ?? 0;
    }
  }
  return { periods, published, updates, sourceNotes };
}

let content: Awaited<ReturnType<typeof readContent>>;
let server: StaticServer;
let browser: Browser;

before(async () => {
  content = await readContent();
  server = await serveStatic(await builtSite("/", REAL_ROOT_UNTIL_REWRITTEN));
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens a page and asserts it loaded with no console error, no failed request and no axe violation. */
async function openClean(path: string, options: OpenPageOptions = {}): Promise<OpenedPage> {
  const opened = await openPage(browser, new URL(path, server.url).href, options);
  assert.deepEqual(opened.consoleErrors, [], `console errors on ${path}`);
  assert.deepEqual(opened.failedRequests, [], `failed requests on ${path}`);
  const violations = await checkAccessibility(opened.page);
  assert.deepEqual(violations, [], `${path}: ${formatViolations(violations)}`);
  return opened;
}

describe("report pages", () => {
  test("a published report page draws its status chart beside its table and lists every task and target", async () => {
    // The newest report, so that it has a previous one to compare with when there are two.
    const ordered = content.periods.flatMap((p) => content.published.filter((r) => r.period === p.id));
    const report = ordered.at(-1);
    assert.ok(report, "no published report in data/bao-cao");
    const previous = ordered.at(-2);
    const { page, close } = await openClean(`bao-cao/${report.period}/`);
    try {
      const facts = await page.evaluate(() => {
        const chart = document.querySelector<HTMLElement>("#bieu-do-trang-thai");
        const canvas = chart?.querySelector("canvas");
        const tables = [...document.querySelectorAll<HTMLTableElement>("table.report-table")];
        return {
          drawn: !!chart?.querySelector(".chart__canvas--drawn") && (canvas?.width ?? 0) > 0 && (canvas?.getBoundingClientRect().height ?? 0) > 0,
          chartRows: chart?.querySelectorAll(".chart__table tbody tr").length ?? 0,
          taskRows: tables[0]?.tBodies[0]?.rows.length ?? 0,
          targetRows: tables[1]?.tBodies[0]?.rows.length ?? 0,
          searchable: document.querySelector("main")?.hasAttribute("data-pagefind-body") ?? false,
          changes: document.querySelector("#h-thay-doi")?.parentElement?.textContent ?? "",
          previousLink: document.querySelector("#h-thay-doi")?.parentElement?.querySelector("p a")?.getAttribute("href") ?? "",
        };
      });
      assert.ok(facts.drawn, "the status chart was not drawn");
      assert.equal(facts.chartRows, 4, "the chart's table has one row per task status");
      assert.equal(facts.taskRows, report.tasks.length, "one row per task in the report");
      assert.equal(facts.targetRows, report.targets.length, "one row per target in the report");
      assert.ok(facts.searchable, "a report page is indexed for search");
      if (previous) assert.ok(facts.previousLink.endsWith(`/bao-cao/${previous.period}/`), `compared with ${previous.period}, not ${facts.previousLink}`);
      else assert.match(facts.changes, /báo cáo đầu tiên/);
    } finally {
      await close();
    }
  });

  test("a period without a report says so and gives its due date", async (t) => {
    const reported = new Set(content.published.map((r) => r.period));
    const period = content.periods.find((p) => !reported.has(p.id));
    if (!period) return t.skip("every period has a published report");
    const { page, close } = await openClean(`bao-cao/${period.id}/`);
    try {
      const text = await page.locator("main").innerText();
      const [y, m, d] = period.due.split("-");
      assert.ok(text.includes(`Chưa có báo cáo cho kỳ này; hạn gửi ${d}/${m}/${y}`), text);
      assert.equal(await page.locator("main[data-pagefind-body]").count(), 0, "an empty period is not a search result");
      assert.equal(await page.locator("table.report-table").count(), 0);
    } finally {
      await close();
    }
  });

  test("the list of periods links every period", async () => {
    const { page, close } = await openClean("bao-cao/");
    try {
      for (const p of content.periods) {
        assert.equal(await page.locator(`main a[href$="/bao-cao/${p.id}/"]`).count(), 1, p.id);
      }
    } finally {
      await close();
    }
  });
});

test("the updates page shows every update, newest first", async () => {
  const { page, close } = await openClean("cap-nhat/");
  try {
    const dates = await page.locator("main .updates time").evaluateAll((els) => els.map((e) => e.getAttribute("datetime") ?? ""));
    assert.equal(dates.length, content.updates.length);
    assert.deepEqual(dates, [...dates].sort().reverse());
    const periodLinks = await page.locator('main .updates a[href*="/bao-cao/"]').evaluateAll((els) =>
      els.map((e) => ({ href: e.getAttribute("href") ?? "", text: e.textContent ?? "" })),
    );
    for (const { href, text } of periodLinks) {
      const period = content.periods.find((p) => href.endsWith(`/bao-cao/${p.id}/`));
      assert.equal(text, period?.name, `the link to ${href} names its period`);
    }
  } finally {
    await close();
  }
});

test("the plan page has the document, how to read the site, every corrected typo and how to report an error", async () => {
  const { page, close } = await openClean("gioi-thieu/");
  try {
    const plan = await readFile(join(ROOT, "content/ke-hoach.md"), "utf8");
    const firstBasis = /legalBases:\s*\n\s*-\s*"([^"]+)"/.exec(plan)?.[1];
    const text = await page.locator("main").innerText();
    assert.ok(firstBasis && text.includes(firstBasis), "the first legal basis appears verbatim");
    assert.ok(text.includes("Cách đọc trang này"));
    assert.equal(await page.locator("#nguyen-van li").count(), content.sourceNotes, "one item per sourceNote in content");
    const issue = page.locator('#bao-loi a[href$="/issues/new/choose"]');
    assert.equal(await issue.count(), 1);
  } finally {
    await close();
  }
});

test("an unknown address gets the 404 page with links home and to search", async () => {
  const url = new URL("khong-co-trang-nay/", server.url).href;
  const { page, response, close } = await openClean(url, { ignoreHttpError: (u, status) => u === url && status === 404 });
  try {
    assert.equal(response?.status(), 404);
    assert.equal(await page.locator("h1").innerText(), "Không tìm thấy trang");
    assert.equal(await page.locator('main a[href="/"]').count(), 1);
    assert.equal(await page.locator('main a[href="/tim-kiem/"]').count(), 1);
    assert.equal(await page.locator("main[data-pagefind-body]").count(), 0);
  } finally {
    await close();
  }
});

test("the Atom feed is well-formed XML with one entry per update and per published report", async () => {
  const { page, close } = await openPage(browser, new URL("cap-nhat/", server.url).href);
  try {
    const feed = await page.evaluate(async (href) => {
      const text = await (await fetch(href)).text();
      const doc = new DOMParser().parseFromString(text, "application/xml");
      const ns = "http://www.w3.org/2005/Atom";
      // No named helper functions in here: tsx wraps them in a __name() call that the page lacks.
      return {
        parseError: doc.getElementsByTagName("parsererror")[0]?.textContent ?? null,
        root: `${doc.documentElement.namespaceURI} ${doc.documentElement.localName}`,
        updated: doc.documentElement.getElementsByTagNameNS(ns, "updated")[0]?.textContent ?? "",
        entries: [...doc.getElementsByTagNameNS(ns, "entry")].map((e) => ({
          id: e.getElementsByTagNameNS(ns, "id")[0]?.textContent ?? "",
          link: e.getElementsByTagNameNS(ns, "link")[0]?.getAttribute("href") ?? "",
          updated: e.getElementsByTagNameNS(ns, "updated")[0]?.textContent ?? "",
          title: e.getElementsByTagNameNS(ns, "title")[0]?.textContent ?? "",
        })),
      };
    }, new URL("cap-nhat/feed.xml", server.url).href);
    assert.equal(feed.parseError, null);
    assert.equal(feed.root, "http://www.w3.org/2005/Atom feed");
    assert.equal(feed.entries.length, content.updates.length + content.published.length);
    assert.equal(new Set(feed.entries.map((e) => e.id)).size, feed.entries.length, "entry ids are unique");
    for (const e of feed.entries) {
      assert.match(e.link, /^https:\/\//, `absolute link for ${e.title}`);
      assert.match(e.updated, /^\d{4}-\d{2}-\d{2}T00:00:00\+07:00$/);
    }
    for (const p of content.published) {
      assert.ok(feed.entries.some((e) => e.link.endsWith(`/bao-cao/${p.period}/`)), `an entry for report ${p.period}`);
    }
    assert.equal(feed.updated, feed.entries.map((e) => e.updated).sort().at(-1), "the feed is as new as its newest entry");
  } finally {
    await close();
  }
});
