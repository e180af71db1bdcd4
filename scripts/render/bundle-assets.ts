import { build } from "esbuild";
import { readdir } from "node:fs/promises";
import { basename, extname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const ASSET_DIR = fileURLToPath(new URL("../../site/assets/", import.meta.url));
const REPO_ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** Public paths (without the path prefix) of the bundled files, by entry name: { css: "/assets/main-XXXX.css", charts: … }. */
export type AssetManifest = Record<string, string>;

/**
 * Bundles each site/assets/js/<name>.ts entry and site/assets/css/main.css with esbuild, minified,
 * with content hashes in file names so browsers can cache them for good. Chart.js is tree-shaken
 * to the parts the chart drawer imports and split into a chunk the charts entry imports only when a
 * chart nears the viewport; pages load only the bundles they use.
 * @example await bundleAssets(".build-tmp") → { css: "/assets/main-3F2A.css", charts: "/assets/charts-9B1C.js" }
 */
export async function bundleAssets(outDir: string): Promise<AssetManifest> {
  const jsEntries = (await readdir(join(ASSET_DIR, "js"))).filter((f) => f.endsWith(".ts") && !f.endsWith(".d.ts")).map((f) => join(ASSET_DIR, "js", f));
  const result = await build({
    entryPoints: [...jsEntries, join(ASSET_DIR, "css", "main.css")],
    outdir: join(outDir, "assets"),
    entryNames: "[name]-[hash]",
    // esbuild's hashes cover its input paths relative to the working folder: the repository's root,
    // not the process's cwd, so a build started from elsewhere names its files the same.
    absWorkingDir: REPO_ROOT,
    // Code split: a dynamic import() (Chart.js, in charts.ts) becomes its own file, fetched on demand;
    // code two entries share goes into a chunk both import.
    splitting: true,
    chunkNames: "chunks/[name]-[hash]",
    bundle: true,
    minify: true,
    format: "esm",
    target: ["es2020"],
    metafile: true,
    legalComments: "none",
    logLevel: "silent",
  });
  const manifest: AssetManifest = {};
  for (const [out, meta] of Object.entries(result.metafile.outputs)) {
    if (!meta.entryPoint) continue;
    const name = basename(meta.entryPoint, extname(meta.entryPoint));
    manifest[name === "main" ? "css" : name] = `/${relative(outDir, out).split("\\").join("/")}`;
  }
  return manifest;
}
