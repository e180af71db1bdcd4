import assert from "node:assert/strict";
import { test } from "node:test";
import { markD } from "../../../../../lib/mark-d.ts";
import { excerptParts, fromIndex, toQuery, words } from "../../../../../site/assets/js/search/search-text.ts";

test("a query is spelt like the index: NFC, single spaces, đ marked, tone marks kept", () => {
  assert.equal(toQuery("  Đăng \t ký  "), markD("Đăng ký"));
  assert.equal(toQuery("thu tuc hanh chinh"), "thu tuc hanh chinh");
  assert.equal(toQuery("thủ tục".normalize("NFD")), "thủ tục");
});

test("titles and text from the index read with their real đ", () => {
  assert.equal(fromIndex(markD("Phòng Kinh tế, Hạ tầng và Đô thị")), "Phòng Kinh tế, Hạ tầng và Đô thị");
});

test("an excerpt becomes text parts with đ restored, marked words apart, and no HTML", () => {
  const excerpt = `kết nối <mark>${markD("đồng")}</mark> <mark>bộ;</mark> a &lt;script&gt; & b <mark>${markD("Đơn")}</mark>`;
  assert.deepEqual(excerptParts(excerpt), [
    { text: "kết nối ", mark: false },
    { text: "đồng bộ;", mark: true },
    { text: " a <script> & b ", mark: false },
    { text: "Đơn", mark: true },
  ]);
});

test("an excerpt without matches is one plain part", () => {
  assert.deepEqual(excerptParts("Mục tiêu II.1.1"), [{ text: "Mục tiêu II.1.1", mark: false }]);
  assert.deepEqual(excerptParts(""), []);
});

test("words are compared as typed: NFC, lower case, without punctuation", () => {
  assert.deepEqual(words("Thủ tục, HÀNH chính; 100%"), ["thủ", "tục", "hành", "chính", "100"]);
  assert.deepEqual(words("ĐỒNG BỘ".normalize("NFD")), ["đồng", "bộ"]);
});
