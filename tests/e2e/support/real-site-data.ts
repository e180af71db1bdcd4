import assert from "node:assert/strict";
import { fileURLToPath } from "node:url";
import { deriveSiteData } from "../../../scripts/derive/derive-site-data.ts";
import type { SiteData } from "../../../scripts/derive/types.ts";
import { loadContent } from "../../../scripts/load/load-content.ts";
import { validateContent } from "../../../scripts/validate/validate-content.ts";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));

/**
 * The real content, validated and derived here: what tests expect pages to show comes from this,
 * not from the build under test.
 * @example (await realSiteData()).counts.tasks → 64
 */
export async function realSiteData(): Promise<SiteData> {
  const { files, errors: loadErrors } = await loadContent(ROOT);
  const { errors, content } = validateContent(files, { publish: true });
  assert.deepEqual([...loadErrors, ...errors], [], "the real content must be valid");
  assert.ok(content);
  return deriveSiteData(content);
}
