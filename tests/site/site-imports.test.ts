/**
 * One-way pipeline: templates, filters and browser scripts under site/ take what they show as data
 * (the globals `hg`, `openData`, `assets`) and share pure helpers through lib/; nothing under site/
 * runs code from the pipeline in scripts/. Type-only imports of the data they are handed
 * (scripts/derive/types.ts, erased before anything runs) are the one kind allowed. The other way,
 * scripts/ and lib/ read the UI strings through lib/ui.ts and import nothing else from site/. And
 * tests depend on the code, never the code on the tests: nothing under scripts/ or lib/ loads a file
 * under tests/ (what a benchmark shares with the browser tests lives in scripts/lib/).
 */
import assert from "node:assert/strict";
import { readdir, readFile } from "node:fs/promises";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { test } from "node:test";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && /\.(ts|js)$/.test(e.name)).map((e) => join(e.parentPath, e.name));
}

/** Specifiers of the imports that load a module when the code runs: not `import type` / `export type`. */
const runtimeSpecifiers = (source: string) => specifiers(source, { types: false });
/** Specifiers of every import, type-only ones too: for directions where even a type may not cross. */
const allSpecifiers = (source: string) => specifiers(source, { types: true });

function specifiers(source: string, { types }: { types: boolean }): string[] {
  const statements = [...source.matchAll(/^\s*(?:import|export)\s+(type\s+)?[^;]*?\bfrom\s*["']([^"']+)["']/gm)];
  const bare = [...source.matchAll(/^\s*import\s*["']([^"']+)["']/gm)].map((m) => m[1]!);
  const dynamic = [...source.matchAll(/\bimport\s*\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]!);
  return [...statements.filter((m) => types || !m[1]).map((m) => m[2]!), ...bare, ...dynamic];
}

test("no file under site/ runs code from scripts/", async () => {
  const offenders: string[] = [];
  for (const file of await sourceFiles(join(ROOT, "site"))) {
    for (const spec of runtimeSpecifiers(await readFile(file, "utf8"))) {
      if (!spec.startsWith(".")) continue;
      const target = relative(ROOT, resolve(dirname(file), spec)).split("\\").join("/");
      if (target.startsWith("scripts/")) offenders.push(`${relative(ROOT, file)} → ${target}`);
    }
  }
  assert.deepEqual(offenders, []);
});

test("no file under scripts/ or lib/ loads anything from site/ but through lib/ui.ts (the UI strings, as data)", async () => {
  const offenders: string[] = [];
  for (const dir of ["scripts", "lib"]) {
    for (const file of await sourceFiles(join(ROOT, dir))) {
      for (const spec of runtimeSpecifiers(await readFile(file, "utf8"))) {
        if (!spec.startsWith(".")) continue;
        const from = relative(ROOT, file).split("\\").join("/");
        const target = relative(ROOT, resolve(dirname(file), spec)).split("\\").join("/");
        if (target.startsWith("site/") && !(from === "lib/ui.ts" && target === "site/_data/ui.json")) offenders.push(`${from} → ${target}`);
      }
    }
  }
  assert.deepEqual(offenders, []);
});

test("no file under scripts/ or lib/ loads anything from tests/", async () => {
  const offenders: string[] = [];
  for (const dir of ["scripts", "lib"]) {
    for (const file of await sourceFiles(join(ROOT, dir))) {
      for (const spec of allSpecifiers(await readFile(file, "utf8"))) {
        if (!spec.startsWith(".")) continue;
        const target = relative(ROOT, resolve(dirname(file), spec)).split("\\").join("/");
        if (target.startsWith("tests/")) offenders.push(`${relative(ROOT, file).split("\\").join("/")} → ${target}`);
      }
    }
  }
  assert.deepEqual(offenders, []);
});

test("the import finder sees every form that loads a module, and skips type-only imports", () => {
  const source = [
    `import type { A } from "../a.ts";`,
    `import { b, type B } from '../b.ts';`,
    `export { c } from "./c.ts";`,
    `export type { E } from "./e.ts";`,
    `import {\n  f,\n  g,\n} from "./f.ts";`,
    `import "./side-effect.ts";`,
    `const d = await import("./d.ts");`,
  ].join("\n");
  assert.deepEqual(runtimeSpecifiers(source), ["../b.ts", "./c.ts", "./f.ts", "./side-effect.ts", "./d.ts"]);
  // Type-only imports count where any import is refused (scripts/ → tests/): the type checker needs the file too.
  assert.deepEqual(allSpecifiers(source), ["../a.ts", "../b.ts", "./c.ts", "./e.ts", "./f.ts", "./side-effect.ts", "./d.ts"]);
});
