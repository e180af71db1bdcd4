import type { ContentError } from "../load/content-error.ts";
import type { LoadedContent } from "../load/load-content.ts";
import type { Plan, SiteSettings } from "../types/content.generated.ts";
import { errorAt } from "./cross/context.ts";
import { loadSchemas } from "./load-schemas.ts";
import { schemaAtPath, titleOf } from "./schema-at-path.ts";

/**
 * `legacyRootYear` in data/site.json (the plan whose pages the site published at its root before
 * plans had folders, docs/decisions/0008) names a plan that exists and is published: the build makes
 * a redirect page at the old address of each of its pages. Reported once, at the field's line.
 * @example checkLegacyRoot([{ year: "2026", files }]) for "legacyRootYear": 2025 → [{ file: "data/site.json", line: 6, field: "Kế hoạch từng đăng ở địa chỉ gốc", message: "Không có kế hoạch năm 2025 (thư mục content/2025/)", … }]
 */
export function checkLegacyRoot(plans: readonly { year: string; files: LoadedContent }[]): ContentError[] {
  const file = plans[0]?.files.site[0];
  const year = (file?.data as Partial<SiteSettings> | undefined)?.legacyRootYear;
  // Absent, or not a year the schema allows: its schema error speaks for it.
  const node = schemaAtPath(loadSchemas().schemas.site ?? {}, ["legacyRootYear"]);
  if (!file || typeof year !== "number" || !Number.isInteger(year) || year < Number(node?.minimum) || year > Number(node?.maximum)) return [];
  const at = (message: string, fix: string) => [errorAt(file, ["legacyRootYear"], titleOf("site", ["legacyRootYear"]), message, fix)];
  const plan = plans.find((p) => p.year === String(year));
  const years = plans.map((p) => p.year).join(", ");
  if (!plan) return at(`Không có kế hoạch năm ${year} (thư mục content/${year}/)`, `ghi năm của kế hoạch đã đăng ở địa chỉ gốc (các kế hoạch đang có: ${years}), hoặc xóa dòng legacyRootYear nếu trang chưa từng đăng kế hoạch nào ở địa chỉ gốc`);
  if ((plan.files.plan[0]?.data as Partial<Plan> | undefined)?.draft === true) return at(`Kế hoạch năm ${year} còn là bản nháp (draft: true) nên chưa từng được đăng ở địa chỉ gốc`, "ghi năm của kế hoạch đã đăng ở địa chỉ gốc, hoặc xóa dòng legacyRootYear");
  return [];
}
