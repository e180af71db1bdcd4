import assert from "node:assert/strict";
import { test } from "node:test";
import { displayPercent, formatNumber, formatPercent } from "../../lib/format-number.ts";

test("-0 and negative figures that round to zero show as 0, never -0", () => {
  assert.equal(formatPercent(-0), "0%");
  assert.equal(formatPercent(-0.01), "0%");
  assert.equal(formatNumber(-0), "0");
  assert.equal(formatNumber(-0.04), "0");
  assert.equal(formatNumber(-5), "-5");
});

test("a percentage below 100 never shows as 100%: only a finished task reaches 100", () => {
  assert.equal(formatPercent(99.99999), "99,9%");
  assert.equal(formatPercent(99.95), "99,9%");
  assert.equal(formatPercent(99.94), "99,9%");
  assert.equal(formatPercent(99.5), "99,5%");
  assert.equal(formatPercent(100), "100%");
  assert.equal(displayPercent(99.96), 99.9);
});

test("other percentages keep one decimal with a decimal comma", () => {
  assert.equal(formatPercent(96.5), "96,5%");
  assert.equal(formatPercent(33.333), "33,3%");
  assert.equal(formatPercent(0), "0%");
  assert.equal(formatPercent(null), "—");
  assert.equal(formatNumber(1234.5), "1.234,5");
});
