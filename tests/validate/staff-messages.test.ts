/**
 * Messages staff misread, as they now read: a status typed as words points to its code, an id in
 * the wrong form shows the expected form with an example, an empty value is explained rather than
 * named "null". Expected texts written by hand.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { CONTENT_TYPES } from "../../scripts/load/content-types.ts";
import type { LoadedContent } from "../../scripts/load/load-content.ts";
import { parseJsonFile } from "../../scripts/load/parse-json-file.ts";
import { asCode } from "../../scripts/validate/ajv-error-to-content-error.ts";
import { formatError } from "../../scripts/validate/format-errors.ts";
import { loadSchemas } from "../../scripts/validate/load-schemas.ts";
import { validateAgainstSchemas } from "../../scripts/validate/validate-against-schemas.ts";

const schemas = loadSchemas();

function reportErrors(rows: string): string[] {
  const text = `{
  "period": "2026-q1",
  "reportDate": "2026-04-05",
  "illustrative": true,
  "draft": false,
  "tasks": [
${rows}
  ],
  "targets": []
}
`;
  const parsed = parseJsonFile("data/2026/bao-cao/2026-q1.json", text);
  assert.ok(parsed.ok);
  const files = Object.fromEntries(CONTENT_TYPES.map((t) => [t.type, []])) as unknown as LoadedContent;
  files.report = [{ path: "data/2026/bao-cao/2026-q1.json", kind: "json", stem: "2026-q1", data: parsed.data, body: "", locate: parsed.locate }];
  return validateAgainstSchemas(files, schemas).map(formatError);
}

test("a status written with diacritics suggests its code", () => {
  assert.deepEqual(reportErrors(`    { "task": "nv-1-1", "status": "hoàn thành", "percent": 100 }`), [
    'data/2026/bao-cao/2026-q1.json:7:35  Trạng thái: Giá trị "hoàn thành" không nằm trong danh sách cho phép (viết mã "hoan-thanh" (chữ thường không dấu, nối bằng gạch ngang) thay cho "hoàn thành")',
  ]);
  assert.deepEqual(reportErrors(`    { "task": "nv-1-1", "status": "Chậm tiến độ", "percent": 40 }`), [
    'data/2026/bao-cao/2026-q1.json:7:35  Trạng thái: Giá trị "Chậm tiến độ" không nằm trong danh sách cho phép (viết mã "cham-tien-do" (chữ thường không dấu, nối bằng gạch ngang) thay cho "Chậm tiến độ")',
  ]);
});

test("a status that is not a label still lists the allowed codes", () => {
  assert.deepEqual(reportErrors(`    { "task": "nv-1-1", "status": "xong", "percent": 100 }`), [
    'data/2026/bao-cao/2026-q1.json:7:35  Trạng thái: Giá trị "xong" không nằm trong danh sách cho phép (dùng một trong: "chua-trien-khai", "dang-thuc-hien", "cham-tien-do", "hoan-thanh")',
  ]);
});

test("an id in the wrong form says the expected form with an example", () => {
  assert.deepEqual(reportErrors(`    { "task": "NV 2.2.1", "status": "dang-thuc-hien", "percent": 40 }`), [
    'data/2026/bao-cao/2026-q1.json:7:15  Nhiệm vụ: Giá trị "NV 2.2.1" không đúng dạng quy định (mã nhiệm vụ viết dạng nv-<số>-<số> hoặc nv-<số>-<số>-<số>, chữ thường, nối bằng gạch ngang, ví dụ nv-2-2-1; có phải ý bạn là "nv-2-2-1"?)',
  ]);
  assert.deepEqual(reportErrors(`    { "task": "nhiem vu 3", "status": "dang-thuc-hien", "percent": 40 }`), [
    'data/2026/bao-cao/2026-q1.json:7:15  Nhiệm vụ: Giá trị "nhiem vu 3" không đúng dạng quy định (mã nhiệm vụ viết dạng nv-<số>-<số> hoặc nv-<số>-<số>-<số>, chữ thường, nối bằng gạch ngang, ví dụ nv-2-2-1)',
  ]);
});

test("a value that may be empty says when and how, not just null", () => {
  const [message] = reportErrors(`    { "task": "nv-1-1", "status": "dang-thuc-hien", "percent": "sáu mươi" }`);
  // The fix in brackets is the field's description in the schema, which has its own owner.
  assert.ok(message?.startsWith('data/2026/bao-cao/2026-q1.json:7:64  Tiến độ (%): Giá trị "sáu mươi" phải là một số hoặc null khi chưa có số liệu ('), String(message));
});

test("asCode turns typed words into the code form", () => {
  assert.equal(asCode("Đang thực hiện"), "dang-thuc-hien");
  assert.equal(asCode(" NV 2.2.1 "), "nv-2-2-1");
});
