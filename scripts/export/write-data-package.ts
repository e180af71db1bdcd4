import { mkdir, readFile, readdir, writeFile } from "node:fs/promises";
import { dirname, join, relative } from "node:path";
import type { SiteData } from "../derive/types.ts";
import { collectGarbage } from "../lib/collect-garbage.ts";
import type { JsonSchema } from "../validate/load-schemas.ts";
import { buildDataPackage, sha256sums, type DataPackage, type PackageTables } from "./build-data-package.ts";
import { eachPageFigures, figureFilesOf } from "./page-figures.ts";
import { shareCardCacheDir, shareCards, writeShareCards } from "./share-images.ts";
import { OPEN_DATA_WORKBOOK, openDataWorkbook } from "./open-data-workbook.ts";

/** Where the open data lives in the built site. */
export const DATA_DIR = "du-lieu";

export interface WriteDataOptions {
  /** The built site: files go to <outDir>/du-lieu/. */
  outDir: string;
}

/** What the export stage writes after render: the package (its files already written by writeOpenData) and the data each page's figures come from. */
export interface ExportInput {
  data: SiteData;
  pkg: PackageTables;
}

/**
 * Export stage, first part (before render): builds the data package (buildDataPackage), writes its
 * files and the open-data workbook under /du-lieu/, and returns the package without the files' text,
 * which is on disk now and need not be held while the pages render (≈ 110 MB at 10,000 tasks). The
 * /du-lieu/ page shows the package's summary (openDataSummary), which the tables give.
 * @example await writeOpenData(data, schemas, { outDir: ".build-tmp/2026" }) → { descriptor, rows, snapshots, dictionary }
 */
export async function writeOpenData(data: SiteData, schemas: Record<string, JsonSchema>, { outDir }: WriteDataOptions): Promise<PackageTables> {
  const dir = join(outDir, DATA_DIR);
  const tables = await writePackageFiles(buildDataPackage(data, schemas), dir);
  // The files' text is garbage once written: collected before the workbook, whose sheets' XML is the
  // largest garbage of this stage (≈ 280 MB of heap at 10,000 tasks). A no-op without --expose-gc.
  collectGarbage();
  await writeFile(join(dir, OPEN_DATA_WORKBOOK), openDataWorkbook(tables, data));
  return tables;
}

/** Writes the package's files under `dir`; returns the rest, so that the files' text can be collected. */
async function writePackageFiles({ files, ...tables }: DataPackage, dir: string): Promise<PackageTables> {
  for (const [path, contents] of Object.entries(files)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), contents);
  }
  return tables;
}

/**
 * Export stage, after render: SHA256SUMS over every file under /du-lieu/ (the package writeOpenData
 * wrote and the pages rendered there), then each page's figures beside the page, each page's tables
 * built, written and let go in turn, then the share images. Published figures cannot have changed by
 * now: validation refused any change that is not a correction. `reuse` (npm start) remembers each
 * page's files across rebuilds in one process (figureFilesOf).
 * @example await writeDataPackage({ data, pkg: await writeOpenData(data, schemas, { outDir }) }, { outDir: ".build-tmp" }) → { files: 51 }
 */
export async function writeDataPackage({ data, pkg }: ExportInput, { outDir, reuse = false }: WriteDataOptions & { reuse?: boolean }): Promise<{ files: number }> {
  const files = await writeChecksums(join(outDir, DATA_DIR));
  // Each task, objective, area, unit and report page's own figures, beside the page (so-lieu*.csv, so-lieu.xlsx).
  for (const page of eachPageFigures(data, pkg)) {
    const folder = join(outDir, ...page.path.split("/").filter(Boolean));
    await mkdir(folder, { recursive: true });
    for (const [name, contents] of Object.entries(figureFilesOf(page, data, { reuse }))) await writeFile(join(folder, name), contents);
  }
  // The pages' workbooks are garbage once written (≈ 200 MB of heap at 10,000 tasks): collected before
  // the card workers start, whose memory adds to the build's. A no-op without --expose-gc.
  collectGarbage();
  // Share images (og:image), PNG because Zalo and Facebook ignore SVG.
  await writeShareCards(shareCards(data), outDir, shareCardCacheDir());
  return { files };
}

/**
 * SHA256SUMS over every file under `dir`; returns how many files it lists, itself included. In a
 * function of its own so that the files read for it (≈ 80 MB at 10,000 tasks) are garbage before
 * the pages' figures and the share cards.
 */
async function writeChecksums(dir: string): Promise<number> {
  const all: Record<string, Buffer> = {};
  for (const file of await listFiles(dir)) {
    const path = relative(dir, file).split("\\").join("/");
    if (path !== "SHA256SUMS") all[path] = await readFile(file);
  }
  await writeFile(join(dir, "SHA256SUMS"), sha256sums(all));
  return Object.keys(all).length + 1;
}

async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await listFiles(path)));
    else out.push(path);
  }
  return out;
}
