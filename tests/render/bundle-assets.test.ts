/**
 * The bundles' file names are content hashes that browsers cache for good, and builds are
 * byte-identical: the names must not depend on the folder a build is started from (esbuild hashes
 * its input paths relative to its working folder, which was the process's cwd).
 */
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { fileURLToPath, pathToFileURL } from "node:url";
import { hashTree } from "../support/hash-tree.ts";

const REPO = fileURLToPath(new URL("../../", import.meta.url));
const BUNDLER = pathToFileURL(join(REPO, "scripts/render/bundle-assets.ts")).href;

/** Bundles into `out` in a process of its own whose cwd is `cwd`. */
function bundleFrom(cwd: string, out: string): Record<string, string> {
  const script = `const { bundleAssets } = await import(${JSON.stringify(BUNDLER)}); process.stdout.write(JSON.stringify(await bundleAssets(${JSON.stringify(out)})));`;
  return JSON.parse(execFileSync(process.execPath, ["--import", import.meta.resolve("tsx"), "--input-type=module", "-e", script], { cwd, encoding: "utf8" })) as Record<string, string>;
}

test("the bundles are the same files, same names, whatever folder the build is started from", async () => {
  const tmp = await mkdtemp(join(tmpdir(), "hg-bundle-"));
  try {
    const fromRepo = bundleFrom(REPO, join(tmp, "a"));
    const fromTmp = bundleFrom(tmp, join(tmp, "b"));
    assert.deepEqual(fromTmp, fromRepo);
    assert.ok(Object.keys(fromRepo).includes("draw-chart"), "the chart library's lazily loaded chunk is an entry of the manifest");
    assert.deepEqual(await hashTree(join(tmp, "b")), await hashTree(join(tmp, "a")));
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
});
