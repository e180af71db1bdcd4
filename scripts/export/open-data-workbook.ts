import type { SiteData } from "../derive/types.ts";
import type { DataPackage } from "./build-data-package.ts";
import { writeXlsx, type XlsxCell, type XlsxSheet } from "./xlsx.ts";
import { ui } from "../../lib/ui.ts";

/** Where the workbook is published, under /du-lieu/. */
export const OPEN_DATA_WORKBOOK = "du-lieu.xlsx";

/**
 * The open data as one workbook beside the CSVs (which stay canonical): a sheet per resource with
 * the schemas' Vietnamese field titles as headers, numbers as numbers, dates as dates, and a "Giải
 * thích" sheet that is the data dictionary. For Excel on a Vietnamese Windows, whose list separator
 * ";" opens a comma CSV in one column.
 * @example openDataWorkbook(pkg, data) → Uint8Array [0x50, 0x4b, …]
 */
export function openDataWorkbook(pkg: DataPackage, data: SiteData): Uint8Array {
  const used = new Set<string>();
  const sheetName = (title: string) => {
    let name = title.replace(/[\\/?*[\]:]/g, " ").slice(0, 31).trim();
    for (let i = 2; used.has(name); i++) name = `${title.slice(0, 27).trim()} (${i})`;
    used.add(name);
    return name;
  };
  const sheets: XlsxSheet[] = pkg.descriptor.resources.map((r) => ({
    name: sheetName(r.title),
    header: r.schema.fields.map((f) => f.title),
    widths: r.schema.fields.map((f) => (f.type === "string" ? 30 : 14)),
    rows: pkg.rows[r.name]!.map((row) =>
      r.schema.fields.map((f): XlsxCell => {
        const v = row[f.name];
        if (v === null || v === undefined || v === "") return null;
        if (f.type === "date" && typeof v === "string") return { date: v };
        return v;
      }),
    ),
  }));
  const explain: XlsxCell[][] = [
    ["", "", "Nguồn", `${data.plan.issuer}, ${data.settings.title}`, `${data.settings.url}/du-lieu/`],
    ["", "", "Giấy phép", `${data.settings.licence.name}`, data.settings.licence.url],
    ["", "", "Số liệu minh họa", data.illustrative ? ui.illustrativeExplain : "Không có", ""],
    ["", "", "Tệp gốc", "Các tệp CSV (UTF-8) và JSON cùng tên cột máy đọc ở cột “Tên cột”; bảng tính này chỉ để tiện mở bằng Excel.", ""],
    ...pkg.descriptor.resources.flatMap((r) => r.schema.fields.map((f): XlsxCell[] => [sheets[pkg.descriptor.resources.indexOf(r)]!.name, f.name, f.title, f.description, (ui.fieldTypes as Record<string, string>)[f.type] ?? f.type])),
  ];
  sheets.push({ name: "Giải thích", header: ["Trang tính", "Tên cột", "Tiêu đề", "Ý nghĩa", "Kiểu"], rows: explain, widths: [28, 16, 30, 80, 20] });
  return writeXlsx(sheets);
}
