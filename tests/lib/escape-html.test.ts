import assert from "node:assert/strict";
import { test } from "node:test";
import { escapeHtml } from "../../lib/escape-html.ts";

test("the five characters HTML gives meaning to are escaped, Vietnamese text is kept as it is", () => {
  assert.equal(escapeHtml(`<b title="x">Tôi & 'bạn'</b>`), "&lt;b title=&quot;x&quot;&gt;Tôi &amp; &#39;bạn&#39;&lt;/b&gt;");
  assert.equal(escapeHtml("Đường dây nóng: 1022"), "Đường dây nóng: 1022");
});

test("an entity already in the text is escaped again, so it shows as typed", () => {
  assert.equal(escapeHtml("&amp;"), "&amp;amp;");
});
