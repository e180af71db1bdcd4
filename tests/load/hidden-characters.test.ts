import assert from "node:assert/strict";
import { test } from "node:test";
import { codePoint, hiddenCharacterErrors } from "../../scripts/load/hidden-characters.ts";

test("each hidden character is reported at its line and column, naming its code point", () => {
  const text = "---\nid: nv-1-1\ntext: Chuông\u0007 và \u001b[31m\n---\nĐảo \u202Echiều\nCách\u200Bẩn\u00ADx\u0085\n";
  const errors = hiddenCharacterErrors("content/2026/nhiem-vu/nv-1-1.md", text);
  assert.deepEqual(errors.map((e) => [e.line, e.col, e.message.split(":")[0]]), [
    [3, 13, "Có ký tự ẩn U+0007 (tiếng chuông BEL)"],
    [5, 5, "Có ký tự ẩn U+202E (đảo chiều chữ phải-sang-trái)"],
    [6, 5, "Có ký tự ẩn U+200B (dấu cách độ rộng 0)"],
  ]);
  assert.ok(errors.every((e) => e.file === "content/2026/nhiem-vu/nv-1-1.md" && e.field === "Ký tự ẩn" && e.fix.startsWith("xóa ký tự này")));
});

test("every control, bidi, zero-width and separator character is caught; tab, newline and Vietnamese are not", () => {
  const hidden = ["\u0000", "\u0008", "\u000B", "\u000C", "\u001F", "\u007F", "\u0080", "\u009F", "\u00AD", "\u061C", "\u200B", "\u200C", "\u200D", "\u200E", "\u200F", "\u2028", "\u2029", "\u202A", "\u202E", "\u2060", "\u2066", "\u2069", "\uFEFF"];
  for (const ch of hidden) assert.equal(hiddenCharacterErrors("a.md", `x${ch}y`).length, 1, codePoint(ch));
  assert.deepEqual(hiddenCharacterErrors("a.md", "Cải cách\tthủ tục\nĐồng Nai — 100% « » \u00A0 ₫ “ ” …\n"), []);
});

test("the list stops at ten problems per file", () => {
  assert.equal(hiddenCharacterErrors("a.md", "\u200B\n".repeat(50)).length, 10);
});

test("the code point is written as Unicode does", () => {
  assert.equal(codePoint("\u202E"), "U+202E");
  assert.equal(codePoint("\u0007"), "U+0007");
});
