/**
 * Every folder in tests/fixtures/invalid/ is one broken case: its files are laid over a copy of the
 * fixture plan (tests/fixture-plan/), and the validator must print exactly the lines in its
 * expected.txt (file, line, column, field title, message and fix). See tests/fixtures/invalid/README.md to add a case.
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
      // The case is a copy outside git, so the published-figure guard says it could not run (a warning, sorted by file).
      const guard = "data/2026/bao-cao:1:1  cảnh báo: Số liệu đã công bố: Thư mục không phải một kho git nên không kiểm tra được số liệu đã công bố có bị sửa hay không (chạy lệnh trong một bản clone đầy đủ của kho)";
      const lines = [...expected, guard].sort((a, b) => a.split(":")[0]!.localeCompare(b.split(":")[0]!));
      assert.equal(stderr, [...lines, "", "Tìm thấy 2 lỗi trong 2 tệp. Chưa công bố gì; sửa các lỗi trên rồi chạy lại.", ""].join("\n"));
      assert.deepEqual(await listTree(root), before, "the validator must not create or delete files");
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });

  test("there is a broken case for every kind of mistake the issue lists, and each names the file, place, field and fix", async () => {
    // Kinds of mistake staff make, each with the case that shows it and words its message must say.
    const kinds: Record<string, [caseName: string, says: string]> = {
      "YAML syntax": ["yaml-missing-closing-quote-is-reported", "Thiếu dấu ngoặc kép đóng"],
      "tab indentation": ["yaml-tab-indentation-is-reported", "Tab"],
      "a field written twice": ["yaml-field-written-twice-is-reported", "khai báo hai lần"],
      "JSON syntax": ["json-missing-comma-is-reported", "Thiếu dấu phẩy"],
      "an empty file": ["empty-json-file-is-refused", "Tệp rỗng"],
      "bytes that are not UTF-8": ["invalid-utf8-byte-is-reported-on-its-line", "UTF-8"],
      "a missing required field": ["missing-required-field-is-named", "Thiếu trường bắt buộc \"lead\""],
      "a misspelt field name": ["unknown-field-suggests-the-closest-name", "có phải ý bạn là \"deadline\""],
      "a number written as text": ["number-written-as-text-is-refused", "phải là một số"],
      "a value out of range": ["percent-over-100-is-refused", "lớn hơn mức cho phép"],
      "a value not in the list": ["unknown-status-lists-the-allowed-values", "\"hoan-thanh\""],
      "an impossible date": ["impossible-date-is-refused", "không phải là một ngày hợp lệ"],
      "a date outside the plan year": ["deadline-outside-the-plan-year-is-refused", "không thuộc năm 2026"],
      "an id that is not the file name": ["id-different-from-file-name-is-refused", "khác tên tệp"],
      "a duplicate id": ["copied-task-file-keeps-the-old-id", "đã được dùng"],
      "a target numbered for another objective": ["target-id-of-another-objective-is-refused", "không thuộc mục tiêu mt-1-1"],
      "a task numbered for another area": ["task-id-numbered-for-another-area-is-refused", "thuộc lĩnh vực số 2"],
      "a period declared twice": ["period-declared-twice-is-refused", "được khai báo hai lần"],
      "a report for another period than its file name": ["report-for-another-period-than-its-file-name-is-refused", "khác tên tệp \"2026-q1\""],
      "a reference to nothing": ["unknown-lead-unit-suggests-the-closest", "Không tìm thấy \"van-phong-ubdn\""],
      "a report missing a task": ["report-missing-a-task-names-it", "Thiếu 1 nhiệm vụ: nv-1-2-1"],
      "a task twice in a report": ["task-listed-twice-in-a-report-is-refused", "đã được ghi ở dòng 14"],
      "a status disagreeing with its percent": ["completed-task-below-100-percent-is-refused", "tiến độ là 80%"],
      "a draft report published": ["draft-report-is-not-published", "bản nháp"],
      "a figure dated outside its period": ["figure-dated-outside-the-period-is-refused", "nằm ngoài kỳ"],
      "a file of the wrong kind": ["file-with-wrong-extension-in-a-content-folder-is-refused", "chỉ chứa tệp .md"],
      "a missing file": ["missing-settings-file-is-reported", "Không tìm thấy tệp"],
    };
    for (const [kind, [name, says]] of Object.entries(kinds)) {
      assert.ok(cases.includes(name), `${kind}: no case ${name} in tests/fixtures/invalid/`);
      const lines = await expectedLines(join(FIXTURES, "invalid", name));
      assert.ok(lines.some((l) => l.includes(says)), `${kind}: ${name}/expected.txt does not say “${says}”`);
    }
    // Every line of every case gives what staff need to fix it: file:line:col, the field's
    // Vietnamese title, the message, and the fix in parentheses.
    for (const name of cases) {
      for (const line of await expectedLines(join(FIXTURES, "invalid", name))) {
        assert.match(line, /^(content|data)\/[^\s:]+:\d+:\d+ {2}[^:]+: .+ \(.+\)$/u, `${name}: ${line}`);
      }
    }
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
