import type { ContentError } from "../../load/content-error.ts";
import type { DataPath, SourceFile } from "../../load/source-file.ts";
import type { CONTENT_TYPES, ContentData, IdKind } from "../../types/content.generated.ts";

/** A file whose data passed its schema, so its fields have their declared types. */
export interface Checked<T> {
  file: SourceFile;
  data: T;
}

type Registered = (typeof CONTENT_TYPES)[number];

/**
 * What every cross-file check reads: the schema-valid files of each type, named by its schema's
 * `x-content.key` (a list for a folder type; one file, absent when missing or broken, for a single-file type).
 */
export type CrossContext = {
  [T in Registered as T extends { dir: string } ? T["key"] : never]: Checked<ContentData[T["type"]]>[];
} & {
  [T in Registered as T extends { file: string } ? T["key"] : never]?: Checked<ContentData[T["type"]]>;
} & {
  /** Ids declared anywhere (every `x-id` field), even in files that failed their schema, so one broken file does not make every reference to it dangle. */
  known: Record<IdKind, Set<string>>;
  /**
   * True for a reference that cannot be checked because the file that would declare it could not
   * be read (its own error says what to fix), e.g. a target of an objective file with a YAML error.
   */
  unknowable?: (kind: IdKind, id: string) => boolean;
};

export type Check = (ctx: CrossContext) => ContentError[];

/**
 * Builds a ContentError at a path of a file.
 * @example errorAt(file, ["lead"], titleOf("task", ["lead"]), "Không tìm thấy \"x\" trong content/2026/don-vi/", "dùng một mã có trong content/2026/don-vi/")
 */
export function errorAt(file: SourceFile, path: DataPath, field: string, message: string, fix: string, severity?: "warning"): ContentError {
  return { file: file.path, ...file.locate(path), field, message, fix, ...(severity ? { severity } : {}) };
}
