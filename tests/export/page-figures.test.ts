/**
 * Each page's downloadable figures: what the pages link to (figureLinks, held while the pages
 * render) names the files the export writes, and the export builds each page's tables as it writes
 * them, holding nothing afterwards in a build. Expected values counted by hand in the fixture plan
 * (tests/fixture-plan/): nv-1-1 is in the quý I and 06 tháng reports; the area thu-tuc-hanh-chinh
 * has the tasks nv-1-1, nv-1-2-1, nv-1-2-2, nv-1-3 and the targets ct-1-1-1, ct-1-1-2.
 */
import assert from "node:assert/strict";
import { mkdtemp, readFile, readdir, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import type { SiteData } from "../../scripts/derive/types.ts";
import { buildDataPackage, type DataPackage } from "../../scripts/export/build-data-package.ts";
import { eachPageFigures, figureFilesOf, figureLinks, pageFigures } from "../../scripts/export/page-figures.ts";
import { writeDataPackage, writeOpenData } from "../../scripts/export/write-data-package.ts";
import { loadSchemas } from "../../scripts/validate/load-schemas.ts";
import { derivedFixturePlan } from "../fixture-plan/fixture-plan.ts";

let data: SiteData;
let pkg: DataPackage;
let dir: string;

before(async () => {
  data = await derivedFixturePlan();
  pkg = buildDataPackage(data, loadSchemas().schemas);
  dir = await mkdtemp(join(tmpdir(), "hg-figures-"));
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

test("a task page links its progress table by name, file and row count, and the period file it matches", () => {
  const links = figureLinks(data, pkg);
  const sha256 = pkg.snapshots.find((s) => s.period === "2026-6t")!.files.find((f) => f.path === "ky/2026-6t/task-progress.csv")!.sha256;
  assert.deepEqual(links["/nhiem-vu/nv-1-1/"], {
    illustrative: true,
    period: { id: "2026-6t", name: "06 tháng đầu năm 2026", file: "ky/2026-6t/task-progress.csv", sha256 },
    files: { xlsx: "so-lieu.xlsx", csv: [{ name: "Tiến độ", file: "so-lieu-tien-do.csv", rows: 2 }] },
  });
});

test("an area page links its task list and its target list, and no row of either", () => {
  const area = figureLinks(data, pkg)["/linh-vuc/thu-tuc-hanh-chinh/"]!;
  assert.deepEqual(area.files.csv, [
    { name: "Nhiệm vụ", file: "so-lieu-nhiem-vu.csv", rows: 4 },
    { name: "Chỉ tiêu", file: "so-lieu-chi-tieu.csv", rows: 2 },
  ]);
  assert.deepEqual(Object.keys(area).sort(), ["files", "illustrative", "period"]);
});

test("pages are reached one at a time, in the order of the whole list", () => {
  const pages = eachPageFigures(data, pkg);
  assert.equal(pages.next().value?.path, "/nhiem-vu/nv-1-1/");
  assert.deepEqual([...eachPageFigures(data, pkg)].map((p) => p.path), pageFigures(data, pkg).map((p) => p.path));
});

test("a build keeps no page's files; npm start remembers them across its rebuilds", () => {
  const page = pageFigures(data, pkg)[0]!;
  assert.notEqual(figureFilesOf(page, data), figureFilesOf(page, data));
  assert.equal(figureFilesOf(page, data, { reuse: true }), figureFilesOf(page, data, { reuse: true }));
  assert.deepEqual(figureFilesOf(page, data), figureFilesOf(page, data, { reuse: true }));
});

test("the package's files are written before render and their text is not kept; the export then writes every linked file", async () => {
  const tables = await writeOpenData(data, loadSchemas().schemas, { outDir: dir });
  assert.deepEqual(Object.keys(tables).sort(), ["descriptor", "dictionary", "rows", "snapshots"]);
  for (const [path, contents] of Object.entries(pkg.files)) assert.equal(await readFile(join(dir, "du-lieu", path), "utf8"), contents, path);
  assert.ok((await stat(join(dir, "du-lieu", "du-lieu.xlsx"))).size > 0);

  await writeDataPackage({ data, pkg: tables }, { outDir: dir });
  const links = figureLinks(data, tables);
  assert.equal(Object.keys(links).length > 10, true, "the fixture plan has figures on many pages");
  for (const [path, link] of Object.entries(links)) {
    const written = (await readdir(join(dir, ...path.split("/").filter(Boolean)))).filter((f) => f.startsWith("so-lieu")).sort();
    assert.deepEqual(written, [link.files.xlsx, ...link.files.csv.map((c) => c.file)].sort(), path);
  }
  const sums = await readFile(join(dir, "du-lieu", "SHA256SUMS"), "utf8");
  assert.match(sums, / {2}tasks\.csv\n/);
  assert.match(sums, / {2}du-lieu\.xlsx\n/);
});
