import * as zlib from "node:zlib";

/**
 * A minimal Office Open XML (ECMA-376) workbook writer: enough for tables of text, numbers, dates
 * and booleans, with a bold frozen header row. Written here rather than with the npm `xlsx`
 * package, whose 0.18 release on npm has unfixed advisories (prototype pollution, ReDoS) and whose
 * fixed versions are published outside npm. The zip container is written here too (zipEntries),
 * compressed by node:zlib: a province-scale build writes one workbook per page (16,000 at 10,000
 * tasks), and fflate's deflate in JavaScript was most of their cost. Deterministic: fixed zip
 * timestamps and order, so the same rows give the same bytes (with the same zlib).
 */

/** A cell: text, a number (written as a number), a date as "YYYY-MM-DD" (written as a date), a boolean, or empty. */
export type XlsxCell = string | number | boolean | null | undefined | { date: string };

export interface XlsxSheet {
  /** Shown on the tab; at most 31 characters, none of \ / ? * [ ] : */
  name: string;
  header: string[];
  rows: XlsxCell[][];
  /** Column widths in characters; a default fits the header. */
  widths?: number[];
}

const DAY_MS = 86_400_000;
/** Excel's day 0 for the 1900 date system as used in practice (with its 1900 leap-year quirk, serial 60). */
const EPOCH_1899_12_30 = Date.UTC(1899, 11, 30);

const escapeXml = (s: string) =>
  s
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    // XML 1.0 forbids most control characters; drop them rather than write a file Excel refuses.
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "");

/**
 * The Excel serial number of a calendar date.
 * @example excelDate("2026-04-05") → 46117
 */
export function excelDate(iso: string): number {
  let serial = serials.get(iso);
  if (serial === undefined) {
    const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
    serial = Math.round((Date.UTC(y, m - 1, d) - EPOCH_1899_12_30) / DAY_MS);
    if (serials.size >= 10_000) serials.clear();
    serials.set(iso, serial);
  }
  return serial;
}

/** A plan's dates are few (report dates, deadlines) and written in every row: each is converted once. */
const serials = new Map<string, number>();

/**
 * A1-style column letters of a 0-based column index.
 * @example columnName(0) → "A"; columnName(27) → "AB"
 */
export function columnName(index: number): string {
  let n = index + 1;
  let out = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** Style indexes in styles.xml: 0 plain, 1 bold header, 2 date dd/mm/yyyy, 3 wrapped text. */
const STYLE = { header: 1, date: 2, text: 3 } as const;

function cellXml(ref: string, value: XlsxCell, header = false): string {
  if (value === null || value === undefined || value === "") return "";
  if (typeof value === "number") return Number.isFinite(value) ? `<c r="${ref}"><v>${value}</v></c>` : "";
  if (typeof value === "boolean") return `<c r="${ref}" t="b"><v>${value ? 1 : 0}</v></c>`;
  if (typeof value === "object") return `<c r="${ref}" s="${STYLE.date}"><v>${excelDate(value.date)}</v></c>`;
  // Inline strings: text is never a formula, whatever it starts with.
  return `<c r="${ref}" t="inlineStr" s="${header ? STYLE.header : STYLE.text}"><is><t xml:space="preserve">${escapeXml(value)}</t></is></c>`;
}

function sheetXml(sheet: XlsxSheet): string {
  const widths = sheet.header.map((h, i) => sheet.widths?.[i] ?? Math.min(60, Math.max(10, h.length + 2)));
  const cols = widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join("");
  const rows = [sheet.header as XlsxCell[], ...sheet.rows]
    .map((row, r) => `<row r="${r + 1}">${row.map((v, c) => cellXml(`${columnName(c)}${r + 1}`, v, r === 0)).join("")}</row>`)
    .join("");
  const last = `${columnName(Math.max(0, sheet.header.length - 1))}${sheet.rows.length + 1}`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
    `<dimension ref="A1:${last}"/>` +
    `<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>` +
    `<cols>${cols}</cols><sheetData>${rows}</sheetData></worksheet>`
  );
}

/**
 * The bytes of an .xlsx workbook with the given sheets, in order.
 * @example writeXlsx([{ name: "Tiến độ", header: ["Kỳ", "Tiến độ (%)"], rows: [["Quý I", 40]] }]) → Uint8Array [0x50, 0x4b, …]
 */
export function writeXlsx(sheets: XlsxSheet[]): Uint8Array {
  const names = new Set<string>();
  for (const s of sheets) {
    if (!s.name || s.name.length > 31 || /[\\/?*[\]:]/.test(s.name) || names.has(s.name)) throw new Error(`Tên trang tính không hợp lệ hoặc trùng: "${s.name}"`);
    names.add(s.name);
  }
  const workbook =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
    `<sheets>${sheets.map((s, i) => `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("")}</sheets></workbook>`;
  const workbookRels =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join("") +
    `<Relationship Id="rId${sheets.length + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>` +
    `</Relationships>`;
  const styles =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
    `<numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts>` +
    `<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>` +
    `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
    `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
    `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
    `<cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>` +
    `<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>` +
    `<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>` +
    `<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf></cellXfs>` +
    `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;
  const contentTypes =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
    `<Default Extension="xml" ContentType="application/xml"/>` +
    `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
    `<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>` +
    sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join("") +
    `</Types>`;
  const rootRels =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`;

  return zipEntries([
    ["[Content_Types].xml", contentTypes],
    ["_rels/.rels", rootRels],
    ["xl/workbook.xml", workbook],
    ["xl/_rels/workbook.xml.rels", workbookRels],
    ["xl/styles.xml", styles],
    ...sheets.map((s, i): [string, string] => [`xl/worksheets/sheet${i + 1}.xml`, sheetXml(s)]),
  ]);
}

/** CRC-32 as zip uses it (ISO 3309), table-driven: for Node.js before 20.15, which has no zlib.crc32. */
const CRC_TABLE = Int32Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c;
});

/**
 * @example crc32Table(new TextEncoder().encode("123456789")) → 0xcbf43926
 */
export function crc32Table(bytes: Uint8Array): number {
  let c = -1;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}

/** zlib's own CRC-32 (native, a fifth of the table's cost on a large sheet) where Node.js has it. */
const crc32: (bytes: Uint8Array) => number = typeof (zlib as { crc32?: unknown }).crc32 === "function" ? (bytes) => zlib.crc32(bytes) : crc32Table;

/** An entry compressed: its name, CRC, sizes and deflated bytes. */
interface Packed {
  name: Buffer;
  crc: number;
  size: number;
  data: Buffer;
}

/**
 * The parts every workbook of the same shape shares (content types, relationships, styles) are
 * compressed once per process: most per-page workbooks are a few rows, and these parts were half
 * of what each one compressed. Bounded, as the memos of page-figures.ts are.
 */
const packedParts = new Map<string, Packed>();

function pack(name: string, text: string): Packed {
  const bytes = Buffer.from(text, "utf8");
  return { name: Buffer.from(name, "utf8"), crc: crc32(bytes), size: bytes.length, data: zlib.deflateRawSync(bytes, { level: 6 }) };
}

function packShared(name: string, text: string): Packed {
  const key = `${name}\0${text}`;
  let hit = packedParts.get(key);
  if (!hit) {
    if (packedParts.size >= 64) packedParts.clear();
    packedParts.set(key, (hit = pack(name, text)));
  }
  return hit;
}

/** Modification time and date of every entry, in MS-DOS form: 1980-01-01 00:00, the zip epoch, so the same workbook is byte-identical. */
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

/**
 * A zip file (PKWARE APPNOTE 6.3, the subset ECMA-376 packages use) of text entries, in order,
 * each deflated; the worksheets (the last entries whose name starts with xl/worksheets/) are
 * compressed for each call, the other parts once per process.
 * @example zipEntries([["a.txt", "hi"]]) → Uint8Array [0x50, 0x4b, 0x03, 0x04, …]
 */
export function zipEntries(entries: readonly (readonly [string, string])[]): Uint8Array {
  const packed = entries.map(([name, text]) => (name.startsWith("xl/worksheets/") ? pack(name, text) : packShared(name, text)));
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of packed) {
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0); // local file header signature
    local.writeUInt16LE(20, 4); // version needed to extract: 2.0 (deflate)
    local.writeUInt16LE(0, 6); // flags: none (names are ASCII)
    local.writeUInt16LE(8, 8); // method: deflate
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(e.crc, 14);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(e.size, 22);
    local.writeUInt16LE(e.name.length, 26);
    local.writeUInt16LE(0, 28); // extra field length
    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0); // central directory header signature
    header.writeUInt16LE(20, 4); // version made by: 2.0, MS-DOS
    header.writeUInt16LE(20, 6);
    header.writeUInt16LE(0, 8);
    header.writeUInt16LE(8, 10);
    header.writeUInt16LE(DOS_TIME, 12);
    header.writeUInt16LE(DOS_DATE, 14);
    header.writeUInt32LE(e.crc, 16);
    header.writeUInt32LE(e.data.length, 20);
    header.writeUInt32LE(e.size, 24);
    header.writeUInt16LE(e.name.length, 28);
    // extra, comment, disk number, internal and external attributes: 0 (bytes 30–41)
    header.writeUInt32LE(offset, 42);
    parts.push(local, e.name, e.data);
    central.push(header, e.name);
    offset += 30 + e.name.length + e.data.length;
  }
  const centralSize = central.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0); // end of central directory signature
  end.writeUInt16LE(packed.length, 8); // entries on this disk
  end.writeUInt16LE(packed.length, 10); // entries in all
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  const out = Buffer.concat([...parts, ...central, end]);
  return new Uint8Array(out.buffer, out.byteOffset, out.length);
}
