/**
 * Generated broken content for the fuzz tests: edits to the text, the bytes and the shape of a small
 * content tree (the fixture plan), and the property every run must keep. The base tree only gives
 * the edits something realistic to break; no assertion depends on what it says.
 */
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import fc from "fast-check";
import { deriveSiteData } from "../../scripts/derive/derive-site-data.ts";
import type { ContentError } from "../../scripts/load/content-error.ts";
import { contentTypesOf } from "../../scripts/load/content-types.ts";
import { parseContent, parseText } from "../../scripts/load/load-content.ts";
import type { ParsedFile } from "../../scripts/load/parse-markdown-file.ts";
import { nameProblem, type ReadBytes } from "../../scripts/load/read-content-file.ts";
import { decodeUtf8 } from "../../scripts/load/read-utf8.ts";
import { validateContent } from "../../scripts/validate/validate-content.ts";
import { FIXTURE_PLAN } from "../fixture-plan/fixture-plan.ts";

/** The fixture plan's year: its files are under content/2026/ and data/2026/ (docs/decisions/0008). */
const FIXTURE_YEAR = "2026";

/** Repository path → bytes of every file of the base tree. */
export function baseTree(root = FIXTURE_PLAN): Map<string, Uint8Array> {
  const out = new Map<string, Uint8Array>();
  for (const top of ["content", "data"]) {
    for (const entry of readdirSync(join(root, top), { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const path = join(entry.parentPath, entry.name);
      out.set(relative(root, path).split(sep).join("/"), readFileSync(path));
    }
  }
  return new Map([...out].sort(([a], [b]) => a.localeCompare(b)));
}

export type Known = ReadonlyMap<string, { text: string; parsed: ParsedFile }>;

/** The base tree's files parsed once, so a case parses only the files its edits changed. */
export function parseBase(base: ReadonlyMap<string, Uint8Array>): Known {
  const known = new Map<string, { text: string; parsed: ParsedFile }>();
  for (const [path, bytes] of base) {
    const decoded = decodeUtf8(bytes);
    if (!decoded.ok) continue;
    const text = decoded.text.normalize("NFC");
    known.set(path, { text, parsed: parseText(path, text) });
  }
  return known;
}

/** Snippets careless or hostile authors write: YAML features, JSON slips, hidden and odd characters, odd values. */
const HOSTILE = [
  "&a", "*a", "a: &a [x, *a]", "b: *zz", "!!binary aGk=", "!foo x", "<<: {a: 1}", "__proto__: {}", "constructor: 1", "prototype: x",
  "? a", "- - -", "'", '"', "{", "}", "[", "]", ":", ": :", "#", "---", "...", "%YAML 1.1", "\t", "  ", "\\", "\\u0000", "\\ud800",
  "\u202E", "\u200B", "\u2066", "\u0007", "\u001b[31m", "\u0000", "\u0085", "\u2028", "\uFEFF", "\r", "\r\n", "\uD800", "\uDFFF",
  "=HYPERLINK(\"https://x.example\")", "@SUM(A1)", "+1", "-0", "1e400", "-1e-400", ".nan", ".inf", "0x10", "0o7", "1_000", "NaN",
  "null", "~", "true", "yes", "no", "2026-02-30", "2026-13-01", "9999-99-99", "hoàn thành", "Hoàn Thành", "hoan-thanh", "dang-thuc-hien",
  "nv-1-1", "nv-9-9", "mt-1-1", "ct-1-1-1", "2026-q1", "2026-q9", "../../etc/passwd", "https://user:pass@127.0.0.1/",
  "Cải cách".normalize("NFD"), "ệ".normalize("NFD"), "\u0301", "x".repeat(300), "[".repeat(40), "{".repeat(40), "- ".repeat(40),
  "[".repeat(3000), " ".repeat(60) + "x: 1", "{\"a\": 1, \"a\": 2}", "{\"__proto__\": {\"id\": \"x\"}}", "{\"constructor\": {\"prototype\": 1}}", "[1, 2,]", "{,}", "\"\": 1", "id:", "id: ", "text: |", "text: >-",
];

/** One value an edit writes: a hostile snippet, any text (lone surrogates included) or a JSON value. */
const payload: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 30 }) },
  { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 30 }) },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v) ?? "null") },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom("[", "{\"a\":", "- ", "  "), fc.integer({ min: 1, max: 5000 })).map(([s, n]) => s.repeat(n)) },
);

/** A file name an editor might save, good or bad. */
const fileName: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom("nv-9-9", "mt-9-9", "2026-q9", "ban-sao", "NV-1-1", "nv 1 1", "nv-1-1 (1)", "nhiệm-vụ", "nv-1-1\n::warning::x", ".an", "README", "-x-", "a".repeat(120)),
  fc.stringMatching(/^[a-z0-9-]{1,20}$/),
  fc.string({ unit: "grapheme", minLength: 1, maxLength: 20 }).filter((s) => !s.includes("/") && s !== "." && s !== ".."),
).chain((stem) => fc.constantFrom(".md", ".json", ".MD", ".txt", "").map((ext) => `${stem}${ext}`));

export type Edit =
  | { kind: "insert-line" | "replace-line" | "insert-at" | "yaml-value"; file: number; at: number; text: string }
  | { kind: "delete-line" | "duplicate-line" | "truncate" | "nfd" | "remove-file"; file: number; at: number }
  | { kind: "bytes"; file: number; at: number; bytes: Uint8Array }
  | { kind: "json-value"; file: number; at: number; value: unknown }
  | { kind: "add-file"; file: number; name: string; text: string }
  | { kind: "rename"; file: number; name: string };

const file = fc.nat();
const at = fc.nat();
export const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constantFrom("insert-line", "replace-line", "insert-at", "yaml-value"), file, at, text: payload }),
  fc.record({ kind: fc.constantFrom("delete-line", "duplicate-line", "truncate", "nfd", "remove-file"), file, at }),
  fc.record({ kind: fc.constant("bytes"), file, at, bytes: fc.uint8Array({ minLength: 1, maxLength: 8 }) }),
  fc.record({ kind: fc.constant("json-value"), file, at, value: fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.constantFrom(-0, 1e308, -1, 100.0000001, 99.99999, "", "\u202E")) }),
  fc.record({ kind: fc.constant("add-file"), file, name: fileName, text: payload }),
  fc.record({ kind: fc.constant("rename"), file, name: fileName }),
) as fc.Arbitrary<Edit>;

const encoder = new TextEncoder();
const textOf = (bytes: Uint8Array) => Buffer.from(bytes).toString("utf8");

/** Every [path, value] position in a JSON value, in document order, for json-value edits. */
function jsonPaths(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  const here = [path];
  if (Array.isArray(value)) return here.concat(value.flatMap((v, i) => jsonPaths(v, [...path, i])));
  if (value && typeof value === "object") return here.concat(Object.entries(value).flatMap(([k, v]) => jsonPaths(v, [...path, k])));
  return here;
}

/** The folder a new or renamed file lands in, and the extension its content type expects. */
const FOLDERS = contentTypesOf(FIXTURE_YEAR).flatMap((t) => ("dir" in t ? [{ dir: t.dir, ext: t.ext }] : []));

/**
 * The tree after the edits, as parseContent takes it, plus the problems listing the folders would
 * report (names refused by the same nameProblem the loader uses).
 */
export function applyEdits(base: ReadonlyMap<string, Uint8Array>, edits: readonly Edit[]): { read: Map<string, ReadBytes>; listErrors: ContentError[] } {
  const tree = new Map(base);
  const listErrors: ContentError[] = [];
  for (const e of edits) {
    const paths = [...tree.keys()];
    if (paths.length === 0) break;
    const path = paths[e.file % paths.length]!;
    const bytes = tree.get(path)!;
    const text = textOf(bytes);
    const lines = text.split("\n");
    const line = "at" in e ? e.at % Math.max(1, lines.length) : 0;
    const put = (t: string) => tree.set(path, encoder.encode(t));
    switch (e.kind) {
      case "insert-line": lines.splice(line, 0, e.text); put(lines.join("\n")); break;
      case "replace-line": lines[line] = e.text; put(lines.join("\n")); break;
      case "delete-line": lines.splice(line, 1); put(lines.join("\n")); break;
      case "duplicate-line": lines.splice(line, 0, lines[line] ?? ""); put(lines.join("\n")); break;
      case "insert-at": { const i = e.at % (text.length + 1); put(text.slice(0, i) + e.text + text.slice(i)); break; }
      case "truncate": put(text.slice(0, e.at % (text.length + 1))); break;
      case "nfd": put(text.normalize("NFD")); break;
      case "yaml-value": {
        // Replace the value of one "key: value" line with the payload, as a careless edit would.
        const fields = lines.map((l, i) => (/^\s*[\w-]+:/.test(l) ? i : -1)).filter((i) => i >= 0);
        if (fields.length === 0) break;
        const i = fields[e.at % fields.length]!;
        lines[i] = lines[i]!.replace(/:.*$/, `: ${e.text}`);
        put(lines.join("\n"));
        break;
      }
      case "bytes": {
        const i = e.at % (bytes.length + 1);
        tree.set(path, Buffer.concat([bytes.subarray(0, i), e.bytes, bytes.subarray(i)]));
        break;
      }
      case "json-value": {
        let value: unknown;
        try {
          value = JSON.parse(text);
        } catch {
          break;
        }
        const targets = jsonPaths(value).filter((p) => p.length > 0);
        if (targets.length === 0) break;
        const target = targets[e.at % targets.length]!;
        let parent = value as Record<string | number, unknown>;
        for (const k of target.slice(0, -1)) parent = parent[k] as Record<string | number, unknown>;
        parent[target.at(-1)!] = e.value;
        put(`${JSON.stringify(value, null, 2)}\n`);
        break;
      }
      case "remove-file": tree.delete(path); break;
      case "add-file":
      case "rename": {
        const folder = FOLDERS[e.file % FOLDERS.length]!;
        const refused = nameProblem(folder.dir, e.name, folder.ext);
        if (e.kind === "rename") tree.delete(path);
        if (refused) {
          listErrors.push(refused);
          break;
        }
        // A new file starts as a copy of a file of the same kind (a copied task) with the payload in it.
        const model = paths.find((p) => p.startsWith(`${folder.dir}/`));
        const start = e.kind === "rename" ? text : `${model ? textOf(tree.get(model) ?? new Uint8Array()) : ""}\n${e.text}`;
        tree.set(`${folder.dir}/${e.name}`, encoder.encode(start));
        break;
      }
    }
  }
  return { read: new Map([...tree].map(([p, b]) => [p, { ok: true as const, bytes: b }])), listErrors };
}

/** Letters only Vietnamese writes: a message without any is not a Vietnamese message. */
const VIETNAMESE = /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i;
/** Signs of an internal error leaking to staff. */
const LEAK = /\bat \S+ \(|\bat file:|Error:|\[object Object\]|\bundefined\b|Cannot read|is not a function|Maximum call stack/;

/**
 * The property: load and validate never throw, finish within `bound` ms of processor time, and every problem has a
 * file that exists (or was refused by name), a line inside that file, a column, a field and a
 * Vietnamese message and fix with no sign of a stack trace. Valid content also derives.
 */
export function checkCase(base: ReadonlyMap<string, Uint8Array>, known: Known, edits: readonly Edit[], publish: boolean, bound: number): void {
  const { read, listErrors } = applyEdits(base, edits);
  // Processor time, not wall time: the bound is for a blow-up in this code, not for other work
  // sharing the machine.
  const started = process.cpuUsage();
  const { files, errors: loadErrors } = parseContent(read, listErrors, known);
  const { errors, warnings, content } = validateContent(files, { publish });
  if (content) deriveSiteData(content);
  const used = process.cpuUsage(started);
  const elapsed = (used.user + used.system) / 1000;
  assert.ok(elapsed < bound, `took ${Math.round(elapsed)} ms of processor time (bound ${bound} ms)`);
  const texts = new Map([...read].map(([p, r]) => [p, r.ok ? decodeUtf8(r.bytes) : null]));
  const refused = new Set(listErrors.map((e) => e.file));
  for (const p of [...loadErrors, ...errors, ...warnings]) {
    const where = `${p.file}:${p.line}:${p.col} ${p.field}: ${p.message} (${p.fix})`;
    assert.ok(read.has(p.file) || refused.has(p.file) || contentTypesOf(FIXTURE_YEAR).some((t) => "file" in t && t.file === p.file), `unknown file: ${where}`);
    assert.ok(Number.isInteger(p.line) && p.line >= 1, `line: ${where}`);
    assert.ok(Number.isInteger(p.col) && p.col >= 1, `column: ${where}`);
    const decoded = texts.get(p.file);
    if (decoded?.ok) assert.ok(p.line <= decoded.text.split("\n").length, `line past the end of the file: ${where}`);
    assert.ok(p.field.trim() !== "", `field: ${where}`);
    assert.match(p.message, VIETNAMESE, `message not Vietnamese: ${where}`);
    assert.ok(p.fix.trim() !== "", `fix: ${where}`);
    assert.doesNotMatch(`${p.message} ${p.fix}`, LEAK, `internal error shown to staff: ${where}`);
  }
}
