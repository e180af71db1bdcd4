import { lineIndex } from "../lib/line-index.ts";
import type { ContentError } from "./content-error.ts";

/**
 * Characters no content needs and a reader cannot see: C0 controls but tab and newline (a bell or
 * ESC makes feed.xml not well-formed), DEL and the C1 controls, the soft hyphen, bidirectional
 * controls (U+202E shows "gpj.exe" as "exe.jpg"), zero-width characters, line and paragraph
 * separators, invisible operators, a byte order mark inside the text, interlinear annotation marks
 * and non-characters.
 */
const HIDDEN = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u00AD\u061C\u115F\u1160\u180E\u200B-\u200F\u2028-\u202E\u2060-\u206F\u3164\uFEFF\uFFF9-\uFFFB\uFFFE\uFFFF]/g;

/** Names for the characters staff are most likely to meet, so the message says what to look for. */
const NAMES: Record<number, string> = {
  0x00: "ký tự rỗng NUL", 0x07: "tiếng chuông BEL", 0x08: "xóa lùi", 0x0b: "tab dọc", 0x0c: "ngắt trang", 0x1b: "ESC",
  0x7f: "DEL", 0x85: "xuống dòng NEL", 0xad: "gạch nối mềm", 0x200b: "dấu cách độ rộng 0",
  0x200c: "ký tự không nối độ rộng 0", 0x200d: "ký tự nối độ rộng 0", 0x200e: "dấu trái-sang-phải", 0x200f: "dấu phải-sang-trái",
  0x2028: "ngắt dòng Unicode", 0x2029: "ngắt đoạn Unicode", 0x202a: "nhúng trái-sang-phải", 0x202b: "nhúng phải-sang-trái",
  0x202c: "kết thúc định hướng", 0x202d: "ép trái-sang-phải", 0x202e: "đảo chiều chữ phải-sang-trái", 0x2060: "ký tự nối từ",
  0x2066: "cô lập trái-sang-phải", 0x2067: "cô lập phải-sang-trái", 0x2068: "cô lập định hướng", 0x2069: "kết thúc cô lập",
  0xfeff: "BOM / dấu cách không ngắt độ rộng 0",
};

/** Problems per file: past this many the file clearly needs one clean-up, not a longer list. */
const MAX_PER_FILE = 10;

/**
 * "U+202E": the code point as Unicode writes it.
 * @example codePoint("\u202E") → "U+202E"
 */
export function codePoint(ch: string): string {
  return `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;
}

/**
 * Every hidden character in a file's text, each at its line and column with its code point named
 * ("ký tự ẩn U+202E"), one problem per line at most; [] for clean text.
 * @example hiddenCharacterErrors("a.md", "x\u202Ey") → [{ file: "a.md", line: 1, col: 2, message: "Có ký tự ẩn U+202E (đảo chiều chữ phải-sang-trái)…", … }]
 */
export function hiddenCharacterErrors(file: string, text: string): ContentError[] {
  const at = lineIndex(text);
  const errors: ContentError[] = [];
  let lastLine = 0;
  for (const match of text.matchAll(HIDDEN)) {
    const pos = at(match.index);
    if (pos.line === lastLine) continue;
    lastLine = pos.line;
    const ch = match[0];
    const name = NAMES[ch.codePointAt(0)!];
    errors.push({
      file, ...pos, field: "Ký tự ẩn",
      message: `Có ký tự ẩn ${codePoint(ch)}${name ? ` (${name})` : ""}: không nhìn thấy khi đọc nhưng làm sai nội dung công bố`,
      fix: "xóa ký tự này: đặt con trỏ ở cột này trong trình soạn thảo và xóa, hoặc gõ lại cả dòng",
    });
    if (errors.length === MAX_PER_FILE) break;
  }
  return errors;
}
