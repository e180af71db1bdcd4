/**
 * A task text written to run as a spreadsheet formula reaches the open-data CSV as plain text, while
 * its JSON twin keeps the text exactly as written.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { deriveSiteData } from "../../scripts/derive/derive-site-data.ts";
import { buildDataPackage } from "../../scripts/export/build-data-package.ts";
import { parseCsv } from "../../lib/csv.ts";
import { loadSchemas } from "../../scripts/validate/load-schemas.ts";
import { validFixturePlan } from "../fixture-plan/fixture-plan.ts";

const FORMULA = '=HYPERLINK("https://example.com/x","Xem chi tiết")';

test("tasks.csv neutralises a formula in a task text; tasks.json keeps it raw", async () => {
  const content = await validFixturePlan();
  const task = content.tasks[0]!;
  (task.data as { text: string }).text = FORMULA;
  const pkg = buildDataPackage(deriveSiteData(content), loadSchemas().schemas);
  const [header, ...rows] = parseCsv(pkg.files["tasks.csv"]!);
  const row = rows.find((r) => r[header!.indexOf("id")] === task.data.id)!;
  assert.equal(row[header!.indexOf("text")], `'${FORMULA}`);
  const json = JSON.parse(pkg.files["tasks.json"]!) as Array<{ id: string; text: string }>;
  assert.equal(json.find((t) => t.id === task.data.id)!.text, FORMULA);
});
