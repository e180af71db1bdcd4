import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from "jsonc-parser";
import { lineIndex } from "../lib/line-index.ts";
import { MAX_BRACKET_DEPTH, tooDeepBracket } from "./nesting-depth.ts";
import type { ParsedFile } from "./parse-markdown-file.ts";
import type { DataPath, Position } from "./source-file.ts";

const JSON_TITLE = "Cú pháp JSON";

const JSON_PHRASES: Record<string, { message: string; fix: string }> = {
  CommaExpected: { message: "Thiếu dấu phẩy giữa hai giá trị", fix: "thêm dấu , ở cuối dòng trước" },
  ColonExpected: { message: "Thiếu dấu hai chấm sau tên trường", fix: "viết \"tên\": giá trị" },
  PropertyNameExpected: { message: "Thiếu tên trường hoặc thừa dấu phẩy", fix: "xóa dấu , thừa trước dấu } hoặc đặt tên trường trong ngoặc kép" },
  ValueExpected: { message: "Thiếu giá trị hoặc thừa dấu phẩy", fix: "xóa dấu , thừa trước dấu ] hoặc } và kiểm tra giá trị" },
  CloseBraceExpected: { message: "Thiếu dấu } đóng", fix: "thêm dấu } còn thiếu" },
  CloseBracketExpected: { message: "Thiếu dấu ] đóng", fix: "thêm dấu ] còn thiếu" },
  EndOfFileExpected: { message: "Có nội dung thừa sau khi tệp đã kết thúc", fix: "xóa phần thừa sau dấu đóng cuối cùng" },
  InvalidSymbol: { message: "Ký tự không hợp lệ", fix: "đặt chữ trong ngoặc kép \"…\"; true, false, null viết thường" },
  UnexpectedEndOfString: { message: "Chuỗi chưa đóng ngoặc kép", fix: "thêm dấu \" ở cuối chuỗi" },
  InvalidCommentToken: { message: "JSON không cho phép chú thích", fix: "xóa chú thích // hoặc /* */" },
  InvalidEscapeCharacter: { message: "Ký tự thoát \\ không hợp lệ", fix: "viết \\\\ cho dấu \\" },
  InvalidCharacter: { message: "Ký tự điều khiển trong chuỗi", fix: "xóa ký tự lạ hoặc xuống dòng trong chuỗi" },
  InvalidNumberFormat: { message: "Số viết sai", fix: "dùng dấu chấm cho phần thập phân, ví dụ 98.5" },
  InvalidUnicode: { message: "Mã Unicode không hợp lệ", fix: "gõ trực tiếp chữ tiếng Việt thay cho \\u…" },
};

/** The offset of the comma when an error sits on a } or ] right after one ("a": 1, }). */
function trailingComma(text: string, e: ParseError): number | undefined {
  if (text[e.offset] !== "}" && text[e.offset] !== "]") return undefined;
  let i = e.offset - 1;
  while (i >= 0 && /\s/.test(text[i]!)) i--;
  return text[i] === "," ? i : undefined;
}

/**
 * Parses strict JSON (no comments, no trailing commas) and keeps node offsets for error positions.
 * @example parseJsonFile("data/2026/ky-bao-cao.json", "[]") → { ok: true, data: [], body: "", … }
 */
export function parseJsonFile(path: string, text: string): ParsedFile {
  try {
    return parseJson(path, text);
  } catch {
    // Depth is bounded before parsing; should a parser limit still be hit, staff get the file and a
    // message, never a stack trace.
    return { ok: false, errors: [{ file: path, line: 1, col: 1, field: JSON_TITLE, message: "Không đọc được tệp JSON: cấu trúc quá sâu hoặc quá phức tạp", fix: "kiểm tra các dấu ngoặc và so sánh với một tệp cùng loại" }] };
  }
}

function parseJson(path: string, text: string): ParsedFile {
  const at = lineIndex(text);
  if (text.trim() === "") {
    return { ok: false, errors: [{ file: path, line: 1, col: 1, field: JSON_TITLE, message: "Tệp rỗng", fix: "chép lại nội dung JSON của tệp" }] };
  }
  // jsonc-parser recurses once per level: a few thousand levels would overflow the call stack.
  const deep = tooDeepBracket(text);
  if (deep !== -1) {
    return { ok: false, errors: [{ file: path, ...at(deep), field: JSON_TITLE, message: `Ngoặc [ hoặc { lồng nhau quá ${MAX_BRACKET_DEPTH} cấp`, fix: "kiểm tra các dấu ngoặc: mỗi dấu mở cần một dấu đóng" }] };
  }
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  if (errors.length > 0 || !root) {
    let quietUntil = 0;
    return {
      ok: false,
      errors: errors.flatMap((e) => {
        const trailing = trailingComma(text, e);
        const offset = trailing ?? e.offset;
        const code = printParseErrorCode(e.error);
        // One slip often raises several errors on its line; after a stray word or an unclosed
        // string the parser also stumbles on the next line. The first error names the slip.
        const { line } = at(offset);
        if (line <= quietUntil) return [];
        quietUntil = code === "InvalidSymbol" || code === "UnexpectedEndOfString" ? line + 1 : line;
        const phrase = trailing !== undefined
          ? { message: "Thừa dấu phẩy sau mục cuối cùng", fix: "xóa dấu , này: sau mục cuối cùng trước dấu } hoặc ] không có dấu phẩy" }
          : JSON_PHRASES[code] ?? { message: "Lỗi cú pháp JSON", fix: "kiểm tra dấu phẩy, ngoặc kép và ngoặc đóng quanh vị trí này" };
        return [{ file: path, ...at(offset), field: JSON_TITLE, ...phrase }];
      }),
    };
  }
  const duplicates = duplicateKeys(root).map((key) => ({
    file: path, ...at(key.offset), field: JSON_TITLE,
    message: `Trường "${key.name}" được khai báo hai lần trong cùng một mục (giá trị sau sẽ ghi đè giá trị ở dòng ${at(key.first).line})`,
    fix: "xóa một trong hai dòng trùng tên trường",
  }));
  if (duplicates.length > 0) return { ok: false, errors: duplicates };
  const data: unknown = JSON.parse(text);
  const locate = (path: DataPath, target: "key" | "value" = "value"): Position => {
    for (let n = path.length; n >= 0; n--) {
      const node: Node | undefined = findNodeAtLocation(root, path.slice(0, n) as (string | number)[]);
      if (!node) continue;
      const keyNode = node.parent?.type === "property" ? node.parent.children?.[0] : undefined;
      if (n === path.length && target === "key" && keyNode) return at(keyNode.offset);
      return at(node.offset);
    }
    return { line: 1, col: 1 };
  };
  return { ok: true, data, body: "", locate };
}

/**
 * Every repeated key inside one object, at the repeat, with the offset of the first: JSON.parse keeps
 * the last value silently, so a row edited twice would publish whichever came later.
 */
function duplicateKeys(root: Node): { name: string; offset: number; first: number }[] {
  const found: { name: string; offset: number; first: number }[] = [];
  const walk = (node: Node) => {
    if (node.type === "object") {
      const seen = new Map<string, number>();
      for (const prop of node.children ?? []) {
        const key = prop.children?.[0];
        if (!key) continue;
        const name = String(key.value);
        const first = seen.get(name);
        if (first === undefined) seen.set(name, key.offset);
        else found.push({ name, offset: key.offset, first });
      }
    }
    for (const child of node.children ?? []) walk(child);
  };
  walk(root);
  return found;
}
