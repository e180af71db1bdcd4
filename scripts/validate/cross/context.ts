import type { ContentError } from "../../load/content-error.ts";
import type { DataPath, SourceFile } from "../../load/source-file.ts";
import type { Area, Objective, Period, Plan, Report, SiteSettings, Task, Unit, Update } from "../../types/content.generated.ts";

/** A file whose data passed its schema, so its fields have their declared types. */
export interface Checked<T> {
  file: SourceFile;
  data: T;
}

/** What every cross-file check reads: the schema-valid files of each type. */
export interface CrossContext {
  site?: Checked<SiteSettings>;
  plan?: Checked<Plan>;
  areas: Checked<Area>[];
  objectives: Checked<Objective>[];
  tasks: Checked<Task>[];
  units: Checked<Unit>[];
  updates: Checked<Update>[];
  periods?: Checked<Period[]>;
  reports: Checked<Report>[];
  /** Ids declared anywhere, even in files that failed their schema, so one broken file does not make every reference to it dangle. */
  known: { area: Set<string>; objective: Set<string>; target: Set<string>; task: Set<string>; unit: Set<string>; period: Set<string> };
  /**
   * True for a reference that cannot be checked because the file that would declare it could not
   * be read (its own error says what to fix), e.g. a target of an objective file with a YAML error.
   */
  unknowable?: (kind: keyof CrossContext["known"], id: string) => boolean;
}

export type Check = (ctx: CrossContext) => ContentError[];

/**
 * Builds a ContentError at a path of a file.
 * @example errorAt(file, ["lead"], "Đơn vị chủ trì", "Không có đơn vị \"x\"", "dùng một mã trong content/don-vi/")
 */
export function errorAt(file: SourceFile, path: DataPath, field: string, message: string, fix: string, severity?: "warning"): ContentError {
  return { file: file.path, ...file.locate(path), field, message, fix, ...(severity ? { severity } : {}) };
}
