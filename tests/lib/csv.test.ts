import assert from "node:assert/strict";
import { test } from "node:test";
import { BOM, csvField, parseCsv, toCsv } from "../../lib/csv.ts";

test("a CSV field with a comma, a quote or a line break is quoted and its quotes are doubled", () => {
  assert.equal(csvField("Văn phòng HĐND và UBND"), "Văn phòng HĐND và UBND");
  assert.equal(csvField("Phòng Kinh tế, Hạ tầng và Đô thị"), '"Phòng Kinh tế, Hạ tầng và Đô thị"');
  assert.equal(csvField('Ban hành "Quy chế một cửa"'), '"Ban hành ""Quy chế một cửa"""');
  assert.equal(csvField("dòng một\ndòng hai"), '"dòng một\ndòng hai"');
  assert.equal(csvField("dòng một\r\ndòng hai"), '"dòng một\r\ndòng hai"');
  assert.equal(csvField("a\rb"), '"a\rb"');
});

test("empty, numeric and boolean cells are written plainly", () => {
  assert.equal(csvField(null), "");
  assert.equal(csvField(undefined), "");
  assert.equal(csvField(96.5), "96.5");
  assert.equal(csvField(0), "0");
  assert.equal(csvField(true), "true");
  assert.equal(csvField(false), "false");
});

test("a CSV file starts with a BOM, has the header row and ends every line with CRLF", () => {
  const text = toCsv(["id", "note", "percent"], [
    { id: "nv-1-1", note: 'Có dấu phẩy, "ngoặc kép"\nvà xuống dòng', percent: 25 },
    { id: "nv-1-2", note: null, percent: null },
  ]);
  assert.ok(text.startsWith(BOM));
  assert.equal(text, `${BOM}id,note,percent\r\nnv-1-1,"Có dấu phẩy, ""ngoặc kép""\nvà xuống dòng",25\r\nnv-1-2,,\r\n`);
  assert.equal(Buffer.from(text, "utf8").subarray(0, 3).toString("hex"), "efbbbf");
});

test("parsing a written CSV gives the original cells back", () => {
  const rows = [{ a: "x, y", b: 'he said "hi"' }, { a: "line\r\nbreak", b: "" }];
  assert.deepEqual(parseCsv(toCsv(["a", "b"], rows)), [["a", "b"], ["x, y", 'he said "hi"'], ["line\r\nbreak", ""]]);
});

test("a text that a spreadsheet would run as a formula starts with an apostrophe (OWASP CSV injection)", () => {
  assert.equal(csvField('=HYPERLINK("https://example.com","Bấm vào đây")'), `"'=HYPERLINK(""https://example.com"",""Bấm vào đây"")"`);
  assert.equal(csvField("+84 251 3888 888"), "'+84 251 3888 888");
  assert.equal(csvField("-2+3+cmd|' /C calc'!A0"), "'-2+3+cmd|' /C calc'!A0");
  assert.equal(csvField("@SUM(A1:A9)"), "'@SUM(A1:A9)");
  assert.equal(csvField("\t=1+1"), "'\t=1+1");
  assert.equal(csvField("\r=1+1"), `"'\r=1+1"`);
  // Only the first character counts, and numbers are numbers, not formulas.
  assert.equal(csvField("Tỷ lệ = 100%"), "Tỷ lệ = 100%");
  assert.equal(csvField(-5), "-5");
  assert.equal(csvField(" =1"), " =1");
});

test("the explorer's download and the open data share the neutralised writer", () => {
  assert.equal(toCsv(["Nhiệm vụ"], [{ "Nhiệm vụ": "=1+1" }]), `${BOM}Nhiệm vụ\r\n'=1+1\r\n`);
});
