import type { ContentError } from "../../load/content-error.ts";
import { ui } from "../../../lib/ui.ts";
import type { Report } from "../../types/content.generated.ts";
import { titleOf } from "../schema-at-path.ts";
import { errorAt, type Check } from "./context.ts";

/** A status as staff read it inside a sentence: its label on the site, in lower case ("hoàn thành"). */
export const statusLabel = (status: Report["tasks"][number]["status"]) => ui.status[status].toLowerCase();

/**
 * A published report covers every task and every target with a figure of its own exactly once, fills every percent, and its
 * status agrees with its percent (hoàn thành ⇔ 100, chưa triển khai ⇒ 0). A draft report may be
 * half-filled, but it can never be published: in publish mode it is an error, otherwise a warning.
 * @example checkReports(ctx) → [{ field: "Trạng thái", message: "Trạng thái \"hoàn thành\" nhưng tiến độ là 80%", … }]
 */
export function checkReports(publish: boolean): Check {
  return (ctx) => {
    const errors: ContentError[] = [];
    // A task whose id differs from its file name is already reported by checkIds; its row is not demanded twice.
    const allTasks = ctx.tasks.filter((t) => t.data.id === t.file.stem).map((t) => t.data.id);
    // A target repeated from another objective (sameAs) takes that one's figure, and a target without a
    // figure in the plan ("theo chỉ tiêu tỉnh giao") has nothing to be measured against: neither row is demanded.
    const allTargets = ctx.objectives.flatMap((o) => o.data.targets.filter((t) => !t.sameAs && t.value !== null).map((t) => t.id));
    for (const { file, data } of ctx.reports) {
      if (data.draft) {
        errors.push(errorAt(file, ["draft"], titleOf("report", ["draft"]), "Báo cáo đang là bản nháp nên chưa được công bố", "điền đủ tiến độ và số liệu, rồi đổi \"draft\": true thành \"draft\": false", publish ? undefined : "warning"));
      }
      const seenTasks = new Map<string, number>();
      data.tasks.forEach((row, i) => {
        const first = seenTasks.get(row.task);
        if (first !== undefined) errors.push(errorAt(file, ["tasks", i, "task"], titleOf("report", ["tasks", "*", "task"]), `Nhiệm vụ "${row.task}" đã được ghi ở dòng ${file.locate(["tasks", first, "task"]).line}`, "mỗi nhiệm vụ chỉ ghi một lần trong một báo cáo; xóa một trong hai mục, hoặc sửa mã nếu gõ nhầm"));
        else seenTasks.set(row.task, i);
        if (row.percent === null) {
          if (!data.draft) errors.push(errorAt(file, ["tasks", i, "percent"], titleOf("report", ["tasks", "*", "percent"]), "Chưa điền tiến độ", "nhập phần trăm từ 0 đến 100"));
          return;
        }
        if (row.status === "hoan-thanh" && row.percent !== 100) {
          errors.push(errorAt(file, ["tasks", i, "percent"], titleOf("report", ["tasks", "*", "percent"]), `Trạng thái "${statusLabel(row.status)}" nhưng tiến độ là ${row.percent}%`, "nhiệm vụ hoàn thành thì tiến độ là 100; nếu chưa xong, đổi trạng thái thành dang-thuc-hien"));
        } else if (row.percent === 100 && row.status !== "hoan-thanh") {
          errors.push(errorAt(file, ["tasks", i, "status"], titleOf("report", ["tasks", "*", "status"]), `Tiến độ 100% nhưng trạng thái là "${statusLabel(row.status)}"`, "đổi trạng thái thành hoan-thanh, hoặc sửa tiến độ"));
        } else if (row.status === "chua-trien-khai" && row.percent !== 0) {
          errors.push(errorAt(file, ["tasks", i, "percent"], titleOf("report", ["tasks", "*", "percent"]), `Trạng thái "${statusLabel(row.status)}" nhưng tiến độ là ${row.percent}%`, "nhiệm vụ chưa triển khai thì tiến độ là 0; nếu đã bắt đầu, đổi trạng thái thành dang-thuc-hien"));
        }
      });
      const seenTargets = new Map<string, number>();
      data.targets.forEach((row, i) => {
        const first = seenTargets.get(row.target);
        if (first !== undefined) errors.push(errorAt(file, ["targets", i, "target"], titleOf("report", ["targets", "*", "target"]), `Chỉ tiêu "${row.target}" đã được ghi ở dòng ${file.locate(["targets", first, "target"]).line}`, "mỗi chỉ tiêu chỉ ghi một lần; xóa một trong hai mục, hoặc sửa mã nếu gõ nhầm"));
        else seenTargets.set(row.target, i);
      });
      if (data.draft) continue;
      const missingTasks = allTasks.filter((id) => !seenTasks.has(id));
      if (missingTasks.length > 0) {
        errors.push(errorAt(file, ["tasks"], titleOf("report", ["tasks"]), `Thiếu ${missingTasks.length} nhiệm vụ: ${missingTasks.join(", ")}`, "thêm cho mỗi nhiệm vụ còn thiếu một mục { \"task\": \"<mã>\", \"status\": \"…\", \"percent\": … } vào danh sách tasks"));
      }
      const missingTargets = allTargets.filter((id) => !seenTargets.has(id));
      if (missingTargets.length > 0) {
        errors.push(errorAt(file, ["targets"], titleOf("report", ["targets"]), `Thiếu ${missingTargets.length} chỉ tiêu: ${missingTargets.join(", ")}`, "thêm một dòng cho mỗi chỉ tiêu; chưa có số liệu thì ghi \"value\": null"));
      }
    }
    return errors;
  };
}
