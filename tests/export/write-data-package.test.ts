/**
 * The open data as the build writes it: SHA256SUMS covers and matches every file under /du-lieu/.
 */
import assert from "node:assert/strict";
import { readFile, readdir } from "node:fs/promises";
import { join, relative } from "node:path";
import { before, test } from "node:test";
import { sha256 } from "../../scripts/export/build-data-package.ts";
import { builtSite } from "../e2e/support/built-site.ts";

let site: string;

before(async () => {
  site = await builtSite("/");
});

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => relative(dir, join(e.parentPath, e.name)).split("\\").join("/")).sort();
}

test("SHA256SUMS lists every file under /du-lieu/ with its true sha256", async () => {
  const dir = join(site, "2026", "du-lieu");
  const lines = (await readFile(join(dir, "SHA256SUMS"), "utf8")).trimEnd().split("\n");
  const listed = lines.map((line) => {
    const match = /^([0-9a-f]{64}) {2}(\S.*)$/.exec(line);
    assert.ok(match, `sha256sum line: ${line}`);
    return [match[2]!, match[1]!] as const;
  });
  assert.deepEqual(listed.map(([path]) => path), (await listFiles(dir)).filter((p) => p !== "SHA256SUMS"));
  assert.ok(listed.some(([path]) => path === "index.html") && listed.some(([path]) => path === "tasks.csv"));
  for (const [path, hash] of listed) assert.equal(sha256(await readFile(join(dir, path))), hash, path);
});
