import type { DataPath } from "../load/source-file.ts";
import type { IdKind } from "../types/content.generated.ts";
import type { JsonSchema } from "./load-schemas.ts";

/** A path in a schema's data; "*" stands for every item of a list. */
export type FieldPath = (string | "*")[];

/** A field carrying one of our annotations (`x-id`, `x-ref`), with its title (for an untitled list item, the list's title). */
export interface AnnotatedField<A> {
  path: FieldPath;
  annotation: A;
  title: string;
}

/**
 * Every field of a schema that carries `keyword`, in the order the schema lists them, through
 * local `$defs`, object properties and list items.
 * @example annotatedFields(schemas.task, "x-ref") → [{ path: ["area"], annotation: "area", title: "Lĩnh vực" }, …, { path: ["support", "*"], annotation: "unit", title: "Đơn vị phối hợp" }, …]
 */
export function annotatedFields<A>(schema: JsonSchema, keyword: "x-id" | "x-ref"): AnnotatedField<A>[] {
  const out: AnnotatedField<A>[] = [];
  const defs = (schema.$defs ?? {}) as Record<string, JsonSchema>;
  const deref = (node: JsonSchema): JsonSchema => (typeof node.$ref === "string" ? { ...defs[node.$ref.split("/").pop()!], ...node } : node);
  const walk = (raw: JsonSchema, path: FieldPath, title: string | undefined) => {
    const node = deref(raw);
    const here = (node.title as string | undefined) ?? title;
    if (node[keyword] !== undefined) out.push({ path, annotation: node[keyword] as A, title: here ?? path.join(".") });
    for (const [key, sub] of Object.entries((node.properties ?? {}) as Record<string, JsonSchema>)) walk(sub, [...path, key], undefined);
    if (node.items && typeof node.items === "object") walk(node.items as JsonSchema, [...path, "*"], here);
  };
  walk(schema, [], undefined);
  return out;
}

/** What `x-id` says of an id field (see scripts/validate/load-schemas.ts). */
export interface IdRule {
  kind: IdKind;
  /** An id inside an item begins with the item's id rewritten: `parentId.replace(new RegExp(match), replace)`. */
  prefix?: { match: string; replace: string };
  /** The number `pattern` captures in the id is the `property` of the item its `field` names. */
  encodes?: { field: string; property: string; pattern: string };
}

/**
 * The fields of a schema that declare ids (`x-id`).
 * @example idFields(schemas.objective) → [{ path: ["id"], annotation: { kind: "objective", encodes: … }, title: "Mã mục tiêu" }, { path: ["targets", "*", "id"], annotation: { kind: "target", prefix: … }, title: "Mã chỉ tiêu" }]
 */
export function idFields(schema: JsonSchema): AnnotatedField<IdRule>[] {
  return annotatedFields<IdRule>(schema, "x-id");
}

/**
 * How the ids declared at a nested `x-id` field of an item begin, from the item's own id.
 * @example idPrefix({ match: "^mt-(.*)$", replace: "ct-$1-" }, "mt-2-3") → "ct-2-3-"
 */
export function idPrefix(rule: NonNullable<IdRule["prefix"]>, parentId: string): string {
  return parentId.replace(new RegExp(rule.match), rule.replace);
}

/**
 * The values at `path` in `data`, each with its concrete path ("*" expanded to every index); a
 * value that is not the shape the path expects (before the schema has passed) yields nothing.
 * @example valuesAt({ support: ["a", "b"] }, ["support", "*"]) → [{ path: ["support", 0], value: "a" }, { path: ["support", 1], value: "b" }]
 */
export function valuesAt(data: unknown, path: FieldPath, at: DataPath = []): { path: DataPath; value: unknown }[] {
  if (path.length === 0) return [{ path: at, value: data }];
  const [head, ...rest] = path;
  if (head === "*") return Array.isArray(data) ? data.flatMap((item, i) => valuesAt(item, rest, [...at, i])) : [];
  return data && typeof data === "object" ? valuesAt((data as Record<string, unknown>)[head!], rest, [...at, head!]) : [];
}
