import type { ContentError } from "../../load/content-error.ts";
import { evidenceUrlProblem } from "./check-evidence-urls.ts";
import { titleOf } from "../schema-at-path.ts";
import { errorAt, type Check } from "./context.ts";

/**
 * Hosts reserved for examples (RFC 2606/6761): an illustrative report may only link there, so a made-up
 * document never appears to sit on a real site such as the ward's own government domain.
 */
const RESERVED_HOST = /(^|\.)(example\.(org|com|net)|example|test|invalid|localhost)$/i;

/** Whether a URL points at a host reserved for examples. @example isReservedUrl("https://example.org/a") → true */
export function isReservedUrl(url: string): boolean {
  try {
    return RESERVED_HOST.test(new URL(url).hostname);
  } catch {
    return false;
  }
}

/**
 * What the plan says, what was inferred and what is made up stay apart: a task's coordinating
 * units carry their basis; a target without a figure says why; a target repeated in two objectives
 * is linked to one indicator with the same definition and, in reports, the same figure; a delayed
 * task at 0 % says why; a task due at the year's end and completed in an earlier period says how;
 * an illustrative report links only to reserved example domains; a news item that reports a task done
 * names its lead (a warning).
 * @example checkFidelity(ctx) → [{ field: "Căn cứ phân công phối hợp", message: "Có 1 đơn vị phối hợp nhưng chưa ghi căn cứ", … }]
 */
export const checkFidelity: Check = (ctx) => {
  const errors: ContentError[] = [];
  for (const { file, data } of ctx.tasks) {
    if (data.support.length > 0 && !data.supportBasis) {
      errors.push(errorAt(file, ["support"], titleOf("task", ["supportBasis"]), `Có ${data.support.length} đơn vị phối hợp nhưng chưa ghi căn cứ`, "thêm supportBasis (clause, inferred, note): mục nào của kế hoạch giao việc phối hợp, hoặc inferred: true và lý do suy ra; nếu kế hoạch không cho căn cứ, để support: []"));
    }
    if (data.support.length === 0 && data.supportBasis) {
      errors.push(errorAt(file, ["supportBasis"], titleOf("task", ["supportBasis"]), "Có căn cứ phân công phối hợp nhưng danh sách đơn vị phối hợp trống", "thêm đơn vị phối hợp vào support, hoặc xóa supportBasis"));
    }
  }

  const targets = new Map(ctx.objectives.flatMap(({ data }) => data.targets.map((t) => [t.id, t] as const)));
  for (const { file, data } of ctx.objectives) {
    data.targets.forEach((t, i) => {
      if (t.value === null && !t.valueNote) {
        errors.push(errorAt(file, ["targets", i, "value"], titleOf("objective", ["targets", i, "valueNote"]), `Chỉ tiêu "${t.id}" không có con số nhưng chưa ghi lý do`, "thêm valueNote: kế hoạch nói gì về con số (ví dụ “theo chỉ tiêu tỉnh giao”) và vì sao chưa có"));
      }
      if (!t.sameAs) return;
      const other = targets.get(t.sameAs);
      const at = ["targets", i, "sameAs"];
      if (t.sameAs === t.id) errors.push(errorAt(file, at, titleOf("objective", at), `Chỉ tiêu "${t.id}" không thể trùng với chính nó`, "xóa sameAs"));
      // An unknown id is reported by checkReferences (x-ref in the schema).
      else if (!other) return;
      else if (other.sameAs) errors.push(errorAt(file, at, titleOf("objective", at), `Chỉ tiêu "${t.sameAs}" lại trùng với "${other.sameAs}"`, `trỏ thẳng tới chỉ tiêu gốc "${other.sameAs}"`));
      else {
        const differs = (["measure", "comparator", "value", "unit", "horizon"] as const).filter((k) => t[k] !== other[k]);
        if (differs.length > 0) errors.push(errorAt(file, at, titleOf("objective", at), `Chỉ tiêu "${t.id}" khác "${t.sameAs}" ở: ${differs.join(", ")}`, "hai chỉ tiêu là một thì chép giống hệt nhau; nếu đo hai thứ khác nhau, xóa sameAs"));
      }
    });
  }

  const year = ctx.plan?.data.year ?? 2026;
  const periods = new Map((ctx.periods?.data ?? []).map((p) => [p.id, p]));
  const deadlineOf = new Map(ctx.tasks.map(({ data }) => [data.id, data.deadline]));
  for (const { file, data } of ctx.reports) {
    const period = periods.get(data.period);
    data.tasks.forEach((row, i) => {
      if (row.status === "cham-tien-do" && row.percent === 0 && !row.note?.trim()) {
        errors.push(errorAt(file, ["tasks", i, "status"], titleOf("report", ["tasks", i, "status"]), `Nhiệm vụ "${row.task}" chậm tiến độ ở 0% mà không có ghi chú`, "ghi lý do ở note (vướng mắc gì, chờ gì); nếu chưa bắt đầu và không vướng gì, đổi trạng thái thành chua-trien-khai"));
      }
      const deadline = deadlineOf.get(row.task);
      if (row.status === "hoan-thanh" && row.percent === 100 && period && deadline === `${year}-12-31` && period.end < deadline && !row.note?.trim()) {
        errors.push(errorAt(file, ["tasks", i, "status"], titleOf("report", ["tasks", i, "status"]), `Nhiệm vụ "${row.task}" làm cả năm (hạn ${deadline}) đã hoàn thành ở kỳ ${period.name} mà không có ghi chú`, "ghi ở note việc gì đã xong và vì sao không còn việc cho các kỳ sau; nếu việc còn tiếp tục, đổi trạng thái thành dang-thuc-hien"));
      }
      if (data.illustrative) {
        (row.evidence ?? []).forEach((e, k) => {
          // An address refused for another reason (credentials, an IP…) is reported once, by checkEvidenceUrls.
          if (!isReservedUrl(e.url) && evidenceUrlProblem(e.url) === null) errors.push(errorAt(file, ["tasks", i, "evidence", k, "url"], titleOf("report", ["tasks", i, "evidence", k, "url"]), `Báo cáo minh họa trỏ tới một trang web thật: ${e.url}`, "số liệu minh họa không được gắn với văn bản có thật hay bịa trên tên miền thật: dùng https://example.org/… hoặc bỏ minh chứng"));
        });
      }
    });
    const valueOf = new Map(data.targets.map((row) => [row.target, row.value]));
    data.targets.forEach((row, i) => {
      const linked = targets.get(row.target)?.sameAs;
      if (linked && valueOf.has(linked) && valueOf.get(linked) !== row.value) {
        errors.push(errorAt(file, ["targets", i, "value"], titleOf("report", ["targets", i, "value"]), `Chỉ tiêu "${row.target}" là cùng một chỉ tiêu với "${linked}" nhưng ghi số khác (${row.value} và ${valueOf.get(linked)})`, `chỉ ghi số liệu ở dòng "${linked}" và xóa dòng này`));
      }
    });
  }
  // A news item that reports a task done names its lead unit, so news and assignments never disagree
  // (an item once credited the Trung tâm with a task Văn phòng leads). Wording is free, so a warning.
  const leadOf = new Map(ctx.tasks.map(({ data }) => [data.id, data.lead]));
  const unitNames = new Map(ctx.units.map(({ data }) => [data.id, [data.name, data.shortName]]));
  const reportOf = new Map(ctx.reports.map(({ data }) => [data.period, data]));
  for (const { file, data } of ctx.updates) {
    const report = data.period ? reportOf.get(data.period) : undefined;
    if (!report || !/hoàn thành/i.test(file.body)) continue;
    (data.tasks ?? []).forEach((id, i) => {
      const done = report.tasks.find((row) => row.task === id)?.status === "hoan-thanh";
      const names = unitNames.get(leadOf.get(id) ?? "");
      if (!done || !names || names.some((n) => file.body.includes(n))) return;
      errors.push(errorAt(file, ["tasks", i], titleOf("update", ["tasks"]), `Tin nói nhiệm vụ "${id}" hoàn thành nhưng không nêu đơn vị chủ trì (${names[0]})`, `nêu đúng đơn vị chủ trì "${names[0]}" trong tin, hoặc sửa phân công của nhiệm vụ nếu tin đúng`, "warning"));
    });
  }
  return errors;
};
