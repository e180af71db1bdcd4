import { CONTENT_TYPES } from "../types/content.generated.ts";

/**
 * The content-type registry: one entry per schema, read from its `x-content` (where its files live,
 * its reading order) by `npm run types`. A type is either one file or a folder holding one file per
 * item, named after the item's id. Loaders, validation and the data dictionary go by this list.
 * A path holding `{year}` belongs to a plan (docs/decisions/0008-one-folder-per-plan.md): each plan
 * has its own copy under `content/<year>/` and `data/<year>/`; a path without it (data/site.json) is
 * shared by every plan.
 */
export { CONTENT_TYPES };

export type ContentType = (typeof CONTENT_TYPES)[number]["type"];

/** The placeholder in a registry path that stands for a plan's year. */
export const YEAR_PLACEHOLDER = "{year}";

/** A plan's folder name: its year, four digits. */
export const PLAN_YEAR = /^[0-9]{4}$/;

/** A registry entry with its paths resolved for one plan. */
export type PlanContentType = { type: ContentType; schema: string; order: number; perPlan: boolean } & ({ file: string } | { dir: string; ext: string });

/**
 * The registry with `{year}` replaced by one plan's year: where that plan's files live.
 * @example contentTypesOf("2026").find((t) => t.type === "task") → { type: "task", dir: "content/2026/nhiem-vu", ext: ".md", perPlan: true, … }
 */
export function contentTypesOf(year: string): PlanContentType[] {
  return CONTENT_TYPES.map((spec) => {
    const where = "file" in spec ? spec.file : spec.dir;
    const perPlan = where.includes(YEAR_PLACEHOLDER);
    const at = (p: string) => p.replace(YEAR_PLACEHOLDER, year);
    return "file" in spec
      ? { type: spec.type, schema: spec.schema, order: spec.order, perPlan, file: at(spec.file) }
      : { type: spec.type, schema: spec.schema, order: spec.order, perPlan, dir: at(spec.dir), ext: spec.ext };
  });
}

/** The folders that hold one folder per plan (content/, data/): the registry's paths before `{year}`. */
export function planRoots(): string[] {
  const roots = new Set<string>();
  for (const spec of CONTENT_TYPES) {
    const where = "file" in spec ? spec.file : spec.dir;
    const at = where.indexOf(`/${YEAR_PLACEHOLDER}`);
    if (at > 0) roots.add(where.slice(0, at));
  }
  return [...roots].sort();
}

/**
 * The year of the plan a repository path belongs to, or undefined for a site-wide file.
 * @example planYearOf("content/2026/nhiem-vu/nv-1-1.md") → "2026"
 */
export function planYearOf(rel: string): string | undefined {
  const [root, year] = rel.split("/");
  return root && year && planRoots().includes(root) && PLAN_YEAR.test(year) ? year : undefined;
}
