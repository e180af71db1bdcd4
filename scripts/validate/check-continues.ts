import type { ContentError } from "../load/content-error.ts";
import type { LoadedContent } from "../load/load-content.ts";
import { errorAt } from "./cross/context.ts";
import { titleOf } from "./schema-at-path.ts";

/** The targets an objective file declares, as far as this check needs them. */
type TargetsOf = { targets?: { id?: unknown; continues?: unknown }[] };

/**
 * A target's `continues: "<year>/<target id>"` (the same indicator in an earlier plan,
 * docs/decisions/0008) names a target that exists, in a plan that exists and is older than the
 * target's own. Each wrong reference is reported at its file:line.
 * @example checkContinues([{ year: "2026", files }, { year: "2027", files }]) → [{ file: "content/2027/muc-tieu/mt-1-1.md", line: 14, field: "Nối tiếp chỉ tiêu", message: "Kế hoạch 2026 không có chỉ tiêu \"ct-9-9-9\"", … }]
 */
export function checkContinues(plans: readonly { year: string; files: LoadedContent }[]): ContentError[] {
  const targetsOf = new Map(plans.map(({ year, files }) => [year, new Set(files.objective.flatMap((f) => ((f.data as TargetsOf).targets ?? []).map((t) => t?.id)))]));
  const field = titleOf("objective", ["targets", "*", "continues"]);
  const errors: ContentError[] = [];
  for (const { year, files } of plans) {
    for (const file of files.objective) {
      ((file.data as TargetsOf).targets ?? []).forEach((target, i) => {
        const ref = target?.continues;
        if (typeof ref !== "string" || !/^[0-9]{4}\/ct-[0-9]+-[0-9]+-[0-9]+$/.test(ref)) return; // its schema error speaks for it
        const [from = "", id = ""] = ref.split("/");
        const at = (message: string, fix: string) => errors.push(errorAt(file, ["targets", i, "continues"], field, message, fix));
        const earlier = plans.map((p) => p.year).filter((y) => y < year);
        if (from >= year) at(`Chỉ tiêu chỉ nối tiếp một chỉ tiêu của kế hoạch năm trước, không phải năm ${from}`, `ghi năm của một kế hoạch trước ${year}${earlier.length ? ` (${earlier.join(", ")})` : ""}`);
        else if (!targetsOf.has(from)) at(`Không có kế hoạch năm ${from} (thư mục content/${from}/)`, earlier.length ? `ghi năm của một kế hoạch đã có: ${earlier.join(", ")}` : "xóa dòng continues: chưa có kế hoạch năm trước");
        else if (!targetsOf.get(from)!.has(id)) at(`Kế hoạch ${from} không có chỉ tiêu "${id}"`, `ghi mã một chỉ tiêu trong content/${from}/muc-tieu/ (trường targets)`);
      });
    }
  }
  return errors;
}
