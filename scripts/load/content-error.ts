/**
 * A problem found in a content file, phrased for ward staff: which file, which line, which field,
 * what is wrong and how to fix it. `severity: "warning"` does not fail the build.
 */
export interface ContentError {
  file: string;
  line: number;
  col: number;
  /** The field's Vietnamese title from the schema (or a short name for the whole file). */
  field: string;
  message: string;
  fix: string;
  severity?: "error" | "warning";
}

/**
 * Problems in the order staff read them: by file, then line, then column (a stable sort, so two
 * problems at one place keep the order they were found in).
 * @example sortProblems([{ file: "b.md", line: 1, … }, { file: "a.md", line: 9, … }]) → [a.md:9, b.md:1]
 */
export function sortProblems(problems: readonly ContentError[]): ContentError[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.col - b.col);
}
