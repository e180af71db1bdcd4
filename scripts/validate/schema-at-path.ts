import { loadSchemas, type JsonSchema } from "./load-schemas.ts";
import type { DataPath } from "../load/source-file.ts";
import type { ContentType } from "../load/content-types.ts";

/**
 * The subschema that describes the value at `path`, following properties, items (an index, or "*"
 * for any item) and local $refs.
 * @example schemaAtPath(reportSchema, ["tasks", 0, "percent"]).title → "Tiến độ (%)"
 */
export function schemaAtPath(root: JsonSchema, path: DataPath): JsonSchema | undefined {
  let node: JsonSchema | undefined = deref(root, root);
  for (const seg of path) {
    if (!node) return undefined;
    if (typeof seg === "number" || seg === "*" || /^\d+$/.test(String(seg))) {
      node = typeof node.items === "object" ? deref(root, node.items as JsonSchema) : undefined;
    } else {
      node = deref(root, ((node.properties ?? {}) as Record<string, JsonSchema>)[seg]);
    }
  }
  return node;
}

/** A node with its local $ref followed; keywords beside the $ref (a field's own title) win over the definition's. */
function deref(root: JsonSchema, node: JsonSchema | undefined): JsonSchema | undefined {
  const ref = node?.$ref;
  if (typeof ref !== "string" || !ref.startsWith("#/")) return node;
  let target: unknown = root;
  for (const part of ref.slice(2).split("/")) target = (target as Record<string, unknown>)[part];
  const { $ref: _followed, ...beside } = node!;
  return { ...deref(root, target as JsonSchema), ...beside };
}

/**
 * A field's title for messages: its own title, or "<parent title> (mục n)" for untitled list items
 * ("*", any item of a list, takes the list's title).
 * @example fieldTitle(taskSchema, ["support", 1]) → "Đơn vị phối hợp (mục 2)"
 */
export function fieldTitle(root: JsonSchema, path: DataPath): string {
  const own = schemaAtPath(root, path)?.title;
  if (typeof own === "string" && path.length > 0) return own;
  const last = path[path.length - 1];
  if (path.length > 0 && typeof last === "number") return `${fieldTitle(root, path.slice(0, -1))} (mục ${last + 1})`;
  if (path.length > 0 && last === "*") return fieldTitle(root, path.slice(0, -1));
  return path.length === 0 ? String(root.title ?? "Tệp") : String(last);
}

/**
 * The title a content type's schema gives a field, the one place cross-file checks and the open
 * data take field names from ("*" for any item of a list).
 * @example titleOf("report", ["tasks", "*", "status"]) → "Tình trạng"
 */
export function titleOf(type: ContentType, path: DataPath): string {
  const schema = loadSchemas().schemas[type];
  if (!schema || !schemaAtPath(schema, path)) throw new Error(`Lược đồ ${type} không có trường ${path.join(".")}`);
  return fieldTitle(schema, path);
}
