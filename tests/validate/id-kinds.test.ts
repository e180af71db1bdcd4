import assert from "node:assert/strict";
import { test } from "node:test";
import { idKindSources } from "../../scripts/validate/id-kinds.ts";
import { idPrefix } from "../../scripts/validate/schema-annotations.ts";

test("each id kind is declared once, by the x-id field of one schema, with its rules and where staff find it", () => {
  const rows = [...idKindSources().values()].map((s) => [s.kind, s.type, s.path.join("."), s.noun, s.where, s.inOneFile, Object.keys(s.rule).sort().join(",")]);
  assert.deepEqual(rows.sort((a, b) => String(a[0]).localeCompare(String(b[0]))), [
    ["area", "area", "id", "lĩnh vực", "content/{year}/linh-vuc/", false, "kind"],
    ["objective", "objective", "id", "mục tiêu", "content/{year}/muc-tieu/", false, "encodes,kind"],
    ["period", "period", "*.id", "kỳ", "data/{year}/ky-bao-cao.json", true, "kind"],
    ["plan", "plan", "id", "kế hoạch", "content/{year}/ke-hoach.md", true, "kind"],
    ["report", "report", "period", "Kỳ báo cáo", "data/{year}/bao-cao/", false, "kind"],
    ["target", "objective", "targets.*.id", "chỉ tiêu", "các tệp content/{year}/muc-tieu/ (trường targets)", false, "kind,prefix"],
    ["task", "task", "id", "nhiệm vụ", "content/{year}/nhiem-vu/", false, "encodes,kind"],
    ["unit", "unit", "id", "đơn vị", "content/{year}/don-vi/", false, "kind"],
    ["update", "update", "id", "tin", "content/{year}/cap-nhat/", false, "kind"],
  ]);
});

test("a target's id begins with its objective's, mt- turned to ct-", () => {
  const rule = idKindSources().get("target")!.rule.prefix!;
  assert.equal(idPrefix(rule, "mt-2-3"), "ct-2-3-");
  assert.equal(idPrefix(rule, "mt-10-1"), "ct-10-1-");
});
