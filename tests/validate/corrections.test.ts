/**
 * Published figures change only through corrections. Each folder of tests/validate/corrections-cases/
 * holds a report as staff left it (report.json), the same report as first published on main
 * (published.json; absent when the report was never published), and the exact lines validation must
 * print (expected.txt, hand-written; empty when the report is accepted).
 */
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { parseJsonFile } from "../../scripts/load/parse-json-file.ts";
import type { PublishedReports } from "../../scripts/load/read-published-reports.ts";
import type { SourceFile } from "../../scripts/load/source-file.ts";
import type { Report } from "../../scripts/types/content.generated.ts";
import { checkCorrections } from "../../scripts/validate/cross/check-corrections.ts";
import { emptyContext } from "./empty-context.ts";
import { formatError } from "../../scripts/validate/format-errors.ts";
import { loadSchemas } from "../../scripts/validate/load-schemas.ts";

const CASES = fileURLToPath(new URL("./corrections-cases/", import.meta.url));
const PATH = "data/2026/bao-cao/2026-q3.json";
const { schemas, validators } = loadSchemas();

function sourceFile(text: string): SourceFile {
  const parsed = parseJsonFile(PATH, text);
  assert.ok(parsed.ok, "case files are valid JSON");
  return { path: PATH, kind: "json", stem: "2026-q3", data: parsed.data, body: "", locate: parsed.locate };
}

function run(dir: string): string[] {
  const file = sourceFile(readFileSync(join(dir, "report.json"), "utf8"));
  assert.ok(validators.report!(file.data), `report.json passes its schema, so only the corrections check speaks: ${JSON.stringify(validators.report!.errors)}`);
  const publishedText = (() => {
    try {
      return readFileSync(join(dir, "published.json"), "utf8");
    } catch {
      return undefined;
    }
  })();
  const published: PublishedReports = {
    state: "ok", ref: "refs/heads/main",
    reports: publishedText === undefined ? [] : [{ path: PATH, commit: "a".repeat(40), date: "2026-10-07", data: JSON.parse(publishedText), existsAtTip: true }],
  };
  const ctx = emptyContext({ reports: [{ file, data: file.data as Report }] });
  const check = checkCorrections({ published, reportPaths: new Set([PATH]), reportSchema: schemas.report!, strict: false });
  return check(ctx).sort((a, b) => a.line - b.line || a.col - b.col).map(formatError);
}

for (const name of readdirSync(CASES).sort()) {
  test(name.replaceAll("-", " "), () => {
    const dir = join(CASES, name);
    const expected = readFileSync(join(dir, "expected.txt"), "utf8").split("\n").filter((l) => l.trim() !== "");
    assert.deepEqual(run(dir), expected);
  });
}

test("a deleted published report is refused at its path", () => {
  const published: PublishedReports = { state: "ok", ref: "refs/remotes/origin/main", reports: [{ path: PATH, commit: "b".repeat(40), date: "2026-10-07", data: {}, existsAtTip: true }] };
  const ctx = emptyContext();
  const problems = checkCorrections({ published, reportPaths: new Set(), reportSchema: schemas.report!, strict: false })(ctx).map(formatError);
  assert.deepEqual(problems, [
    "data/2026/bao-cao/2026-q3.json:1:1  Báo cáo kỳ: Báo cáo đã công bố ngày 07/10/2026 bị xóa (khôi phục tệp data/2026/bao-cao/2026-q3.json như trên nhánh main; muốn sửa con số thì dùng đính chính (CONTRIBUTING.md, mục 5))",
  ]);
});

test("when the guard cannot run it says why: a warning locally, an error under GitHub Actions", () => {
  const file = sourceFile(readFileSync(join(CASES, "unchanged-published-report-passes", "report.json"), "utf8"));
  const ctx = emptyContext({ reports: [{ file, data: file.data as Report }] });
  const shallow = (strict: boolean) => checkCorrections({ published: { state: "shallow", ref: "refs/heads/main" }, reportPaths: new Set([PATH]), reportSchema: schemas.report!, strict })(ctx);
  assert.deepEqual(shallow(false).map(formatError), [
    "data/2026/bao-cao:1:1  cảnh báo: Số liệu đã công bố: Bản sao kho thiếu lịch sử git (shallow clone) nên không kiểm tra được số liệu đã công bố có bị sửa hay không (trên GitHub Actions đặt fetch-depth: 0 cho bước actions/checkout; trên máy, chạy git fetch --unshallow)",
  ]);
  assert.equal(shallow(true)[0]!.severity, undefined, "an error under GitHub Actions");
  const noGit = checkCorrections({ published: { state: "no-git" }, reportPaths: new Set([PATH]), reportSchema: schemas.report!, strict: false })(ctx);
  assert.match(noGit[0]!.message, /không phải một kho git/);
});
