import assert from "node:assert/strict";
import { test } from "node:test";
import { referenceFields } from "../../scripts/validate/cross/check-references.ts";
import { loadSchemas } from "../../scripts/validate/load-schemas.ts";

const { schemas } = loadSchemas();
const view = (type: string) => referenceFields(schemas[type]!).map((f) => [f.path.join("."), f.kind, f.title]);

test("the references of each type are read from x-ref in its schema, with the titles staff see", () => {
  assert.deepEqual(view("task"), [
    ["area", "area", "Lĩnh vực"],
    ["lead", "unit", "Đơn vị chủ trì"],
    ["support.*", "unit", "Đơn vị phối hợp"],
    ["objectives.*", "objective", "Mục tiêu liên quan"],
  ]);
  assert.deepEqual(view("objective"), [["area", "area", "Lĩnh vực"], ["targets.*.sameAs", "target", "Cùng chỉ tiêu với"]]);
  assert.deepEqual(view("update"), [["period", "period", "Kỳ báo cáo liên quan"], ["tasks.*", "task", "Nhiệm vụ liên quan"]]);
  assert.deepEqual(view("report"), [["period", "period", "Kỳ báo cáo"], ["tasks.*.task", "task", "Nhiệm vụ"], ["targets.*.target", "target", "Chỉ tiêu"]]);
  assert.deepEqual(view("area"), []);
});

test("a field marked x-ref inside $defs and list items is found under the field that uses it", () => {
  const schema = {
    $defs: { row: { type: "object", properties: { unit: { "x-ref": "unit", title: "Đơn vị" } } } },
    type: "object",
    properties: { rows: { title: "Các dòng", type: "array", items: { $ref: "#/$defs/row" } } },
  };
  assert.deepEqual(referenceFields(schema).map((f) => [f.path.join("."), f.kind, f.title]), [["rows.*.unit", "unit", "Đơn vị"]]);
});
