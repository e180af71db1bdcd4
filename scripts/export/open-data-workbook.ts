import type { SiteData } from "../derive/types.ts";
import type { PackageResource, PackageTables, Row } from "./build-data-package.ts";
import { writeXlsx, type XlsxCell, type XlsxSheet } from "./xlsx.ts";
import { ui } from "../../lib/ui.ts";

/** Where the workbook is published, under /du-lieu/ (and /du-lieu/tat-ca/ for every plan's tables together). */
export const OPEN_DATA_WORKBOOK = "du-lieu.xlsx";

/** What the "Giải thích" sheet says of the data before the dictionary. */
export interface WorkbookAbout {
  /** Who publishes the data, on which site: "UBND phường Hàng Gòn, Kế hoạch …". */
  source: string;
  /** The page or folder the data comes from. */
  url: string;
  licence: { name: string; url: string };
  /** Whether any figure is illustrative, and which plans' years when there are several: shown beside the explanation. */
  illustrative: { any: boolean; years?: readonly string[] };
}

/**
 * The open data as one workbook beside the CSVs (which stay canonical): a sheet per resource with
 * the schemas' Vietnamese field titles as headers, numbers as numbers, dates as dates, and a "Giải
 * thích" sheet that is the data dictionary. For Excel on a Vietnamese Windows, whose list separator
 * ";" opens a comma CSV in one column.
 * @example openDataWorkbook(pkg, data) → Uint8Array [0x50, 0x4b, …]
 */
export function openDataWorkbook(pkg: PackageTables, data: SiteData): Uint8Array {
  return tablesWorkbook(pkg.descriptor.resources, pkg.rows, {
    source: `${data.plan.issuer}, ${data.settings.title}`,
    url: `${data.settings.url}/du-lieu/`,
    licence: data.settings.licence,
    illustrative: { any: data.illustrative },
  });
}

/**
 * A workbook of tables described as Data Package resources (a plan's, or every plan's together in
 * scripts/export/combine-plans.ts): a sheet per resource, every column kept (the illustrative flag
 * too), and the "Giải thích" sheet last.
 * @example tablesWorkbook(resources, { tasks: [{ id: "nv-1-1", … }] }, about) → Uint8Array [0x50, 0x4b, …]
 */
export function tablesWorkbook(resources: readonly PackageResource[], rows: Record<string, Row[]>, about: WorkbookAbout): Uint8Array {
  const used = new Set<string>();
  const sheetName = (title: string) => {
    let name = title.replace(/[\\/?*[\]:]/g, " ").slice(0, 31).trim();
    for (let i = 2; used.has(name); i++) name = `${title.slice(0, 27).trim()} (${i})`;
    used.add(name);
    return name;
  };
  const sheets: XlsxSheet[] = resources.map((r) => ({
    name: sheetName(r.title),
    header: r.schema.fields.map((f) => f.title),
    widths: r.schema.fields.map((f) => (f.type === "string" ? 30 : 14)),
    rows: (rows[r.name] ?? []).map((row) =>
      r.schema.fields.map((f): XlsxCell => {
        const v = row[f.name];
        if (v === null || v === undefined || v === "") return null;
        if (f.type === "date" && typeof v === "string") return { date: v };
        return v;
      }),
    ),
  }));
  const { any, years } = about.illustrative;
  const explain: XlsxCell[][] = [
    ["", "", "Nguồn", about.source, about.url],
    ["", "", "Giấy phép", about.licence.name, about.licence.url],
    ["", "", "Số liệu minh họa", any ? `${years?.length ? `Năm ${years.join(", ")}: ` : ""}${ui.illustrativeExplain}` : "Không có", ""],
    ["", "", "Tệp gốc", "Các tệp CSV (UTF-8) và JSON cùng tên cột máy đọc ở cột “Tên cột”; bảng tính này chỉ để tiện mở bằng Excel.", ""],
    ...resources.flatMap((r, i) => r.schema.fields.map((f): XlsxCell[] => [sheets[i]!.name, f.name, f.title, f.description, (ui.fieldTypes as Record<string, string>)[f.type] ?? f.type])),
  ];
  sheets.push({ name: "Giải thích", header: ["Trang tính", "Tên cột", "Tiêu đề", "Ý nghĩa", "Kiểu"], rows: explain, widths: [28, 16, 30, 80, 20] });
  return writeXlsx(sheets);
}
