/** A cell as the data package holds it: CSV writes null as an empty field and booleans as true/false. */
export type Cell = string | number | boolean | null;

/** Byte order mark: without it Excel reads UTF-8 CSV as the Windows code page and garbles Vietnamese. */
export const BOM = "\uFEFF";

/**
 * Characters that make Excel, LibreOffice or Google Sheets read a cell as a formula when it starts
 * with one of them (OWASP "CSV injection": =, +, -, @, tab, carriage return).
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Text as a spreadsheet cell must hold it: a text that a spreadsheet would run as a formula
 * (`=HYPERLINK(…)`) gets a leading apostrophe, which spreadsheets show as plain text, per OWASP.
 * Numbers are left alone (a negative number is not a formula); the JSON twins keep the raw text.
 * @example neutraliseFormula("=1+1") → "'=1+1"
 */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * One CSV field per RFC 4180: quoted when it holds a comma, a double quote, CR or LF, with quotes
 * doubled; a text that would start a formula is neutralised first (neutraliseFormula).
 * @example csvField('Đã ban hành "Quy chế", 2026') → '"Đã ban hành ""Quy chế"", 2026"'
 */
export function csvField(value: Cell | undefined): string {
  if (value === null || value === undefined) return "";
  const text = typeof value === "string" ? neutraliseFormula(value) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A whole CSV file: UTF-8 byte order mark, a header row of field names, then one row per object in
 * field order; every line ends in CRLF (RFC 4180), the last one too.
 * @example toCsv(["id", "percent"], [{ id: "nv-1-1", percent: 25 }]) → "\uFEFFid,percent\r\nnv-1-1,25\r\n"
 */
export function toCsv(fields: readonly string[], rows: readonly Record<string, Cell | undefined>[]): string {
  const lines = [fields.map(csvField).join(","), ...rows.map((row) => fields.map((f) => csvField(row[f])).join(","))];
  return `${BOM}${lines.map((line) => `${line}\r\n`).join("")}`;
}

/**
 * Reads RFC 4180 text back into rows of strings (the first row is the header); a leading BOM is skipped.
 * Used by tests and by anyone checking a file, so it accepts exactly what toCsv writes.
 * @example parseCsv('\uFEFFa,b\r\n"x, y",2\r\n') → [["a", "b"], ["x, y", "2"]]
 */
export function parseCsv(text: string): string[][] {
  const src = text.startsWith(BOM) ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') { field += '"'; i++; }
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") { row.push(field); field = ""; }
    else if (ch === "\r" && src[i + 1] === "\n") { row.push(field); rows.push(row); row = []; field = ""; i++; }
    else field += ch;
  }
  if (field !== "" || row.length > 0) { row.push(field); rows.push(row); }
  return rows;
}
