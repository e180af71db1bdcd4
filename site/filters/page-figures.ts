import type { SiteData } from "../../scripts/derive/types.ts";
import { buildDataPackage } from "../../scripts/export/build-data-package.ts";
import { figureFiles, pageFigures, type PageFigures } from "../../scripts/export/page-figures.ts";
import { loadSchemas } from "../../scripts/validate/load-schemas.ts";

const cache = new WeakMap<object, Map<string, PageFigures>>();

/**
 * The downloadable figures of the page at `path` (the same tables the export stage writes beside
 * the page), with their file names, or undefined for a page without figures. Computed once per build.
 * @example pageFiguresOf(hg, "/nhiem-vu/nv-1-1/") → { title: "Nhiệm vụ II.1.2, ý 1: …", files: { xlsx: "so-lieu.xlsx", csv: [{ name: "Tiến độ", file: "so-lieu-tien-do.csv", rows: 3 }] }, … }
 */
export function pageFiguresOf(hg: SiteData, path: string): (PageFigures & { files: ReturnType<typeof figureFiles> }) | undefined {
  // Keyed by the task list: Eleventy hands each page its own copy of the global data object, but the arrays inside are shared.
  let byPath = cache.get(hg.tasks);
  if (!byPath) {
    byPath = new Map(pageFigures(hg, buildDataPackage(hg, loadSchemas().schemas)).map((p) => [p.path, p]));
    cache.set(hg.tasks, byPath);
  }
  const page = byPath.get(path);
  return page && { ...page, files: figureFiles(page) };
}
