import assert from "node:assert/strict";
import { test } from "node:test";
import { normalisePrefix } from "../../lib/path-prefix.ts";

test("a prefix with or without slashes becomes one that starts and ends with one", () => {
  assert.equal(normalisePrefix("ke-hoach-cchc"), "/ke-hoach-cchc/");
  assert.equal(normalisePrefix("/ke-hoach-cchc"), "/ke-hoach-cchc/");
  assert.equal(normalisePrefix("//ke-hoach-cchc//"), "/ke-hoach-cchc/");
  assert.equal(normalisePrefix("a/b"), "/a/b/");
});

test("an empty prefix or slashes alone mean the site root", () => {
  assert.equal(normalisePrefix(""), "/");
  assert.equal(normalisePrefix("/"), "/");
  assert.equal(normalisePrefix("///"), "/");
});
