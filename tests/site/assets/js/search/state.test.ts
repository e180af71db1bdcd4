import assert from "node:assert/strict";
import { test } from "node:test";
import { isActive, orderValues, readState, writeState } from "../../../../../site/assets/js/search/state.ts";

test("the address bar gives the words and the known filters, unknown parameters ignored", () => {
  assert.deepEqual(readState("?q=dong+bo&type=Nhi%E1%BB%87m+v%E1%BB%A5&area=&x=1"), { q: "dong bo", filters: { type: "Nhiệm vụ" } });
  assert.deepEqual(readState(""), { q: "", filters: {} });
  assert.deepEqual(readState(`?q=${encodeURIComponent("thủ tục".normalize("NFD"))}`).q, "thủ tục");
});

test("a state is written back without empty parts, and reads back the same", () => {
  const state = { q: "điện tử", filters: { type: "Nhiệm vụ", status: "Đang thực hiện" } };
  const search = writeState(state);
  assert.match(search, /^\?q=/);
  assert.deepEqual(readState(search), state);
  assert.equal(writeState({ q: "  ", filters: {} }), "");
  assert.equal(writeState({ q: "", filters: { area: "2. Cải cách thủ tục hành chính" } }), "?area=2.+C%E1%BA%A3i+c%C3%A1ch+th%E1%BB%A7+t%E1%BB%A5c+h%C3%A0nh+ch%C3%ADnh");
});

test("a search is active with words or with a filter alone", () => {
  assert.equal(isActive({ q: "", filters: {} }), false);
  assert.equal(isActive({ q: "x", filters: {} }), true);
  assert.equal(isActive({ q: "", filters: { unit: "Phòng VH-XH" } }), true);
});

test("filter values follow the site's order, then Vietnamese order with numbers as numbers", () => {
  assert.deepEqual(orderValues(["Đơn vị", "Báo cáo", "Nhiệm vụ", "Lĩnh vực", "Mục tiêu"], ["Nhiệm vụ", "Mục tiêu", "Lĩnh vực", "Đơn vị", "Báo cáo"]), [
    "Nhiệm vụ",
    "Mục tiêu",
    "Lĩnh vực",
    "Đơn vị",
    "Báo cáo",
  ]);
  assert.deepEqual(orderValues(["10. Mười", "2. Hai", "1. Một"]), ["1. Một", "2. Hai", "10. Mười"]);
  assert.deepEqual(orderValues(["Văn phòng", "Đội", "Phòng"]), ["Đội", "Phòng", "Văn phòng"]);
});

test("filter values from the address are kept only when the index has them", async () => {
  const { knownFilters, readState } = await import("../../../../../site/assets/js/search/state.ts");
  const counts = { type: { "Nhiệm vụ": 64, "Mục tiêu": 37 }, area: { "1. Cải cách thể chế": 9 } };
  const state = readState("?type=Nhi%E1%BB%87m+v%E1%BB%A5&area=%3Cimg+src%3Dx%3E&status=__proto__&unit=constructor");
  assert.deepEqual(knownFilters(state.filters, counts), { type: "Nhiệm vụ" });
  assert.deepEqual(knownFilters({ type: "toString" }, counts), {});
  assert.equal(readState(`?q=${"x".repeat(1000)}&type=${"y".repeat(1000)}`).q.length, 200);
});
