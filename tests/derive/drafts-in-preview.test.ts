/**
 * Drafts reach only the `npm start` preview: derived with `drafts: true` a draft report counts as
 * published and is listed for the "BẢN NHÁP" banner; derived as a build derives it, it is left out
 * and nothing is listed, so no banner can render.
 */
import assert from "node:assert/strict";
import { rm } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { test } from "node:test";
import { deriveSiteData } from "../../scripts/derive/derive-site-data.ts";
import { loadContent } from "../../scripts/load/load-content.ts";
import { validateContent } from "../../scripts/validate/validate-content.ts";
import { prepareCase } from "../validate/fixture-runner.ts";

const CASE = fileURLToPath(new URL("./cases/a-draft-report-is-left-out/", import.meta.url));

test("a draft report is previewed, and listed, only when drafts are asked for", async () => {
  const root = await prepareCase(CASE);
  try {
    const { files } = await loadContent(root);
    const { content } = validateContent(files, { publish: false });
    assert.ok(content);
    const preview = deriveSiteData(content, undefined, { drafts: true });
    assert.deepEqual(preview.drafts, [{ path: "data/2026/bao-cao/2026-q3.json", kind: "report" }]);
    assert.equal(preview.latestPeriod?.id, "2026-q3");
    const build = deriveSiteData(content);
    assert.equal("drafts" in build, false);
    assert.equal(build.latestPeriod?.id, "2026-6t");
  } finally {
    await rm(root, { recursive: true, force: true });
  }
});
