import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { TASK_STATUSES } from "../../scripts/derive/types.ts";
import { loadSchemas } from "../../scripts/validate/load-schemas.ts";

const ui = JSON.parse(readFileSync(new URL("../../site/_data/ui.json", import.meta.url), "utf8")) as Record<string, Record<string, unknown>>;
const schemaStatuses = (loadSchemas().schemas.report as { properties: { tasks: { items: { properties: { status: { enum: string[] } } } } } }).properties.tasks.items.properties.status.enum;

test("the task statuses pages list are the report schema's, in its order (not started to done)", () => {
  assert.deepEqual([...TASK_STATUSES], ["chua-trien-khai", "dang-thuc-hien", "cham-tien-do", "hoan-thanh"]);
  assert.deepEqual([...TASK_STATUSES], schemaStatuses);
});

test("ui.json has a label and a meaning for every status the report schema allows", () => {
  const missing = schemaStatuses.flatMap((s) => [
    ...(typeof ui.status?.[s] === "string" && (ui.status[s] as string).trim() ? [] : [`status.${s}`]),
    ...(typeof ui.statusMeaning?.[s] === "string" && (ui.statusMeaning[s] as string).trim() ? [] : [`statusMeaning.${s}`]),
  ]);
  assert.deepEqual(missing, []);
});

test("ui.json lists status labels in the schema's order, then the one for a task not yet reported (the search page orders its filter by them)", () => {
  assert.deepEqual(Object.keys(ui.status ?? {}), [...schemaStatuses, "chua-bao-cao"]);
});
