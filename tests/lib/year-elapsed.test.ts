import assert from "node:assert/strict";
import { test } from "node:test";
import { yearElapsed } from "../../lib/year-elapsed.ts";

test("the share of the year gone counts the report date itself, in a common and a leap year", () => {
  assert.equal(yearElapsed("2026-01-01"), 0.3); // 1 of 365 days
  assert.equal(yearElapsed("2026-04-05"), 26); // 95 of 365
  assert.equal(yearElapsed("2026-07-05"), 51); // 186 of 365
  assert.equal(yearElapsed("2026-10-06"), 76.4); // 279 of 365
  assert.equal(yearElapsed("2026-12-31"), 100);
  assert.equal(yearElapsed("2028-03-01"), 16.7); // 61 of 366
});
