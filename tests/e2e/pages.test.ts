/**
 * The area, objective, task and unit pages, opened in Chromium on the real site: each loads
 * cleanly, passes axe (WCAG 2.1 A/AA), draws its charts beside their tables, labels illustrative
 * figures, and shows what the derived data says. Expectations come from deriving the real content
 * here, not from the build under test.
 */
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import type { Browser, Page } from "playwright-core";
import { TASK_STATUSES, type SiteData } from "../../scripts/derive/types.ts";
import ui from "../../site/_data/ui.json" with { type: "json" };
import { formatPercent } from "../../site/filters/format-number.ts";
import { groupTasks } from "../../site/filters/group-tasks.ts";
import { checkAccessibility, formatViolations } from "./support/axe.ts";
import { launchBrowser, openPage, type OpenedPage } from "./support/browser.ts";
import { builtSite } from "./support/built-site.ts";
// Still the real content until this file is rewritten against tests/fixture-plan (issue 9).
const REAL_ROOT_UNTIL_REWRITTEN = new URL("../../", import.meta.url).pathname;
import { realSiteData } from "./support/real-site-data.ts";
import { serveStatic, type StaticServer } from "./support/serve-static.ts";


let hg: SiteData;
let site: string;
let server: StaticServer;
let browser: Browser;

before(async () => {
  hg = await realSiteData();
  site = await builtSite("/", REAL_ROOT_UNTIL_REWRITTEN);
  server = await serveStatic(site);
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** A chart the page must draw: its figure id and how many rows its data table has. */
interface ExpectedChart {
  id: string;
  rows: number;
}

/**
 * Opens a page and asserts what every page here owes its reader: status 200, no console error or
 * failed request, no axe violation, the "Số liệu minh họa" label visible when figures are
 * illustrative, and exactly the expected charts, each drawn and with its full data table.
 */
async function openChecked(path: string, charts: ExpectedChart[]): Promise<OpenedPage> {
  const opened = await openPage(browser, new URL(path, server.url).href);
  try {
    assert.equal(opened.response?.status(), 200, `${path} status`);
    assert.deepEqual(opened.consoleErrors, [], `console errors on ${path}`);
    assert.deepEqual(opened.failedRequests, [], `failed requests on ${path}`);
    const violations = await checkAccessibility(opened.page);
    assert.deepEqual(violations, [], `${path}: ${formatViolations(violations)}`);
    if (hg.illustrative) {
      const banner = opened.page.locator("main .illustrative-banner");
      assert.ok(await banner.isVisible(), `${path}: the illustrative banner is visible`);
      assert.match((await banner.textContent()) ?? "", new RegExp(ui.illustrative));
    }
    assert.deepEqual(await drawnCharts(opened.page), charts.map((c) => ({ ...c, drawn: true })), `${path}: charts`);
    return opened;
  } catch (error) {
    await opened.close();
    throw error;
  }
}

/** Every chart in <main>: whether its canvas was drawn at a non-zero size, and its table's rows. */
function drawnCharts(page: Page): Promise<(ExpectedChart & { drawn: boolean })[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>("main figure.chart")].map((figure) => {
      const holder = figure.querySelector(".chart__canvas");
      // Chart.js draws on a canvas; small percentage charts are SVG drawn at build time.
      const box = figure.querySelector("canvas, svg")?.getBoundingClientRect();
      return {
        id: figure.id,
        rows: figure.querySelectorAll(".chart__table tbody tr").length,
        drawn: !!holder?.classList.contains("chart__canvas--drawn") && (box?.width ?? 0) > 0 && (box?.height ?? 0) > 0,
      };
    }),
  );
}

/** Texts of the elements matching a selector, whitespace collapsed. */
function texts(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).evaluateAll((els) => els.map((el) => (el.textContent ?? "").replace(/\s+/g, " ").trim()));
}

describe("area pages", () => {
  test("the areas index lists every area with its mean progress, status counts and lead units", async () => {
    const { page, close } = await openChecked("linh-vuc/", []);
    try {
      const cards = await texts(page, ".area-card");
      assert.equal(cards.length, hg.counts.areas);
      hg.areas.forEach((area, i) => {
        const card = cards[i] ?? "";
        assert.ok(card.startsWith(`${area.number}. ${area.title}`), card);
        assert.match(card, new RegExp(`${area.tasks.length} nhiệm vụ`));
        if (area.rollup.meanPercent !== null) assert.ok(card.includes(formatPercent(area.rollup.meanPercent)), card);
        for (const status of TASK_STATUSES) {
          if (area.rollup.byStatus[status]) assert.ok(card.includes(`${ui.status[status]} ${area.rollup.byStatus[status]}`), `${area.id}: ${status}`);
        }
        for (const unit of area.leadUnits) assert.ok(card.includes(unit.shortName), `${area.id}: ${unit.shortName}`);
      });
    } finally {
      await close();
    }
  });

  test("an area page shows its objectives, its targets against their commitment, and its tasks under their group headings", async () => {
    const area = hg.areas.find((a) => a.targets.length > 0 && a.tasks.some((t) => t.group));
    assert.ok(area, "no area with both targets and grouped tasks");
    const { page, close } = await openChecked(`linh-vuc/${area.id}/`, [{ id: `trang-thai-${area.id}`, rows: TASK_STATUSES.length }]);
    try {
      assert.equal(await page.locator("h1").textContent(), `${area.number}. ${area.title}`);
      assert.deepEqual(await texts(page, ".objective-list .verbatim"), area.objectives.map((o) => o.text));
      const objectiveLinks = await page.locator(".objective-list a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
      assert.deepEqual(objectiveLinks, area.objectives.map((o) => `/muc-tieu/${o.id}/`));
      assert.equal(await page.locator(".target-table tbody tr").count(), area.targets.length);
      assert.deepEqual(await texts(page, ".task-item__text"), area.tasks.map((t) => t.text), "every task in full, in plan order");
      const headings = groupTasks(area.tasks).flatMap((run) => (run.heading ? [`${ui.fields.group}: ${run.heading}`] : []));
      assert.deepEqual(await texts(page, ".task-group__heading"), headings);
      const grouped = area.tasks.find((t) => t.group)!;
      const groupOfTask = await page.locator(".task-group", { has: page.locator(`a[href="/nhiem-vu/${grouped.id}/"]`) }).locator("h3").textContent();
      assert.match(groupOfTask ?? "", new RegExp(grouped.group!.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));
      assert.equal(await page.locator('main [data-pagefind-filter="type"]').textContent(), ui.resultTypes.area);
    } finally {
      await close();
    }
  });
});

describe("objective pages", () => {
  test("an objective with targets shows each under its own anchor, with its commitment, a drawn chart and its values per period", async () => {
    const objective = hg.objectives.find((o) => o.targets.length > 1 && o.targets.every((t) => t.series.length > 0));
    assert.ok(objective, "no objective with several reported targets");
    const charts = objective.targets.map((t) => ({ id: `bieu-do-${t.id}`, rows: t.series.length }));
    const { page, close } = await openChecked(`muc-tieu/${objective.id}/`, charts);
    try {
      assert.equal(await page.locator("blockquote.verbatim").textContent(), objective.text);
      assert.equal(await page.locator(`main a[href="/linh-vuc/${objective.area}/"]`).first().textContent(), `${objective.areaNumber}. ${objective.areaTitle}`);
      for (const target of objective.targets) {
        const section = page.locator(`section#${target.id}`);
        assert.equal(await section.locator("h3").textContent(), target.measure);
        const facts = (await section.locator("dl.facts").textContent())?.replace(/\s+/g, " ") ?? "";
        assert.ok(facts.includes(`${ui.comparator[target.comparator]} ${target.value}%`), facts);
        assert.ok(facts.includes(String(target.horizon)), facts);
        assert.ok(facts.includes(ui.targetStatus[target.status]), facts);
        const rows = await texts(page, `section#${target.id} .series-table tbody tr`);
        assert.equal(rows.length, target.series.length);
        target.series.forEach((v, i) => {
          const row = rows[i] ?? "";
          assert.ok(row.startsWith(v.periodName), row);
          assert.ok(row.includes(ui.targetStatus[v.status]), row);
          if (v.source) assert.ok(row.includes(v.source), row);
        });
      }
      assert.equal(await page.locator("main .task-list > li").count(), objective.relatedTasks.length);
      assert.equal(await page.locator('main [data-pagefind-filter="area"]').textContent(), `${objective.areaNumber}. ${objective.areaTitle}`);
    } finally {
      await close();
    }
  });

  test("an objective without targets says it has no numeric target", async () => {
    const objective = hg.objectives.find((o) => o.targets.length === 0);
    assert.ok(objective, "no objective without targets");
    const { page, close } = await openChecked(`muc-tieu/${objective.id}/`, []);
    try {
      assert.ok(await page.getByText(ui.noTargets).isVisible());
      assert.equal(await page.locator("blockquote.verbatim").textContent(), objective.text);
    } finally {
      await close();
    }
  });
});

describe("task pages", () => {
  test("a task page shows its group heading, its lead unit and its progress per period, with a drawn chart", async () => {
    const task = hg.tasks.find((t) => t.group && t.progress.length > 1 && t.supportUnits.length > 0);
    assert.ok(task, "no grouped task with several reports");
    const { page, close } = await openChecked(`nhiem-vu/${task.id}/`, [{ id: `bieu-do-${task.id}`, rows: task.progress.length }]);
    try {
      assert.equal(await page.locator("h1").textContent(), `Nhiệm vụ ${task.ref}`);
      assert.match(await page.title(), new RegExp(`^Nhiệm vụ ${task.ref.replace(/\./g, "\\.")}: `));
      assert.equal(await page.locator("blockquote.verbatim").textContent(), task.text);
      assert.equal((await texts(page, ".task-group-note"))[0], `${ui.fields.group}: ${task.group}`);

      const lead = page.locator(".lead-unit a");
      assert.equal(await lead.textContent(), task.leadUnit.name);
      assert.equal(await lead.getAttribute("href"), `/don-vi/${task.leadUnit.id}/`);
      for (const unit of task.supportUnits) assert.equal(await page.locator(`dl.facts a[href="/don-vi/${unit.id}/"]`).count(), 1, unit.id);

      const rows = await texts(page, ".progress-table tbody tr");
      assert.equal(rows.length, task.progress.length);
      task.progress.forEach((p, i) => {
        const row = rows[i] ?? "";
        assert.ok(row.startsWith(p.periodName), row);
        assert.ok(row.includes(ui.status[p.status]), row);
        assert.ok(row.includes(formatPercent(p.percent)), row);
        assert.equal(row.includes(ui.overdue), p.overdue, `${p.period}: overdue marking`);
      });
      const periodLinks = await page.locator(".progress-table tbody th a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
      assert.deepEqual(periodLinks, task.progress.map((p) => `/bao-cao/${p.period}/`));

      const filters = await page.locator("main [data-pagefind-filter]").evaluateAll((els) =>
        Object.fromEntries(els.map((el) => [el.getAttribute("data-pagefind-filter"), el.textContent])));
      assert.deepEqual(filters, {
        type: ui.resultTypes.task,
        area: `${task.areaNumber}. ${task.areaTitle}`,
        unit: task.leadUnit.shortName,
        status: ui.status[task.latest!.status],
      });
    } finally {
      await close();
    }
  });

  test("evidence links open outside the site without passing it credit", async () => {
    const task = hg.tasks.find((t) => t.progress.some((p) => p.evidence.length > 0));
    assert.ok(task, "no task with evidence");
    const { page, close } = await openPage(browser, new URL(`nhiem-vu/${task.id}/`, server.url).href);
    try {
      const links = await page.locator(".evidence-list a").evaluateAll((as) => as.map((a) => [a.getAttribute("href"), a.getAttribute("rel")]));
      const expected = task.progress.flatMap((p) => p.evidence.map((e) => [e.url, "nofollow noopener"]));
      assert.deepEqual(links, expected);
    } finally {
      await close();
    }
  });
});

describe("unit pages", () => {
  test("the units index lists every unit with the tasks it leads and coordinates", async () => {
    const { page, close } = await openChecked("don-vi/", []);
    try {
      const rows = await texts(page, ".unit-table tbody tr");
      assert.equal(rows.length, hg.counts.units);
      for (const unit of hg.units) {
        const row = rows.find((r) => r.startsWith(unit.name));
        assert.ok(row, unit.id);
        assert.ok(row.includes(`Mục IV.${unit.section}`), row);
      }
    } finally {
      await close();
    }
  });

  test("a unit page shows its section IV duties, the tasks it leads and coordinates, and a drawn status chart", async () => {
    const unit = hg.units.find((u) => u.leads.length > 0 && u.supports.length > 0);
    assert.ok(unit, "no unit that both leads and coordinates");
    const { page, close } = await openChecked(`don-vi/${unit.id}/`, [{ id: "trang-thai-chu-tri", rows: TASK_STATUSES.length }]);
    try {
      assert.equal(await page.locator("h1").textContent(), unit.name);
      assert.match((await page.locator("#h-trach-nhiem").textContent()) ?? "", new RegExp(`Mục IV\\.${unit.section}$`));
      assert.deepEqual(await texts(page, ".duty-list > li .verbatim"), unit.duties.map((d) => d.text));
      assert.deepEqual(await texts(page, "#bang-chu-tri tbody th"), unit.leads.map((t) => `Nhiệm vụ ${t.ref}`));
      assert.deepEqual(await texts(page, "#bang-phoi-hop tbody th"), unit.supports.map((t) => `Nhiệm vụ ${t.ref}`));
    } finally {
      await close();
    }
  });
});

test("every area, objective, task and unit in the derived data has its page in the built site", async () => {
  const kinds = [
    ["linh-vuc", hg.areas.map((a) => a.id), hg.counts.areas],
    ["muc-tieu", hg.objectives.map((o) => o.id), hg.counts.objectives],
    ["nhiem-vu", hg.tasks.map((t) => t.id), hg.counts.tasks],
    ["don-vi", hg.units.map((u) => u.id), hg.counts.units],
  ] as const;
  for (const [folder, ids, count] of kinds) {
    const missing = ids.filter((id) => !existsSync(join(site, folder, id, "index.html")));
    assert.deepEqual(missing, [], `${folder}: pages missing`);
    const built = (await readdir(join(site, folder), { withFileTypes: true })).filter((e) => e.isDirectory() && existsSync(join(site, folder, e.name, "index.html")));
    assert.equal(built.length, count, `${folder}: one page per item`);
  }
});
