import assert from "node:assert/strict";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { CONTENT_TYPES } from "../../scripts/load/content-types.ts";
import { loadSchemas, SCHEMA_DIR } from "../../scripts/validate/load-schemas.ts";

test("the registry lists every schema once, in reading order, with where its files live", () => {
  assert.deepEqual(
    CONTENT_TYPES.map((t) => [t.type, "file" in t ? t.file : `${t.dir}/*${t.ext}`]),
    [
      ["plan", "content/ke-hoach.md"],
      ["area", "content/linh-vuc/*.md"],
      ["objective", "content/muc-tieu/*.md"],
      ["task", "content/nhiem-vu/*.md"],
      ["unit", "content/don-vi/*.md"],
      ["period", "data/ky-bao-cao.json"],
      ["report", "data/bao-cao/*.json"],
      ["update", "content/cap-nhat/*.md"],
      ["site", "data/site.json"],
    ],
  );
  assert.deepEqual(CONTENT_TYPES.map((t) => t.schema).sort(), Object.keys(loadSchemas().schemas).sort());
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
