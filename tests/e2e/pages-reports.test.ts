/**
 * The report pages, updates, the plan document page, the 404 page and the Atom feed, opened in
 * Chromium on the fixture plan (tests/fixture-plan/README.md): each loads cleanly, passes axe
 * (WCAG 2.1 A/AA), and shows what the fixture plan says, written here by hand.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { Browser } from "playwright-core";
import { assertPageClean } from "./support/page-clean.ts";
import { openPage, type OpenPageOptions, type OpenedPage } from "./support/browser.ts";
import { drawChartsInView } from "./support/charts.ts";
import type { StaticServer } from "../../scripts/lib/serve-static.ts";
import { siteInBrowser } from "./support/site-in-browser.ts";

/** The fixture plan's four periods (tests/fixture-plan/data/2026/ky-bao-cao.json); 2026-q1 and 2026-6t have published reports. */
const PERIODS = ["2026-q1", "2026-6t", "2026-q3", "2026-nam"];

let server: StaticServer;
let browser: Browser;

siteInBrowser((opened) => ({ server, browser } = opened));

/** Opens a page and asserts it loaded with no console error, no failed request and no axe violation. */
async function openClean(path: string, options: OpenPageOptions = {}): Promise<OpenedPage> {
  const opened = await openPage(browser, new URL(path, server.url).href, options);
  await assertPageClean(opened, path);
  return opened;
}

describe("report pages", () => {
  /** Facts of a report page: its chart, its late tasks, its areas and its comparison with the previous report. */
  const reportFacts = () => {
    const chart = document.querySelector<HTMLElement>("#bieu-do-trang-thai");
    const canvas = chart?.querySelector("canvas");
    return {
      drawn: !!chart?.querySelector(".chart__canvas--drawn") && (canvas?.width ?? 0) > 0 && (canvas?.getBoundingClientRect().height ?? 0) > 0,
      chartRows: [...(chart?.querySelectorAll<HTMLTableRowElement>(".chart__table tbody tr") ?? [])].map((tr) => [...tr.cells].map((c) => (c.textContent ?? "").trim()).join(" ")),
      late: [...document.querySelectorAll<HTMLAnchorElement>("section[aria-labelledby=h-viec-cham] tbody th a")].map((a) => a.getAttribute("href")),
      areaRows: [...document.querySelectorAll<HTMLTableRowElement>("table.report-areas tbody tr")].map((tr) => [...tr.cells].map((c) => (c.textContent ?? "").replace(/\s+/g, " ").trim())),
      areaLinks: [...document.querySelectorAll<HTMLAnchorElement>("table.report-areas tbody th a")].map((a) => a.getAttribute("href")),
      taskTables: document.querySelectorAll("section[aria-labelledby=h-nhiem-vu]").length,
      changes: (document.querySelector("#h-thay-doi")?.parentElement?.textContent ?? "").replace(/\s+/g, " "),
      previousLink: document.querySelector("#h-thay-doi")?.parentElement?.querySelector("p a")?.getAttribute("href") ?? "",
    };
  };

  test("a published report page draws its status chart beside its table, lists its late tasks, one row per area and what changed since the previous report", async () => {
    const { page, close } = await openClean("2026/bao-cao/2026-6t/");
    try {
      await drawChartsInView(page);
      const facts = await page.evaluate(reportFacts);
      assert.ok(facts.drawn, "the status chart was not drawn");
      assert.deepEqual(facts.chartRows, ["Chưa triển khai 1", "Đang thực hiện 4", "Chậm tiến độ 2", "Hoàn thành 2"]);
      assert.deepEqual(facts.late, ["/2026/nhiem-vu/nv-1-2-2/", "/2026/nhiem-vu/nv-3-2/"], "the late tasks, overdue first");
      assert.equal(facts.taskTables, 0, "the full task table is on the areas' pages, not here");
      // Area means from the fixture README: 205/4 = 51,3; 160/3 = 53,3; 105/2 = 52,5. Counted targets: 2, 1 (ct-2-1-2 is due in 2030), 1.
      // Changes: area 1 all four tasks and both targets; area 2 nv-2-1 and both targets; area 3 both tasks, ct-3-1-1 still without a figure.
      assert.deepEqual(facts.areaRows, [
        ["1. Cải cách thủ tục hành chính", "51,3%", "1/4", "1", "2/2", "4 nhiệm vụ, 2 chỉ tiêu"],
        ["2. Xây dựng chính quyền điện tử, chính quyền số", "53,3%", "1/3", "0", "1/1", "1 nhiệm vụ, 2 chỉ tiêu"],
        ["3. Cải cách tổ chức bộ máy", "52,5%", "0/2", "1", "0/1", "2 nhiệm vụ, 0 chỉ tiêu"],
      ]);
      assert.deepEqual(facts.areaLinks, ["/2026/bao-cao/2026-6t/thu-tuc-hanh-chinh/", "/2026/bao-cao/2026-6t/chinh-quyen-so/", "/2026/bao-cao/2026-6t/to-chuc-bo-may/"]);
      assert.equal(facts.previousLink, "/2026/bao-cao/2026-q1/");
      // nv-1-2-1, nv-1-2-2, nv-1-3, nv-3-1, nv-3-2 changed status; nv-1-1 and nv-2-1 only their percent;
      // nv-2-2 and nv-2-3 did not change. Every target but ct-3-1-1 (still no figure) changed.
      assert.ok(facts.changes.includes("5 nhiệm vụ đổi trạng thái, 2 nhiệm vụ chỉ thay đổi phần trăm hoàn thành, 4 chỉ tiêu có số liệu thay đổi"), facts.changes);
      const text = (await page.locator("main").innerText()).replace(/\s+/g, " ");
      assert.ok(text.includes("2 nhiệm vụ quá hạn vào ngày báo cáo"), "nv-1-2-2 and nv-3-2");
    } finally {
      await close();
    }
  });

  /** Facts of an area's report page: its task and target rows and what changed. */
  const areaFacts = () => ({
    tasks: [...document.querySelectorAll<HTMLAnchorElement>("section[aria-labelledby=h-nhiem-vu] tbody th a")].map((a) => a.getAttribute("href")!.split("/")[3]),
    percents: [...document.querySelectorAll("section[aria-labelledby=h-nhiem-vu] tbody td.num")].map((td) => (td.textContent ?? "").trim()),
    targets: [...document.querySelectorAll<HTMLAnchorElement>("section[aria-labelledby=h-so-lieu] tbody th a")].map((a) => a.getAttribute("href")),
    stats: [...document.querySelectorAll("main ul.stats li")].map((li) => (li.textContent ?? "").replace(/\s+/g, " ").trim()),
    changes: (document.querySelector("#h-thay-doi")?.parentElement?.textContent ?? "").replace(/\s+/g, " "),
    crumbs: [...document.querySelectorAll(".breadcrumbs li")].map((li) => (li.textContent ?? "").trim()),
  });

  test("each area's report page holds that area's full task and target tables, late tasks first, and its changes", async () => {
    const { page, close } = await openClean("2026/bao-cao/2026-6t/thu-tuc-hanh-chinh/", { contextOptions: { viewport: { width: 360, height: 740 } } });
    try {
      const facts = await page.evaluate(areaFacts);
      assert.deepEqual(facts.tasks, ["nv-1-2-2", "nv-1-1", "nv-1-2-1", "nv-1-3"], "nv-1-2-2 (overdue) first, then plan order");
      assert.deepEqual(facts.percents, ["45%", "50%", "100%", "10%"]);
      assert.deepEqual(facts.targets, ["/2026/muc-tieu/mt-1-1/#ct-1-1-1", "/2026/muc-tieu/mt-1-1/#ct-1-1-2"]);
      assert.deepEqual(facts.stats, ["51,3% tiến độ bình quân các nhiệm vụ", "1/4 nhiệm vụ hoàn thành", "1 nhiệm vụ chậm tiến độ hoặc quá hạn", "2/2 chỉ tiêu năm 2026 đã đạt"]);
      // nv-1-2-1, nv-1-2-2, nv-1-3 changed status, nv-1-1 only its percent; both targets changed.
      assert.ok(facts.changes.includes("3 nhiệm vụ đổi trạng thái, 1 nhiệm vụ chỉ thay đổi phần trăm hoàn thành, 2 chỉ tiêu có số liệu thay đổi"), facts.changes);
      assert.ok(facts.changes.includes("Tỷ lệ hồ sơ giải quyết đúng hạn 96,5% 98% Chưa đạt → Đạt"), facts.changes);
      assert.deepEqual(facts.crumbs, ["Tổng quan", "Báo cáo", "06 tháng đầu năm 2026", "1. Cải cách thủ tục hành chính"]);
    } finally {
      await close();
    }
    const other = await openClean("2026/bao-cao/2026-q1/to-chuc-bo-may/");
    try {
      const facts = await other.page.evaluate(areaFacts);
      // Quý I: nv-3-1 chưa triển khai 0, nv-3-2 đang thực hiện 50; neither late. ct-3-1-1 has no figure.
      assert.deepEqual(facts.tasks, ["nv-3-1", "nv-3-2"]);
      assert.deepEqual(facts.percents, ["0%", "50%"]);
      assert.deepEqual(facts.stats, ["25% tiến độ bình quân các nhiệm vụ", "0/2 nhiệm vụ hoàn thành", "0 nhiệm vụ chậm tiến độ hoặc quá hạn", "0/1 chỉ tiêu năm 2026 đã đạt"]);
      assert.match(facts.changes, /báo cáo đầu tiên/);
    } finally {
      await other.close();
    }
  });

  test("areas' report pages exist for every published report and area, and for no period without a report", async () => {
    for (const period of ["2026-q1", "2026-6t"]) {
      for (const area of ["thu-tuc-hanh-chinh", "chinh-quyen-so", "to-chuc-bo-may"]) {
        const response = await fetch(new URL(`2026/bao-cao/${period}/${area}/`, server.url));
        assert.equal(response.status, 200, `${period}/${area}`);
      }
    }
    assert.equal((await fetch(new URL("2026/bao-cao/2026-q3/thu-tuc-hanh-chinh/", server.url))).status, 404);
  });

  test("the first report says it has no previous report to compare with", async () => {
    const { page, close } = await openClean("2026/bao-cao/2026-q1/");
    try {
      const facts = await page.evaluate(reportFacts);
      assert.deepEqual(facts.chartRows, ["Chưa triển khai 3", "Đang thực hiện 5", "Chậm tiến độ 0", "Hoàn thành 1"]);
      assert.equal(facts.previousLink, "");
      assert.match(facts.changes, /báo cáo đầu tiên/);
    } finally {
      await close();
    }
  });

  test("a period without a report says so and gives its due date", async () => {
    const { page, close } = await openClean("2026/bao-cao/2026-q3/");
    try {
      const text = await page.locator("main").innerText();
      assert.ok(text.includes("Chưa có báo cáo cho kỳ này; hạn gửi 10/10/2026"), text);
      assert.equal(await page.locator("table.report-table").count(), 0);
    } finally {
      await close();
    }
  });

  test("the list of periods links every period", async () => {
    const { page, close } = await openClean("2026/bao-cao/");
    try {
      for (const id of PERIODS) assert.equal(await page.locator(`main a[href$="/2026/bao-cao/${id}/"]`).count(), 1, id);
    } finally {
      await close();
    }
  });
});

test("the updates page shows every update and published report, newest first", async () => {
  const { page, close } = await openClean("2026/cap-nhat/");
  try {
    const dates = await page.locator("main .updates time").evaluateAll((els) => els.map((e) => e.getAttribute("datetime") ?? ""));
    assert.deepEqual(dates, ["2026-07-05", "2026-04-06", "2026-04-05", "2026-01-15"], "the two updates and the two published reports");
    const periodLinks = await page.locator('main .update__links a[href*="/2026/bao-cao/"]').evaluateAll((els) =>
      els.map((e) => ({ href: e.getAttribute("href") ?? "", text: e.textContent ?? "" })),
    );
    assert.deepEqual(periodLinks, [{ href: "/2026/bao-cao/2026-q1/", text: "Quý I năm 2026" }], "the update about 2026-q1 links its report by name");
  } finally {
    await close();
  }
});

test("the plan page has the document, how to read the site, every corrected typo and how to report an error", async () => {
  const { page, close } = await openClean("2026/gioi-thieu/");
  try {
    const text = await page.locator("main").innerText();
    assert.ok(text.includes("Căn cứ Quyết định mẫu số 01/QĐ-KT ngày 02/01/2026 về việc lập kế hoạch mẫu để kiểm thử trang công khai."), "the first legal basis appears verbatim");
    assert.ok(text.includes("Cách đọc trang này"));
    // Area chinh-quyen-so and task nv-1-3 each note a corrected typo.
    const notes = await page.locator("#nguyen-van li").allInnerTexts();
    assert.equal(notes.length, 2, "one item per sourceNote in the fixture plan");
    assert.ok(notes.some((n) => n.includes("chính quyền điên tử")) && notes.some((n) => n.includes("vướng mắt")), JSON.stringify(notes));
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
    assert.equal(await page.locator('main a[href="/2026/tim-kiem/"]').count(), 1);
  } finally {
    await close();
  }
});

test("the Atom feed is well-formed XML with one entry per update and per published report", async () => {
  const { page, close } = await openPage(browser, new URL("2026/cap-nhat/", server.url).href);
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
    }, new URL("2026/cap-nhat/feed.xml", server.url).href);
    assert.equal(feed.parseError, null);
    assert.equal(feed.root, "http://www.w3.org/2005/Atom feed");
    assert.equal(feed.entries.length, 4, "2 updates and 2 published reports");
    assert.equal(new Set(feed.entries.map((e) => e.id)).size, feed.entries.length, "entry ids are unique");
    for (const e of feed.entries) {
      assert.match(e.link, /^https:\/\//, `absolute link for ${e.title}`);
      assert.match(e.updated, /^\d{4}-\d{2}-\d{2}T00:00:00\+07:00$/);
    }
    for (const period of ["2026-q1", "2026-6t"]) {
      assert.ok(feed.entries.some((e) => e.link.endsWith(`/2026/bao-cao/${period}/`)), `an entry for report ${period}`);
    }
    assert.ok(!feed.entries.some((e) => /\/bao-cao\/2026-(q3|nam)\/$/.test(e.link)), "no entry for a period without a report");
    assert.equal(feed.updated, feed.entries.map((e) => e.updated).sort().at(-1), "the feed is as new as its newest entry");
  } finally {
    await close();
  }
});
