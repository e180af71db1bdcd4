import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { test } from "node:test";
import { titleOf } from "../../scripts/validate/schema-at-path.ts";

const CROSS = new URL("../../scripts/validate/cross/", import.meta.url);

test("titleOf reads a field's title from its schema, through list items and $refs, and refuses a field the schema lacks", () => {
  assert.equal(titleOf("report", ["tasks", "*", "status"]), "Trạng thái");
  assert.equal(titleOf("report", ["tasks", 3, "percent"]), "Tiến độ (%)");
  assert.equal(titleOf("task", ["support", "*"]), "Đơn vị phối hợp");
  // The field's own title beside a $ref wins over the shared definition's ("Căn cứ phân công").
  assert.equal(titleOf("task", ["supportBasis"]), "Căn cứ phân công phối hợp");
  assert.equal(titleOf("report", []), "Báo cáo kỳ");
  assert.throws(() => titleOf("task", ["leader"]), /task không có trường leader/);
});

test("no cross-file check types a field title by hand: each comes from the schemas", () => {
  const typed: string[] = [];
  for (const name of readdirSync(CROSS).filter((f) => f.endsWith(".ts"))) {
    const source = readFileSync(new URL(name, CROSS), "utf8");
    // errorAt(file, <path>, "<a literal title>", …)
    for (const m of source.matchAll(/errorAt\([^,]+,\s*(\[[^\]]*\]|\w+),\s*"([^"]*)"/g)) typed.push(`${name}: ${m[2]}`);
  }
  assert.deepEqual(typed, []);
});
