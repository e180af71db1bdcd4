/**
 * The same commit builds the same bytes: no build-clock dates, no random ids, no file-order
 * accidents. Two full builds of the fixture plan into two folders must give identical trees.
 */
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { mkdtemp, readFile, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { test } from "node:test";
import { buildSite } from "../../scripts/build.ts";
import { FIXTURE_PLAN } from "../fixture-plan/fixture-plan.ts";

/** Relative path → sha256 of every file under dir. */
async function hashTree(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    out[relative(dir, path)] = createHash("sha256").update(await readFile(path)).digest("hex");
  }
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
}

test("building the same commit twice gives byte-identical sites", async () => {
  const work = await mkdtemp(join(tmpdir(), "hg-deterministic-"));
  try {
    const [a, b] = [join(work, "a"), join(work, "b")];
    assert.ok(await buildSite({ root: FIXTURE_PLAN, outDir: a, pathPrefix: "/", log: () => undefined }));
    assert.ok(await buildSite({ root: FIXTURE_PLAN, outDir: b, pathPrefix: "/", log: () => undefined }));
    const [ha, hb] = [await hashTree(a), await hashTree(b)];
    // 38 pages of the fixture plan, their search index, assets and open data.
    assert.ok(Object.keys(ha).length > 100, "the build wrote the whole site");
    const differing = Object.keys({ ...ha, ...hb }).filter((path) => ha[path] !== hb[path]);
    assert.deepEqual(differing, [], "files that differ between two builds of the same commit");
  } finally {
    await rm(work, { recursive: true, force: true });
  }
});
