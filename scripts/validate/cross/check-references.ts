import type { ContentError } from "../../load/content-error.ts";
import type { DataPath, SourceFile } from "../../load/source-file.ts";
import { closestWord } from "../../lib/closest-word.ts";
import { CONTENT_TYPES, planYearOf, type ContentType } from "../../load/content-types.ts";
import type { IdKind } from "../../types/content.generated.ts";
import { idKindSources } from "../id-kinds.ts";
import { loadSchemas, type JsonSchema } from "../load-schemas.ts";
import { annotatedFields, valuesAt, type FieldPath } from "../schema-annotations.ts";
import { titleOf } from "../schema-at-path.ts";
import { errorAt, type Checked, type Check, type CrossContext } from "./context.ts";

/** A field that names an item of another type, as its schema declares with `x-ref`. "*" stands for every item of a list. */
interface ReferenceField {
  path: FieldPath;
  kind: IdKind;
  /** The field's title in the schema (for an item of a list, the list's title): what staff see. */
  title: string;
}

/**
 * Every `x-ref` field of a schema, in the order the schema lists them.
 * @example referenceFields(schemas.task) → [{ path: ["area"], kind: "area", title: "Lĩnh vực" }, …, { path: ["support", "*"], kind: "unit", title: "Đơn vị phối hợp" }, …]
 */
export function referenceFields(schema: JsonSchema): ReferenceField[] {
  return annotatedFields<IdKind>(schema, "x-ref").map(({ path, annotation, title }) => ({ path, kind: annotation, title }));
}

/** The items of a content type in a cross-file context, a single-file type's one file as a list of one. */
function itemsOf(ctx: CrossContext, type: ContentType): Checked<unknown>[] {
  const key = CONTENT_TYPES.find((t) => t.type === type)!.key;
  const held = ctx[key as keyof CrossContext] as Checked<unknown>[] | Checked<unknown> | undefined;
  return Array.isArray(held) ? held : held ? [held] : [];
}

/**
 * Every reference (each field marked `x-ref` in its schema) names an item that exists; an id that
 * encodes the number of another item (`x-id.encodes`: nv-2-… and mt-2-… in the area numbered 2)
 * matches it; a task's lead is not also among its coordinating units.
 * @example checkReferences(ctx) → [{ field: "Đơn vị chủ trì", message: "Không tìm thấy \"phong-x\" trong content/2026/don-vi/", … }]
 */
export const checkReferences: Check = (ctx) => {
  const errors: ContentError[] = [];
  const sources = idKindSources();
  // Values a file's schema refused are undefined here (validate-content.ts) and skipped: their own error speaks for them.
  const ref = (file: SourceFile, path: DataPath, field: string, kind: IdKind, id: string | undefined) => {
    if (typeof id !== "string" || ctx.known[kind]?.has(id) || ctx.unknowable?.(kind, id)) return;
    const { where: anyPlan, noun, inOneFile } = sources.get(kind)!;
    // Named in the plan of the file that refers (content/2026/…): references stay inside a plan.
    const where = anyPlan.replace("{year}", planYearOf(file.path) ?? "<năm>");
    const known = [...(ctx.known[kind] ?? [])].sort();
    // An id declared in a one-file list is added there rather than guessed at (2026-q1 and 2026-q3 are one letter apart).
    const guess = inOneFile ? undefined : closestWord(id, known);
    // A short list is spelled out, so staff need not open the folder to find the right id.
    const choices = known.length > 0 && known.length <= 10 ? `: ${known.join(", ")}` : "";
    const fix = guess
      ? `có phải ý bạn là "${guess}"?`
      : inOneFile
        ? `khai báo ${noun} "${id}" trong ${where}, hoặc dùng một ${noun} đã khai báo${choices}`
        : `dùng một mã có trong ${where}${choices}`;
    errors.push(errorAt(file, path, field, `Không tìm thấy "${id}" trong ${where}`, fix));
  };
  const { schemas } = loadSchemas();
  for (const t of CONTENT_TYPES) {
    const fields = referenceFields(schemas[t.schema] ?? {});
    for (const { file, data } of itemsOf(ctx, t.type)) {
      for (const field of fields) for (const { path, value } of valuesAt(data, field.path)) ref(file, path, field.title, field.kind, value as string | undefined);
    }
  }
  for (const source of sources.values()) {
    const encodes = source.rule.encodes;
    if (!encodes) continue;
    const schema = schemas[source.type] ?? {};
    const field = referenceFields(schema).find((f) => f.path.length === 1 && f.path[0] === encodes.field)!;
    const target = sources.get(field.kind)!;
    const numberOf = new Map(itemsOf(ctx, target.type).map(({ data }) => [(data as { id?: unknown }).id, (data as Record<string, unknown>)[encodes.property]]));
    for (const { file, data } of itemsOf(ctx, source.type)) {
      const id = (data as Record<string, unknown>)[source.path[0]!];
      const named = (data as Record<string, unknown>)[encodes.field];
      if (typeof id !== "string" || typeof named !== "string") continue;
      const n = numberOf.get(named);
      const match = new RegExp(encodes.pattern).exec(id);
      const declared = Number(match?.[1]);
      if (match && n !== undefined && n !== declared) {
        errors.push(
          errorAt(file, [encodes.field], field.title, `Mã "${id}" thuộc ${target.noun} số ${declared} nhưng trường ${encodes.field} là "${named}" (${target.noun} số ${n})`, `sửa trường ${encodes.field} cho khớp với số trong mã`),
        );
      }
    }
  }
  const supportTitle = titleOf("task", ["support"]);
  for (const { file, data } of ctx.tasks) {
    (data.support ?? []).forEach((u, i) => {
      if (u !== undefined && u === data.lead) errors.push(errorAt(file, ["support", i], supportTitle, `"${u}" đã là đơn vị chủ trì`, "xóa đơn vị này khỏi danh sách phối hợp"));
    });
  }
  return errors;
};
