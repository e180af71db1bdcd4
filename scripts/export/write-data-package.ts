import { mkdir, readFile, readdir, writeFile } from "node:fs/promises";
import { dirname, join, relative } from "node:path";
import type { SiteData } from "../derive/types.ts";
import { sha256sums, type DataPackage } from "./build-data-package.ts";
import { figureFilesOf, type PageFigures } from "./page-figures.ts";
import { shareCardCacheDir, shareCards, writeShareCards } from "./share-images.ts";
import { OPEN_DATA_WORKBOOK, openDataWorkbook } from "./open-data-workbook.ts";

/** Where the open data lives in the built site. */
export const DATA_DIR = "du-lieu";

export interface WriteDataOptions {
  /** The built site: files go to <outDir>/du-lieu/. Run after rendering so SHA256SUMS covers the pages there too. */
  outDir: string;
}

/** What the export stage writes, each part built once (scripts/build.ts) and shown on pages before it is written. */
export interface ExportInput {
  data: SiteData;
  pkg: DataPackage;
  /** Each page's own figures (pageFigures), written beside the page. */
  figures: PageFigures[];
}

/**
 * Export stage, after render: writes the data package (built once by buildDataPackage, whose summary the
 * /du-lieu/ page showed) under /du-lieu/, then SHA256SUMS over every file there, then each page's figures
 * beside the page. Published figures cannot have changed by now: validation refused any change that is
 * not a correction.
 * @example await writeDataPackage({ data, pkg, figures: pageFigures(data, pkg) }, { outDir: ".build-tmp" }) → { files: 51 }
 */
export async function writeDataPackage({ data, pkg, figures }: ExportInput, { outDir }: WriteDataOptions): Promise<{ files: number }> {

  const dir = join(outDir, DATA_DIR);
  for (const [path, contents] of Object.entries(pkg.files)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), contents);
  }
  await writeFile(join(dir, OPEN_DATA_WORKBOOK), openDataWorkbook(pkg, data));
  const all: Record<string, Buffer> = {};
  for (const file of await listFiles(dir)) {
    const path = relative(dir, file).split("\\").join("/");
    if (path !== "SHA256SUMS") all[path] = await readFile(file);
  }
  await writeFile(join(dir, "SHA256SUMS"), sha256sums(all));
  // Each task, objective, area, unit and report page's own figures, beside the page (so-lieu*.csv, so-lieu.xlsx).
  for (const page of figures) {
    const folder = join(outDir, ...page.path.split("/").filter(Boolean));
    await mkdir(folder, { recursive: true });
    for (const [name, contents] of Object.entries(figureFilesOf(page, data))) await writeFile(join(folder, name), contents);
  }
  // Share images (og:image), PNG because Zalo and Facebook ignore SVG.
  await writeShareCards(shareCards(data), outDir, shareCardCacheDir());
  return { files: Object.keys(all).length + 1 };
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
