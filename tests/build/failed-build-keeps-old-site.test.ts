/**
 * A build with broken content changes nothing: the site already published stays as it was and
 * no half-built temporary folder is left behind.
 */
import assert from "node:assert/strict";
import { cp, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { buildSite } from "../../scripts/build.ts";
import { BUILD_MARKER } from "../../scripts/lib/output-folder.ts";
import { FIXTURE_PLAN } from "../fixture-plan/fixture-plan.ts";


test("a build with broken content returns null and leaves the old site untouched", async () => {
  const work = await mkdtemp(join(tmpdir(), "hg-failed-build-"));
  try {
    const root = join(work, "repo");
    await cp(join(FIXTURE_PLAN, "content"), join(root, "content"), { recursive: true });
    await cp(join(FIXTURE_PLAN, "data"), join(root, "data"), { recursive: true });
    // A task that names a lead unit which does not exist, and a front matter that does not parse.
    const task = join(root, "content/2026/nhiem-vu/nv-1-1.md");
    await writeFile(task, (await readFile(task, "utf8")).replace(/^lead: .*$/m, "lead: don-vi-khong-ton-tai"));
    await writeFile(join(root, "content/2026/nhiem-vu/nv-1-2-1.md"), "---\nid: nv-1-2-1\ntext: \"chưa đóng ngoặc\n---\n");

    const outDir = join(work, "_site");
    await mkdir(outDir);
    await writeFile(join(outDir, "index.html"), "trang cũ");
    await writeFile(join(outDir, ".marker"), "giữ nguyên");
    // Built earlier, so the output guard lets the build go on to the content errors.
    await writeFile(join(outDir, BUILD_MARKER), "");

    const errors: string[] = [];
    const originalError = console.error;
    const originalLog = console.log;
    // reportProblems prints the problems for the editor; keep the test output readable.
    console.error = (...args: unknown[]) => void errors.push(args.join(" "));
    console.log = (...args: unknown[]) => void errors.push(args.join(" "));
    let result: Awaited<ReturnType<typeof buildSite>>;
    try {
      result = await buildSite({ root, outDir, pathPrefix: "/", log: () => undefined });
    } finally {
      console.error = originalError;
      console.log = originalLog;
    }

    assert.equal(result, null);
    assert.equal(await readFile(join(outDir, ".marker"), "utf8"), "giữ nguyên");
    assert.equal(await readFile(join(outDir, "index.html"), "utf8"), "trang cũ");
    assert.deepEqual((await readdir(outDir)).sort(), [".marker", BUILD_MARKER, "index.html"].sort());
    assert.deepEqual((await readdir(work)).filter((n) => n.includes(".tmp-") || n.endsWith(".old")), [], "no temporary folder left");
  } finally {
    await rm(work, { recursive: true, force: true });
  }
});

test("a successful build replaces the output folder and deletes nothing beside it, not even a folder named _site.old", async () => {
  const work = await mkdtemp(join(tmpdir(), "hg-swap-"));
  try {
    const root = join(work, "repo");
    await cp(join(FIXTURE_PLAN, "content"), join(root, "content"), { recursive: true });
    await cp(join(FIXTURE_PLAN, "data"), join(root, "data"), { recursive: true });
    for (const name of ["_site.old", "_site.tmp-1"]) {
      await mkdir(join(work, name));
      await writeFile(join(work, name, "giu.txt"), "của người dùng");
    }
    const outDir = join(work, "_site");
    await mkdir(outDir);
    await writeFile(join(outDir, "index.html"), "trang cũ");
    await writeFile(join(outDir, BUILD_MARKER), "");
    const result = await buildSite({ root, outDir, pathPrefix: "/", guardPublished: false, log: () => undefined });
    assert.ok(result, "the fixture plan builds");
    assert.notEqual(await readFile(join(outDir, "index.html"), "utf8"), "trang cũ", "the new site is in place");
    for (const name of ["_site.old", "_site.tmp-1"]) assert.equal(await readFile(join(work, name, "giu.txt"), "utf8"), "của người dùng", `${name} is untouched`);
    assert.deepEqual((await readdir(work)).sort(), ["_site", "_site.old", "_site.tmp-1", "repo"], "no folder of the build's own is left");
  } finally {
    await rm(work, { recursive: true, force: true });
  }
});
