import type { ContentError } from "../load/content-error.ts";

/**
 * One line per problem, as staff read it in a terminal or a CI log.
 * @example formatError({ file: "a.md", line: 3, col: 1, field: "Thời hạn", message: "…", fix: "…" }) → "a.md:3:1  Thời hạn: … (…)"
 */
export function formatError(e: ContentError): string {
  const tag = e.severity === "warning" ? "cảnh báo: " : "";
  return plainLine(`${e.file}:${e.line}:${e.col}  ${tag}${e.field}: ${e.message} (${e.fix})`);
}

/**
 * A line that stays one line and is never read as a GitHub Actions workflow command: file names and
 * quoted content can hold line breaks, and a line that starts with "::" (after spaces, which the
 * runner skips) would be obeyed as a command. Breaks become a visible ⏎; such a line gets "› " first.
 * @example plainLine("a.md\n::warning::x") → "a.md⏎::warning::x"
 */
export function plainLine(s: string): string {
  const flat = s.replace(/\r\n|[\r\n\u0085\u2028\u2029]/g, "⏎");
  return /^\s*::/.test(flat) ? `› ${flat}` : flat;
}

/**
 * Several lines, each made safe by plainLine: for text that is not a problem line (an error with
 * its stack) but may quote content.
 * @example plainText("Lỗi\n::error::x") → "Lỗi\n› ::error::x"
 */
export function plainText(s: string): string {
  return s.split(/\r\n|\r|\n|\u0085|\u2028|\u2029/).map(plainLine).join("\n");
}

/** GitHub Actions workflow-command escaping for the message part. */
export function escapeData(s: string): string {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** GitHub Actions workflow-command escaping for property values (file=…, title=…). */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

/**
 * A GitHub Actions annotation that shows the problem on its line in the pull request.
 * @example formatAnnotation(e) → "::error file=a.md,line=3,col=1,title=Thời hạn::… (…)"
 */
export function formatAnnotation(e: ContentError): string {
  const level = e.severity === "warning" ? "warning" : "error";
  return `::${level} file=${escapeProperty(e.file)},line=${e.line},col=${e.col},title=${escapeProperty(e.field)}::${escapeData(`${e.message} (${e.fix})`)}`;
}

/**
 * A Markdown table of every problem for the job summary (GitHub shows only a few annotations per step).
 * @example formatSummary([e]) → "### Nội dung có 1 lỗi\n\n| Tệp | Dòng | Trường | Lỗi | Cách sửa |\n…"
 */
export function formatSummary(errors: ContentError[]): string {
  const cell = (s: string) => s.replace(/\|/g, "\\|").replace(/\r\n|[\r\n]/g, " ");
  const count = errors.filter((e) => e.severity !== "warning").length;
  const head = count === 0 ? "### Nội dung hợp lệ" : `### Nội dung có ${count} lỗi cần sửa trước khi công bố`;
  if (errors.length === 0) return `${head}\n`;
  const rows = errors.map((e) => `| \`${cell(e.file)}\` | ${e.line}:${e.col} | ${cell(e.field)} | ${e.severity === "warning" ? "⚠️ " : ""}${cell(e.message)} | ${cell(e.fix)} |`);
  return [head, "", "| Tệp | Dòng | Trường | Lỗi | Cách sửa |", "| --- | --- | --- | --- | --- |", ...rows, ""].join("\n");
}
