import assert from "node:assert/strict";
import { test } from "node:test";
import { isSiteImage, markdown } from "../../../site/filters/markdown.ts";

test("an image from another host is shown as its description, so no reader's browser calls that host", () => {
  assert.equal(markdown("Ảnh ![Hội nghị](https://tracker.example/p.gif?u=1) đây"), "<p>Ảnh [Hội nghị] đây</p>\n");
  assert.equal(markdown("![](//tracker.example/p.gif)"), "<p></p>\n");
  assert.equal(markdown("![a <b>](http://x.example/a.png)"), "<p>[a &lt;b&gt;]</p>\n");
  assert.equal(markdown("![x](data:image/png;base64,AAAA)"), "<p>[x]</p>\n");
  // markdown-it percent-encodes the backslash, so "/\\host" stays a path on this site.
  assert.equal(markdown("![x](/\\tracker.example/a.png)"), '<p><img src="/%5Ctracker.example/a.png" alt="x"></p>\n');
});

test("an image on the site itself is kept", () => {
  assert.equal(markdown("![Sơ đồ](/assets/so-do.png)"), '<p><img src="/assets/so-do.png" alt="Sơ đồ"></p>\n');
  assert.equal(markdown("![Sơ đồ](anh/so-do.png)"), '<p><img src="anh/so-do.png" alt="Sơ đồ"></p>\n');
  assert.ok(isSiteImage("/a.png") && !isSiteImage("HTTPS://a.example/x.png") && !isSiteImage("\\\\host/x.png"));
});

test("links and raw HTML keep their existing treatment", () => {
  assert.equal(markdown("[văn bản](https://hanggon.dongnai.gov.vn/a)"), '<p><a href="https://hanggon.dongnai.gov.vn/a">văn bản</a></p>\n');
  assert.equal(markdown("<img src=x onerror=alert(1)>"), "<p>&lt;img src=x onerror=alert(1)&gt;</p>\n");
});
