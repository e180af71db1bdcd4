import Eleventy from "@11ty/eleventy";
import { fileURLToPath } from "node:url";
import type { SiteData } from "../derive/types.ts";
import type { AssetManifest } from "./bundle-assets.ts";
import { fingerprint, SITE_DIR } from "../dev-cache.ts";
import { renderCaches } from "./render-caches.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

export interface RenderOptions {
  outDir: string;
  pathPrefix: string;
  assets: AssetManifest;
  /**
   * `npm start`: keep the Eleventy instance for the next render while site/, eleventy.config.ts, the
   * output folder, the path prefix and the assets are unchanged, so an edit to content re-renders
   * without setting Eleventy up again (same output; see scripts/dev-cache.ts).
   */
  reuse?: boolean;
}

/** The instance kept by a `reuse` render, the data it renders, and what it was set up for. */
let kept: { key: string; eleventy: Eleventy; holder: { data: SiteData } } | undefined;

/**
 * Stage 4: Eleventy renders the derived data into HTML. Templates see it as the global `hg`
 * and never read content files, so nothing unvalidated reaches a page.
 * @example await renderSite(siteData, { outDir: ".build-tmp", pathPrefix: "/", assets }) → 160 pages written
 */
export async function renderSite(data: SiteData, { outDir, pathPrefix, assets, reuse = false }: RenderOptions): Promise<number> {
  const key = reuse ? [outDir, pathPrefix, JSON.stringify(assets), await fingerprint([SITE_DIR, `${ROOT}eleventy.config.ts`])].join("\0") : "";
  let eleventy: Eleventy;
  if (reuse && kept?.key === key) {
    // Eleventy caches global data; clear it and restart, as its own watch mode does between builds.
    kept.holder.data = data;
    const internals = kept.eleventy as unknown as { templateData: { clearData(): void }; restart(): Promise<void> };
    internals.templateData.clearData();
    await internals.restart();
    eleventy = kept.eleventy;
  } else {
    const holder = { data };
    eleventy = new Eleventy(`${ROOT}site`, outDir, {
      quietMode: true,
      configPath: `${ROOT}eleventy.config.ts`,
      pathPrefix,
      config(cfg: any) {
        cfg.addGlobalData("hg", reuse ? () => holder.data : data);
        cfg.addGlobalData("assets", assets);
        // Compile each template once and memoise the url filter (see render-caches.ts): same output, a fraction of the time.
        cfg.addPlugin(renderCaches);
      },
    });
    kept = reuse ? { key, eleventy, holder } : undefined;
  }
  try {
    const results = (await eleventy.write()) as unknown;
    const written = Array.isArray(results) ? results.flat(2) : [];
    return written.length;
  } catch (error) {
    kept = undefined;
    throw error;
  }
}
