/**
 * Every folder in tests/fixtures/invalid/ is one broken case: its files are laid over a copy of the
 * real content, and the validator must print exactly the lines in its expected.txt (file, line,
 * column, field title, message and fix). See tests/fixtures/invalid/README.md to add a case.
 */
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { readdir, rm } from "node:fs/promises";
import { join, relative } from "node:path";
import { describe, test } from "node:test";
import { expectedLines, FIXTURES, listCases, prepareCase, REPO_ROOT, runCase } from "./fixture-runner.ts";

const cases = await listCases("invalid");

async function listTree(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries.map((e) => relative(root, join(e.parentPath, e.name))).sort();
}

function run(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: REPO_ROOT, env });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

describe("broken content is refused with the exact message", { concurrency: 8 }, () => {
  // First, so the slow child process runs alongside the cases.
  test("npm run validate -- --cong-bo prints every error on stderr, exits with 1 and writes nothing else", async () => {
    const dir = join(FIXTURES, "invalid", "errors-in-two-files-are-all-reported");
    const root = await prepareCase(dir);
    try {
      const before = await listTree(root);
      const env = { ...process.env };
      delete env.GITHUB_ACTIONS;
      delete env.GITHUB_STEP_SUMMARY;
      const { code, stdout, stderr } = await run(["--import", "tsx", "scripts/validate-cli.ts", root, "--cong-bo"], env);
      const expected = await expectedLines(dir);
      assert.equal(code, 1);
      assert.equal(stdout, "");
      assert.equal(stderr, [...expected, "", "Tìm thấy 2 lỗi trong 2 tệp. Chưa công bố gì; sửa các lỗi trên rồi chạy lại.", ""].join("\n"));
      assert.deepEqual(await listTree(root), before, "the validator must not create or delete files");
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });

  test("there is a broken case for every kind of mistake the issue lists", () => {
    assert.ok(cases.length >= 28, `only ${cases.length} cases in tests/fixtures/invalid/`);
  });

  for (const name of cases) {
    test(name, async () => {
      const dir = join(FIXTURES, "invalid", name);
      const expected = await expectedLines(dir);
      assert.ok(expected.length > 0, `${name}/expected.txt is empty: a broken case must print at least one problem`);
      assert.deepEqual(await runCase(dir), expected);
    });
  }
});
