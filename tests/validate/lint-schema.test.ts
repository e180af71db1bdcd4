import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { lintSchema } from "../../scripts/validate/lint-schema.ts";
import { loadSchemas, SCHEMA_DIR, type JsonSchema } from "../../scripts/validate/load-schemas.ts";

const closed = (properties: Record<string, JsonSchema>): JsonSchema => ({ type: "object", additionalProperties: false, properties });

test("a property without a title is reported with its path", () => {
  const schema = closed({ deadline: { description: "Ngày phải hoàn thành.", type: "string" } });
  assert.deepEqual(lintSchema(schema), ["/properties/deadline: thiếu title"]);
});

test("a blank title or description counts as missing", () => {
  const schema = closed({ lead: { title: " ", description: "", type: "string" } });
  assert.deepEqual(lintSchema(schema), ["/properties/lead: thiếu title", "/properties/lead: thiếu description"]);
});

test("nested objects, array items and $defs are checked too", () => {
  const schema: JsonSchema = {
    ...closed({
      tasks: {
        title: "Tiến độ nhiệm vụ",
        description: "Mỗi nhiệm vụ một dòng.",
        type: "array",
        items: closed({ percent: { title: "Tiến độ (%)", type: "number" } }),
      },
    }),
    $defs: { money: { type: "object", properties: {} } },
  };
  assert.deepEqual(lintSchema(schema), ["/properties/tasks/items/properties/percent: thiếu description", "/$defs/money: additionalProperties phải là false"]);
});

test("an object open to unknown fields is reported, since staff typos would pass silently", () => {
  assert.deepEqual(lintSchema({ type: "object", properties: {} }), ["/: additionalProperties phải là false"]);
});

test("every real schema follows the house rules", () => {
  const files = readdirSync(SCHEMA_DIR).filter((f) => f.endsWith(".schema.json"));
  assert.ok(files.length >= 9, `only ${files.length} schemas`);
  for (const file of files) {
    const schema = JSON.parse(readFileSync(join(SCHEMA_DIR, file), "utf8")) as JsonSchema;
    assert.deepEqual(lintSchema(schema), [], file);
  }
  assert.doesNotThrow(() => loadSchemas());
});
