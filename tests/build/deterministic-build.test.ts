/**
 * The same commit builds the same bytes: no build-clock dates, no random ids, no file-order
 * accidents. Two full builds of the fixture plan into two folders must give identical trees.
 */
import assert from "node:assert/strict";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { buildSite } from "../../scripts/build.ts";
import { FIXTURE_PLAN } from "../fixture-plan/fixture-plan.ts";
import { hashTree } from "../support/hash-tree.ts";

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
