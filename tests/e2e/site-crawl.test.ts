/**
 * Every link, stylesheet, script and image on every page reachable from the home page answers,
 * both at the root and under a path prefix (as on GitHub Pages), where a link written as "/x/"
 * instead of through the `url` filter would escape the site.
 */
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { test } from "node:test";
import { FIXTURE_PLAN } from "../fixture-plan/fixture-plan.ts";
import { builtSite } from "./support/built-site.ts";
import { crawlLinks } from "./support/crawl-links.ts";
import { serveStatic } from "../../scripts/lib/serve-static.ts";


async function crawl(prefix: string) {
  const server = await serveStatic(await builtSite(prefix), { pathPrefix: prefix });
  try {
    const result = await crawlLinks(server.url);
    assert.deepEqual(result.broken, [], `broken links under ${prefix}`);
    assert.equal(result.truncated, false);
    const paths = result.visited.map((u) => new URL(u).pathname);
    for (const path of ["", "2026/bao-cao/", "2026/cap-nhat/", "2026/gioi-thieu/", "2026/linh-vuc/", "2026/don-vi/"]) {
      assert.ok(paths.includes(`${prefix}${path}`), `the crawl reached ${prefix}${path}`);
    }
  } finally {
    await server.close();
  }
}

test("a crawl from / finds no broken link", () => crawl("/"));

test("a crawl finds no broken link also in a path-prefixed build", () => crawl("/ke-hoach-cchc/"));

test("the sitemap lists every page a crawl reaches and only pages that exist, and robots.txt points to it", async () => {
  const settings = JSON.parse(await readFile(join(FIXTURE_PLAN, "data/site.json"), "utf8")) as { url: string };
  const server = await serveStatic(await builtSite("/"));
  try {
    const { visited } = await crawlLinks(server.url);
    const sitemap = await (await fetch(new URL("sitemap.xml", server.url))).text();
    const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    assert.ok(listed.every((u) => u.startsWith(`${settings.url}/`)), "absolute URLs on the public address");
    const paths = listed.map((u) => u.slice(settings.url.length));
    // Every page a reader can reach is listed (the search page is reached through a form, not a link)…
    assert.deepEqual(visited.map((u) => new URL(u).pathname).filter((p) => !paths.includes(p)), [], "pages missing from the sitemap");
    // …and every listed page exists.
    for (const path of paths) assert.equal((await fetch(new URL(path.slice(1), server.url))).status, 200, path);
    const robots = await (await fetch(new URL("robots.txt", server.url))).text();
    assert.match(robots, new RegExp(`^Sitemap: ${settings.url}/sitemap\\.xml$`, "m"));
  } finally {
    await server.close();
  }
});
