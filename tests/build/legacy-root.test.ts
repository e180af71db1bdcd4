/**
 * The addresses a site had before plans had folders belong to the plan data/site.json names
 * (`legacyRootYear`, docs/decisions/0008 addendum). The fixture plan names 2026 (its old addresses
 * are tested in two-plans.test.ts and e2e/old-addresses.test.ts); here the same plan without the
 * field, as a new portal that never published at its root: the root holds only the site-wide
 * files, and every page is under /2026/.
 */
import assert from "node:assert/strict";
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { buildSite } from "../../scripts/build.ts";
import { FIXTURE_PLAN } from "../fixture-plan/fixture-plan.ts";

let dir: string;
let site: string;

before(async () => {
  dir = await mkdtemp(join(tmpdir(), "hg-legacy-root-"));
  const root = join(dir, "repo");
  for (const top of ["content", "data"]) await cp(join(FIXTURE_PLAN, top), join(root, top), { recursive: true });
  const settings = join(root, "data", "site.json");
  const text = await readFile(settings, "utf8");
  assert.match(text, /\n {2}"legacyRootYear": 2026,\n/, "the fixture plan names 2026");
  await writeFile(settings, text.replace(/ {2}"legacyRootYear": 2026,\n/, ""));
  site = join(dir, "site");
  assert.ok(await buildSite({ root, outDir: site, guardPublished: false, log: () => undefined }));
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

test("without legacyRootYear the root holds the home, 404, robots.txt, the sitemap, the feed and every plan's open data, nothing of an old address", async () => {
  assert.deepEqual((await readdir(site)).sort(), [".ke-hoach-cchc-da-xay-dung", "2026", "404.html", "assets", "cap-nhat", "du-lieu", "index.html", "pagefind", "robots.txt", "sitemap.xml"]);
  assert.deepEqual(await readdir(join(site, "cap-nhat")), ["feed.xml"]);
  assert.deepEqual(await readdir(join(site, "du-lieu")), ["tat-ca"]);
});

test("every page is still under /2026/, and the root's home links only to what exists", async () => {
  for (const page of ["nhiem-vu/nv-1-1/", "muc-tieu/mt-1-1/", "du-lieu/", "bao-cao/2026-q1/"]) {
    assert.match(await readFile(join(site, "2026", page, "index.html"), "utf8"), /<main/, page);
  }
  const home = await readFile(join(site, "index.html"), "utf8");
  assert.doesNotMatch(home, /data-redirect/);
  assert.match(home, /<meta property="og:image" content="https:\/\/vi-du\.example\/ke-hoach-mau\/2026\/anh-chia-se\.png">/);
});
