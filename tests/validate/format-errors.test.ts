import assert from "node:assert/strict";
import { test } from "node:test";
import type { ContentError } from "../../scripts/load/content-error.ts";
import { escapeData, escapeProperty, formatAnnotation, formatError, formatSummary } from "../../scripts/validate/format-errors.ts";

const error: ContentError = {
  file: "content/2026/nhiem-vu/nv-1-1.md",
  line: 10,
  col: 11,
  field: "Thời hạn",
  message: "\"2026-02-30\" không phải là một ngày hợp lệ",
  fix: "viết ngày theo dạng NNNN-TT-NN",
};
const warning: ContentError = { ...error, file: "data/2026/bao-cao/2026-q1.json", line: 5, col: 12, field: "Bản nháp", message: "Báo cáo đang là bản nháp", fix: "đổi thành false", severity: "warning" };

test("one line per problem: file:line:col, two spaces, field title, message and fix in brackets", () => {
  assert.equal(formatError(error), "content/2026/nhiem-vu/nv-1-1.md:10:11  Thời hạn: \"2026-02-30\" không phải là một ngày hợp lệ (viết ngày theo dạng NNNN-TT-NN)");
});

test("a warning says so before the field", () => {
  assert.equal(formatError(warning), "data/2026/bao-cao/2026-q1.json:5:12  cảnh báo: Bản nháp: Báo cáo đang là bản nháp (đổi thành false)");
});

test("annotation messages escape %, CR and LF, in that order", () => {
  assert.equal(escapeData("100%\r\nxong"), "100%25%0D%0Axong");
  assert.equal(escapeData("%0A"), "%250A");
});

test("annotation properties also escape : and ,", () => {
  assert.equal(escapeProperty("Tiến độ: 50%, còn lại\n"), "Tiến độ%3A 50%25%2C còn lại%0A");
});

test("an annotation places the problem on its line, with the field title as title", () => {
  const e: ContentError = { ...error, file: "content/a,b.md", field: "Trường: tên, mã", message: "Tiến độ 100%\nmà", fix: "sửa: a, b" };
  assert.equal(formatAnnotation(e), "::error file=content/a%2Cb.md,line=10,col=11,title=Trường%3A tên%2C mã::Tiến độ 100%25%0Amà (sửa: a, b)");
  assert.match(formatAnnotation(warning), /^::warning file=data\/2026\/bao-cao\/2026-q1.json,line=5,col=12,title=Bản nháp::/);
});

test("the summary counts errors only and escapes | and line breaks inside cells", () => {
  const piped: ContentError = { ...error, field: "A|B", message: "một | hai\nba", fix: "x|y" };
  const summary = formatSummary([piped, warning]);
  const lines = summary.split("\n");
  assert.equal(lines[0], "### Nội dung có 1 lỗi cần sửa trước khi công bố");
  assert.equal(lines[2], "| Tệp | Dòng | Trường | Lỗi | Cách sửa |");
  assert.equal(lines[4], "| `content/2026/nhiem-vu/nv-1-1.md` | 10:11 | A\\|B | một \\| hai ba | x\\|y |");
  assert.equal(lines[5], "| `data/2026/bao-cao/2026-q1.json` | 5:12 | Bản nháp | ⚠️ Báo cáo đang là bản nháp | đổi thành false |");
  // Every row has exactly the table's five columns once escaped pipes are set aside.
  for (const row of lines.slice(2, 6)) assert.equal(row.replace(/\\\|/g, "").split("|").length, 7, row);
});

test("an empty summary says the content is valid", () => {
  assert.equal(formatSummary([]), "### Nội dung hợp lệ\n");
  assert.match(formatSummary([warning]), /^### Nội dung hợp lệ\n/);
});

test("a file name or text holding a line break cannot start a line with a workflow command", () => {
  const hostile: ContentError = { ...error, file: "content/2026/nhiem-vu/x\n::warning file=a.md::Giả mạo.md", message: "a\r\n::error::b", fix: "c\r::set-output name=x::y" };
  const line = formatError(hostile);
  assert.equal(line.split(/[\r\n]/).length, 1);
  assert.equal(line, "content/2026/nhiem-vu/x⏎::warning file=a.md::Giả mạo.md:10:11  Thời hạn: a⏎::error::b (c⏎::set-output name=x::y)");
  assert.equal(formatError({ ...error, file: "  ::error::x.md" }).slice(0, 4), "›   ");
  const annotation = formatAnnotation(hostile);
  assert.equal(annotation.split(/[\r\n]/).length, 1);
  assert.match(annotation, /^::error file=content\/2026\/nhiem-vu\/x%0A%3A%3Awarning file=a.md%3A%3AGiả mạo.md,line=10,/);
});

test("under GitHub Actions no printed line but the annotations starts with ::", async () => {
  const { reportProblems } = await import("../../scripts/validate/report-problems.ts");
  const hostile: ContentError = { ...error, file: "content/x\n::error file=y::z.md", message: "\n::warning::b", fix: "\r\n::notice::c" };
  const lines: string[] = [];
  await reportProblems([hostile, warning], { GITHUB_ACTIONS: "true" }, (s: string) => void lines.push(...s.split(/\r\n|\r|\n/)));
  const commands = lines.filter((l) => /^\s*::/.test(l));
  assert.equal(commands.length, 2);
  assert.ok(commands.every((l) => /^::(error|warning) file=/.test(l)));
});

test("an error printed with its stack cannot start a line with a workflow command either", async () => {
  const { plainText } = await import("../../scripts/validate/format-errors.ts");
  assert.equal(plainText("Lỗi mẫu: x\n::error::giả\r\n  ::set-env name=A::b\nbình thường"), "Lỗi mẫu: x\n› ::error::giả\n›   ::set-env name=A::b\nbình thường");
});
