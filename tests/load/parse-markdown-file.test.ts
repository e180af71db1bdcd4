import assert from "node:assert/strict";
import { test } from "node:test";
import { parseMarkdownFile, type ParsedFile } from "../../scripts/load/parse-markdown-file.ts";

const FILE = [
  "---", //                                   1
  "id: nv-1-1", //                            2
  "deadline: 2026-06-30", //                  3
  "order: 1", //                              4
  "support:", //                              5
  "  - cac-phong-chuyen-mon", //              6
  "  - van-phong-hdnd-ubnd", //               7
  "duties:", //                               8
  "  - text: \"Chủ trì\"", //                 9
  "    deadline: \"2026-03-31\"", //         10
  "flag: yes", //                            11
  "---", //                                  12
  "", //                                     13
  "Nội dung **Markdown**.", //               14
  "",
].join("\n");

function ok(parsed: ParsedFile) {
  assert.ok(parsed.ok, parsed.ok ? "" : JSON.stringify(parsed.errors));
  return parsed;
}

function errors(parsed: ParsedFile) {
  assert.ok(!parsed.ok, "expected a parse error");
  return parsed.errors.map((e) => `${e.line}:${e.col} ${e.field}: ${e.message} (${e.fix})`);
}

test("dates stay strings, quoted or not, and YAML 1.1 words like yes stay strings", () => {
  const { data } = ok(parseMarkdownFile("content/x.md", FILE));
  const d = data as Record<string, unknown>;
  assert.equal(d.deadline, "2026-06-30");
  assert.equal((d.duties as { deadline: string }[])[0]!.deadline, "2026-03-31");
  assert.equal(d.order, 1);
  assert.equal(d.flag, "yes");
});

test("the body is the Markdown after the closing ---", () => {
  const { body } = ok(parseMarkdownFile("content/x.md", FILE));
  assert.equal(body.trim(), "Nội dung **Markdown**.");
});

test("a file with front matter only has an empty body and data", () => {
  const parsed = ok(parseMarkdownFile("content/x.md", "---\nid: a\n---\n"));
  assert.deepEqual(parsed.data, { id: "a" });
  assert.equal(parsed.body, "");
});

test("locate finds values and keys of nested fields on their real line and column", () => {
  const { locate } = ok(parseMarkdownFile("content/x.md", FILE));
  assert.deepEqual(locate(["id"]), { line: 2, col: 5 });
  assert.deepEqual(locate(["deadline"]), { line: 3, col: 11 });
  assert.deepEqual(locate(["deadline"], "key"), { line: 3, col: 1 });
  assert.deepEqual(locate(["support", 1]), { line: 7, col: 5 });
  assert.deepEqual(locate(["duties", 0, "deadline"]), { line: 10, col: 15 });
  assert.deepEqual(locate(["duties", 0, "deadline"], "key"), { line: 10, col: 5 });
});

test("locate falls back to the nearest parent that exists, then to the top of the file", () => {
  const { locate } = ok(parseMarkdownFile("content/x.md", FILE));
  assert.deepEqual(locate(["support", 9]), { line: 6, col: 3 });
  assert.deepEqual(locate(["duties", 0, "missing"]), { line: 9, col: 5 });
  assert.deepEqual(locate(["nothing"]), { line: 1, col: 1 });
  assert.deepEqual(locate([]), { line: 1, col: 1 });
});

test("positions stay right when a value spans several lines", () => {
  const text = "---\ntext: \"một\n  hai\"\nlead: x\n---\n";
  const { data, locate } = ok(parseMarkdownFile("content/x.md", text));
  assert.equal((data as { text: string }).text, "một hai");
  assert.deepEqual(locate(["lead"]), { line: 4, col: 7 });
});

test("an empty file, a file without the opening --- and one without the closing --- are refused", () => {
  assert.deepEqual(errors(parseMarkdownFile("a.md", " \n")), ["1:1 Phần thông tin đầu tệp: Tệp rỗng (chép lại nội dung tệp, bắt đầu bằng dòng --- và các trường thông tin)"]);
  assert.deepEqual(errors(parseMarkdownFile("a.md", "id: a\n")), ["1:1 Phần thông tin đầu tệp: Tệp không bắt đầu bằng dòng --- (dòng đầu tiên của tệp phải là ba dấu gạch ngang ---)"]);
  assert.deepEqual(errors(parseMarkdownFile("a.md", "---\nid: a\nlead: b\n")), ["4:1 Phần thông tin đầu tệp: Thiếu dòng --- đóng phần thông tin đầu tệp (thêm một dòng chỉ có --- sau trường cuối cùng)"]);
});

test("YAML errors name the line of the slip, in words staff know", () => {
  const parse = (yaml: string) => errors(parseMarkdownFile("a.md", `---\n${yaml}---\n`));
  assert.deepEqual(parse("id: a\nref: II.1.2: ý 1\n"), ["3:6 Phần thông tin đầu tệp: Giá trị có dấu hai chấm nhưng không đặt trong ngoặc kép (đặt cả giá trị trong ngoặc kép, ví dụ ref: \"II.1.2: ý 1\")"]);
  assert.deepEqual(parse("id: a\n  area: b\n"), ["2:5 Phần thông tin đầu tệp: Dòng dưới thụt lề sâu hơn dòng này (xóa dấu cách thừa ở đầu dòng dưới để các trường cùng cấp thẳng hàng)"]);
  assert.deepEqual(parse("id: a\nref: \"x\nlead: b\n"), ["3:8 Phần thông tin đầu tệp: Thiếu dấu ngoặc kép đóng (thêm dấu \" (hoặc ') ở cuối giá trị, cùng loại với dấu mở)"]);
  assert.deepEqual(parse("id: a\nsupport:\n\t- b\n"), ["4:1 Phần thông tin đầu tệp: Dòng này thụt lề bằng ký tự Tab, phần đầu tệp không nhận Tab (xóa Tab ở đầu dòng và thụt lề bằng dấu cách)"]);
});

test("every duplicate field is reported, and only the first of a cascade of syntax errors", () => {
  const parse = (yaml: string) => errors(parseMarkdownFile("a.md", `---\n${yaml}---\n`));
  assert.deepEqual(parse("id: a\nlead: b\nid: c\nlead: d\n"), [
    "4:1 Phần thông tin đầu tệp: Một trường được khai báo hai lần (xóa một trong hai dòng trùng tên trường)",
    "5:1 Phần thông tin đầu tệp: Một trường được khai báo hai lần (xóa một trong hai dòng trùng tên trường)",
  ]);
  assert.equal(parse("targets:\n\t- id: x\n    measure: y\n    value: 1\n").length, 1);
});

test("errors carry the file path they were found in", () => {
  const parsed = parseMarkdownFile("content/2026/nhiem-vu/nv-1-1.md", "");
  assert.ok(!parsed.ok);
  assert.equal(parsed.errors[0]!.file, "content/2026/nhiem-vu/nv-1-1.md");
});
