import { appendFile } from "node:fs/promises";
import type { ContentError } from "../load/content-error.ts";
import { formatAnnotation, formatError, formatSummary } from "./format-errors.ts";

/**
 * Prints every problem for a person, and under GitHub Actions also as line annotations and a job
 * summary table. Returns the number of errors (warnings do not count).
 */
export async function reportProblems(problems: ContentError[], env = process.env, log = console.error): Promise<number> {
  for (const p of problems) log(formatError(p));
  const errorCount = problems.filter((p) => p.severity !== "warning").length;
  const files = new Set(problems.filter((p) => p.severity !== "warning").map((p) => p.file)).size;
  if (errorCount > 0) log(`\nTìm thấy ${errorCount} lỗi trong ${files} tệp. Chưa công bố gì; sửa các lỗi trên rồi chạy lại.`);
  if (env.GITHUB_ACTIONS === "true") {
    for (const p of problems) log(formatAnnotation(p));
    if (env.GITHUB_STEP_SUMMARY) await appendFile(env.GITHUB_STEP_SUMMARY, formatSummary(problems));
  }
  return errorCount;
}
