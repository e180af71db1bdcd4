import type { ErrorCode } from "yaml";

type Phrase = { message: string; fix: string };

const GENERIC: Phrase = {
  message: "Lỗi cú pháp YAML",
  fix: "kiểm tra dấu hai chấm sau tên trường, thụt lề bằng dấu cách và các dấu ngoặc kép ở dòng này",
};

const PHRASES: Partial<Record<ErrorCode, Phrase>> = {
  DUPLICATE_KEY: { message: "Một trường được khai báo hai lần", fix: "xóa một trong hai dòng trùng tên trường" },
  BAD_INDENT: { message: "Thụt lề không đúng", fix: "thụt lề bằng dấu cách, thẳng hàng với các dòng cùng cấp" },
  TAB_AS_INDENT: { message: "Dòng này thụt lề bằng ký tự Tab, phần đầu tệp không nhận Tab", fix: "xóa Tab ở đầu dòng và thụt lề bằng dấu cách" },
  MISSING_CHAR: { message: "Thiếu một dấu đóng (ngoặc kép, ngoặc vuông hoặc ngoặc nhọn)", fix: "thêm dấu đóng còn thiếu ở cuối giá trị" },
  MULTILINE_IMPLICIT_KEY: { message: "Tên trường bị ngắt sang nhiều dòng hoặc thiếu dấu hai chấm", fix: "viết \"tên_trường: giá trị\" trên cùng một dòng" },
  BLOCK_AS_IMPLICIT_KEY: { message: "Giá trị không hợp lệ ở vị trí tên trường", fix: "kiểm tra dấu hai chấm và thụt lề của dòng trên" },
  UNEXPECTED_TOKEN: { message: "Có ký tự không mong đợi", fix: "đặt giá trị có dấu hai chấm hoặc dấu # trong ngoặc kép" },
  BAD_SCALAR_START: { message: "Giá trị bắt đầu bằng ký tự không được phép", fix: "đặt cả giá trị trong ngoặc kép \"…\"" },
  BAD_DQ_ESCAPE: { message: "Ký tự thoát \\ không hợp lệ trong ngoặc kép", fix: "viết \\\\ cho dấu \\, hoặc dùng ngoặc đơn '…'" },
  IMPOSSIBLE: { message: "Cú pháp YAML không đọc được", fix: GENERIC.fix },
};

/** "ref: II.1.2: ý 1": the value holds ": ", so YAML reads a second field inside it. */
const COLON_IN_VALUE: Phrase = {
  message: "Giá trị có dấu hai chấm nhưng không đặt trong ngoặc kép",
  fix: "đặt cả giá trị trong ngoặc kép, ví dụ ref: \"II.1.2: ý 1\"",
};

/** "id: a" followed by "  area: b": the next line is indented deeper, so YAML reads it as part of this value. */
const DEEPER_NEXT_LINE: Phrase = {
  message: "Dòng dưới thụt lề sâu hơn dòng này",
  fix: "xóa dấu cách thừa ở đầu dòng dưới để các trường cùng cấp thẳng hàng",
};

/** "ref "II.1.2"": a field name with no colon after it. */
const MISSING_COLON: Phrase = { message: "Thiếu dấu hai chấm sau tên trường", fix: "viết \"tên_trường: giá trị\", có dấu cách sau dấu hai chấm" };

const MISSING_QUOTE: Phrase = { message: "Thiếu dấu ngoặc kép đóng", fix: "thêm dấu \" (hoặc ') ở cuối giá trị, cùng loại với dấu mở" };

/**
 * Vietnamese wording for a YAML parser error. The parser gives one code to several slips, so its
 * English `message` and `restOfLine` (the text from the error to the end of its line) tell them apart.
 * @example translateYamlError("TAB_AS_INDENT") → { message: "Dòng này thụt lề bằng ký tự Tab…", fix: "xóa Tab ở đầu dòng và thụt lề bằng dấu cách" }
 */
export function translateYamlError(code: ErrorCode, { message = "", restOfLine }: { message?: string; restOfLine?: string } = {}): Phrase {
  if (code === "BLOCK_AS_IMPLICIT_KEY" && restOfLine !== undefined && !/^\s*-(\s|$)/.test(restOfLine)) {
    return /:(\s|$)/.test(restOfLine) ? COLON_IN_VALUE : DEEPER_NEXT_LINE;
  }
  if (code === "MISSING_CHAR" && message.startsWith("Implicit map keys need to be followed by map values")) return MISSING_COLON;
  if (code === "MISSING_CHAR" && message.startsWith("Missing closing")) return MISSING_QUOTE;
  return PHRASES[code] ?? GENERIC;
}
