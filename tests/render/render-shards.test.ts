/**
 * At province scale the render stage runs Eleventy in shards (scripts/render/render-site.ts): the
 * fixture plan rendered in shards of 4 tasks / objectives gives exactly the files one run gives,
 * sitemap included.
 */
import assert from "node:assert/strict";
import { mkdtemp, readFile, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { buildDataPackage } from "../../scripts/export/build-data-package.ts";
import { openDataSummary } from "../../scripts/export/open-data-summary.ts";
import { figureLinks } from "../../scripts/export/page-figures.ts";
import { renderSite } from "../../scripts/render/render-site.ts";
import { loadSchemas } from "../../scripts/validate/load-schemas.ts";
import { derivedFixturePlan } from "../fixture-plan/fixture-plan.ts";

let dir: string;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), "hg-shards-"));
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function files(root: string): Promise<Map<string, Buffer>> {
  const names = (await readdir(root, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
  return new Map(await Promise.all(names.sort().map(async (f) => [f.slice(root.length + 1), await readFile(f)] as [string, Buffer])));
}

test("rendering in shards writes the same files, byte for byte, as one run", async () => {
  const data = await derivedFixturePlan();
  // The fixture plan has 9 tasks and 6 objectives: shards of 4 make 3 + 2 runs before the rest.
  assert.deepEqual([data.tasks.length, data.objectives.length], [9, 6]);
  const pkg = buildDataPackage(data, loadSchemas().schemas);
  const figures = figureLinks(data, pkg);
  const options = { pathPrefix: "/", assets: { css: "/assets/main.css", charts: "/assets/charts.js", explorer: "/assets/explorer.js", search: "/assets/search.js", share: "/assets/share.js" }, openData: openDataSummary(pkg, data), figures };
  const one = await renderSite(data, { ...options, outDir: join(dir, "one") });
  const sharded = await renderSite(data, { ...options, outDir: join(dir, "sharded"), shardSize: 4 });
  assert.equal(sharded, one);
  const a = await files(join(dir, "one"));
  const b = await files(join(dir, "sharded"));
  assert.deepEqual([...b.keys()], [...a.keys()]);
  for (const [name, bytes] of a) assert.ok(bytes.equals(b.get(name)!), `${name} differs`);
  const sitemap = a.get("sitemap.xml")!.toString("utf8");
  assert.ok(sitemap.includes("/nhiem-vu/nv-3-2/</loc>") && sitemap.includes("/muc-tieu/mt-3-2/</loc>"), "the sitemap lists the sharded pages");
});
