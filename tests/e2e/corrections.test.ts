/**
 * A correction (đính chính) is public wherever the figure is: the report page's notice box, the area's
 * report page (its own box and a mark in its table),
 * the task and objective pages, the Atom feed and the open data, while the period's snapshot files keep
 * the figures as first published, byte for byte. Built from the fixture plan with two corrections laid
 * over its 6-month report: nv-3-1 35 → 40 and ct-2-1-2 75 → 78 (expected values written by hand).
 */
import assert from "node:assert/strict";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import type { Browser } from "playwright-core";
import { buildSite } from "../../scripts/build.ts";
import { FIXTURE_PLAN } from "../fixture-plan/fixture-plan.ts";
import { checkAccessibility, formatViolations } from "./support/axe.ts";
import { openPage } from "./support/browser.ts";
import { launchBrowser } from "../../scripts/lib/chromium.ts";
import { builtSite } from "./support/built-site.ts";
import { serveStatic, type StaticServer } from "../../scripts/lib/serve-static.ts";

let work: string;
let corrected: string;
let original: string;
let server: StaticServer;
let browser: Browser;

before(async () => {
  original = await builtSite("/");
  work = await mkdtemp(join(tmpdir(), "hg-corrections-"));
  const root = join(work, "plan");
  await cp(join(FIXTURE_PLAN, "content"), join(root, "content"), { recursive: true });
  await cp(join(FIXTURE_PLAN, "data"), join(root, "data"), { recursive: true });
  const path = join(root, "data", "2026", "bao-cao", "2026-6t.json");
  const report = JSON.parse(await readFile(path, "utf8"));
  report.tasks.find((t: { task: string }) => t.task === "nv-3-1").percent = 40;
  report.targets.find((t: { target: string }) => t.target === "ct-2-1-2").value = 78;
  report.corrections = [
    { date: "2026-08-10", item: "nv-3-1", field: "percent", old: 35, new: 40, reason: "Báo cáo bỏ sót phần việc đã xong của tháng 6.", approvedBy: "Chủ tịch UBND phường" },
    { date: "2026-08-12", item: "ct-2-1-2", field: "value", old: 75, new: 78, reason: "Số hồ sơ trực tuyến được tổng hợp lại.", approvedBy: "Chủ tịch UBND phường" },
  ];
  await writeFile(path, `${JSON.stringify(report, null, 2)}\n`);
  corrected = join(work, "_site");
  const result = await buildSite({ root, outDir: corrected, pathPrefix: "/", guardPublished: false, log: () => undefined });
  assert.ok(result, "the corrected plan builds");
  server = await serveStatic(corrected);
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

const NV = "Đính chính ngày 10/08/2026: Tiến độ 35% → 40% (Báo cáo bỏ sót phần việc đã xong của tháng 6). Phê duyệt: Chủ tịch UBND phường.";
const CT = "Đính chính ngày 12/08/2026: Giá trị 75% → 78% (Số hồ sơ trực tuyến được tổng hợp lại). Phê duyệt: Chủ tịch UBND phường.";

test("the report page lists both corrections in a notice box and marks the corrected figures, at 360 px and without accessibility problems", async () => {
  const opened = await openPage(browser, `${server.url}2026/bao-cao/2026-6t/`, { contextOptions: { viewport: { width: 360, height: 740 } } });
  try {
    const { page } = opened;
    assert.equal(await page.locator("#dinh-chinh").innerText(), "Đính chính (2)");
    assert.deepEqual(await page.locator(".corrections-box .corrections li").allInnerTexts(), [
      `Nhiệm vụ II.3.2, ý 1: ${NV}`,
      `Tỷ lệ hồ sơ nộp trực tuyến: ${CT}`,
    ]);
    assert.equal(await page.locator(".corrections-box a").first().getAttribute("href"), "/2026/nhiem-vu/nv-3-1/");
    // Neither corrected task is late, so the report page's own table (late tasks) shows no mark.
    assert.equal(await page.locator("a.corrected-mark").count(), 0);
    assert.deepEqual(opened.consoleErrors, []);
    const violations = await checkAccessibility(page);
    assert.deepEqual(violations, [], formatViolations(violations));
  } finally {
    await opened.close();
  }
});

test("each area's report page has its own notice box and marks its corrected figure, at 360 px and without accessibility problems", async () => {
  // nv-3-1 is in area 3 (to-chuc-bo-may), ct-2-1-2 in area 2 (chinh-quyen-so); area 1 has none.
  for (const [area, sentence, href] of [["to-chuc-bo-may", `Nhiệm vụ II.3.2, ý 1: ${NV}`, "/2026/nhiem-vu/nv-3-1/"], ["chinh-quyen-so", `Tỷ lệ hồ sơ nộp trực tuyến: ${CT}`, "/2026/muc-tieu/mt-2-1/#ct-2-1-2"]] as const) {
    const opened = await openPage(browser, `${server.url}2026/bao-cao/2026-6t/${area}/`, { contextOptions: { viewport: { width: 360, height: 740 } } });
    try {
      const { page } = opened;
      assert.equal(await page.locator("#dinh-chinh").innerText(), "Đính chính (1)", area);
      assert.deepEqual(await page.locator(".corrections-box .corrections li").allInnerTexts(), [sentence]);
      assert.equal(await page.locator(".corrections-box a").first().getAttribute("href"), href);
      assert.equal(await page.locator("a.corrected-mark[href='#dinh-chinh']").count(), 1, `${area}: one mark beside the corrected figure`);
      assert.deepEqual(opened.consoleErrors, []);
      const violations = await checkAccessibility(page);
      assert.deepEqual(violations, [], formatViolations(violations));
    } finally {
      await opened.close();
    }
  }
  const untouched = await readFile(join(corrected, "2026", "bao-cao", "2026-6t", "thu-tuc-hanh-chinh", "index.html"), "utf8");
  assert.ok(!untouched.includes("corrections-box") && !untouched.includes("corrected-mark"), "an area without corrections says nothing of them");
});

test("the task page and the objective page say what was corrected beside the period's figure", async () => {
  const task = await readFile(join(corrected, "2026", "nhiem-vu", "nv-3-1", "index.html"), "utf8");
  assert.ok(task.includes(NV), "the task page has the sentence");
  const objective = await readFile(join(corrected, "2026", "muc-tieu", "mt-2-1", "index.html"), "utf8");
  assert.ok(objective.includes(CT), "the objective page has the sentence");
  const untouched = await readFile(join(corrected, "2026", "nhiem-vu", "nv-1-1", "index.html"), "utf8");
  assert.ok(!untouched.includes("Đính chính ngày"), "a task without corrections says nothing of them");
});

test("the Atom feed has one entry per correction, linking the report's notice box", async () => {
  const feed = await readFile(join(corrected, "2026", "cap-nhat", "feed.xml"), "utf8");
  const entries = [...feed.matchAll(/<entry>[\s\S]*?<\/entry>/g)].map((m) => m[0]).filter((e) => e.includes("Đính chính số liệu"));
  assert.equal(entries.length, 2);
  assert.match(entries[0]!, /<title>Đính chính số liệu – Báo cáo 06 tháng đầu năm 2026: Tỷ lệ hồ sơ nộp trực tuyến \(Số liệu minh họa\)<\/title>/);
  assert.match(entries[0]!, /<link rel="alternate" type="text\/html" href="[^"]*\/bao-cao\/2026-6t\/#dinh-chinh"\/>/);
  assert.match(entries[0]!, /<published>2026-08-12T00:00:00\+07:00<\/published>/);
  assert.ok(entries[1]!.includes("Nhiệm vụ II.3.2, ý 1. Đính chính ngày 10/08/2026: Tiến độ 35% → 40%"));
});

test("the open data has the corrections, the current tables the new values, and the period snapshot stays byte-identical", async () => {
  const csv = await readFile(join(corrected, "2026", "du-lieu", "corrections.csv"), "utf8");
  assert.equal(
    csv,
    "\uFEFFperiod,date,kind,item,field,old,new,reason,approvedBy,illustrative\r\n" +
      "2026-6t,2026-08-10,task,nv-3-1,percent,35,40,Báo cáo bỏ sót phần việc đã xong của tháng 6.,Chủ tịch UBND phường,true\r\n" +
      "2026-6t,2026-08-12,target,ct-2-1-2,value,75,78,Số hồ sơ trực tuyến được tổng hợp lại.,Chủ tịch UBND phường,true\r\n",
  );
  assert.equal(await readFile(join(corrected, "2026", "du-lieu", "ky", "2026-6t", "corrections.csv"), "utf8"), csv.replace(/^\uFEFF/, "\uFEFF"));
  const progress = JSON.parse(await readFile(join(corrected, "2026", "du-lieu", "task-progress.json"), "utf8")) as { task: string; period: string; percent: number }[];
  assert.equal(progress.find((r) => r.task === "nv-3-1" && r.period === "2026-6t")!.percent, 40);
  for (const file of ["task-progress.csv", "task-progress.json", "target-values.csv", "target-values.json"]) {
    const before = await readFile(join(original, "2026", "du-lieu", "ky", "2026-6t", file));
    const after = await readFile(join(corrected, "2026", "du-lieu", "ky", "2026-6t", file));
    assert.ok(before.equals(after), `ky/2026-6t/${file} is byte-identical to the uncorrected build`);
  }
  const pkg = JSON.parse(await readFile(join(corrected, "2026", "du-lieu", "datapackage.json"), "utf8")) as { resources: { name: string; title: string }[] };
  assert.equal(pkg.resources.find((r) => r.name === "corrections")?.title, "Đính chính số liệu đã công bố");
});
