import type { ContentError } from "../../load/content-error.ts";
import { errorAt, type Check, type Checked } from "./context.ts";

/**
 * Every item's id equals its file name, and no id (nor target id, nor period id) is declared twice.
 * @example checkIds(ctx) → [{ file: "content/nhiem-vu/nv-1-1.md", field: "Mã nhiệm vụ", message: "Mã \"nv-1-9\" khác tên tệp \"nv-1-1\"", … }]
 */
export const checkIds: Check = (ctx) => {
  const errors: ContentError[] = [];
  const groups: [string, Checked<{ id: string }>[]][] = [
    ["Mã lĩnh vực", ctx.areas],
    ["Mã mục tiêu", ctx.objectives],
    ["Mã nhiệm vụ", ctx.tasks],
    ["Mã đơn vị", ctx.units],
    ["Mã tin", ctx.updates],
  ];
  if (ctx.plan) groups.push(["Mã kế hoạch", [ctx.plan]]);
  for (const [field, items] of groups) {
    const firstFile = new Map<string, string>();
    for (const { file, data } of items) {
      // A value its schema refused is undefined here (validate-content.ts); its own error speaks for it.
      if (typeof data.id !== "string") continue;
      if (data.id !== file.stem) {
        errors.push(errorAt(file, ["id"], field, `Mã "${data.id}" khác tên tệp "${file.stem}"`, `đổi mã thành "${file.stem}", hoặc đổi tên tệp thành ${data.id}${file.path.slice(file.path.lastIndexOf("."))}`));
      }
      const other = firstFile.get(data.id);
      if (other) errors.push(errorAt(file, ["id"], field, `Mã "${data.id}" đã được dùng ở ${other}`, "mỗi mục cần một mã riêng; đặt mã khác"));
      else firstFile.set(data.id, file.path);
    }
  }
  const targetFile = new Map<string, string>();
  for (const { file, data } of ctx.objectives) {
    (data.targets ?? []).forEach((t, i) => {
      if (typeof t?.id !== "string" || typeof data.id !== "string") return;
      const other = targetFile.get(t.id);
      if (other) errors.push(errorAt(file, ["targets", i, "id"], "Mã chỉ tiêu", `Mã chỉ tiêu "${t.id}" đã được dùng ở ${other}`, "đặt mã chỉ tiêu khác"));
      else targetFile.set(t.id, file.path);
      const prefix = targetIdPrefix(data.id);
      if (!t.id.startsWith(prefix)) errors.push(errorAt(file, ["targets", i, "id"], "Mã chỉ tiêu", `Mã chỉ tiêu "${t.id}" không thuộc mục tiêu ${data.id}`, `đặt mã bắt đầu bằng ${prefix}`));
    });
  }
  if (ctx.periods) {
    const seen = new Set<string>();
    ctx.periods.data.forEach((p, i) => {
      if (seen.has(p.id)) errors.push(errorAt(ctx.periods!.file, [i, "id"], "Mã kỳ", `Kỳ "${p.id}" được khai báo hai lần`, "xóa kỳ trùng"));
      seen.add(p.id);
    });
  }
  for (const { file, data } of ctx.reports) {
    if (typeof data.period === "string" && data.period !== file.stem) {
      errors.push(errorAt(file, ["period"], "Kỳ báo cáo", `Kỳ "${data.period}" khác tên tệp "${file.stem}"`, `mỗi kỳ một tệp: sửa thành "${file.stem}" hoặc đổi tên tệp thành ${data.period}.json`));
    }
  }
  return errors;
};

/**
 * How the ids of an objective's targets begin: its own id with "ct" for "mt" (the plan numbers a
 * target within its objective), the one place this rule is written.
 * @example targetIdPrefix("mt-2-3") → "ct-2-3-"
 */
export function targetIdPrefix(objectiveId: string): string {
  return `ct-${objectiveId.replace(/^mt-/, "")}-`;
}
