import { createHash } from "node:crypto";
import { cp, readdir, rename, stat } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { indexPlans, type PlanData } from "./index/index-site.ts";
import { bundleAssets, type AssetManifest } from "./render/bundle-assets.ts";

/**
 * The `npm start` fast path (buildSite with `dev: true`): work that an edit to content or data
 * does not change is not redone. A production build (`npm run build`) never uses any of this.
 * - assets are re-bundled only when site/assets/ or lib/ changed (a bundle may import from lib/,
 *   e.g. the explorer's CSV code); otherwise last build's bundles are copied over;
 * - the Pagefind index is rebuilt in the background after the new pages are in place: until it is
 *   done, search answers from the previous index.
 */

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const BUNDLE_INPUTS = [join(ROOT, "site", "assets"), join(ROOT, "lib")];

/**
 * A cheap fingerprint of every file under `paths`: names, sizes and modification times.
 * @example await fingerprint(["site"]) → "3f9c…"
 */
async function fingerprint(paths: string[]): Promise<string> {
  const hash = createHash("sha1");
  for (const path of paths) {
    const entries = await readdir(path, { recursive: true, withFileTypes: true }).catch(() => null);
    const files = entries ? entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name)).sort() : [path];
    for (const file of files) {
      const info = await stat(file).catch(() => null);
      hash.update(`${file}\0${info?.size ?? -1}\0${info?.mtimeMs ?? -1}\n`);
    }
  }
  return hash.digest("hex");
}

let lastBundle: { key: string; manifest: AssetManifest } | undefined;

/**
 * Bundles into `outDir` as bundleAssets does, unless the inputs are unchanged since the last bundle
 * and the live site (`liveDir`) still holds those bundles (their names carry content hashes): then
 * the live site's assets/ is copied instead.
 * @example await bundleAssetsIfChanged("_site.tmp-123", "_site") → { css: "/assets/main-3F2A.css", … }
 */
export async function bundleAssetsIfChanged(outDir: string, liveDir: string): Promise<AssetManifest> {
  const key = await fingerprint(BUNDLE_INPUTS);
  if (lastBundle?.key === key) {
    const files = Object.values(lastBundle.manifest);
    const present = await Promise.all(files.map((path) => stat(join(liveDir, path)).then(() => true, () => false)));
    if (present.every(Boolean)) {
      await cp(join(liveDir, "assets"), join(outDir, "assets"), { recursive: true });
      return lastBundle.manifest;
    }
  }
  const manifest = await bundleAssets(outDir);
  lastBundle = { key, manifest };
  return manifest;
}

let pendingIndex: Promise<void> = Promise.resolve();

/**
 * Waits for the background index of the previous build, then moves the live site's search index
 * into the new build (the live folder is replaced next), so search keeps working until the new
 * index is written.
 * @example await keepPreviousIndex("_site", "_site.tmp-123")
 */
export async function keepPreviousIndex(liveDir: string, outDir: string): Promise<void> {
  await pendingIndex;
  const from = join(liveDir, "pagefind");
  const to = join(outDir, "pagefind");
  await rename(from, to).catch(() => cp(from, to, { recursive: true })).catch(() => undefined);
}

/**
 * Rebuilds the search index of the live site in the background; the next dev build waits for it
 * (keepPreviousIndex) before touching the folder. A failure is printed, and search keeps the old index.
 * @example indexInBackground([{ year: "2026", data }], "_site")
 */
export function indexInBackground(plans: readonly PlanData[], liveDir: string): void {
  pendingIndex = indexPlans(plans, liveDir).then(
    () => undefined,
    (error: unknown) => console.error("Không cập nhật được chỉ mục tìm kiếm:", error),
  );
}

/** Resolves when the background index (if any) is written: for tests and benchmarks. */
export function backgroundIndexDone(): Promise<void> {
  return pendingIndex;
}
