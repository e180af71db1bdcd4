import type { ContentError } from "../load/content-error.ts";
import type { DataPath, SourceFile } from "../load/source-file.ts";
import { errorAt } from "./cross/context.ts";
import { titleOf } from "./schema-at-path.ts";

/**
 * What `npm run new:plan` writes where a plan's text is still to be copied from the signed document
 * (scripts/tools/scaffold-plan.ts): never published.
 */
export const PLAN_TEXT_PLACEHOLDER = "(Chưa chép: chép nguyên văn từ văn bản kế hoạch đã ký)";

/**
 * A plan that is no longer a draft (no `draft: true`) has every field transcribed: each field of its
 * ke-hoach.md or its units still holding the placeholder is refused at its line. A draft plan may
 * hold it: it is not published.
 * @example checkPlanText(planFile, units) → [{ file: "content/2027/ke-hoach.md", line: 5, field: "Tên kế hoạch", message: "Chưa chép nội dung …", … }]
 */
export function checkPlanText(plan: SourceFile | undefined, units: readonly SourceFile[]): ContentError[] {
  if (!plan || (plan.data as { draft?: unknown } | undefined)?.draft === true) return [];
  const errors: ContentError[] = [];
  for (const [file, type] of [[plan, "plan"], ...units.map((u) => [u, "unit"] as const)] as const) walkFile(file, type, errors);
  return errors;
}

function walkFile(file: SourceFile, type: "plan" | "unit", errors: ContentError[]): void {
  const walk = (value: unknown, path: DataPath) => {
    if (typeof value === "string" && value.includes(PLAN_TEXT_PLACEHOLDER)) {
      const title = (() => {
        try {
          return titleOf(type, path);
        } catch {
          return "Kế hoạch";
        }
      })();
      errors.push(errorAt(file, path, title, "Chưa chép nội dung từ văn bản kế hoạch mà kế hoạch đã bỏ dòng draft: true", "chép nguyên văn trường này từ văn bản đã ký, hoặc ghi lại draft: true cho đến khi chép xong"));
    } else if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i]));
    else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
  };
  walk(file.data, []);
}
