import assert from "node:assert/strict";
import { test } from "node:test";
import { columnName, excelDate, writeXlsx } from "../../scripts/export/xlsx.ts";
import { readXlsx } from "./support/read-xlsx.ts";

test("dates become Excel serial numbers and columns get their letters", () => {
  assert.equal(excelDate("2026-01-01"), 46023);
  assert.equal(excelDate("2026-04-05"), 46117);
  assert.equal(excelDate("1900-03-01"), 61);
  assert.deepEqual([0, 25, 26, 27, 701, 702].map(columnName), ["A", "Z", "AA", "AB", "ZZ", "AAA"]);
});

test("a workbook reads back with its sheets, Vietnamese text, numbers, dates and booleans, and empty cells left empty", () => {
  const bytes = writeXlsx([
    { name: "Tiến độ", header: ["Kỳ báo cáo", "Ngày báo cáo", "Tiến độ (%)", "Quá hạn", "Ghi chú"], rows: [["Quý I", { date: "2026-04-05" }, 96.5, true, "=1+1 <b>&"], ["06 tháng", null, 0, false, undefined]] },
    { name: "Giải thích", header: ["Mục", "Giải thích"], rows: [["Nguồn", "UBND phường"]] },
  ]);
  const sheets = readXlsx(bytes);
  assert.deepEqual(sheets.map((s) => s.name), ["Tiến độ", "Giải thích"]);
  assert.deepEqual(sheets[0]!.rows, [
    ["Kỳ báo cáo", "Ngày báo cáo", "Tiến độ (%)", "Quá hạn", "Ghi chú"].map((value) => ({ kind: "text", value })),
    [{ kind: "text", value: "Quý I" }, { kind: "date", value: 46117, format: "dd/mm/yyyy" }, { kind: "number", value: 96.5 }, { kind: "boolean", value: true }, { kind: "text", value: "=1+1 <b>&" }],
    [{ kind: "text", value: "06 tháng" }, null, { kind: "number", value: 0 }, { kind: "boolean", value: false }],
  ]);
  assert.deepEqual(writeXlsx([{ name: "A", header: ["x"], rows: [[1]] }]), writeXlsx([{ name: "A", header: ["x"], rows: [[1]] }]), "byte-identical for the same input");
});

test("a sheet name Excel would refuse is refused", () => {
  assert.throws(() => writeXlsx([{ name: "a/b", header: [], rows: [] }]), /Tên trang tính/);
  assert.throws(() => writeXlsx([{ name: "x".repeat(32), header: [], rows: [] }]), /Tên trang tính/);
});
