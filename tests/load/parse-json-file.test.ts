import assert from "node:assert/strict";
import { test } from "node:test";
import { parseJsonFile } from "../../scripts/load/parse-json-file.ts";
import type { ParsedFile } from "../../scripts/load/parse-markdown-file.ts";

const REPORT = [
  "{", //                                  1
  '  "period": "2026-q1",', //             2
  '  "reportDate": "2026-04-05",', //      3
  '  "tasks": [', //                       4
  "    {", //                              5
  '      "task": "nv-1-1",', //            6
  '      "percent": 25', //                7
  "    },", //                             8
  '    { "task": "nv-1-2", "percent": null }', // 9
  "  ]", //                                10
  "}", //                                  11
  "",
].join("\n");

function ok(parsed: ParsedFile) {
  assert.ok(parsed.ok, parsed.ok ? "" : JSON.stringify(parsed.errors));
  return parsed;
}

function errors(text: string) {
  const parsed = parseJsonFile("data/x.json", text);
  assert.ok(!parsed.ok, "expected a parse error");
  return parsed.errors.map((e) => `${e.line}:${e.col} ${e.field}: ${e.message} (${e.fix})`);
}

test("strict JSON parses to plain data; dates stay strings and null stays null", () => {
  const { data, body } = ok(parseJsonFile("data/x.json", REPORT));
  assert.deepEqual(data, {
    period: "2026-q1",
    reportDate: "2026-04-05",
    tasks: [{ task: "nv-1-1", percent: 25 }, { task: "nv-1-2", percent: null }],
  });
  assert.equal(body, "");
});

test("locate finds values and keys, inside arrays too", () => {
  const { locate } = ok(parseJsonFile("data/x.json", REPORT));
  assert.deepEqual(locate(["period"]), { line: 2, col: 13 });
  assert.deepEqual(locate(["period"], "key"), { line: 2, col: 3 });
  assert.deepEqual(locate(["tasks", 0, "percent"]), { line: 7, col: 18 });
  assert.deepEqual(locate(["tasks", 1, "percent"]), { line: 9, col: 36 });
  assert.deepEqual(locate(["tasks", 1, "task"], "key"), { line: 9, col: 7 });
  assert.deepEqual(locate(["tasks"]), { line: 4, col: 12 });
});

test("locate falls back to the nearest parent that exists", () => {
  const { locate } = ok(parseJsonFile("data/x.json", REPORT));
  assert.deepEqual(locate(["tasks", 0, "status"]), { line: 5, col: 5 });
  assert.deepEqual(locate(["tasks", 5]), { line: 4, col: 12 });
  assert.deepEqual(locate([]), { line: 1, col: 1 });
});

test("a top-level array is located by index", () => {
  const { locate } = ok(parseJsonFile("data/2026/ky-bao-cao.json", '[\n  { "id": "2026-q1" },\n  { "id": "2026-6t" }\n]\n'));
  assert.deepEqual(locate([1, "id"]), { line: 3, col: 11 });
});

test("an empty file is refused", () => {
  assert.deepEqual(errors(""), ["1:1 Cú pháp JSON: Tệp rỗng (chép lại nội dung JSON của tệp)"]);
  assert.deepEqual(errors("  \n\n"), ["1:1 Cú pháp JSON: Tệp rỗng (chép lại nội dung JSON của tệp)"]);
});

test("a trailing comma is reported once, on the comma itself", () => {
  assert.deepEqual(errors('{\n  "a": 1,\n  "b": 2,\n}\n'), ["3:9 Cú pháp JSON: Thừa dấu phẩy sau mục cuối cùng (xóa dấu , này: sau mục cuối cùng trước dấu } hoặc ] không có dấu phẩy)"]);
  assert.deepEqual(errors('[\n  1,\n  2,\n]\n'), ["3:4 Cú pháp JSON: Thừa dấu phẩy sau mục cuối cùng (xóa dấu , này: sau mục cuối cùng trước dấu } hoặc ] không có dấu phẩy)"]);
});

test("every missing comma is reported, each on its own line", () => {
  assert.deepEqual(errors('{\n  "a": 1\n  "b": 2\n  "c": 3\n}\n'), [
    "3:3 Cú pháp JSON: Thiếu dấu phẩy giữa hai giá trị (thêm dấu , ở cuối dòng trước)",
    "4:3 Cú pháp JSON: Thiếu dấu phẩy giữa hai giá trị (thêm dấu , ở cuối dòng trước)",
  ]);
});

test("an unclosed string is one error, not one more on the next line", () => {
  assert.deepEqual(errors('{\n  "a": "b,\n  "c": 1\n}\n'), ["2:8 Cú pháp JSON: Chuỗi chưa đóng ngoặc kép (thêm dấu \" ở cuối chuỗi)"]);
});

test("comments, bare words and single quotes are refused with a hint", () => {
  assert.deepEqual(errors('{\n  // ghi chú\n  "a": 1\n}\n'), ["2:3 Cú pháp JSON: JSON không cho phép chú thích (xóa chú thích // hoặc /* */)"]);
  assert.deepEqual(errors('{\n  "draft": False\n}\n'), ["2:12 Cú pháp JSON: Ký tự không hợp lệ (đặt chữ trong ngoặc kép \"…\"; true, false, null viết thường)"]);
  assert.deepEqual(errors("{\n  'a': 1\n}\n"), ["2:3 Cú pháp JSON: Ký tự không hợp lệ (đặt chữ trong ngoặc kép \"…\"; true, false, null viết thường)"]);
});

test("content after the closing brace is refused", () => {
  assert.deepEqual(errors('{\n  "a": 1\n}\n}\n'), ["4:1 Cú pháp JSON: Có nội dung thừa sau khi tệp đã kết thúc (xóa phần thừa sau dấu đóng cuối cùng)"]);
});
