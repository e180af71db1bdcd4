import type { ContentError } from "../../load/content-error.ts";
import type { Check } from "./context.ts";

/** The sentence a new update's body starts with (npm run new:update); the author replaces it with the news itself. */
export const UPDATE_BODY_PLACEHOLDER =
  "Thay câu này bằng nội dung tin: việc gì đã làm, đơn vị nào làm, kết quả ra sao, và đường dẫn tới văn bản liên quan (nếu có).";

/**
 * An update still holding the scaffold's placeholder sentence is not news yet: like a draft report
 * it can be checked (warning) but never published (error).
 * @example checkUpdateBodies(true)(ctx) → [{ field: "Nội dung tin", message: "Tin vẫn còn câu mẫu…", … }]
 */
export function checkUpdateBodies(publish: boolean): Check {
  return (ctx) => {
    const errors: ContentError[] = [];
    for (const { file } of ctx.updates) {
      const at = file.body.indexOf(UPDATE_BODY_PLACEHOLDER);
      if (at < 0) continue;
      const line = (file.bodyLine ?? 1) + (file.body.slice(0, at).match(/\n/g)?.length ?? 0);
      errors.push({
        file: file.path, line, col: 1, field: "Nội dung tin",
        message: "Tin vẫn còn câu mẫu nên chưa được công bố",
        fix: "thay câu mẫu bằng nội dung tin: việc gì đã làm, đơn vị nào làm, kết quả ra sao",
        ...(publish ? {} : { severity: "warning" as const }),
      });
    }
    return errors;
  };
}
