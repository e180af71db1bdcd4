import type { ContentError } from "../load/content-error.ts";
import type { PlanChanges } from "../load/read-plan-changes.ts";

/**
 * The content types of a plan that are frozen once the plan is closed: the plan text, its areas,
 * objectives and targets, tasks, units and reporting periods. Reports go on (the year-end report
 * comes after the next plan is published) and change, once published, only through corrections
 * (docs/decisions/0005); news items may still be added.
 */
export const FROZEN_FOLDERS = (year: string): string[] => [
  `content/${year}/ke-hoach.md`, `content/${year}/linh-vuc`, `content/${year}/muc-tieu`, `content/${year}/nhiem-vu`, `content/${year}/don-vi`, `data/${year}/ky-bao-cao.json`,
];

/**
 * The plans that are closed: every plan older than the latest published plan (one not marked
 * `draft: true`). Publishing the 2027 plan closes 2026 (docs/decisions/0008).
 * @example closedPlans([{ year: "2026", draft: false }, { year: "2027", draft: false }]) → ["2026"]
 */
export function closedPlans(plans: readonly { year: string; draft: boolean }[]): string[] {
  const latest = plans.filter((p) => !p.draft).map((p) => p.year).sort().at(-1);
  return latest ? plans.map((p) => p.year).filter((y) => y < latest) : [];
}

/**
 * A closed plan's text is frozen: each file changed, added or deleted since the publishing branch is
 * refused at its first changed line, in Vietnamese, with the way out. When git cannot tell (shallow
 * clone, no branch), one warning says so (an error under GitHub Actions: never a silent pass).
 * @example checkClosedPlan("2026", "2027", changes, false) → [{ file: "content/2026/nhiem-vu/nv-1-1.md", line: 9, field: "Kế hoạch đã khép lại", … }]
 */
export function checkClosedPlan(year: string, next: string, changes: PlanChanges, strict: boolean): ContentError[] {
  const field = "Kế hoạch đã khép lại";
  if (changes.state !== "ok") {
    return [{
      file: `content/${year}/ke-hoach.md`, line: 1, col: 1, field,
      message: `Không kiểm tra được kế hoạch ${year} (đã khép lại) có bị sửa hay không: ${changes.state === "shallow" ? "bản sao kho thiếu lịch sử git" : changes.state === "no-git" ? "thư mục không phải một kho git" : "không tìm thấy nhánh main"}`,
      fix: changes.state === "shallow" ? "chạy git fetch --unshallow (trên GitHub Actions: fetch-depth: 0)" : "chạy lệnh trong một bản clone đầy đủ của kho, có nhánh main",
      ...(strict ? {} : { severity: "warning" as const }),
    }];
  }
  const branch = changes.ref.replace(/^refs\/(remotes\/origin|heads)\//, "");
  const why = `Kế hoạch ${year} đã khép lại khi kế hoạch ${next} được công bố: nội dung kế hoạch không được sửa`;
  const back = `trả lại tệp như trên nhánh ${branch}`;
  const figures = "số liệu đã công bố chỉ đổi bằng đính chính trong báo cáo kỳ (CONTRIBUTING.md, mục 5)";
  return changes.changes.map((c) => ({
    file: c.path, line: c.line, col: 1, field,
    message: c.kind === "changed" ? `${why} (tệp này đã khác bản trên nhánh ${branch} từ dòng ${c.line})` : c.kind === "added" ? `${why}, không thêm tệp mới` : `${why}, không xóa tệp`,
    fix: c.kind === "added" ? `xóa tệp này; nội dung mới thuộc kế hoạch ${next} (content/${next}/); ${figures}` : `${back}; ${figures}`,
  }));
}
