import { strFromU8, unzipSync } from "fflate";

/** A cell read back from a workbook: its kind as stored, and its value. */
export type ReadCell = { kind: "text"; value: string } | { kind: "number"; value: number } | { kind: "date"; value: number; format: string } | { kind: "boolean"; value: boolean };

const unescape = (s: string) => s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&amp;/g, "&");

/**
 * Reads an .xlsx back the way a spreadsheet does, from the parts ECMA-376 defines: sheet names from
 * xl/workbook.xml, cells from each worksheet, and which style (number format) marks a number as a
 * date from xl/styles.xml. Independent of scripts/export/xlsx.ts, which it checks.
 */
export function readXlsx(bytes: Uint8Array): { name: string; rows: (ReadCell | null)[][] }[] {
  const zip = unzipSync(bytes);
  const part = (name: string) => {
    const file = zip[name];
    if (!file) throw new Error(`${name} missing from the workbook`);
    return strFromU8(file);
  };
  for (const name of ["[Content_Types].xml", "_rels/.rels", "xl/_rels/workbook.xml.rels"]) part(name);
  const styles = part("xl/styles.xml");
  const formats = new Map([...styles.matchAll(/<numFmt numFmtId="(\d+)" formatCode="([^"]*)"/g)].map((m) => [Number(m[1]), unescape(m[2]!)]));
  const xfs = [...(/<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? "").matchAll(/<xf [^>]*numFmtId="(\d+)"/g)].map((m) => Number(m[1]));
  const rels = new Map([...part("xl/_rels/workbook.xml.rels").matchAll(/Id="(rId\d+)"[^>]*Target="([^"]+)"/g)].map((m) => [m[1]!, m[2]!]));
  return [...part("xl/workbook.xml").matchAll(/<sheet name="([^"]*)" sheetId="\d+" r:id="(rId\d+)"\/>/g)].map((m) => {
    const xml = part(`xl/${rels.get(m[2]!)}`);
    const rows: (ReadCell | null)[][] = [];
    for (const row of xml.matchAll(/<row r="(\d+)">([\s\S]*?)<\/row>/g)) {
      const cells: (ReadCell | null)[] = [];
      for (const c of row[2]!.matchAll(/<c r="([A-Z]+)\d+"((?: [a-z]+="[^"]*")*)>([\s\S]*?)<\/c>/g)) {
        const col = [...c[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
        const attrs = Object.fromEntries([...c[2]!.matchAll(/ ([a-z]+)="([^"]*)"/g)].map((a) => [a[1]!, a[2]!]));
        const v = /<v>([^<]*)<\/v>/.exec(c[3]!)?.[1];
        const fmtId = xfs[Number(attrs.s ?? 0)] ?? 0;
        let cell: ReadCell;
        if (attrs.t === "inlineStr") cell = { kind: "text", value: unescape(/<t[^>]*>([\s\S]*?)<\/t>/.exec(c[3]!)?.[1] ?? "") };
        else if (attrs.t === "b") cell = { kind: "boolean", value: v === "1" };
        else if (attrs.t === undefined && formats.has(fmtId)) cell = { kind: "date", value: Number(v), format: formats.get(fmtId)! };
        else if (attrs.t === undefined) cell = { kind: "number", value: Number(v) };
        else throw new Error(`unexpected cell type ${attrs.t}`);
        while (cells.length < col) cells.push(null);
        cells[col] = cell;
      }
      rows[Number(row[1]) - 1] = cells;
    }
    return { name: unescape(m[1]!), rows };
  });
}
