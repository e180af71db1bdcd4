import { CONTENT_TYPES, type ContentType } from "../load/content-types.ts";
import type { IdKind } from "../types/content.generated.ts";
import { loadSchemas } from "./load-schemas.ts";
import { idFields, type FieldPath, type IdRule } from "./schema-annotations.ts";

/** Where the ids of one kind are declared, from the `x-id` field of a schema. */
export interface IdKindSource {
  kind: IdKind;
  type: ContentType;
  /** The id field in an item of the type: ["id"] for the item's own id, deeper for ids it holds (["targets", "*", "id"]). */
  path: FieldPath;
  /** True for the item's own id (a field of the item itself, equal to its file name), false for ids it holds. */
  own: boolean;
  rule: IdRule;
  /** The id field's title ("Mã chỉ tiêu"). */
  title: string;
  /** What staff call one such item: the title without its leading "Mã" ("chỉ tiêu"). */
  noun: string;
  /** Where to find them, for messages: a folder, the field of a folder's files, or one file. */
  where: string;
  /** True when they are declared in a single file (the period list): a missing one is added there. */
  inOneFile: boolean;
}

/**
 * Every id kind the schemas declare, with where it is declared: the content-type registry read for ids.
 * @example idKindSources().get("target") → { kind: "target", type: "objective", path: ["targets", "*", "id"], title: "Mã chỉ tiêu", noun: "chỉ tiêu", where: "các tệp content/{year}/muc-tieu/ (trường targets)", … }
 */
export function idKindSources(): Map<IdKind, IdKindSource> {
  const { schemas } = loadSchemas();
  const out = new Map<IdKind, IdKindSource>();
  for (const t of CONTENT_TYPES) {
    for (const { path, annotation, title } of idFields(schemas[t.schema] ?? {})) {
      const own = path.length === 1 && path[0] !== "*";
      const where = "file" in t ? t.file : own ? `${t.dir}/` : `các tệp ${t.dir}/ (trường ${path[0]})`;
      out.set(annotation.kind, { kind: annotation.kind, type: t.type, path, own, rule: annotation, title, noun: title.replace(/^Mã\s+/u, ""), where, inOneFile: "file" in t });
    }
  }
  return out;
}
