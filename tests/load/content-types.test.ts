import assert from "node:assert/strict";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { CONTENT_TYPES, contentTypesOf, planRoots, planYearOf } from "../../scripts/load/content-types.ts";
import { loadSchemas, SCHEMA_DIR } from "../../scripts/validate/load-schemas.ts";

test("the registry lists every schema once, in reading order, with where its files live", () => {
  assert.deepEqual(
    CONTENT_TYPES.map((t) => [t.type, "file" in t ? t.file : `${t.dir}/*${t.ext}`]),
    [
      ["plan", "content/{year}/ke-hoach.md"],
      ["area", "content/{year}/linh-vuc/*.md"],
      ["objective", "content/{year}/muc-tieu/*.md"],
      ["task", "content/{year}/nhiem-vu/*.md"],
      ["unit", "content/{year}/don-vi/*.md"],
      ["period", "data/{year}/ky-bao-cao.json"],
      ["report", "data/{year}/bao-cao/*.json"],
      ["update", "content/{year}/cap-nhat/*.md"],
      ["site", "data/site.json"],
    ],
  );
  assert.deepEqual(CONTENT_TYPES.map((t) => t.schema).sort(), Object.keys(loadSchemas().schemas).sort());
});

test("a plan's files are the registry's paths with its year; data/site.json is shared by every plan", () => {
  assert.deepEqual(
    contentTypesOf("2027").map((t) => [t.type, t.perPlan, "file" in t ? t.file : t.dir]),
    [
      ["plan", true, "content/2027/ke-hoach.md"],
      ["area", true, "content/2027/linh-vuc"],
      ["objective", true, "content/2027/muc-tieu"],
      ["task", true, "content/2027/nhiem-vu"],
      ["unit", true, "content/2027/don-vi"],
      ["period", true, "data/2027/ky-bao-cao.json"],
      ["report", true, "data/2027/bao-cao"],
      ["update", true, "content/2027/cap-nhat"],
      ["site", false, "data/site.json"],
    ],
  );
  assert.deepEqual(planRoots(), ["content", "data"]);
  assert.equal(planYearOf("content/2026/nhiem-vu/nv-1-1.md"), "2026");
  assert.equal(planYearOf("data/site.json"), undefined);
  assert.equal(planYearOf("docs/2026/x.md"), undefined);
});

test("a schema whose x-content misses its reading order is refused when schemas load", () => {
  const dir = mkdtempSync(join(tmpdir(), "hg-x-content-"));
  try {
    cpSync(SCHEMA_DIR, dir, { recursive: true });
    const file = join(dir, "unit.schema.json");
    const schema = JSON.parse(readFileSync(file, "utf8")) as { "x-content": Record<string, unknown> };
    delete schema["x-content"].order;
    writeFileSync(file, JSON.stringify(schema));
    assert.throws(() => loadSchemas(dir), /x-content.*order/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

type Schema = Record<string, unknown>;

test("a schema whose x-ref names a kind no schema declares with x-id, or whose x-content lacks its key, is refused when schemas load", () => {
  const dir = mkdtempSync(join(tmpdir(), "hg-x-ref-"));
  try {
    for (const [file, edit] of [
      [
        "task.schema.json",
        (s: Schema) => {
          ((s.properties as Schema).lead as Schema)["x-ref"] = "leader";
        },
      ],
      [
        "unit.schema.json",
        (s: Schema) => {
          delete (s["x-content"] as Schema).key;
        },
      ],
    ] as const) {
      cpSync(SCHEMA_DIR, dir, { recursive: true });
      const path = join(dir, file);
      const schema = JSON.parse(readFileSync(path, "utf8")) as Schema;
      edit(schema);
      writeFileSync(path, JSON.stringify(schema));
      assert.throws(() => loadSchemas(dir), file === "task.schema.json" ? /"x-ref" value is invalid at path "#\/properties\/lead"/ : /"x-content" value is invalid.*'key'/, file);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
