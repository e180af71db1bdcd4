/**
 * Parser failures are problems at file:line in Vietnamese, never a crash or a stack trace: YAML
 * anchors and aliases (an alias bomb, an undefined alias), nesting thousands of levels deep, and a
 * key written twice in JSON (which JSON.parse accepts, keeping the last value).
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { parseJsonFile } from "../../scripts/load/parse-json-file.ts";
import { parseMarkdownFile } from "../../scripts/load/parse-markdown-file.ts";
import { tooDeepBracket, tooDeepIndent } from "../../scripts/load/nesting-depth.ts";

const problems = (r: ReturnType<typeof parseMarkdownFile>) => (r.ok ? [] : r.errors.map((e) => `${e.line}:${e.col} ${e.message}`));

test("a YAML alias bomb is refused at its anchors before anything is expanded", () => {
  const rows = ["a: &a [x, x, x, x, x, x, x, x, x]"];
  for (const [name, prev] of [["b", "a"], ["c", "b"], ["d", "c"], ["e", "d"], ["f", "e"], ["g", "f"], ["h", "g"], ["i", "h"]]) rows.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(", ")}]`);
  const started = performance.now();
  const result = parseMarkdownFile("content/2026/nhiem-vu/nv-1-1.md", `---\n${rows.join("\n")}\n---\n`);
  assert.ok(performance.now() - started < 1000);
  assert.deepEqual(problems(result).slice(0, 3), ["2:4 Không dùng neo YAML &a", "3:4 Không dùng neo YAML &b", "3:8 Không dùng bí danh YAML *a"]);
});

test("an undefined alias is a problem on its line, not a ReferenceError", () => {
  assert.deepEqual(problems(parseMarkdownFile("a.md", "---\nid: nv-1-1\nlead: *x\n---\n")), ["3:7 Không dùng bí danh YAML *x"]);
});

test("a single anchor and alias, harmless in YAML, are refused too", () => {
  assert.deepEqual(problems(parseMarkdownFile("a.md", "---\nlead: &u van-phong\nsupport:\n  - *u\n---\n")), ["2:7 Không dùng neo YAML &u", "4:5 Không dùng bí danh YAML *u"]);
});

test("3,000 levels of brackets or of indentation are refused on the line where they go too deep", () => {
  assert.deepEqual(problems(parseMarkdownFile("a.md", `---\nid: x\nobjectives: ${"[".repeat(3000)}${"]".repeat(3000)}\n---\n`)), ["3:45 Ngoặc [ hoặc { lồng nhau quá 32 cấp"]);
  const block = Array.from({ length: 3000 }, (_, i) => `${" ".repeat(i)}a:`).join("\n");
  assert.deepEqual(problems(parseMarkdownFile("a.md", `---\n${block}\n---\n`)), ["51:1 Dòng thụt lề quá sâu (quá 48 cột)"]);
  const dashes = `a:\n${"- ".repeat(3000)}x`;
  assert.deepEqual(problems(parseMarkdownFile("a.md", `---\n${dashes}\n---\n`)), ["3:1 Dòng thụt lề quá sâu (quá 48 cột)"]);
  const flowMap = `a: ${"{b: ".repeat(20)}1${"}".repeat(20)}`;
  assert.deepEqual(problems(parseMarkdownFile("a.md", `---\n${flowMap}\n---\n`)), ["2:64 Danh sách hoặc nhóm trường lồng nhau quá 16 cấp"]);
});

test("brackets inside quoted values and comments do not count as nesting", () => {
  const text = `---\ntext: "${"[".repeat(100)}"\nnote: '${"{".repeat(100)}'\n# ${"[".repeat(100)}\nplain: Điều ${"[".repeat(3)}1]]] "x"\n---\n`;
  assert.equal(parseMarkdownFile("a.md", text).ok, true);
  assert.equal(tooDeepBracket(`{"a": "${"[".repeat(100)}\\"${"{".repeat(100)}"}`), -1);
  assert.equal(tooDeepIndent("a:\n  - - b\n"), -1);
});

test("JSON nested 100,000 levels deep is a problem at the bracket, not a stack overflow", () => {
  const result = parseJsonFile("data/2026/bao-cao/2026-q1.json", `{\n  "tasks": ${"[".repeat(100_000)}${"]".repeat(100_000)}\n}\n`);
  assert.equal(result.ok, false);
  assert.deepEqual(!result.ok && result.errors.map((e) => `${e.file}:${e.line}:${e.col} ${e.field}: ${e.message}`), ["data/2026/bao-cao/2026-q1.json:2:43 Cú pháp JSON: Ngoặc [ hoặc { lồng nhau quá 32 cấp"]);
});

test("a key written twice in one JSON object is refused at the second one, naming the first line", () => {
  const text = '{\n  "period": "2026-q1",\n  "tasks": [\n    { "task": "nv-1-1", "status": "dang-thuc-hien",\n      "status": "hoan-thanh" }\n  ]\n}\n';
  const result = parseJsonFile("data/2026/bao-cao/2026-q1.json", text);
  assert.equal(result.ok, false);
  assert.deepEqual(!result.ok && result.errors.map((e) => `${e.line}:${e.col} ${e.message} (${e.fix})`), [
    '5:7 Trường "status" được khai báo hai lần trong cùng một mục (giá trị sau sẽ ghi đè giá trị ở dòng 4) (xóa một trong hai dòng trùng tên trường)',
  ]);
  // The same name in two different objects is fine.
  assert.equal(parseJsonFile("a.json", '[{"a": 1}, {"a": 2}]').ok, true);
});
