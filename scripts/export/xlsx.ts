import { strToU8, zipSync, type Zippable } from "fflate";

/**
 * A minimal Office Open XML (ECMA-376) workbook writer: enough for tables of text, numbers, dates
 * and booleans, with a bold frozen header row. Written here on fflate (MIT, a small zip library)
 * rather than with the npm `xlsx` package, whose 0.18 release on npm has unfixed advisories
 * (prototype pollution, ReDoS) and whose fixed versions are published outside npm. Deterministic:
 * fixed zip timestamps and order, so the same rows give the same bytes.
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

/** Zip entries' modification time: fixed, so the same workbook is byte-identical (1980-01-01 is the zip epoch). */
const MTIME = new Date(Date.UTC(1980, 0, 1, 0, 0, 0));
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
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return Math.round((Date.UTC(y, m - 1, d) - EPOCH_1899_12_30) / DAY_MS);
}

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

  const entry = (text: string): [Uint8Array, { mtime: Date }] => [strToU8(text), { mtime: MTIME }];
  const files: Zippable = {
    "[Content_Types].xml": entry(contentTypes),
    "_rels/.rels": entry(rootRels),
    "xl/workbook.xml": entry(workbook),
    "xl/_rels/workbook.xml.rels": entry(workbookRels),
    "xl/styles.xml": entry(styles),
  };
  sheets.forEach((s, i) => (files[`xl/worksheets/sheet${i + 1}.xml`] = entry(sheetXml(s))));
  return zipSync(files, { level: 6, mtime: MTIME });
}
