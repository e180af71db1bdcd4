/**
 * Before the schema has passed, a field can hold anything; the checks that gather ids across files
 * must not assume its shape. `targets: {}` in an objective once threw "map is not a function".
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { parseContent } from "../../scripts/load/load-content.ts";
import { validateContent } from "../../scripts/validate/validate-content.ts";
import { baseTree } from "../fuzz/content-fuzz.ts";

const encoder = new TextEncoder();

test("a list field holding an object, a number or null is a schema problem, not a crash", () => {
  const base = baseTree();
  const objective = [...base.keys()].find((p) => p.startsWith("content/2026/muc-tieu/"))!;
  const report = [...base.keys()].find((p) => p.startsWith("data/2026/bao-cao/"))!;
  for (const [targets, tasks] of [["{}", "{}"], ["5", "null"], ["null", "\"x\""], ["[null, 1]", "[null]"]] as const) {
    const tree = new Map([...base].map(([p, b]) => [p, { ok: true as const, bytes: b }]));
    const original = Buffer.from(base.get(objective)!).toString("utf8");
    const text = /^targets:/m.test(original) ? original.replace(/^targets:.*\n(?:(?:  |- ).*\n)*/m, `targets: ${targets}\n`) : original.replace(/^---\n/, `---\ntargets: ${targets}\n`);
    tree.set(objective, { ok: true, bytes: encoder.encode(text) });
    const json = JSON.parse(Buffer.from(base.get(report)!).toString("utf8"));
    json.tasks = JSON.parse(tasks);
    tree.set(report, { ok: true, bytes: encoder.encode(JSON.stringify(json, null, 2)) });
    const { files, errors: loadErrors } = parseContent(tree);
    const { errors } = validateContent(files, { publish: true });
    assert.deepEqual(loadErrors, [], "both files still parse, so the checks see the odd shapes");
    assert.ok(errors.some((e) => e.file === objective), `the objective's targets ${targets} are refused`);
    assert.ok(errors.some((e) => e.file === report), `the report's tasks ${tasks} are refused`);
  }
});
