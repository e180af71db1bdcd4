/**
 * The open data as the build writes it: SHA256SUMS covers and matches every file under /du-lieu/, the
 * period snapshots match the committed lock, and editing a published report makes the build fail with
 * a Vietnamese message while the old site stays.
 */
import assert from "node:assert/strict";
import { cp, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { inspect } from "node:util";
import { before, test } from "node:test";
import { buildSite } from "../../scripts/build.ts";
import { BUILD_MARKER } from "../../scripts/lib/output-folder.ts";
import { sha256 } from "../../scripts/export/build-data-package.ts";
import { LOCK_FILE, parseLock } from "../../scripts/export/data-lock.ts";
import { PublishedDataChangedError } from "../../scripts/export/write-data-package.ts";
import { builtSite } from "../e2e/support/built-site.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
let site: string;

before(async () => {
  site = await builtSite("/");
});

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => relative(dir, join(e.parentPath, e.name)).split("\\").join("/")).sort();
}

test("SHA256SUMS lists every file under /du-lieu/ with its true sha256", async () => {
  const dir = join(site, "du-lieu");
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

test("each published period's snapshot file has the checksum recorded in the lock", async () => {
  const lock = parseLock(await readFile(join(ROOT, LOCK_FILE), "utf8"));
  const snapshots = (await listFiles(join(site, "du-lieu", "ky")));
  assert.ok(snapshots.length > 0);
  assert.deepEqual(snapshots.map((p) => `ky/${p}`), Object.keys(lock.files).sort());
  for (const path of Object.keys(lock.files)) assert.equal(sha256(await readFile(join(site, "du-lieu", path))), lock.files[path], path);
});

test("editing a published report after it was locked makes the build fail with a Vietnamese message", async () => {
  const work = await mkdtemp(join(tmpdir(), "hg-locked-"));
  try {
    const root = join(work, "repo");
    await cp(join(ROOT, "content"), join(root, "content"), { recursive: true });
    await cp(join(ROOT, "data"), join(root, "data"), { recursive: true });
    const lock = parseLock(await readFile(join(root, LOCK_FILE), "utf8"));
    const period = Object.keys(lock.files)[0]!.split("/")[1]!;
    const reportPath = join(root, "data", "bao-cao", `${period}.json`);
    // A quiet change that is still valid content: a note in the first task row.
    const report = JSON.parse(await readFile(reportPath, "utf8"));
    report.tasks[0].note = `${report.tasks[0].note ?? ""} (sửa sau khi công bố)`.trim();
    await writeFile(reportPath, `${JSON.stringify(report, null, 2)}\n`);
    const outDir = join(work, "_site");
    await mkdir(outDir);
    await writeFile(join(outDir, "index.html"), "trang cũ");
    await writeFile(join(outDir, BUILD_MARKER), "");

    const failure = await buildSite({ root, outDir, pathPrefix: "/", log: () => undefined }).then(() => null, (error: unknown) => error);
    assert.ok(failure instanceof PublishedDataChangedError, `the build failed because published data changed: ${String(failure)}`);
    assert.match(failure.message, /^Số liệu đã công bố bị thay đổi/);
    assert.match(failure.message, new RegExp(`đã công bố không được thay đổi: tệp /du-lieu/ky/${period}/task-progress\\.csv khác với bản đã khóa`));
    assert.match(failure.message, new RegExp(`data/bao-cao/${period}\\.json`));
    assert.match(failure.message, /npm run data:lock -- --dinh-chinh/);
    // build-cli prints the error with console.error: only the message, no stack trace to bury it.
    assert.doesNotMatch(inspect(failure), /\n\s+at /);
    assert.equal(await readFile(join(outDir, "index.html"), "utf8"), "trang cũ", "the old site is kept");
    assert.deepEqual((await readdir(work)).filter((n) => n.includes(".tmp-")), [], "no half-built folder is left");
  } finally {
    await rm(work, { recursive: true, force: true });
  }
});
