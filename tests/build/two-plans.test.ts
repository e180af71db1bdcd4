/**
 * Two plans side by side (docs/decisions/0008), built from tests/fixtures/two-plans/: the fixture
 * plan as 2026 and an invented 2027 plan whose ct-1-1-1 continues 2026/ct-1-1-1. Every page kind
 * exists under each year, `/` is the current plan with the archive, the old addresses lead to 2026,
 * and the indicator page and the open data show both years. Values written by hand
 * (tests/fixtures/two-plans/README.md).
 */
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { readdir, readFile, stat } from "node:fs/promises";
import { dirname, join, relative } from "node:path";
import { before, test } from "node:test";
import { builtSite } from "../e2e/support/built-site.ts";
import { twoPlansRoot } from "../fixtures/two-plans/two-plans.ts";
import { readXlsx, type ReadCell } from "../export/support/read-xlsx.ts";

const SITE_URL = "https://vi-du.example/ke-hoach-mau";
let site: string;

before(async () => {
  site = await builtSite("/", await twoPlansRoot());
});

const read = (path: string) => readFile(join(site, path), "utf8");
const exists = (path: string) => stat(join(site, path)).then((s) => s.isFile(), () => false);
/** The text of an HTML fragment, tags and runs of spaces collapsed. */
const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ").trim();

test("every page kind exists under each year", async () => {
  for (const year of ["2026", "2027"]) {
    for (const page of [
      "", "linh-vuc/", "linh-vuc/thu-tuc-hanh-chinh/", "muc-tieu/mt-1-1/", "nhiem-vu/nv-1-1/", "don-vi/", "don-vi/van-phong-ubnd/",
      "bao-cao/", `bao-cao/${year}-q1/`, `bao-cao/${year}-q1/thu-tuc-hanh-chinh/`, "cap-nhat/", "du-lieu/", "du-lieu/bang/", "gioi-thieu/", "tim-kiem/", "viec-cham/", "chi-so/ct-1-1-1/",
    ]) {
      assert.ok(await exists(`${year}/${page}index.html`), `/${year}/${page}`);
    }
    for (const file of ["du-lieu/datapackage.json", "du-lieu/tasks.csv", "du-lieu/indicators.csv", "cap-nhat/feed.xml", "sitemap.xml"]) assert.ok(await exists(`${year}/${file}`), `/${year}/${file}`);
    assert.match(await read(`${year}/index.html`), new RegExp(`<h1>Kế hoạch mẫu để kiểm thử: cải cách hành chính phường Đông Điền năm ${year}</h1>`));
  }
});

test("/ is the current plan, 2027, with the archive of both plans, newest first", async () => {
  const home = await read("index.html");
  assert.match(home, /<h1>Kế hoạch mẫu để kiểm thử: cải cách hành chính phường Đông Điền năm 2027<\/h1>/);
  const archive = /<ul class="plan-archive">([\s\S]*?)<\/ul>/.exec(home)?.[1] ?? "";
  assert.deepEqual([...archive.matchAll(/href="([^"]+)"/g)].map((m) => m[1]), ["/2027/", "/2026/"]);
  assert.match(text(archive), /Năm 2027: .* \(kế hoạch hiện hành\) Năm 2026: /);
  // Each plan's own pages link inside the plan.
  assert.match(await read("2026/nhiem-vu/nv-1-1/index.html"), /<link rel="canonical" href="https:\/\/vi-du\.example\/ke-hoach-mau\/2026\/nhiem-vu\/nv-1-1\/">/);
});

test("the addresses the site had before plans had folders lead to the 2026 plan", async () => {
  for (const page of ["nhiem-vu/nv-1-1/", "muc-tieu/mt-1-1/", "bao-cao/2026-q1/", "du-lieu/", "gioi-thieu/", "tim-kiem/"]) {
    const html = await read(`${page}index.html`);
    assert.match(html, new RegExp(`<link rel="canonical" href="${SITE_URL}/2026/${page}">`), page);
    assert.match(html, new RegExp(`<meta http-equiv="refresh" content="1; url=/2026/${page}">`), page);
    assert.match(html, new RegExp(`<a href="/2026/${page}" data-redirect>`), page);
    assert.doesNotMatch(html, /<script>/, "no inline script");
  }
  // Files cannot redirect: the 2026 plan's open data is served at its old address too, byte for byte.
  assert.equal(await read("du-lieu/tasks.csv"), await read("2026/du-lieu/tasks.csv"));
  // Nothing of 2027 appears at an old address.
  assert.equal(await exists("bao-cao/2027-q1/index.html"), false);
});

test("the indicator continued across the two years shows both years, on each year's page", async () => {
  for (const year of ["2026", "2027"]) {
    const html = await read(`${year}/chi-so/ct-1-1-1/index.html`);
    const rows = [...(/<table class="indicator-years stack-table">[\s\S]*?<tbody>([\s\S]*?)<\/tbody>/.exec(html)?.[1] ?? "").matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((m) => text(m[1]!));
    assert.deepEqual(rows, [
      "2026 ct-1-1-1 : Tỷ lệ hồ sơ giải quyết đúng hạn tối thiểu 98 % 98 % (06 tháng đầu năm 2026) Số liệu minh họa Đạt",
      "2027 ct-1-1-1 : Tỷ lệ hồ sơ giải quyết đúng hạn tối thiểu 99 % 99,2 % (Quý I năm 2027) Số liệu minh họa Đạt",
    ], year);
    assert.match(html, /data-chart="[^"]*&quot;labels&quot;:\[&quot;2026&quot;,&quot;2027&quot;\]/);
  }
  // The objective page of each year links its indicator.
  assert.match(await read("2026/muc-tieu/mt-1-1/index.html"), /<a href="\/2026\/chi-so\/ct-1-1-1\/">Chỉ số này qua các năm<\/a> \(2026–2027\)/);
  assert.equal(
    await read("2027/du-lieu/indicators.csv"),
    "\uFEFFindicator,year,target,objective,measure,comparator,value,unit,latestValue,latestPeriod,status,illustrative\r\n" +
      "2026-ct-1-1-1,2026,ct-1-1-1,mt-1-1,Tỷ lệ hồ sơ giải quyết đúng hạn,>=,98,%,98,2026-6t,dat,true\r\n" +
      "2026-ct-1-1-1,2027,ct-1-1-1,mt-1-1,Tỷ lệ hồ sơ giải quyết đúng hạn,>=,99,%,99.2,2027-q1,dat,true\r\n",
  );
});

test("one sitemap lists the home page and both plans' pages", async () => {
  const sitemap = await read("sitemap.xml");
  assert.match(sitemap, new RegExp(`<loc>${SITE_URL}/</loc>`));
  assert.match(sitemap, new RegExp(`<loc>${SITE_URL}/2026/nhiem-vu/nv-1-1/</loc>`));
  assert.match(sitemap, new RegExp(`<loc>${SITE_URL}/2027/nhiem-vu/nv-1-1/</loc>`));
  assert.match(await read("robots.txt"), new RegExp(`^Sitemap: ${SITE_URL}/sitemap\\.xml$`, "m"));
});

test("one Atom feed at the old address holds both plans' entries, newest first", async () => {
  const feed = await read("cap-nhat/feed.xml");
  const own = async (year: string) => [...(await read(`${year}/cap-nhat/feed.xml`)).matchAll(/<entry>/g)].length;
  const ids = [...feed.matchAll(/<entry>\s*<title>[^<]*<\/title>\s*<id>([^<]+)<\/id>/g)].map((m) => m[1]);
  assert.equal(ids.length, (await own("2026")) + (await own("2027")));
  assert.equal(ids[0], "tag:vi-du.example,2027:bao-cao/2027-q1");
  assert.ok(ids.includes("tag:vi-du.example,2026:bao-cao/2026-6t"));
  assert.match(feed, new RegExp(`<link rel="self" type="application/atom\\+xml" href="${SITE_URL}/cap-nhat/feed.xml"/>`));
  assert.match(feed, /<id>tag:vi-du\.example,2026:cap-nhat<\/id>/, "the feed keeps the id it had before plans had folders");
  // Every page offers that one feed.
  assert.match(await read("2027/nhiem-vu/nv-1-1/index.html"), /<link rel="alternate" type="application\/atom\+xml" [^>]*href="\/cap-nhat\/feed\.xml">/);
});

test("the combined open data holds both plans' rows with their year", async () => {
  const tasks = (await read("du-lieu/tat-ca/tasks.csv")).trimEnd().split("\r\n");
  assert.match(tasks[0]!, /^\uFEFFyear,id,/);
  assert.equal(tasks.length, 1 + 9 + 9);
  assert.equal(tasks.filter((l) => l.startsWith("2026,nv-")).length, 9);
  assert.equal(tasks.filter((l) => l.startsWith("2027,nv-")).length, 9);
  const pkg = JSON.parse(await read("du-lieu/tat-ca/datapackage.json")) as { resources: { name: string; schema: { fields: { name: string }[]; primaryKey: string[] } }[] };
  const perPlan = JSON.parse(await read("2027/du-lieu/datapackage.json")) as { resources: { name: string }[] };
  assert.deepEqual(pkg.resources.map((r) => r.name), perPlan.resources.map((r) => r.name));
  for (const r of pkg.resources) {
    assert.equal(r.schema.fields[0]!.name, "year", r.name);
    assert.equal(r.schema.primaryKey[0], "year", r.name);
  }
  assert.match(await read("du-lieu/tat-ca/SHA256SUMS"), /^[0-9a-f]{64} {2}tasks\.csv$/m);
});

test("the combined open data comes as one workbook for Excel: a sheet per table with the year first, the illustrative flag, the explanation", async () => {
  const sheets = readXlsx(await readFile(join(site, "du-lieu/tat-ca/du-lieu.xlsx")));
  assert.deepEqual(sheets.map((s) => s.name), [
    "Lĩnh vực cải cách", "Mục tiêu", "Chỉ tiêu định lượng", "Chỉ số qua các năm", "Nhiệm vụ", "Đơn vị", "Kỳ báo cáo",
    "Tiến độ nhiệm vụ theo kỳ", "Số liệu chỉ tiêu theo kỳ", "Đính chính số liệu đã công bố", "Giải thích",
  ]);
  const value = (c: ReadCell | null | undefined) => c?.value;
  const tasks = sheets.find((s) => s.name === "Nhiệm vụ")!;
  const header = tasks.rows[0]!.map(value);
  assert.deepEqual(header.slice(0, 4), ["Năm kế hoạch", "Mã nhiệm vụ", "Lĩnh vực", "Vị trí trong kế hoạch"]);
  assert.equal(header.at(-1), "Số liệu minh họa");
  assert.equal(tasks.rows.length, 1 + 9 + 9, "a header and nine tasks of each plan");
  // nv-1-1 is reported in 2026-6t and in 2027-q1, both illustrative (tests/fixtures/two-plans/README.md).
  const nv11 = tasks.rows.filter((r) => value(r[1]) === "nv-1-1");
  assert.deepEqual(nv11.map((r) => [r[0], r.at(-1)]), [
    [{ kind: "number", value: 2026 }, { kind: "boolean", value: true }],
    [{ kind: "number", value: 2027 }, { kind: "boolean", value: true }],
  ]);
  const progress = sheets.find((s) => s.name === "Tiến độ nhiệm vụ theo kỳ")!;
  const flag = progress.rows[0]!.map(value).indexOf("Số liệu minh họa");
  assert.ok(flag > 0, "the progress sheet keeps the illustrative flag");
  assert.deepEqual(new Set(progress.rows.slice(1).map((r) => JSON.stringify(r[flag]))), new Set(['{"kind":"boolean","value":true}']));
  const explain = sheets.at(-1)!.rows;
  assert.deepEqual(explain[0]!.map(value), ["Trang tính", "Tên cột", "Tiêu đề", "Ý nghĩa", "Kiểu"]);
  assert.equal(value(explain.find((r) => value(r[2]) === "Nguồn")?.[4]), `${SITE_URL}/du-lieu/tat-ca/`);
  assert.match(String(value(explain.find((r) => value(r[2]) === "Số liệu minh họa")?.[3])), /^Năm 2026, 2027: Các số liệu tiến độ .* là số liệu minh họa/);
  assert.deepEqual(explain.find((r) => value(r[0]) === "Nhiệm vụ")?.slice(0, 3).map(value), ["Nhiệm vụ", "year", "Năm kế hoạch"]);
  // Listed in the folder's checksums, and linked from each plan's open-data page.
  assert.match(await read("du-lieu/tat-ca/SHA256SUMS"), /^[0-9a-f]{64} {2}du-lieu\.xlsx$/m);
  for (const year of ["2026", "2027"]) assert.match(await read(`${year}/du-lieu/index.html`), /<a href="\/du-lieu\/tat-ca\/du-lieu\.xlsx" download>Excel \(\.xlsx\)<\/a>/, year);
});

test("each plan's pages name their own year in the site title; the root pages name the current plan's", async () => {
  // tests/fixtures/two-plans/data/site.json: "title": "Kế hoạch mẫu {năm} – Phường Đông Điền".
  const titled = async (path: string, year: string) => {
    const html = await read(path);
    const name = `Kế hoạch mẫu ${year} – Phường Đông Điền`;
    assert.match(html, new RegExp(`<a class="site-title" href="/${year}/">${name}</a>`), path);
    assert.match(html, new RegExp(`<meta property="og:site_name" content="${name}">`), path);
    assert.match(html, new RegExp(`<title>[^<]*${name}</title>`), path);
  };
  for (const page of ["index.html", "nhiem-vu/nv-1-1/index.html", "chi-so/ct-1-1-1/index.html", "du-lieu/index.html"]) {
    await titled(`2026/${page}`, "2026");
    await titled(`2027/${page}`, "2027");
  }
  await titled("index.html", "2027");
  await titled("404.html", "2027");
  // Page descriptions name the plan's year too (they said 2026 on every plan's pages).
  for (const page of ["", "linh-vuc/", "linh-vuc/thu-tuc-hanh-chinh/", "don-vi/", "don-vi/van-phong-ubnd/", "bao-cao/", "bao-cao/2027-q1/", "bao-cao/2027-q1/thu-tuc-hanh-chinh/", "cap-nhat/", "du-lieu/", "du-lieu/bang/", "gioi-thieu/", "tim-kiem/", "viec-cham/"]) {
    const description = /<meta name="description" content="([^"]*)">/.exec(await read(`2027/${page}index.html`))?.[1] ?? "";
    assert.match(description, /2027/, page);
    assert.doesNotMatch(description, /2026|\{năm\}/, page);
  }
  assert.match(await read("404.html"), /<meta name="description" content="Địa chỉ này không có trên trang công khai Kế hoạch cải cách hành chính năm 2027 của phường Hàng Gòn\.">/);
  assert.match(await read("2026/cap-nhat/feed.xml"), /<title>Cập nhật – Kế hoạch mẫu 2026 – Phường Đông Điền<\/title>/);
  assert.match(await read("cap-nhat/feed.xml"), /<title>Cập nhật – Kế hoạch mẫu 2027 – Phường Đông Điền<\/title>/);
  // Each plan's data package names its own year; the combined one names none.
  const name = async (path: string) => (JSON.parse(await read(path)) as { name: string }).name;
  assert.equal(await name("2026/du-lieu/datapackage.json"), "ke-hoach-cchc-2026-hang-gon");
  assert.equal(await name("2027/du-lieu/datapackage.json"), "ke-hoach-cchc-2027-hang-gon");
  assert.equal(await name("du-lieu/tat-ca/datapackage.json"), "ke-hoach-cchc-hang-gon-tat-ca-cac-nam");
  // The placeholder itself never reaches a page (save the data dictionary quoting the schema), a feed or a package.
  for (const path of ["index.html", "2026/index.html", "2027/index.html", "cap-nhat/feed.xml", "2027/du-lieu/datapackage.json"]) {
    assert.doesNotMatch((await read(path)).replace(/<td data-label="Mô tả">[^<]*<\/td>/g, ""), /\{năm\}/, path);
  }
});

test("every SHA256SUMS in the site is true for the files beside it, the old address's too", async () => {
  const sums = (await readdir(site, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile() && e.name === "SHA256SUMS").map((e) => relative(site, join(e.parentPath, e.name))).sort();
  assert.deepEqual(sums, ["2026/du-lieu/SHA256SUMS", "2027/du-lieu/SHA256SUMS", "du-lieu/SHA256SUMS", "du-lieu/tat-ca/SHA256SUMS"]);
  for (const path of sums) {
    const lines = (await read(path)).split("\n").filter(Boolean);
    assert.ok(lines.length > 10, `${path} lists files`);
    for (const line of lines) {
      const [, hash, file] = /^([0-9a-f]{64}) {2}(.+)$/.exec(line) ?? [];
      assert.ok(hash && file, `${path}: ${line}`);
      const bytes = await readFile(join(site, dirname(path), file));
      assert.equal(createHash("sha256").update(bytes).digest("hex"), hash, `${path}: ${file}`);
    }
  }
  // At the old address /du-lieu/ and /du-lieu/bang/ are redirect pages: their lines are left out, every other is 2026's.
  const names = async (path: string) => (await read(path)).split("\n").filter(Boolean).map((l) => l.slice(66));
  const plan = await names("2026/du-lieu/SHA256SUMS");
  assert.ok(plan.includes("index.html") && plan.includes("bang/index.html"));
  assert.deepEqual(await names("du-lieu/SHA256SUMS"), plan.filter((f) => f !== "index.html" && f !== "bang/index.html"));
  assert.equal((await read("du-lieu/SHA256SUMS")).split("\n").find((l) => l.endsWith("  tasks.csv")), (await read("2026/du-lieu/SHA256SUMS")).split("\n").find((l) => l.endsWith("  tasks.csv")));
});
