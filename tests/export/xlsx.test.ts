import assert from "node:assert/strict";
import { test } from "node:test";
import * as zlib from "node:zlib";
import { strFromU8, unzipSync } from "fflate";
import { columnName, crc32Table, excelDate, writeXlsx, zipEntries } from "../../scripts/export/xlsx.ts";
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

test("CRC-32 gives the standard check value, table and zlib alike", () => {
  // The check value of CRC-32/ISO-HDLC for the ASCII digits 1 to 9.
  const digits = new TextEncoder().encode("123456789");
  assert.equal(crc32Table(digits), 0xcbf43926);
  assert.equal(crc32Table(new Uint8Array(0)), 0);
  assert.equal(zlib.crc32(digits), 0xcbf43926);
});

test("the zip container: entries in order, deflated, dated 1980-01-01, with their CRCs and sizes, and a central directory", () => {
  const zip = Buffer.from(zipEntries([["a.txt", "xin chào"], ["xl/worksheets/sheet1.xml", "<x/>".repeat(100)]]));
  // First local header: signature PK\3\4, version 20, flags 0, method 8 (deflate), time 0, date 0x0021 (1980-01-01).
  assert.equal(zip.readUInt32LE(0), 0x04034b50);
  assert.deepEqual([zip.readUInt16LE(4), zip.readUInt16LE(6), zip.readUInt16LE(8), zip.readUInt16LE(10), zip.readUInt16LE(12)], [20, 0, 8, 0, 0x21]);
  const text = Buffer.from("xin chào", "utf8");
  assert.equal(zip.readUInt32LE(14), crc32Table(text));
  assert.equal(zip.readUInt32LE(22), 9, "uncompressed size: 'xin chào' is 9 bytes in UTF-8");
  assert.equal(zip.subarray(30, 35).toString("latin1"), "a.txt");
  const compressed = zip.readUInt32LE(18);
  assert.deepEqual(zlib.inflateRawSync(zip.subarray(35, 35 + compressed)), text);
  // End of central directory: the last 22 bytes, two entries, the directory right after the data.
  const end = zip.subarray(zip.length - 22);
  assert.equal(end.readUInt32LE(0), 0x06054b50);
  assert.deepEqual([end.readUInt16LE(8), end.readUInt16LE(10)], [2, 2]);
  const dirAt = end.readUInt32LE(16);
  assert.equal(zip.readUInt32LE(dirAt), 0x02014b50);
  assert.equal(dirAt + end.readUInt32LE(12), zip.length - 22);
  // Read back by an independent unzipper, every entry's CRC matching its bytes.
  const files = unzipSync(zip);
  assert.deepEqual(Object.keys(files), ["a.txt", "xl/worksheets/sheet1.xml"]);
  assert.equal(strFromU8(files["xl/worksheets/sheet1.xml"]!), "<x/>".repeat(100));
  let at = dirAt;
  for (const name of Object.keys(files)) {
    assert.equal(zip.toString("latin1", at + 46, at + 46 + zip.readUInt16LE(at + 28)), name);
    assert.equal(zip.readUInt32LE(at + 16), crc32Table(files[name]!), name);
    at += 46 + zip.readUInt16LE(at + 28);
  }
});
