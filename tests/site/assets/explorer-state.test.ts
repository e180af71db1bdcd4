import assert from "node:assert/strict";
import { test } from "node:test";
import { fold, matchesQuery } from "../../../site/assets/js/explorer/fold.ts";
import { DEFAULT_STATE, parseState, stateToQuery } from "../../../site/assets/js/explorer/view-state.ts";

test("folding removes Vietnamese accents and writes đ as d", () => {
  assert.equal(fold("Đẩy mạnh Dịch vụ công trực tuyến"), "day manh dich vu cong truc tuyen");
  assert.equal(fold("ĐẠT  chuẩn"), "dat chuan");
  // Decomposed input (NFD, as some keyboards type it) folds the same.
  assert.equal(fold("Hàng Gòn".normalize("NFD")), "hang gon");
});

test("a query matches when every word occurs, with or without accents", () => {
  const text = fold("Số hóa kết quả giải quyết thủ tục hành chính");
  assert.ok(matchesQuery(text, "thu tuc so hoa"));
  assert.ok(matchesQuery(text, "  THỦ   tục "));
  assert.ok(!matchesQuery(text, "thu tuc dat dai"));
});

test("a view survives the round trip through the address, defaults left out", () => {
  const state = { ...DEFAULT_STATE, view: "chi-tieu" as const, area: "chinh-quyen-so", status: "chua-dat", period: "2026-q3", q: "dịch vụ công", sort: { key: "gia-tri", desc: true } };
  const query = stateToQuery(state);
  assert.equal(query, "?xem=chi-tieu&linh-vuc=chinh-quyen-so&trang-thai=chua-dat&ky=2026-q3&q=d%E1%BB%8Bch+v%E1%BB%A5+c%C3%B4ng&sap-xep=gia-tri-giam");
  assert.deepEqual(parseState(query), state);
  assert.equal(stateToQuery(DEFAULT_STATE), "");
  assert.deepEqual(parseState(""), DEFAULT_STATE);
  assert.deepEqual(parseState("?sap-xep=tien-do").sort, { key: "tien-do", desc: false });
});

test("parameters from an edited link are checked before they reach a selector or the page", () => {
  // Before, "x']" went into th[data-sort='x']'] and querySelector threw, leaving the table unusable.
  assert.equal(parseState("?sap-xep=x']").sort, null);
  assert.equal(parseState("?sap-xep=tien-do']-giam").sort, null);
  assert.deepEqual(parseState("?sap-xep=gia-tri-giam").sort, { key: "gia-tri", desc: true });
  const hostile = parseState("?xem=<img>&linh-vuc=a'b&don-vi=%22%5D&trang-thai=Hoàn thành&ky=2026-q1']");
  assert.deepEqual({ ...hostile, q: "" }, DEFAULT_STATE);
  assert.equal(parseState(`?q=${"a".repeat(5000)}`).q.length, 200);
  assert.deepEqual(parseState("?linh-vuc=the-che&trang-thai=qua-han&ky=2026-q3"), { ...DEFAULT_STATE, area: "the-che", status: "qua-han", period: "2026-q3" });
});
