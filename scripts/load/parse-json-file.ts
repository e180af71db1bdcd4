import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from "jsonc-parser";
import { lineIndex } from "../lib/line-index.ts";
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
 * @example parseJsonFile("data/ky-bao-cao.json", "[]") → { ok: true, data: [], body: "", … }
 */
export function parseJsonFile(path: string, text: string): ParsedFile {
  const at = lineIndex(text);
  if (text.trim() === "") {
    return { ok: false, errors: [{ file: path, line: 1, col: 1, field: JSON_TITLE, message: "Tệp rỗng", fix: "chép lại nội dung JSON của tệp" }] };
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
