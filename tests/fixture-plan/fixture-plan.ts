import assert from "node:assert/strict";
import { fileURLToPath } from "node:url";
import { deriveSiteData } from "../../scripts/derive/derive-site-data.ts";
import type { SiteData } from "../../scripts/derive/types.ts";
import { loadContent } from "../../scripts/load/load-content.ts";
import type { ValidContent } from "../../scripts/validate/valid-content.ts";
import { validateContent } from "../../scripts/validate/validate-content.ts";

/**
 * The root of the fixture plan: a small invented plan (phường Đông Điền, "Kế hoạch mẫu để kiểm
 * thử") laid out like the repository (content/, data/), so tests can load, validate, derive and
 * build it with `loadContent(FIXTURE_PLAN)` or `buildSite({ root: FIXTURE_PLAN, … })` and expect
 * hand-written values that never change when the ward publishes a report. See README.md here.
 */
export const FIXTURE_PLAN = fileURLToPath(new URL("./", import.meta.url));

/** The fixture plan loaded and validated as a production build does; fails the test if it is not valid. */
export async function validFixturePlan(): Promise<ValidContent> {
  const { files, errors } = await loadContent(FIXTURE_PLAN);
  assert.deepEqual(errors, []);
  const { content } = validateContent(files, { publish: true });
  assert.ok(content, "the fixture plan is valid");
  return content;
}

/** The fixture plan as the derive stage hands it to render, export and index. */
export async function derivedFixturePlan(): Promise<SiteData> {
  return deriveSiteData(await validFixturePlan());
}
