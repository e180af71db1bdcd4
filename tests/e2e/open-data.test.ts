/**
 * The open data page and the data explorer, in Chromium on the real site served under a path prefix:
 * clean loads and no axe violation, facet and diacritics-insensitive text filters, views restored from
 * the address, sorting, and a CSV download of exactly the rows shown (the rows come from the
 * nhiem-vu.json / chi-tieu.json the page fetches; tests/e2e/explorer-large.test.ts covers a plan larger than a page of
 * rows). Expected rows come from the
 * published tasks.json/targets.json, not from the page under test.
 */
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import type { Browser, Page } from "playwright-core";
import { BOM, parseCsv } from "../../lib/csv.ts";
import { fold } from "../../site/assets/js/explorer/fold.ts";
import { checkAccessibility, formatViolations } from "./support/axe.ts";
import { openPage, type OpenedPage } from "./support/browser.ts";
import { launchBrowser } from "../../scripts/lib/chromium.ts";
import { builtSite } from "./support/built-site.ts";
import { serveStatic, type StaticServer } from "../../scripts/lib/serve-static.ts";

const PREFIX = "/ke-hoach-cchc/";

interface TaskRow { id: string; area: string; lead: string; text: string; status: string | null; percent: number | null }
interface TargetRow { id: string; area: string; status: string }

let site: string;
let server: StaticServer;
let browser: Browser;
let tasks: TaskRow[];
let targets: TargetRow[];

before(async () => {
  site = await builtSite(PREFIX);
  server = await serveStatic(site, { pathPrefix: PREFIX });
  browser = await launchBrowser();
  tasks = JSON.parse(await readFile(join(site, "2026/du-lieu/tasks.json"), "utf8"));
  targets = JSON.parse(await readFile(join(site, "2026/du-lieu/targets.json"), "utf8"));
});
after(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string, options: Parameters<typeof openPage>[2] = {}): Promise<OpenedPage> {
  const opened = await openPage(browser, new URL(path, server.url).href, options);
  // The explorer fetches its rows after the page loads: wait until they are in and the view applied.
  if (path.startsWith("2026/du-lieu/bang/")) await opened.page.locator("[data-explorer][data-ready]").waitFor();
  return opened;
}

/** Ids of the visible rows of the visible table, in order. */
function shownIds(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>("section[data-view]:not([hidden]) tbody tr:not([hidden])")].map((tr) => tr.dataset.id ?? ""),
  );
}

describe("open data pages", () => {
  for (const path of ["2026/du-lieu/", "2026/du-lieu/bang/", "2026/du-lieu/bang/?xem=chi-tieu&sap-xep=gia-tri-giam"]) {
    test(`${path} loads cleanly and passes axe (WCAG 2.1 A/AA)`, async () => {
      const { page, consoleErrors, failedRequests, close } = await open(path);
      try {
        assert.deepEqual(consoleErrors, []);
        assert.deepEqual(failedRequests, []);
        // Open every data dictionary so its tables are checked too.
        await page.evaluate(() => document.querySelectorAll("details").forEach((d) => d.setAttribute("open", "")));
        const violations = await checkAccessibility(page);
        assert.deepEqual(violations, [], formatViolations(violations));
      } finally {
        await close();
      }
    });
  }

  test("the open data page links every resource's CSV and JSON with its row count", async () => {
    const { page, close } = await open("2026/du-lieu/");
    try {
      const descriptor = JSON.parse(await readFile(join(site, "2026/du-lieu/datapackage.json"), "utf8"));
      for (const r of descriptor.resources) {
        const rows = JSON.parse(await readFile(join(site, "2026", "du-lieu", r.path.replace(/\.csv$/, ".json")), "utf8")).length;
        const row = page.locator("table.open-data__resources tbody tr", { has: page.locator(`a[href="${PREFIX}2026/du-lieu/${r.path}"]`) });
        assert.equal(await row.count(), 1, r.name);
        assert.equal(await row.locator(`a[href="${PREFIX}2026/du-lieu/${r.name}.json"]`).count(), 1);
        assert.equal((await row.locator("td.num").innerText()).replace(/\./g, ""), String(rows));
      }
      const sums = await readFile(join(site, "2026/du-lieu/SHA256SUMS"), "utf8");
      const shown = await page.locator(".open-data__citation").innerText();
      const hash = /[0-9a-f]{64}/.exec(shown)?.[0];
      const path = /du-lieu\/(ky\/\S+?\.csv)/.exec(shown)?.[1];
      assert.ok(hash && path, shown);
      assert.ok(sums.includes(`${hash}  ${path}\n`), "the citation example's checksum is the file's");
      assert.ok((await page.locator("main").innerText()).includes("CC BY 4.0"));
    } finally {
      await close();
    }
  });
});

describe("the data explorer", () => {
  test("without filters it shows every task, and an area filter narrows the rows to that area", async () => {
    const { page, close } = await open("2026/du-lieu/bang/");
    try {
      assert.deepEqual(await shownIds(page), tasks.map((t) => t.id));
      const area = tasks.at(-1)!.area;
      await page.selectOption("#loc-linh-vuc", area);
      const expected = tasks.filter((t) => t.area === area).map((t) => t.id);
      assert.ok(expected.length > 0 && expected.length < tasks.length);
      assert.deepEqual(await shownIds(page), expected);
      assert.match(await page.locator("[data-count]").innerText(), new RegExp(`${expected.length} trên ${tasks.length}`));
      const unit = tasks.find((t) => t.area === area)!.lead;
      await page.selectOption("#loc-don-vi", unit);
      assert.deepEqual(await shownIds(page), tasks.filter((t) => t.area === area && t.lead === unit).map((t) => t.id));
      assert.equal(new URL(page.url()).search, `?linh-vuc=${area}&don-vi=${unit}`);
    } finally {
      await close();
    }
  });

  test("a text typed without diacritics finds a task written with đ", async () => {
    const task = tasks.find((t) => /\S*[đĐ]\S*/.test(t.text))!;
    assert.ok(task, "a task whose text has đ");
    // Three words around the first word with đ, folded: no accents, đ written d.
    const words = task.text.split(/\s+/);
    const at = words.findIndex((w) => /[đĐ]/.test(w));
    const query = fold(words.slice(Math.max(0, at - 1), at + 2).join(" "));
    assert.doesNotMatch(query, /[đĐ\u0300-\u036f]/);
    const { page, close } = await open("2026/du-lieu/bang/");
    try {
      await page.fill("#loc-q", query);
      const ids = await shownIds(page);
      assert.ok(ids.includes(task.id), `"${query}" finds ${task.id}`);
      assert.ok(ids.length < tasks.length, "and not every task");
      assert.equal(new URL(page.url()).searchParams.get("q"), query);
    } finally {
      await close();
    }
  });

  test("a shared address restores the view: targets, area, status and sort", async () => {
    const target = targets.find((t) => t.status === "dat")!;
    const { page, close } = await open(`2026/du-lieu/bang/?xem=chi-tieu&linh-vuc=${target.area}&trang-thai=dat&sap-xep=ma-giam`);
    try {
      assert.equal(await page.isChecked("input[name=xem][value=chi-tieu]"), true);
      assert.equal(await page.inputValue("#loc-linh-vuc"), target.area);
      assert.equal(await page.inputValue("#loc-trang-thai"), "dat");
      assert.equal(await page.isVisible("#loc-don-vi"), false, "targets have no lead unit filter");
      assert.equal(await page.isVisible("#h-bang-nhiem-vu"), false);
      const expected = targets.filter((t) => t.area === target.area && t.status === "dat").map((t) => t.id)
        .sort((a, b) => b.localeCompare(a, "vi", { numeric: true }));
      assert.deepEqual(await shownIds(page), expected);
      assert.equal(await page.getAttribute("section[data-view=chi-tieu] th[data-sort=ma]", "aria-sort"), "descending");
    } finally {
      await close();
    }
  });

  test("a header button sorts by progress, ascending then descending, and marks the column with aria-sort", async () => {
    const { page, close } = await open("2026/du-lieu/bang/");
    try {
      const header = "section[data-view=nhiem-vu] th[data-sort=tien-do]";
      const percents = async () =>
        (await page.locator("section[data-view=nhiem-vu] tbody tr:not([hidden]) [data-cell=value]").allInnerTexts())
          .filter((t) => t !== "—").map((t) => Number(t.replace("%", "").replace(",", ".")));
      await page.click(`${header} button`);
      assert.equal(await page.getAttribute(header, "aria-sort"), "ascending");
      const up = await percents();
      assert.deepEqual(up, [...up].sort((a, b) => a - b));
      await page.click(`${header} button`);
      assert.equal(await page.getAttribute(header, "aria-sort"), "descending");
      const down = await percents();
      assert.deepEqual(down, [...up].sort((a, b) => b - a));
      assert.equal(await page.locator("th[aria-sort]").count(), 1, "only the sorted column has aria-sort");
      assert.equal(new URL(page.url()).searchParams.get("sap-xep"), "tien-do-giam");
    } finally {
      await close();
    }
  });

  test("choosing a period shows that report's figures with links to it", async () => {
    const { page, close } = await open("2026/du-lieu/bang/");
    try {
      const periods = await page.locator("#loc-ky option").evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
      const first = periods.at(-1)!;
      await page.selectOption("#loc-ky", first);
      const links = await page.locator("section[data-view=nhiem-vu] tbody tr:not([hidden]) [data-cell=period] a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
      assert.equal(links.length, tasks.length);
      assert.ok(links.every((href) => href === `${PREFIX}2026/bao-cao/${first}/`), "every row links the chosen period's report, under the path prefix");
    } finally {
      await close();
    }
  });

  test("“Tải bảng đang xem (CSV)” downloads exactly the rows shown, with a BOM and a header", async () => {
    const { page, close, consoleErrors } = await open("2026/du-lieu/bang/?trang-thai=dang-thuc-hien&sap-xep=tien-do-giam", { contextOptions: { acceptDownloads: true } });
    try {
      const shown = await shownIds(page);
      assert.ok(shown.length > 0 && shown.length < tasks.length);
      const [download] = await Promise.all([page.waitForEvent("download"), page.click("text=Tải bảng đang xem (CSV)")]);
      assert.match(download.suggestedFilename(), /\.csv$/);
      const bytes = await readFile((await download.path())!);
      assert.equal(bytes.subarray(0, 3).toString("hex"), "efbbbf", "UTF-8 BOM for Excel");
      const text = bytes.toString("utf8");
      assert.ok(text.startsWith(BOM) && text.includes("\r\n"));
      const [header, ...rows] = parseCsv(text);
      assert.equal(header![0], "Mã nhiệm vụ");
      assert.equal(rows.length, shown.length, "one line per row shown");
      assert.deepEqual(rows.map((r) => r[0]), shown, "the same rows in the same order");
      assert.ok(rows.every((r) => r[header!.indexOf("Trạng thái")] === "Đang thực hiện"));
      // The plan clause readers know each task by, beside its id: nv-1-1 is "II.1.2, ý 1" in the fixture plan.
      assert.equal(header![1], "Vị trí trong kế hoạch");
      const first = rows.find((r) => r[0] === "nv-1-1");
      assert.equal(first?.[1], "II.1.2, ý 1");
      assert.deepEqual(consoleErrors, []);
    } finally {
      await close();
    }
  });
});
