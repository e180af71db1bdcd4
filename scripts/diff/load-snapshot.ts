import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { deriveSiteData } from "../derive/derive-site-data.ts";
import type { ContentError } from "../load/content-error.ts";
import { listPlans, loadContent } from "../load/load-content.ts";
import { UPDATE_BODY_PLACEHOLDER } from "../validate/cross/check-update-bodies.ts";
import { loadSchemas } from "../validate/load-schemas.ts";
import { validateContent } from "../validate/validate-content.ts";
import { snapshotOf, type SiteSnapshot } from "./site-snapshot.ts";

const run = promisify(execFile);

/** The folders whose files make the public site's figures and pages. */
const CONTENT_DIRS = ["content", "data", "schemas"];

/**
 * The snapshot of the content in `root`, validated against the schemas beside it, derived as a
 * build derives it (drafts left out, listed apart), or the content errors that prevent it.
 * Of one plan (`year`, docs/decisions/0008), the latest by default.
 * @example await snapshotOfFolder(".", "2026") → { snapshot: { periods: [ … ], … } }
 */
export async function snapshotOfFolder(root: string, year?: string): Promise<{ snapshot?: SiteSnapshot; errors: ContentError[] }> {
  const { files, errors: loadErrors } = await loadContent(root, year);
  const { errors, content } = validateContent(files, { publish: false, schemas: loadSchemas(join(root, "schemas")) });
  if (loadErrors.length + errors.length > 0 || !content) return { errors: [...loadErrors, ...errors] };
  const drafts = [
    ...content.reports.filter((r) => r.data.draft).map((r) => r.path),
    ...content.updates.filter((u) => u.body.includes(UPDATE_BODY_PLACEHOLDER)).map((u) => u.path),
  ];
  return { snapshot: snapshotOf(content, deriveSiteData(content), drafts), errors: [] };
}

/**
 * The snapshot of each plan (`years`) of the content at a git ref (a branch, a tag, a commit), read
 * with `git archive` into a temporary folder that is removed afterwards; the working tree is not
 * touched. A plan the ref does not have yet is left out.
 * @example await snapshotOfRef("origin/main", ["2026"]) → { "2026": { snapshot: { … }, errors: [] } }
 */
export async function snapshotOfRef(ref: string, years: readonly string[], repo = "."): Promise<Record<string, { snapshot?: SiteSnapshot; errors: ContentError[] }>> {
  const dir = await mkdtemp(join(tmpdir(), "hg-diff-base-"));
  try {
    // "--" after the ref: a ref that looks like an option is never read as one.
    await run("git", ["-C", repo, "archive", "--format=tar", "-o", join(dir, "base.tar"), ref, "--", ...CONTENT_DIRS]);
    await run("tar", ["-xf", join(dir, "base.tar"), "-C", dir]);
    const there = new Set((await listPlans(dir)).years);
    const out: Record<string, { snapshot?: SiteSnapshot; errors: ContentError[] }> = {};
    for (const year of years) if (there.has(year)) out[year] = await snapshotOfFolder(dir, year);
    return out;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
