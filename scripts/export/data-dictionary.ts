import type { JsonSchema } from "../validate/load-schemas.ts";

export interface DictionaryField {
  /** Where the field sits in a file: "targets[].baseline.value". */
  name: string;
  title: string;
  description: string;
  /** In words: "chuỗi", "số nguyên", "ngày (NNNN-TT-NN)", "danh sách chuỗi", … */
  type: string;
  required: boolean;
  /** Allowed values, when the schema lists them. */
  values?: string[];
}

export interface DictionaryEntry {
  /** Schema name, e.g. "task"; its file is /du-lieu/schemas/<name>.schema.json. */
  name: string;
  title: string;
  description: string;
  fields: DictionaryField[];
}

/**
 * Every field of every content type, read from the JSON Schemas (the one place titles and descriptions
 * are written), nested fields flattened to dotted names with "[]" for list items.
 * @example dataDictionary(schemas).find((e) => e.name === "task")!.fields[0] → { name: "id", title: "Mã nhiệm vụ", type: "chuỗi", required: true, … }
 */
export function dataDictionary(schemas: Record<string, JsonSchema>): DictionaryEntry[] {
  // The order a reader meets the content types (each schema's x-content.order): the plan, its structure, then the reports.
  const rank = (name: string) => (schemas[name]?.["x-content"] as { order?: number } | undefined)?.order ?? Number.MAX_SAFE_INTEGER;
  const names = Object.keys(schemas).sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  return names.map((name) => {
    const root = schemas[name]!;
    const fields: DictionaryField[] = [];
    // A file holding a list (data/2026/ky-bao-cao.json) is described by its items.
    const top = deref(root, root);
    const start = top.type === "array" && top.items ? deref(root, top.items as JsonSchema) : top;
    walk(root, start, "", fields);
    return { name, title: String(root.title ?? name), description: String(root.description ?? ""), fields };
  });
}

function walk(root: JsonSchema, node: JsonSchema, prefix: string, out: DictionaryField[]): void {
  const required = new Set((node.required as string[] | undefined) ?? []);
  for (const [key, raw] of Object.entries((node.properties ?? {}) as Record<string, JsonSchema>)) {
    const field = deref(root, raw);
    const name = `${prefix}${key}`;
    const items = field.type === "array" && field.items ? deref(root, field.items as JsonSchema) : undefined;
    out.push({
      name,
      title: String(field.title ?? key),
      description: String(field.description ?? ""),
      type: typeWords(field, items),
      required: required.has(key),
      ...(Array.isArray(field.enum) ? { values: field.enum.map(String) } : {}),
    });
    if (field.type === "object") walk(root, field, `${name}.`, out);
    if (items?.type === "object") walk(root, items, `${name}[].`, out);
  }
}

function typeWords(node: JsonSchema, items?: JsonSchema): string {
  if (items) return items.type === "object" ? "danh sách đối tượng" : `danh sách ${typeWords(items)}`;
  if (node.format === "date") return "ngày (NNNN-TT-NN)";
  if (node.format === "uri") return "đường dẫn";
  const types = ([] as unknown[]).concat(node.type);
  const words: Record<string, string> = { string: "chuỗi", integer: "số nguyên", number: "số", boolean: "đúng/sai (true/false)", object: "đối tượng", array: "danh sách" };
  const main = types.filter((t) => t !== "null").map((t) => words[String(t)] ?? String(t)).join(" hoặc ");
  return types.includes("null") ? `${main} hoặc null` : main;
}

function deref(root: JsonSchema, node: JsonSchema): JsonSchema {
  const ref = node.$ref;
  if (typeof ref !== "string" || !ref.startsWith("#/")) return node;
  let target: unknown = root;
  for (const part of ref.slice(2).split("/")) target = (target as Record<string, unknown>)[part];
  return deref(root, target as JsonSchema);
}
