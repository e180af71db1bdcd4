import type { ErrorCode } from "yaml";

type Phrase = { message: string; fix: string };

const GENERIC: Phrase = {
  message: "Lỗi cú pháp YAML",
  fix: "kiểm tra dấu hai chấm sau tên trường, thụt lề bằng dấu cách và các dấu ngoặc kép ở dòng này",
};

const PHRASES: Partial<Record<ErrorCode, Phrase>> = {
  DUPLICATE_KEY: { message: "Một trường được khai báo hai lần", fix: "xóa một trong hai dòng trùng tên trường" },
  BAD_INDENT: { message: "Thụt lề không đúng", fix: "thụt lề bằng dấu cách, thẳng hàng với các dòng cùng cấp" },
  TAB_AS_INDENT: { message: "Dùng phím Tab để thụt lề", fix: "thay Tab bằng dấu cách" },
  MISSING_CHAR: { message: "Thiếu một dấu đóng (ngoặc kép, ngoặc vuông hoặc ngoặc nhọn)", fix: "thêm dấu đóng còn thiếu ở cuối giá trị" },
  MULTILINE_IMPLICIT_KEY: { message: "Tên trường bị ngắt sang nhiều dòng hoặc thiếu dấu hai chấm", fix: "viết \"tên_trường: giá trị\" trên cùng một dòng" },
  BLOCK_AS_IMPLICIT_KEY: { message: "Giá trị không hợp lệ ở vị trí tên trường", fix: "kiểm tra dấu hai chấm và thụt lề của dòng trên" },
  UNEXPECTED_TOKEN: { message: "Có ký tự không mong đợi", fix: "đặt giá trị có dấu hai chấm hoặc dấu # trong ngoặc kép" },
  BAD_SCALAR_START: { message: "Giá trị bắt đầu bằng ký tự không được phép", fix: "đặt cả giá trị trong ngoặc kép \"…\"" },
  BAD_DQ_ESCAPE: { message: "Ký tự thoát \\ không hợp lệ trong ngoặc kép", fix: "viết \\\\ cho dấu \\, hoặc dùng ngoặc đơn '…'" },
  IMPOSSIBLE: { message: "Cú pháp YAML không đọc được", fix: GENERIC.fix },
};

/**
 * Vietnamese wording for a YAML parser error code.
 * @example translateYamlError("TAB_AS_INDENT") → { message: "Dùng phím Tab để thụt lề", fix: "thay Tab bằng dấu cách" }
 */
export function translateYamlError(code: ErrorCode): Phrase {
  return PHRASES[code] ?? GENERIC;
}
