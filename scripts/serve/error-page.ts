import { escapeHtml } from "../../lib/escape-html.ts";
import type { ContentError } from "../load/content-error.ts";

/**
 * The page `npm start` shows in place of every site page while the build fails: the content errors
 * with file:line:col, field, message and fix (as `npm run validate` prints them), or, when the
 * build itself broke, a plain statement that it is not the content's fault. Everything from the
 * content is escaped: a message may quote whatever a file holds.
 * @example contentErrorPage([{ file: "data/2026/bao-cao/2026-q3.json", line: 41, col: 18, field: "Tiến độ (%)", … }]) → "<!doctype html>…"
 */
export function contentErrorPage(problems: ContentError[]): string {
  const errors = problems.filter((p) => p.severity !== "warning");
  const files = new Set(errors.map((p) => p.file)).size;
  const rows = errors
    .map((p) => `<tr><td><code>${escapeHtml(`${p.file}:${p.line}:${p.col}`)}</code></td><td>${escapeHtml(p.field)}</td><td>${escapeHtml(p.message)}</td><td>${escapeHtml(p.fix)}</td></tr>`)
    .join("\n");
  return page(
    `Nội dung có ${errors.length} lỗi`,
    `<p>Tìm thấy ${errors.length} lỗi trong ${files} tệp, nên chưa xây dựng lại trang. Sửa các lỗi dưới đây rồi lưu tệp: trang này tự tải lại.</p>
<table>
<thead><tr><th scope="col">Tệp:dòng:cột</th><th scope="col">Trường</th><th scope="col">Lỗi</th><th scope="col">Cách sửa</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>`,
  );
}

/**
 * @example buildFailurePage(new Error("Template render error")) → "<!doctype html>…lỗi kỹ thuật…"
 */
export function buildFailurePage(error: unknown): string {
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  return page(
    "Không xây dựng được trang",
    `<p><strong>Lỗi kỹ thuật, không do nội dung — báo nhóm kỹ thuật</strong> và gửi kèm đoạn dưới đây. Nội dung đã qua kiểm tra; lưu tệp lần nữa sẽ thử xây dựng lại.</p>
<pre>${escapeHtml(detail)}</pre>`,
  );
}

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} – xem trước</title>
<style>
body { font: 16px/1.5 system-ui, sans-serif; margin: 2rem auto; max-width: 70rem; padding: 0 1rem; color: #1a1a1a; }
h1 { color: #a30000; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #ccc; padding: 0.4rem 0.6rem; text-align: left; vertical-align: top; }
th { background: #f3f3f3; }
pre { white-space: pre-wrap; background: #f6f6f6; padding: 1rem; }
</style>
</head>
<body>
<h1>${escapeHtml(title)}</h1>
${body}
</body>
</html>
`;
}
