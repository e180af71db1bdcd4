/**
 * The search index is written by a process of its own (scripts/index/index-site.ts). When the
 * process that started it exits — `npm start` stopped with Ctrl+C or SIGTERM while an index is
 * still being built in the background — the index process must stop too: left running, it went on
 * writing into the project folder after `npm start` had gone (and into a folder being deleted:
 * tests/serve/npm-start.test.ts failed now and then with ENOTEMPTY).
 */
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { pathToFileURL } from "node:url";

const INDEX_SITE = pathToFileURL(join(import.meta.dirname, "../../scripts/index/index-site.ts")).href;

for (const [how, stop] of [["exits", "process.exit(0)"], ["is killed", "process.kill(process.pid, 'SIGKILL')"]] as const) test(`an index still being written when its build process ${how} is stopped, and writes nothing`, async () => {
  const dir = await mkdtemp(join(tmpdir(), "hg-index-stops-"));
  try {
    const out = join(dir, "pagefind");
    // Enough records that the index takes seconds, and an exit 300 ms after it was started.
    const script = `
      const { writeIndex } = await import(${JSON.stringify(INDEX_SITE)});
      const records = Array.from({ length: 20000 }, (_, i) => ({ url: "/nhiem-vu/nv-" + i + "/", content: "Rà soát thủ tục hành chính số " + i + " của phường, đơn vị " + (i % 50), meta: { title: "Nhiệm vụ " + i }, filters: { year: ["2026"] } }));
      void writeIndex(records, ${JSON.stringify(out)});
      setTimeout(() => ${stop}, 300);`;
    const child = spawn(process.execPath, ["--import", import.meta.resolve("tsx"), "--input-type=module", "-e", script], { stdio: "inherit" });
    await once(child, "exit");
    // Without the stop, the orphaned index process writes pagefind/ about 2–4 s later on this machine.
    await new Promise((resolve) => setTimeout(resolve, 8000));
    assert.deepEqual(await readdir(dir), [], "nothing was written after the build process exited");
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
