import type { ContentError } from "../../load/content-error.ts";
import { CONTENT_TYPES } from "../../load/content-types.ts";
import { idKindSources } from "../id-kinds.ts";
import { idPrefix, valuesAt } from "../schema-annotations.ts";
import { errorAt, type Check, type Checked } from "./context.ts";

/**
 * Every id a schema declares (`x-id`) follows its rules: an item's own id equals its file name and
 * is declared once in its folder; an id inside an item (a target) is declared once and begins as
 * `x-id.prefix` says (targets of mt-X are ct-X-…); an id in a single-file list (a period) once in it.
 * An item's own id may be another field than `id`: a report's is its period.
 * @example checkIds(ctx) → [{ file: "content/2026/nhiem-vu/nv-1-1.md", field: "Mã nhiệm vụ", message: "Mã \"nv-1-9\" khác tên tệp \"nv-1-1\"", … }]
 */
export const checkIds: Check = (ctx) => {
  const errors: ContentError[] = [];
  const sources = [...idKindSources().values()];
  for (const source of sources) {
    const t = CONTENT_TYPES.find((c) => c.type === source.type)!;
    const held = ctx[t.key as keyof typeof ctx] as Checked<unknown>[] | Checked<unknown> | undefined;
    const items = Array.isArray(held) ? held : held ? [held] : [];
    const { title, noun, path } = source;
    const firstFile = new Map<string, string>();
    if (source.own) {
      const field = path[0]!;
      for (const { file, data } of items) {
        const id = (data as Record<string, unknown>)[field];
        // A value its schema refused is undefined here (validate-content.ts); its own error speaks for it.
        if (typeof id !== "string") continue;
        if (id !== file.stem) {
          errors.push(errorAt(file, [field], title, `Mã "${id}" khác tên tệp "${file.stem}"`, `đổi mã thành "${file.stem}", hoặc đổi tên tệp thành ${id}${file.path.slice(file.path.lastIndexOf("."))}`));
        }
        const other = firstFile.get(id);
        if (other) errors.push(errorAt(file, [field], title, `Mã "${id}" đã được dùng ở ${other}`, "mỗi mục cần một mã riêng; đặt mã khác"));
        else firstFile.set(id, file.path);
      }
      continue;
    }
    const parent = sources.find((s) => s.type === source.type && s.own);
    for (const { file, data } of items) {
      const parentId = parent ? (data as Record<string, unknown> | undefined)?.[parent.path[0]!] : undefined;
      if (parent && typeof parentId !== "string") continue;
      for (const { path: at, value: id } of valuesAt(data, path)) {
        if (typeof id !== "string") continue;
        const other = firstFile.get(id);
        if (other && source.inOneFile) errors.push(errorAt(file, at, title, `${noun[0]!.toUpperCase()}${noun.slice(1)} "${id}" được khai báo hai lần`, `xóa ${noun} trùng`));
        else if (other) errors.push(errorAt(file, at, title, `${title} "${id}" đã được dùng ở ${other}`, `đặt ${title[0]!.toLowerCase()}${title.slice(1)} khác`));
        else firstFile.set(id, file.path);
        if (parent && source.rule.prefix && typeof parentId === "string") {
          const prefix = idPrefix(source.rule.prefix, parentId);
          if (!id.startsWith(prefix)) errors.push(errorAt(file, at, title, `${title} "${id}" không thuộc ${parent.noun} ${parentId}`, `đặt mã bắt đầu bằng ${prefix}`));
        }
      }
    }
  }
  return errors;
};
