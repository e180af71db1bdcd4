/**
 * The area, objective, task and unit pages, opened in Chromium on the fixture plan
 * (tests/fixture-plan/README.md): each loads cleanly, passes axe (WCAG 2.1 A/AA), draws its charts
 * beside their tables, labels illustrative figures, and shows what the fixture plan says. Every
 * expected name, count, percent and status is written here by hand from the fixture's tables.
 */
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { describe, test } from "node:test";
import type { Browser, Page } from "playwright-core";
import ui from "../../site/_data/ui.json" with { type: "json" };
import { assertPageClean } from "./support/page-clean.ts";
import { openPage, type OpenedPage } from "./support/browser.ts";
import { drawChartsInView } from "./support/charts.ts";
import type { StaticServer } from "../../scripts/lib/serve-static.ts";
import { siteInBrowser } from "./support/site-in-browser.ts";


let site: string;
let server: StaticServer;
let browser: Browser;

siteInBrowser((opened) => ({ site, server, browser } = opened));

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
    await assertPageClean(opened, path);
    // Both reports of the fixture plan say "illustrative": true.
    const banner = opened.page.locator("main .illustrative-banner");
    assert.ok(await banner.isVisible(), `${path}: the illustrative banner is visible`);
    assert.match((await banner.textContent()) ?? "", new RegExp(ui.illustrative));
    await drawChartsInView(opened.page);
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

/** Table rows matching a selector, as their cells' texts joined by one space. */
function rows(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).evaluateAll((trs) =>
    trs.map((tr) => [...(tr as HTMLTableRowElement).cells].map((c) => (c.textContent ?? "").replace(/\s+/g, " ").trim()).join(" ")));
}

/** Texts of the elements matching a selector, whitespace collapsed. */
function texts(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).evaluateAll((els) => els.map((el) => (el.textContent ?? "").replace(/\s+/g, " ").trim()));
}

const STATUS_ROWS = 4;
const TASK_TEXT = {
  "nv-1-1": "Công khai đồng bộ, đầy đủ các thủ tục hành chính tại Bộ phận Một cửa và trên trang thông tin điện tử của phường Đông Điền.",
  "nv-1-2-1": "Rà soát, cắt giảm giấy tờ rườm rà, chồng chéo trong hồ sơ đất đai, hộ tịch; đề xuất phương án đồng bộ hóa quy trình.",
  "nv-1-2-2": "Số hóa đồng bộ kết quả giải quyết thủ tục hành chính còn hiệu lực đã cấp cho người dân.",
  "nv-1-3": "Tổ chức đối thoại với người dân, doanh nghiệp về vướng mắc thủ tục; tổng hợp kiến nghị và trả lời đồng bộ.",
};
const GROUP = "Đơn giản hóa thủ tục hành chính:";

describe("area pages", () => {
  test("the areas index lists every area with its mean progress, status counts and lead units", async () => {
    const { page, close } = await openChecked("2026/linh-vuc/", []);
    try {
      const cards = await texts(page, ".area-card");
      assert.equal(cards.length, 3);
      // Latest report (06 tháng): area 1 is 50, 100, 45, 10 → 51.25, shown 51,3 %.
      const expected = [
        { title: "1. Cải cách thủ tục hành chính", tasks: 4, mean: "51,3%", statuses: ["Đang thực hiện 2", "Chậm tiến độ 1", "Hoàn thành 1"], absent: ["Chưa triển khai"], leads: ["Văn phòng", "Trung tâm PVHCC"] },
        { title: "2. Xây dựng chính quyền điện tử, chính quyền số", tasks: 3, mean: "53,3%", statuses: ["Chưa triển khai 1", "Đang thực hiện 1", "Hoàn thành 1"], absent: ["Chậm tiến độ"], leads: ["Phòng DVS"] },
        { title: "3. Cải cách tổ chức bộ máy", tasks: 2, mean: "52,5%", statuses: ["Đang thực hiện 1", "Chậm tiến độ 1"], absent: ["Chưa triển khai", "Hoàn thành"], leads: ["Văn phòng"] },
      ];
      expected.forEach((area, i) => {
        const card = cards[i] ?? "";
        assert.ok(card.startsWith(area.title), card);
        assert.match(card, new RegExp(`\\b${area.tasks} nhiệm vụ`), card);
        assert.ok(card.includes(area.mean), `${area.title}: ${area.mean} in ${card}`);
        for (const s of area.statuses) assert.ok(card.includes(s), `${area.title}: ${s} in ${card}`);
        for (const s of area.absent) assert.ok(!card.includes(s), `${area.title}: no ${s} in ${card}`);
        for (const unit of area.leads) assert.ok(card.includes(unit), `${area.title}: ${unit}`);
      });
    } finally {
      await close();
    }
  });

  test("an area page shows its objectives, its targets against their commitment, and its tasks under their group headings", async () => {
    const { page, close } = await openChecked("2026/linh-vuc/thu-tuc-hanh-chinh/", [{ id: "trang-thai-thu-tuc-hanh-chinh", rows: STATUS_ROWS }]);
    try {
      assert.equal(await page.locator("h1").textContent(), "1. Cải cách thủ tục hành chính");
      assert.deepEqual(await texts(page, ".objective-list .verbatim"), [
        "Giải quyết hồ sơ thủ tục hành chính đúng hạn, đồng bộ giữa các bộ phận: tỷ lệ đúng hạn đạt tối thiểu 98%; tỷ lệ hồ sơ phải bổ sung, làm lại không quá 5%.",
        "Cắt giảm thủ tục hành chính rườm rà, chồng chéo; rà soát đồng bộ quy trình nội bộ trong giải quyết thủ tục hành chính.",
      ]);
      const objectiveLinks = await page.locator(".objective-list a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
      assert.deepEqual(objectiveLinks, ["/2026/muc-tieu/mt-1-1/", "/2026/muc-tieu/mt-1-2/"]);
      assert.equal(await page.locator(".target-table tbody tr").count(), 2);
      assert.deepEqual(await texts(page, ".task-item__text"), Object.values(TASK_TEXT), "every task in full, in plan order");
      assert.deepEqual(await texts(page, ".task-group__heading"), [`${ui.fields.group}: ${GROUP}`]);
      const groupOfTask = await page.locator(".task-group", { has: page.locator('a[href="/2026/nhiem-vu/nv-1-2-2/"]') }).locator("h3").textContent();
      assert.ok((groupOfTask ?? "").includes(GROUP), groupOfTask ?? "");
    } finally {
      await close();
    }
  });
});

describe("objective pages", () => {
  test("an objective with targets shows each under its own anchor, with its commitment, a drawn chart and its values per period", async () => {
    const charts = [{ id: "bieu-do-ct-1-1-1", rows: 2 }, { id: "bieu-do-ct-1-1-2", rows: 2 }];
    const { page, close } = await openChecked("2026/muc-tieu/mt-1-1/", charts);
    try {
      assert.equal(await page.locator("blockquote.verbatim").textContent(), "Giải quyết hồ sơ thủ tục hành chính đúng hạn, đồng bộ giữa các bộ phận: tỷ lệ đúng hạn đạt tối thiểu 98%; tỷ lệ hồ sơ phải bổ sung, làm lại không quá 5%.");
      assert.equal(await page.locator('main a[href="/2026/linh-vuc/thu-tuc-hanh-chinh/"]').first().textContent(), "1. Cải cách thủ tục hành chính");
      // Both targets are met exactly at their target in the latest report, and missed in the first.
      const expected = [
        { id: "ct-1-1-1", measure: "Tỷ lệ hồ sơ giải quyết đúng hạn", commitment: "tối thiểu 98%", values: ["96,5%", "98%"], source: "Phần mềm một cửa (số liệu minh họa)" },
        { id: "ct-1-1-2", measure: "Tỷ lệ hồ sơ phải bổ sung, làm lại", commitment: "tối đa 5%", values: ["7%", "5%"], source: undefined },
      ];
      for (const target of expected) {
        const section = page.locator(`section#${target.id}`);
        assert.equal(await section.locator("h3").textContent(), target.measure);
        const facts = (await section.locator("dl.facts").textContent())?.replace(/\s+/g, " ") ?? "";
        assert.ok(facts.includes(target.commitment), facts);
        assert.ok(facts.includes("2026"), facts);
        assert.ok(facts.includes("Đạt") && !facts.includes("Chưa đạt"), `${target.id} is met: ${facts}`);
        const series = await rows(page, `section#${target.id} .series-table tbody tr`);
        assert.equal(series.length, 2);
        assert.ok(series[0]!.startsWith("Quý I năm 2026") && series[0]!.includes(target.values[0]!) && series[0]!.includes("Chưa đạt"), series[0]!);
        assert.ok(series[1]!.startsWith("06 tháng đầu năm 2026") && series[1]!.includes(target.values[1]!) && !series[1]!.includes("Chưa đạt") && series[1]!.includes("Đạt"), series[1]!);
        if (target.source) assert.ok(series.every((r) => r.includes(target.source!)), JSON.stringify(series));
      }
      assert.equal(await page.locator("main .task-list > li").count(), 3, "nv-1-1, nv-1-2-1 and nv-1-2-2 name mt-1-1");
    } finally {
      await close();
    }
  });

  test("a target with no figure yet says so, and an = target is met only at its value", async () => {
    const { page, close } = await openChecked("2026/muc-tieu/mt-3-1/", [{ id: "bieu-do-ct-3-1-1", rows: 2 }]);
    try {
      const facts = (await page.locator("section#ct-3-1-1 dl.facts").textContent())?.replace(/\s+/g, " ") ?? "";
      assert.ok(facts.includes("tối đa 10%") && facts.includes(ui.targetStatus["chua-co-so-lieu"]), facts);
    } finally {
      await close();
    }
    const equal = await openChecked("2026/muc-tieu/mt-2-1/", [{ id: "bieu-do-ct-2-1-1", rows: 2 }, { id: "bieu-do-ct-2-1-2", rows: 2 }]);
    try {
      const series = await rows(equal.page, "section#ct-2-1-1 .series-table tbody tr");
      assert.ok(series[0]!.includes("90%") && series[0]!.includes("Chưa đạt"), series[0]!);
      assert.ok(series[1]!.includes("100%") && !series[1]!.includes("Chưa đạt"), series[1]!);
      const horizon = (await equal.page.locator("section#ct-2-1-2 dl.facts").textContent()) ?? "";
      assert.ok(horizon.includes("2030") && horizon.includes("Chưa đạt"), horizon);
    } finally {
      await equal.close();
    }
  });

  test("an objective without targets says it has no numeric target", async () => {
    const { page, close } = await openChecked("2026/muc-tieu/mt-1-2/", []);
    try {
      assert.ok(await page.getByText(ui.noTargets).isVisible());
      assert.equal(await page.locator("blockquote.verbatim").textContent(), "Cắt giảm thủ tục hành chính rườm rà, chồng chéo; rà soát đồng bộ quy trình nội bộ trong giải quyết thủ tục hành chính.");
    } finally {
      await close();
    }
  });
});

describe("task pages", () => {
  test("a task page shows its group heading, its lead unit and its progress per period, with a drawn chart", async () => {
    const { page, close } = await openChecked("2026/nhiem-vu/nv-1-2-1/", [{ id: "bieu-do-nv-1-2-1", rows: 2 }]);
    try {
      // A readable title (the text's first clause) under the plan's code, which is the one code shown.
      assert.equal(await page.locator("main .kicker").textContent(), "Nhiệm vụ II.1.2, ý 2.1");
      assert.equal(await page.locator("h1").textContent(), "Rà soát, cắt giảm giấy tờ rườm rà, chồng chéo trong hồ sơ đất đai, hộ tịch");
      assert.match(await page.title(), /^Nhiệm vụ II\.1\.2, ý 2\.1: Rà soát, cắt giảm giấy tờ rườm rà, chồng chéo trong hồ sơ đất đai, hộ tịch – /);
      assert.equal(await page.locator("blockquote.verbatim").textContent(), TASK_TEXT["nv-1-2-1"]);
      assert.equal((await texts(page, ".task-group-note"))[0], `${ui.fields.group}: ${GROUP}`);

      const lead = page.locator(".lead-unit a");
      assert.equal(await lead.textContent(), "Trung tâm Phục vụ hành chính công phường Đông Điền");
      assert.equal(await lead.getAttribute("href"), "/2026/don-vi/trung-tam-phuc-vu-hcc/");
      assert.equal(await page.locator('dl.facts a[href="/2026/don-vi/van-phong-ubnd/"]').count(), 1, "its supporting unit");

      const progress = await rows(page, ".progress-table tbody tr");
      assert.equal(progress.length, 2);
      assert.ok(progress[0]!.startsWith("Quý I năm 2026") && progress[0]!.includes("Đang thực hiện") && progress[0]!.includes("40%"), progress[0]!);
      assert.ok(progress[1]!.startsWith("06 tháng đầu năm 2026") && progress[1]!.includes("Hoàn thành") && progress[1]!.includes("100%"), progress[1]!);
      // Done on 2026-07-05 though its deadline was 2026-06-30: done is never overdue.
      assert.ok(progress.every((r) => !r.includes(ui.overdue)), JSON.stringify(progress));
      const periodLinks = await page.locator(".progress-table tbody th a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
      assert.deepEqual(periodLinks, ["/2026/bao-cao/2026-q1/", "/2026/bao-cao/2026-6t/"]);
    } finally {
      await close();
    }
  });

  test("a task is marked overdue in the reports dated after its deadline, and only those", async () => {
    // nv-3-2 is due 2026-05-31: not overdue on 2026-04-05, overdue (and behind) on 2026-07-05.
    const { page, close } = await openChecked("2026/nhiem-vu/nv-3-2/", [{ id: "bieu-do-nv-3-2", rows: 2 }]);
    try {
      const progress = await rows(page, ".progress-table tbody tr");
      assert.equal(progress.length, 2);
      assert.ok(progress[0]!.includes("Đang thực hiện") && progress[0]!.includes("50%") && !progress[0]!.includes(ui.overdue), progress[0]!);
      assert.ok(progress[1]!.includes("Chậm tiến độ") && progress[1]!.includes("70%") && progress[1]!.includes(ui.overdue), progress[1]!);
    } finally {
      await close();
    }
  });

  test("evidence links open outside the site without passing it credit", async () => {
    const { page, close } = await openPage(browser, new URL("2026/nhiem-vu/nv-2-1/", server.url).href);
    try {
      const links = await page.locator(".evidence-list a").evaluateAll((as) => as.map((a) => [a.getAttribute("href"), a.getAttribute("rel")]));
      assert.deepEqual(links, [["https://vi-du.example/dich-vu-cong", "nofollow noopener"]]);
    } finally {
      await close();
    }
  });
});

describe("unit pages", () => {
  test("the units index lists every unit with the tasks it leads and coordinates", async () => {
    const { page, close } = await openChecked("2026/don-vi/", []);
    try {
      const found = await texts(page, ".unit-table tbody tr");
      assert.equal(found.length, 3);
      for (const [name, section] of [["Văn phòng HĐND và UBND phường Đông Điền", 1], ["Phòng Dịch vụ số và Đổi mới", 2], ["Trung tâm Phục vụ hành chính công phường Đông Điền", 6]] as const) {
        const row = found.find((r) => r.startsWith(name));
        assert.ok(row, name);
        assert.ok(row.includes(`Mục IV.${section}`), row);
      }
    } finally {
      await close();
    }
  });

  test("a unit page shows its section IV duties, the tasks it leads and coordinates, and a drawn status chart", async () => {
    const { page, close } = await openChecked("2026/don-vi/van-phong-ubnd/", [{ id: "trang-thai-chu-tri", rows: STATUS_ROWS }]);
    try {
      assert.equal(await page.locator("h1").textContent(), "Văn phòng HĐND và UBND phường Đông Điền");
      assert.match((await page.locator("#h-trach-nhiem").textContent()) ?? "", /Mục IV\.1$/);
      assert.deepEqual(await texts(page, ".duty-list > li .verbatim"), [
        "Chủ trì tham mưu triển khai đồng bộ kế hoạch mẫu; tổng hợp báo cáo định kỳ hằng quý, 06 tháng và năm.",
        "Hoàn thành kế hoạch của đơn vị trước ngày 31/01/2026.",
      ]);
      assert.deepEqual(await texts(page, "#bang-chu-tri tbody th"), ["Nhiệm vụ II.1.2, ý 1", "Nhiệm vụ II.1.2, ý 3", "Nhiệm vụ II.3.2, ý 1", "Nhiệm vụ II.3.2, ý 2"]);
      assert.deepEqual(await texts(page, "#bang-phoi-hop tbody th"), ["Nhiệm vụ II.1.2, ý 2.1", "Nhiệm vụ II.2.2, ý 1"]);
      // Leads nv-1-1 (50), nv-1-3 (10), nv-3-1 (35), nv-3-2 (70): 41.25 → 41,3 %; nv-3-2 is behind and overdue, counted once.
      const stats = ((await page.locator("main").textContent()) ?? "").replace(/\s+/g, " ");
      assert.ok(stats.includes("41,3%"), "mean progress of the tasks it leads");
      assert.ok(stats.includes("0/4 hoàn thành"), "none of its 4 tasks done");
      assert.ok(stats.includes("1 chậm tiến độ hoặc quá hạn"), "nv-3-2 counted once");
    } finally {
      await close();
    }
  });
});

test("every area, objective, task and unit of the fixture plan has its page in the built site, and no other", async () => {
  const kinds = [
    ["linh-vuc", ["chinh-quyen-so", "thu-tuc-hanh-chinh", "to-chuc-bo-may"]],
    ["muc-tieu", ["mt-1-1", "mt-1-2", "mt-2-1", "mt-2-2", "mt-3-1", "mt-3-2"]],
    ["nhiem-vu", ["nv-1-1", "nv-1-2-1", "nv-1-2-2", "nv-1-3", "nv-2-1", "nv-2-2", "nv-2-3", "nv-3-1", "nv-3-2"]],
    ["don-vi", ["phong-dich-vu-so", "trung-tam-phuc-vu-hcc", "van-phong-ubnd"]],
  ] as const;
  for (const [folder, ids] of kinds) {
    const built = (await readdir(join(site, folder), { withFileTypes: true }))
      .filter((e) => e.isDirectory() && existsSync(join(site, folder, e.name, "index.html"))).map((e) => e.name).sort();
    assert.deepEqual(built, [...ids], `${folder}: one page per item`);
  }
});
