import type { ErrorObject } from "ajv";
import type { ContentError } from "../load/content-error.ts";
import type { DataPath, SourceFile } from "../load/source-file.ts";
import { closestWord } from "../lib/closest-word.ts";
import type { JsonSchema } from "./load-schemas.ts";
import { fieldTitle, schemaAtPath } from "./schema-at-path.ts";

const TYPE_NAMES: Record<string, string> = {
  string: "chữ (đặt trong ngoặc kép)",
  number: "một số",
  integer: "một số nguyên",
  boolean: "true hoặc false",
  array: "một danh sách",
  object: "một nhóm trường",
  null: "null",
};

/** Turns an ajv instancePath ("/tasks/3/percent") into path segments. */
export function pointerToPath(pointer: string): DataPath {
  if (pointer === "") return [];
  return pointer
    .slice(1)
    .split("/")
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

const show = (v: unknown) => (typeof v === "string" ? `"${v}"` : JSON.stringify(v));

/** Plain words for the patterns whose schema node has no description (list items). */
const PATTERN_WORDS: Record<string, string> = {
  "^[a-z0-9]+(-[a-z0-9]+)*$": "mã chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang, không có dấu cách",
};

/**
 * For an unknown field, the allowed field it most likely misspells.
 * @example (additionalProperty "dealine" in a task) → "deadline"
 */
export function suggestedField(e: ErrorObject, schema: JsonSchema): string | undefined {
  if (e.keyword !== "additionalProperties") return undefined;
  const allowed = Object.keys((schemaAtPath(schema, pointerToPath(e.instancePath))?.properties ?? {}) as object);
  return closestWord(String((e.params as Record<string, unknown>).additionalProperty), allowed);
}

/**
 * One ajv error as a staff-facing message with the field's Vietnamese title and a fix.
 * @example (required "deadline" in a task) → { field: "Thời hạn", message: "Thiếu trường bắt buộc deadline", … }
 */
export function ajvErrorToContentError(e: ErrorObject, file: SourceFile, schema: JsonSchema, { missingFields = new Set<string>() }: { missingFields?: ReadonlySet<string> } = {}): ContentError {
  const path = pointerToPath(e.instancePath);
  const here = (target: "key" | "value" = "value", p: DataPath = path) => ({ file: file.path, ...file.locate(p, target) });
  const title = fieldTitle(schema, path);
  const sub = schemaAtPath(schema, path);
  const params = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case "required": {
      const missing = String(params.missingProperty);
      const missingTitle = fieldTitle(schema, [...path, missing]);
      const desc = schemaAtPath(schema, [...path, missing])?.description;
      return {
        ...here(), field: missingTitle,
        message: `Thiếu trường bắt buộc "${missing}"`,
        fix: `thêm dòng ${file.kind === "json" ? `"${missing}": …,` : `${missing}: …`}${desc ? ` — ${desc}` : ""}`,
      };
    }
    case "additionalProperties": {
      const extra = String(params.additionalProperty);
      const allowed = Object.keys((sub?.properties ?? {}) as object);
      const guess = suggestedField(e, schema);
      // A misspelt required field also raises "required"; validateAgainstSchemas drops that one, so say it here.
      const fix = guess && missingFields.has(guess)
        ? `có phải ý bạn là "${guess}"? Sửa tên trường thành ${guess} (trường này bắt buộc)`
        : guess ? `có phải ý bạn là "${guess}"? Sửa tên trường, hoặc xóa dòng này` : `xóa dòng này; các trường hợp lệ: ${allowed.join(", ")}`;
      return { ...here("key", [...path, extra]), field: title, message: `Trường "${extra}" không có trong mẫu dữ liệu`, fix };
    }
    case "type": {
      const types = String(params.type).split(",");
      const want = types.map((t) => TYPE_NAMES[t] ?? t).join(" hoặc ");
      // "60" in quotes is the usual slip: say exactly what to write.
      const value: unknown = e.data;
      const quotedNumber = typeof value === "string" && /^-?\d+(\.\d+)?$/.test(value.trim()) && types.some((t) => t === "number" || t === "integer") ? value.trim() : undefined;
      const fix = quotedNumber ? `bỏ dấu ngoặc kép, viết ${quotedNumber}` : sub?.description ? String(sub.description) : `sửa thành ${want}`;
      return { ...here(), field: title, message: `Giá trị ${show(e.data)} phải là ${want}`, fix };
    }
    case "enum": {
      const allowed = (params.allowedValues as unknown[]).map(show);
      return { ...here(), field: title, message: `Giá trị ${show(e.data)} không nằm trong danh sách cho phép`, fix: `dùng một trong: ${allowed.join(", ")}` };
    }
    case "format": {
      const isDate = params.format === "date";
      return {
        ...here(), field: title,
        message: isDate ? `${show(e.data)} không phải là một ngày hợp lệ` : `${show(e.data)} không phải là một địa chỉ hợp lệ`,
        fix: isDate ? "viết ngày theo dạng NNNN-TT-NN, ví dụ \"2026-12-31\", và kiểm tra ngày có thật trong lịch" : "viết đầy đủ địa chỉ, bắt đầu bằng https://",
      };
    }
    case "pattern": {
      // "a - b" in one list item: the next item was indented deeper than this one, so YAML joined them.
      const joined = typeof e.data === "string" && typeof path[path.length - 1] === "number" && /\s-\s/.test(e.data);
      const fix = joined
        ? "hai mục của danh sách bị dính vào nhau: viết mỗi mục trên một dòng riêng, bắt đầu bằng \"- \" thẳng hàng với mục trên"
        : String(sub?.description ?? PATTERN_WORDS[String(params.pattern)] ?? "sửa lại cho đúng dạng");
      return { ...here(), field: title, message: `Giá trị ${show(e.data)} không đúng dạng quy định`, fix };
    }
    case "minimum":
    case "exclusiveMinimum":
      return { ...here(), field: title, message: `Giá trị ${show(e.data)} nhỏ hơn mức cho phép (${String(params.limit)})`, fix: `nhập số từ ${String(params.limit)} trở lên` };
    case "maximum":
    case "exclusiveMaximum":
      return { ...here(), field: title, message: `Giá trị ${show(e.data)} lớn hơn mức cho phép (${String(params.limit)})`, fix: `nhập số không quá ${String(params.limit)}` };
    case "minLength":
      return { ...here(), field: title, message: "Không được để trống", fix: String(sub?.description ?? "điền nội dung cho trường này") };
    case "minItems":
      return { ...here(), field: title, message: `Danh sách cần ít nhất ${String(params.limit)} mục`, fix: String(sub?.description ?? "thêm mục vào danh sách") };
    case "uniqueItems":
      return { ...here(), field: title, message: `Danh sách có giá trị lặp lại (mục ${Number(params.j) + 1} và ${Number(params.i) + 1})`, fix: "xóa giá trị trùng" };
    default:
      return { ...here(), field: title, message: `Giá trị không hợp lệ (${e.keyword})`, fix: String(sub?.description ?? "kiểm tra lại giá trị") };
  }
}
