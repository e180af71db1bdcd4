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
  // "null" alone reads as jargon: say what it is for and how it is written.
  null: "null khi chưa có số liệu",
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

/** The form each id pattern asks for, with an example: "does not match" alone does not say what to write. */
const ID_FORMS: Record<string, string> = {
  "^nv-[0-9]+-[0-9]+(-[0-9]+)?$": "mã nhiệm vụ viết dạng nv-<số>-<số> hoặc nv-<số>-<số>-<số>, chữ thường, nối bằng gạch ngang, ví dụ nv-2-2-1",
  "^mt-[0-9]+-[0-9]+$": "mã mục tiêu viết dạng mt-<số>-<số>, chữ thường, nối bằng gạch ngang, ví dụ mt-2-3",
  "^ct-[0-9]+-[0-9]+-[0-9]+$": "mã chỉ tiêu viết dạng ct-<số>-<số>-<số>, chữ thường, nối bằng gạch ngang, ví dụ ct-2-3-1",
  "^[0-9]{4}-[a-z0-9]+$": "mã kỳ viết dạng <năm>-<kỳ>, ví dụ 2026-q3",
  "^[0-9]{4}-[0-9]{2}-[0-9]{2}-[a-z0-9]+(-[a-z0-9]+)*$": "mã tin viết dạng <ngày NNNN-TT-NN>-<tên ngắn không dấu>, ví dụ 2026-07-15-dong-nai-day-manh-so-hoa",
  "^[a-z0-9]+(-[a-z0-9]+)*$": "mã viết chữ thường không dấu, chữ số, nối bằng gạch ngang, không có dấu cách, ví dụ van-phong-hdnd-ubnd",
};

/**
 * What a code typed as words becomes: marks stripped, đ → d, lowercase, spaces to hyphens.
 * @example asCode("Hoàn thành") → "hoan-thanh"
 */
export function asCode(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").replace(/[đĐ]/g, "d").toLowerCase().trim().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
}

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
      const values = params.allowedValues as unknown[];
      const allowed = values.map(show);
      // "hoàn thành" for hoan-thanh: the label typed instead of its code.
      const code = typeof e.data === "string" ? asCode(e.data) : undefined;
      const fix = code && code !== e.data && values.includes(code)
        ? `viết mã "${code}" (chữ thường không dấu, nối bằng gạch ngang) thay cho ${show(e.data)}`
        : `dùng một trong: ${allowed.join(", ")}`;
      return { ...here(), field: title, message: `Giá trị ${show(e.data)} không nằm trong danh sách cho phép`, fix };
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
      const idForm = ID_FORMS[String(params.pattern)];
      const code = typeof e.data === "string" ? asCode(e.data) : "";
      const suggestion = idForm && code && new RegExp(String(params.pattern)).test(code) ? `; có phải ý bạn là "${code}"?` : "";
      const fix = joined
        ? "hai mục của danh sách bị dính vào nhau: viết mỗi mục trên một dòng riêng, bắt đầu bằng \"- \" thẳng hàng với mục trên"
        : idForm ? `${idForm}${suggestion}` : String(sub?.description ?? PATTERN_WORDS[String(params.pattern)] ?? "sửa lại cho đúng dạng");
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
