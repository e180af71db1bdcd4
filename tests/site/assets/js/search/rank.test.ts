import assert from "node:assert/strict";
import { test } from "node:test";
import { exactness, phraseFirst, rankExact } from "../../../../../site/assets/js/search/rank.ts";

test("phrase hits come first, both groups in Pagefind's order", () => {
  assert.deepEqual(phraseFirst(["a", "b", "c", "d"], ["d", "b"]), ["b", "d", "a", "c"]);
  assert.deepEqual(phraseFirst(["a", "b"], []), ["a", "b"]);
  assert.deepEqual(phraseFirst(["a"], ["x"]), ["x", "a"], "a phrase hit missing from the main search is still shown");
});

test("exactness counts whole words as typed, with tone marks and đ", () => {
  assert.deepEqual(exactness("toàn diện", "Kiểm tra toàn diện, tăng cường"), { phrase: true, words: 2 });
  assert.deepEqual(exactness("toàn diện", "thanh toán điện tử"), { phrase: false, words: 0 });
  assert.deepEqual(exactness("Điện tử", "chính quyền điện tử"), { phrase: true, words: 2 });
  assert.deepEqual(exactness("điện tử", "tử ... điện"), { phrase: false, words: 2 });
  assert.deepEqual(exactness("dien tu", "chính quyền điện tử"), { phrase: false, words: 0 });
  assert.deepEqual(exactness("tục", "thủ tục"), { phrase: true, words: 1 });
  assert.deepEqual(exactness("", "bất kỳ"), { phrase: false, words: 0 });
});

test("exact phrase first, then phrase without diacritics, then more exact words; ties keep the order", () => {
  const items = [
    { id: "toan-dien-rieng", text: "toàn bộ ... diện tích", inPhrase: false },
    { id: "thanh-toan-dien-tu", text: "thanh toán điện tử", inPhrase: true },
    { id: "khac", text: "không liên quan", inPhrase: false },
    { id: "toan-dien", text: "kiểm tra toàn diện", inPhrase: true },
    { id: "toan-dien-2", text: "đổi mới toàn diện", inPhrase: true },
  ];
  assert.deepEqual(
    rankExact("toàn diện", items).map((i) => i.id),
    ["toan-dien", "toan-dien-2", "thanh-toan-dien-tu", "toan-dien-rieng", "khac"],
  );
});

test("a query typed without diacritics keeps Pagefind's order apart from phrase hits", () => {
  const items = [
    { id: "a", text: "đăng ký", inPhrase: false },
    { id: "b", text: "đăng ký", inPhrase: true },
    { id: "c", text: "đang kỳ", inPhrase: false },
  ];
  assert.deepEqual(rankExact("dang ky", items).map((i) => i.id), ["b", "a", "c"]);
});
