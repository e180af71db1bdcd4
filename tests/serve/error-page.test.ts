import assert from "node:assert/strict";
import { test } from "node:test";
import { buildFailurePage, contentErrorPage } from "../../scripts/serve/error-page.ts";

test("the npm start error page lists each error with file:line:col, field, message and fix, escaped, warnings left out", () => {
  const html = contentErrorPage([
    { file: "data/2026/bao-cao/2026-q3.json", line: 41, col: 18, field: "Tiến độ (%)", message: "Giá trị 120 lớn hơn mức cho phép (100)", fix: "nhập số không quá 100" },
    { file: "content/2026/cap-nhat/a.md", line: 4, col: 8, field: "Tiêu đề", message: "Giá trị \"<b>x</b>\" sai", fix: "sửa & lưu" },
    { file: "data/2026/bao-cao/2026-nam.json", line: 5, col: 12, field: "Bản nháp", message: "Báo cáo đang là bản nháp", fix: "…", severity: "warning" },
  ]);
  assert.match(html, /<h1>Nội dung có 2 lỗi<\/h1>/);
  assert.match(html, /Tìm thấy 2 lỗi trong 2 tệp/);
  assert.ok(html.includes("<tr><td><code>data/2026/bao-cao/2026-q3.json:41:18</code></td><td>Tiến độ (%)</td><td>Giá trị 120 lớn hơn mức cho phép (100)</td><td>nhập số không quá 100</td></tr>"));
  assert.ok(html.includes("<td>Giá trị &quot;&lt;b&gt;x&lt;/b&gt;&quot; sai</td><td>sửa &amp; lưu</td>"));
  assert.ok(!html.includes("2026-nam.json"), "a warning is not an error");
});

test("a build that breaks for another reason says it is not the content and whom to tell", () => {
  const html = buildFailurePage(new Error("Template render error <x>"));
  assert.match(html, /Lỗi kỹ thuật, không do nội dung — báo nhóm kỹ thuật/);
  assert.match(html, /Template render error &lt;x&gt;/);
});
