import assert from "node:assert/strict";
import { readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

// Not content/ and data/: staff's reports and news items may arrive decomposed from some editors,
// and the loader normalises them (scripts/load/load-content.ts); the plan text itself is checked by
// tests/content/plan-transcription.test.ts. The fixture plan stands in for content here.
test("every template, UI string, fixture content file and schema is written in NFC", async () => {
  const notNfc: string[] = [];
  for (const dir of ["site", "tests/fixture-plan", "schemas", "CONTRIBUTING.md"]) {
    const entries = await readdir(join(ROOT, dir), { recursive: true, withFileTypes: true }).catch(() => null);
    const files = entries ? entries.filter((e) => e.isFile() && /\.(njk|json|md|ts|css)$/.test(e.name)).map((e) => join(e.parentPath, e.name)) : [join(ROOT, dir)];
    for (const file of files) {
      const text = await readFile(file, "utf8");
      if (text !== text.normalize("NFC")) notNfc.push(relative(ROOT, file));
    }
  }
  assert.deepEqual(notNfc, [], "re-save these files with NFC text (precomposed Vietnamese letters)");
});
