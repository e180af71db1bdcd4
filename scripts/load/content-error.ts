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
