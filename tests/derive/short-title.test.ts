import assert from "node:assert/strict";
import { test } from "node:test";
import { shortTitle } from "../../scripts/derive/short-title.ts";

test("a short title is the text's first clause, without its closing punctuation", () => {
  assert.equal(shortTitle("Rà soát, cắt giảm giấy tờ rườm rà, chồng chéo trong hồ sơ đất đai, hộ tịch; đề xuất phương án đồng bộ hóa quy trình."), "Rà soát, cắt giảm giấy tờ rườm rà, chồng chéo trong hồ sơ đất đai, hộ tịch");
  assert.equal(shortTitle("Cung cấp đồng bộ dịch vụ công trực tuyến toàn trình: 100% thủ tục đủ điều kiện."), "Cung cấp đồng bộ dịch vụ công trực tuyến toàn trình");
  assert.equal(shortTitle("Trình cấp phê duyệt phương án. Hoàn thành việc sửa đổi."), "Trình cấp phê duyệt phương án");
  assert.equal(shortTitle("Tổ chức thực hiện Nghị định 286/2025/NĐ-CP."), "Tổ chức thực hiện Nghị định 286/2025/NĐ-CP");
});

test("a long clause is cut at its last comma past the middle, or else at a space, with an ellipsis", () => {
  // 30 + 2 + 30 + 2 + 30 = 94 characters, one clause: the cut falls at the second comma (64 ≥ 45).
  const a = "a".repeat(30);
  assert.equal(shortTitle(`${a}, ${a}, ${a}`), `${a}, ${a}…`);
  // No comma past the middle: cut at the last space before 90.
  const words = Array.from({ length: 20 }, () => "chữ nghĩa").join(" "); // 20 × 9 + 19 = 199 characters
  assert.equal(shortTitle(words), `${Array.from({ length: 9 }, () => "chữ nghĩa").join(" ")}…`);
});
