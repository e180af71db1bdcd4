import { sortProblems, type ContentError } from "../load/content-error.ts";
import { listPlans, loadContent, type LoadedContent } from "../load/load-content.ts";
import { publishedOfPlan, type PublishedReports } from "../load/read-published-reports.ts";
import type { Plan } from "../types/content.generated.ts";
import { errorAt } from "./cross/context.ts";
import type { ValidContent } from "./valid-content.ts";
import { readPlanChanges } from "../load/read-plan-changes.ts";
import { checkClosedPlan, closedPlans, FROZEN_FOLDERS } from "./check-closed-plans.ts";
import { checkContinues } from "./check-continues.ts";
import { checkLegacyRoot } from "./check-legacy-root.ts";
import { checkPlanText } from "./check-plan-text.ts";
import { validateContent } from "./validate-content.ts";

/** One plan of the repository, loaded and, when it has no error, validated. */
export interface CheckedPlan {
  year: string;
  files: LoadedContent;
  /** Present only when the plan has no error (and the other plans neither load nor site-wide errors). */
  content?: ValidContent;
}

export interface PlansResult {
  plans: CheckedPlan[];
  loadErrors: ContentError[];
  errors: ContentError[];
  warnings: ContentError[];
  notices: ContentError[];
}

/**
 * Load and validate every plan (docs/decisions/0008): each plan is checked on its own, with the
 * site-wide files (data/site.json), so ids are unique within a plan and references stay inside it.
 * A problem in a site-wide file, seen by every plan, is reported once. A plan's folder must say its
 * own year in ke-hoach.md.
 * @example await loadAndValidatePlans(".", { publish: true, published }) → { plans: [{ year: "2026", content: { … } }], errors: [], … }
 */
export async function loadAndValidatePlans(root: string, { publish, published }: { publish: boolean; published?: PublishedReports }): Promise<PlansResult> {
  const result = await validatePlans(root, { publish, ...(published ? { published } : {}) });
  const { loadErrors, errors, warnings, notices } = result;
  const once = (list: ContentError[]) => sortProblems([...new Map(list.map((e) => [JSON.stringify(e), e])).values()]);
  return { plans: result.plans, loadErrors: once(loadErrors), errors: once(errors), warnings: once(warnings), notices: once(notices) };
}

async function validatePlans(root: string, { publish, published }: { publish: boolean; published?: PublishedReports }): Promise<PlansResult> {
  const { years, errors: listErrors } = await listPlans(root);
  const loaded = await Promise.all(years.map((year) => loadContent(root, year)));
  const loadErrors = [...listErrors, ...loaded.flatMap((l) => l.errors)];
  const errors: ContentError[] = [];
  const warnings: ContentError[] = [];
  const notices: ContentError[] = [];
  const plans: CheckedPlan[] = loaded.map(({ year, files }) => {
    const result = validateContent(files, { publish, ...(published ? { published: publishedOfPlan(published, year, years[0]!) } : {}) });
    const yearError = planYearProblem(year, files);
    // A plan published (no draft: true) with text still to be transcribed is refused field by field.
    const untranscribed = checkPlanText(files.plan[0], files.unit);
    errors.push(...result.errors, ...(yearError ? [yearError] : []), ...untranscribed);
    warnings.push(...result.warnings);
    notices.push(...result.notices);
    return { year, files, ...(result.content && !yearError && untranscribed.length === 0 ? { content: result.content } : {}) };
  });
  // Across plans: a target continuing an earlier plan's indicator names one that exists.
  errors.push(...checkContinues(loaded));
  // The plan data/site.json says was published at the root before plans had folders exists.
  errors.push(...checkLegacyRoot(loaded));
  // A closed plan is frozen; checked against git, as published figures are (only when that guard runs).
  if (published) {
    const drafts = loaded.map(({ year, files }) => ({ year, draft: (files.plan[0]?.data as Partial<Plan> | undefined)?.draft === true }));
    const strict = process.env.GITHUB_ACTIONS === "true";
    const latest = drafts.filter((p) => !p.draft).map((p) => p.year).sort().at(-1) ?? "";
    for (const year of closedPlans(drafts)) {
      const found = checkClosedPlan(year, latest, await readPlanChanges(root, FROZEN_FOLDERS(year)), strict);
      errors.push(...found.filter((e) => e.severity !== "warning"));
      warnings.push(...found.filter((e) => e.severity === "warning"));
    }
  }
  return { plans, loadErrors, errors, warnings, notices };
}

/** The year in content/<year>/ke-hoach.md must be the folder's: pages and open data are filed under it. */
function planYearProblem(year: string, files: LoadedContent): ContentError | undefined {
  const file = files.plan[0];
  const said = (file?.data as Partial<Plan> | undefined)?.year;
  if (!file || typeof said !== "number" || String(said) === year) return undefined;
  return errorAt(file, ["year"], "Năm", `Kế hoạch nằm trong thư mục năm ${year} nhưng ghi năm ${said}`, `ghi "year: ${year}", hoặc chuyển kế hoạch vào thư mục content/${said}/ và data/${said}/`);
}
