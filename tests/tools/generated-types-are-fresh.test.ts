import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { test } from "node:test";
import { renderTypes, TYPES_FILE } from "../../scripts/tools/generate-types.ts";

test("scripts/types/content.generated.ts matches the schemas", async () => {
  const [fresh, committed] = await Promise.all([renderTypes(), readFile(TYPES_FILE, "utf8")]);
  // Compare ignoring line endings only, so a Windows checkout does not fail for nothing.
  const same = fresh.replace(/\r\n/g, "\n") === committed.replace(/\r\n/g, "\n");
  assert.ok(same, "Các kiểu TypeScript đã cũ so với schemas/*.schema.json: chạy `npm run types` rồi commit scripts/types/content.generated.ts");
});
