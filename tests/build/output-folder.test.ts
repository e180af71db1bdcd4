/**
 * The build replaces only a folder it may: missing, empty, or written by an earlier build. `--out .`
 * once deleted a whole checkout (.git and uncommitted edits included) and `--out content` replaced
 * the content; both are now refused in Vietnamese before anything is read or written.
 */
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { buildSite } from "../../scripts/build.ts";
import { BUILD_MARKER, OutputFolderRefusedError, outputFolderProblem } from "../../scripts/lib/output-folder.ts";
import { FIXTURE_PLAN } from "../fixture-plan/fixture-plan.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

/**
 * A stand-in repository with content that builds (so only the guard can stop the build), an
 * uncommitted note and a .git folder that must survive.
 */
async function fakeRepo(): Promise<{ work: string; repo: string }> {
  const work = await mkdtemp(join(tmpdir(), "hg-out-guard-"));
  const repo = join(work, "repo");
  await cp(join(FIXTURE_PLAN, "content"), join(repo, "content"), { recursive: true });
  await cp(join(FIXTURE_PLAN, "data"), join(repo, "data"), { recursive: true });
  await mkdir(join(repo, ".git"));
  await writeFile(join(repo, ".git/HEAD"), "ref: refs/heads/main\n");
  await writeFile(join(repo, "ghi-chu.txt"), "chưa commit\n");
  return { work, repo };
}

test("the repository root, a folder above it and a source folder are refused in Vietnamese", async () => {
  const { work, repo } = await fakeRepo();
  try {
    for (const out of [repo, work, "/", join(repo, "content"), join(repo, "content/2026/nhiem-vu"), join(repo, ".git"), join(repo, "data/moi")]) {
      const problem = await outputFolderProblem(repo, out);
      assert.ok(problem?.startsWith(`Không thể xây dựng vào "${out}"`), `${out}: ${problem}`);
      assert.match(problem!, /Không có gì bị thay đổi/);
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
});

test("a missing, empty or previously built folder may be replaced; a folder of other files may not", async () => {
  const { work, repo } = await fakeRepo();
  try {
    assert.equal(await outputFolderProblem(repo, join(repo, "_site")), null);
    assert.equal(await outputFolderProblem(repo, join(work, "moi/sau/hon")), null);
    await mkdir(join(repo, "_site"));
    assert.equal(await outputFolderProblem(repo, join(repo, "_site")), null);
    await writeFile(join(repo, "_site/index.html"), "trang cũ");
    assert.match((await outputFolderProblem(repo, join(repo, "_site")))!, /không phải do lệnh xây dựng tạo ra/);
    await writeFile(join(repo, "_site", BUILD_MARKER), "");
    assert.equal(await outputFolderProblem(repo, join(repo, "_site")), null);
    await writeFile(join(work, "tep.txt"), "x");
    assert.match((await outputFolderProblem(repo, join(work, "tep.txt")))!, /không phải thư mục/);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
});

test("a link named like an output folder that points at a source folder is refused", async () => {
  const { work, repo } = await fakeRepo();
  try {
    await symlink(join(repo, "content"), join(repo, "_site"));
    assert.match((await outputFolderProblem(repo, join(repo, "_site")))!, /thư mục content\//);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
});

test("buildSite into the repository root or a source folder throws the refusal and deletes nothing", async () => {
  const { work, repo } = await fakeRepo();
  try {
    await assert.rejects(buildSite({ root: repo, outDir: repo, log: () => undefined }), (e: unknown) => e instanceof OutputFolderRefusedError && /thư mục gốc của kho mã/.test(e.message));
    await assert.rejects(buildSite({ root: repo, outDir: join(repo, "content"), log: () => undefined }), (e: unknown) => e instanceof OutputFolderRefusedError && /thư mục content\//.test(e.message));
    assert.deepEqual((await readdir(repo)).sort(), [".git", "content", "data", "ghi-chu.txt"]);
    assert.equal(await readFile(join(repo, "ghi-chu.txt"), "utf8"), "chưa commit\n");
    assert.equal(await readFile(join(repo, "content/2026/ke-hoach.md"), "utf8"), await readFile(join(FIXTURE_PLAN, "content/2026/ke-hoach.md"), "utf8"));
    assert.equal(await readFile(join(repo, ".git/HEAD"), "utf8"), "ref: refs/heads/main\n");
    assert.deepEqual((await readdir(work)).sort(), ["repo"], "no temporary folder beside it either");
  } finally {
    await rm(work, { recursive: true, force: true });
  }
});

test("npm run build -- --out . refuses with exit code 1 and no stack trace", async () => {
  const { work, repo } = await fakeRepo();
  try {
    const run = promisify(execFile)(process.execPath, ["--import", import.meta.resolve("tsx"), join(ROOT, "scripts/build-cli.ts"), "--out", "."], { cwd: repo });
    const failure = await run.then(() => null, (error: { code: number; stderr: string }) => error);
    assert.ok(failure, "the build must fail");
    assert.equal(failure.code, 1);
    assert.match(failure.stderr, /^Không thể xây dựng vào "\."/);
    assert.doesNotMatch(failure.stderr, /nội dung có lỗi/, "not blamed on the content");
    assert.doesNotMatch(failure.stderr, /\n\s+at /);
    assert.deepEqual((await readdir(repo)).sort(), [".git", "content", "data", "ghi-chu.txt"]);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
});
