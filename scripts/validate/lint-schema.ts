import type { JsonSchema } from "./load-schemas.ts";

/**
 * House rules ajv's meta-schema cannot check: every object closes itself with
 * `additionalProperties: false`, and every property carries a Vietnamese title and description,
 * because both feed staff error messages and the public data dictionary.
 * @example lintSchema({ type: "object", properties: { a: { type: "string" } } }) → ["/: additionalProperties phải là false", …]
 */
export function lintSchema(schema: JsonSchema, at = ""): string[] {
  const problems: string[] = [];
  if (schema.type === "object" && schema.additionalProperties !== false) {
    problems.push(`${at || "/"}: additionalProperties phải là false`);
  }
  const props = (schema.properties ?? {}) as Record<string, JsonSchema>;
  for (const [key, prop] of Object.entries(props)) {
    const here = `${at}/properties/${key}`;
    for (const word of ["title", "description"] as const) {
      if (typeof prop[word] !== "string" || (prop[word] as string).trim() === "") problems.push(`${here}: thiếu ${word}`);
    }
    problems.push(...lintSchema(prop, here));
  }
  if (schema.items && typeof schema.items === "object") problems.push(...lintSchema(schema.items as JsonSchema, `${at}/items`));
  for (const [key, def] of Object.entries((schema.$defs ?? {}) as Record<string, JsonSchema>)) {
    problems.push(...lintSchema(def, `${at}/$defs/${key}`));
  }
  return problems;
}
