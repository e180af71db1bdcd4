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
  // Our annotation, not a check: where a type's files live and its reading order (the content-type
  // registry, scripts/load/content-types.ts). Strict mode refuses keywords it has not been told of.
  // And on a field that names an item of another type: which type (checked by validate/cross/check-references.ts).
  ajv.addKeyword({ keyword: "x-ref", metaSchema: { enum: ["area", "objective", "target", "task", "unit", "period"] } });
  ajv.addKeyword({
    keyword: "x-content",
    metaSchema: {
      type: "object", additionalProperties: false, required: ["order", "typeName"],
      properties: { order: { type: "integer", minimum: 1 }, typeName: { type: "string", pattern: "^[A-Z][A-Za-z]*$" }, file: { type: "string" }, dir: { type: "string" }, ext: { enum: [".md", ".json"] } },
    },
  });
  const schemas: Record<string, JsonSchema> = {};
  const validators: Record<string, ValidateFunction> = {};
  const problems: string[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".schema.json")).sort()) {
    const name = file.replace(/\.schema\.json$/, "");
    const schema = JSON.parse(readFileSync(join(dir, file), "utf8")) as JsonSchema;
    if (!ajv.validateSchema(schema)) problems.push(`${file}: ${ajv.errorsText(ajv.errors)}`);
    problems.push(...lintSchema(schema).map((p) => `${file}: ${p}`));
    schemas[name] = schema;
  }
  if (problems.length > 0) throw new Error(`Lược đồ không hợp lệ:\n${problems.join("\n")}`);
  for (const [name, schema] of Object.entries(schemas)) validators[name] = ajv.compile(schema);
  const set = { schemas, validators };
  if (dir === SCHEMA_DIR) cached = set;
  return set;
}
