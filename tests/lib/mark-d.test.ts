import assert from "node:assert/strict";
import { test } from "node:test";
import { markD, STROKE, unmarkD } from "../../lib/mark-d.ts";

test("đ and Đ are spelt as d and D with a combining stroke, everything else unchanged", () => {
  assert.equal(markD("Đăng ký đồng bộ, điện tử"), `D${STROKE}ăng ký d${STROKE}ồng bộ, d${STROKE}iện tử`);
  assert.equal(markD("thủ tục hành chính"), "thủ tục hành chính");
});

test("the stroke is a mark that Pagefind's own folding (NFD, drop marks) turns into a plain d", () => {
  const pagefindFold = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "");
  assert.equal(pagefindFold(markD("Đăng ký đồng bộ")), "Dang ky dong bo");
  assert.equal(pagefindFold("Đăng ký"), "Đang ky", "without the spelling, đ survives folding");
});

test("unmarking gives back the original text exactly, NFC included", () => {
  for (const text of ["Đăng ký đồng bộ", "HĐND-UBND", "dân di động", "Phòng KT-HT-ĐT", ""]) {
    assert.equal(unmarkD(markD(text)), text);
  }
  assert.equal(unmarkD(markD("đ".normalize("NFD"))), "đ", "đ has no decomposition");
});
