import type { ContentError } from "../../load/content-error.ts";
import type { DataPath, SourceFile } from "../../load/source-file.ts";
import { closestWord } from "../../lib/closest-word.ts";
import { errorAt, type Check, type CrossContext } from "./context.ts";

type Kind = keyof CrossContext["known"];

const WHERE: Record<Kind, string> = {
  area: "content/linh-vuc/",
  objective: "content/muc-tieu/",
  target: "các tệp content/muc-tieu/ (trường targets)",
  task: "content/nhiem-vu/",
  unit: "content/don-vi/",
  period: "data/ky-bao-cao.json",
};

/**
 * Every reference to an area, objective, target, task, unit or period names one that exists; ids that
 * encode their area (nv-2-…, mt-2-…) sit in the area with that number; a task's lead is not also
 * among its coordinating units.
 * @example checkReferences(ctx) → [{ field: "Đơn vị chủ trì", message: "Không có đơn vị \"phong-x\"", … }]
 */
export const checkReferences: Check = (ctx) => {
  const errors: ContentError[] = [];
  // Values a file's schema refused are undefined here (validate-content.ts) and skipped: their own error speaks for them.
  const ref = (file: SourceFile, path: DataPath, field: string, kind: Kind, id: string | undefined) => {
    if (typeof id !== "string" || ctx.known[kind].has(id) || ctx.unknowable?.(kind, id)) return;
    const known = [...ctx.known[kind]].sort();
    const guess = kind === "period" ? undefined : closestWord(id, known);
    // A short list is spelled out, so staff need not open the folder to find the right id.
    const choices = known.length > 0 && known.length <= 10 ? `: ${known.join(", ")}` : "";
    const fix = guess
      ? `có phải ý bạn là "${guess}"?`
      : kind === "period"
        ? `khai báo kỳ "${id}" trong data/ky-bao-cao.json, hoặc dùng một kỳ đã khai báo${choices}`
        : `dùng một mã có trong ${WHERE[kind]}${choices}`;
    errors.push(errorAt(file, path, field, `Không tìm thấy "${id}" trong ${WHERE[kind]}`, fix));
  };
  const areaNumber = new Map(ctx.areas.map((a) => [a.data.id, a.data.number]));
  const sameArea = (file: SourceFile, id: string | undefined, area: string | undefined, field: string) => {
    if (typeof id !== "string" || typeof area !== "string") return;
    const n = areaNumber.get(area);
    const declared = Number(id.split("-")[1]);
    if (n !== undefined && n !== declared) {
      errors.push(errorAt(file, ["area"], field, `Mã "${id}" thuộc lĩnh vực số ${declared} nhưng trường area là "${area}" (lĩnh vực số ${n})`, "sửa trường area cho khớp với số trong mã"));
    }
  };
  for (const { file, data } of ctx.objectives) {
    ref(file, ["area"], "Lĩnh vực", "area", data.area);
    sameArea(file, data.id, data.area, "Lĩnh vực");
  }
  for (const { file, data } of ctx.tasks) {
    ref(file, ["area"], "Lĩnh vực", "area", data.area);
    sameArea(file, data.id, data.area, "Lĩnh vực");
    ref(file, ["lead"], "Đơn vị chủ trì", "unit", data.lead);
    (data.support ?? []).forEach((u, i) => {
      ref(file, ["support", i], "Đơn vị phối hợp", "unit", u);
      if (u !== undefined && u === data.lead) errors.push(errorAt(file, ["support", i], "Đơn vị phối hợp", `"${u}" đã là đơn vị chủ trì`, "xóa đơn vị này khỏi danh sách phối hợp"));
    });
    (data.objectives ?? []).forEach((o, i) => ref(file, ["objectives", i], "Mục tiêu liên quan", "objective", o));
  }
  for (const { file, data } of ctx.updates) {
    if (data.period) ref(file, ["period"], "Kỳ báo cáo liên quan", "period", data.period);
    (data.tasks ?? []).forEach((t, i) => ref(file, ["tasks", i], "Nhiệm vụ liên quan", "task", t));
  }
  for (const { file, data } of ctx.reports) {
    ref(file, ["period"], "Kỳ báo cáo", "period", data.period);
    (data.tasks ?? []).forEach((row, i) => ref(file, ["tasks", i, "task"], "Nhiệm vụ", "task", row?.task));
    (data.targets ?? []).forEach((row, i) => ref(file, ["targets", i, "target"], "Chỉ tiêu", "target", row?.target));
  }
  return errors;
};
