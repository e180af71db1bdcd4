/** Where a problem sits in a content file: 1-based line and column. */
export interface Position {
  line: number;
  col: number;
}

/** A path into a parsed document, as ajv's instancePath segments: ["tasks", 3, "percent"]. */
export type DataPath = ReadonlyArray<string | number>;

/**
 * Finds the position of a value (or of its key, for "this field should not be here") in the
 * original text, falling back to the nearest ancestor that exists.
 */
export type Locator = (path: DataPath, target?: "key" | "value") => Position;

export type SourceKind = "markdown" | "json";

/** One content file after it was read and parsed, before any validation. */
export interface SourceFile {
  /** Repository-relative path with forward slashes, as shown to staff. */
  path: string;
  kind: SourceKind;
  /** File name without extension: the id the file must declare. */
  stem: string;
  data: unknown;
  /** Markdown body (empty for JSON files). */
  body: string;
  /** Line of the file where the Markdown body starts. */
  bodyLine?: number;
  locate: Locator;
}
