import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { lintSchema } from "./lint-schema.ts";

export const SCHEMA_DIR = fileURLToPath(new URL("../../schemas/", import.meta.url));

export type JsonSchema = Record<string, unknown>;

export interface SchemaSet {
  schemas: Record<string, JsonSchema>;
  validators: Record<string, ValidateFunction>;
}

let cached: SchemaSet | undefined;

/**
 * Reads every schemas/<name>.schema.json, checks the schemas themselves (meta-schema and our house
 * rules) and compiles them once. A broken schema is a programmer error, so it throws.
 * @example loadSchemas().validators.task({ id: "nv-1-1", … }) → true
 */
export function loadSchemas(dir = SCHEMA_DIR): SchemaSet {
  if (cached && dir === SCHEMA_DIR) return cached;
  const ajv = new Ajv2020({ strict: true, allErrors: true, allowUnionTypes: true, verbose: true });
  addFormats.default(ajv, ["date", "uri"]);
  const schemas: Record<string, JsonSchema> = {};
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".schema.json")).sort()) {
    schemas[file.replace(/\.schema\.json$/, "")] = JSON.parse(readFileSync(join(dir, file), "utf8")) as JsonSchema;
  }
  // Our annotations, not checks (strict mode refuses keywords it has not been told of):
  // x-content: where a type's files live, its reading order, its key in validated content (the registry, scripts/load/content-types.ts);
  // x-id: the field holds an id the item declares, of which kind, and the rules its value follows;
  // x-ref: the field names an item of another type, one of the kinds some schema declares with x-id.
  ajv.addKeyword({ keyword: "x-ref", metaSchema: { enum: declaredIdKinds(schemas) } });
  ajv.addKeyword({ keyword: "x-id", metaSchema: X_ID });
  ajv.addKeyword({ keyword: "x-content", metaSchema: X_CONTENT });
  const problems: string[] = [];
  for (const [name, schema] of Object.entries(schemas)) {
    if (!ajv.validateSchema(schema)) problems.push(`${name}.schema.json: ${ajv.errorsText(ajv.errors)}`);
    problems.push(...lintSchema(schema).map((p) => `${name}.schema.json: ${p}`));
  }
  if (problems.length > 0) throw new Error(`Lược đồ không hợp lệ:\n${problems.join("\n")}`);
  const validators: Record<string, ValidateFunction> = {};
  for (const [name, schema] of Object.entries(schemas)) validators[name] = ajv.compile(schema);
  const set = { schemas, validators };
  if (dir === SCHEMA_DIR) cached = set;
  return set;
}

const X_CONTENT = {
  type: "object", additionalProperties: false, required: ["order", "typeName", "key"],
  properties: {
    order: { type: "integer", minimum: 1 },
    typeName: { type: "string", pattern: "^[A-Z][A-Za-z]*$" },
    // The type's name in validated content (`content.tasks`): a list for a folder type, one item for a file.
    key: { type: "string", pattern: "^[a-z][A-Za-z]*$" },
    // The field items are kept in order of ("-" first: newest first); without it, file-name order.
    sort: { type: "string", pattern: "^-?[a-z][A-Za-z]*$" },
    file: { type: "string" },
    dir: { type: "string" },
    ext: { enum: [".md", ".json"] },
    // Published as a table of the open data (/du-lieu/<name>.csv): one column per field of an item (scripts/export/build-data-package.ts).
    resource: {
      type: "object", additionalProperties: false, required: ["name", "description"],
      properties: { name: { type: "string", pattern: "^[a-z][a-z-]*$" }, description: { type: "string", minLength: 1 } },
    },
  },
};

const X_ID = {
  type: "object", additionalProperties: false, required: ["kind"],
  properties: {
    kind: { type: "string", pattern: "^[a-z]+$" },
    // An id inside an item (a target in an objective) begins with the item's id rewritten: the match, then its replacement.
    prefix: { type: "object", additionalProperties: false, required: ["match", "replace"], properties: { match: { type: "string" }, replace: { type: "string" } } },
    // The number the pattern captures in the id is the `property` of the item named by the sibling `field`.
    encodes: {
      type: "object", additionalProperties: false, required: ["field", "property", "pattern"],
      properties: { field: { type: "string" }, property: { type: "string" }, pattern: { type: "string" } },
    },
  },
};

/** The id kinds the schemas declare (every `x-id.kind`), which `x-ref` may name. */
function declaredIdKinds(schemas: Record<string, JsonSchema>): string[] {
  const kinds = new Set<string>();
  const walk = (node: unknown) => {
    if (!node || typeof node !== "object") return;
    const kind = (node as { "x-id"?: { kind?: unknown } })["x-id"]?.kind;
    if (typeof kind === "string") kinds.add(kind);
    for (const v of Object.values(node)) walk(v);
  };
  walk(schemas);
  return [...kinds].sort();
}
