import type { PeriodSnapshot } from "./build-data-package.ts";

/** Where the checksums of published period snapshots are kept (committed, updated by `npm run data:lock`). */
export const LOCK_FILE = "data/du-lieu-da-cong-bo.json";

/** data/du-lieu-da-cong-bo.json: the sha256 of every snapshot file once published, by path under /du-lieu/. */
export interface DataLock {
  note?: string;
  files: Record<string, string>;
}

export const LOCK_NOTE =
  "Mã kiểm tra sha256 của số liệu từng kỳ đã công bố (/du-lieu/ky/<mã kỳ>/). Bản xây dựng dừng lại nếu một tệp khác đi. " +
  "Không sửa tay: chạy `npm run data:lock` sau khi công bố báo cáo kỳ mới.";

export interface LockCheck {
  /** One message per changed or vanished locked file, in Vietnamese, saying what to do. */
  problems: string[];
  /** Snapshot files of published periods that are not locked yet. */
  unlocked: string[];
}

/**
 * Compares the snapshots of this build with the lock: a locked file whose bytes differ (someone edited a
 * past report) or that is no longer produced (its report was deleted or made a draft) is a problem.
 * @example checkLock(pkg.snapshots, { files: { "ky/2026-q1/task-progress.csv": "00…" } }).problems[0] → "Số liệu kỳ Quý I năm 2026 đã công bố không được thay đổi: …"
 */
export function checkLock(snapshots: readonly PeriodSnapshot[], lock: DataLock): LockCheck {
  const built = new Map(snapshots.flatMap((s) => s.files.map((f) => [f.path, { snapshot: s, sha256: f.sha256 }] as const)));
  const problems: string[] = [];
  for (const [path, locked] of Object.entries(lock.files).sort(([a], [b]) => a.localeCompare(b))) {
    const now = built.get(path);
    if (!now) {
      const period = path.split("/")[1] ?? path;
      problems.push(
        `Số liệu kỳ ${period} đã công bố nhưng tệp /du-lieu/${path} không còn được tạo ra: báo cáo data/bao-cao/${period}.json đã bị xóa ` +
          `hoặc chuyển lại thành bản nháp. Hãy khôi phục báo cáo đó (xem ${LOCK_FILE}).`,
      );
    } else if (now.sha256 !== locked) {
      const { snapshot } = now;
      problems.push(
        `Số liệu kỳ ${snapshot.periodName} đã công bố không được thay đổi: tệp /du-lieu/${path} khác với bản đã khóa ` +
          `(sha256 đã khóa ${locked.slice(0, 12)}…, bản này ${now.sha256.slice(0, 12)}…). Có lẽ ai đó đã sửa ${snapshot.reportPath} sau khi công bố. ` +
          `Hãy hoàn tác thay đổi đó. Nếu thật sự cần đính chính, nói rõ trong một tin cập nhật rồi chạy ` +
          `\`npm run data:lock -- --dinh-chinh ${snapshot.period}\` để khóa lại số liệu đã sửa.`,
      );
    }
  }
  const unlocked = [...built.keys()].filter((path) => !(path in lock.files)).sort();
  return { problems, unlocked };
}

/**
 * The lock after publishing: every snapshot file not yet locked is added; a locked file that changed is
 * relocked only when its period is listed in `corrections`, otherwise it is refused and left as it was.
 * @example updateLock(pkg.snapshots, { files: {} }) → { lock: { files: { "ky/2026-q1/task-progress.csv": "…", … } }, added: [ … ], corrected: [], refused: [] }
 */
export function updateLock(snapshots: readonly PeriodSnapshot[], lock: DataLock, corrections: readonly string[] = []): { lock: DataLock; added: string[]; corrected: string[]; refused: string[] } {
  const files = { ...lock.files };
  const added: string[] = [];
  const corrected: string[] = [];
  const refused: string[] = [];
  for (const snapshot of snapshots) {
    for (const f of snapshot.files) {
      const locked = files[f.path];
      if (locked === undefined) {
        files[f.path] = f.sha256;
        added.push(f.path);
      } else if (locked !== f.sha256) {
        if (corrections.includes(snapshot.period)) {
          files[f.path] = f.sha256;
          corrected.push(f.path);
        } else refused.push(f.path);
      }
    }
  }
  const sorted = Object.fromEntries(Object.entries(files).sort(([a], [b]) => a.localeCompare(b, "en", { numeric: true })));
  return { lock: { note: LOCK_NOTE, files: sorted }, added, corrected, refused };
}

/**
 * Reads the lock file's text; a missing file is an empty lock (nothing published yet).
 * @example parseLock(undefined) → { files: {} }
 */
export function parseLock(text: string | undefined): DataLock {
  if (text === undefined) return { files: {} };
  const parsed = JSON.parse(text.replace(/^\uFEFF/, "")) as Partial<DataLock>;
  if (!parsed || typeof parsed.files !== "object" || parsed.files === null) throw new Error(`${LOCK_FILE}: thiếu mục "files"`);
  return { ...(parsed.note ? { note: parsed.note } : {}), files: parsed.files };
}

/** The lock file's text: stable key order, two-space indent, final newline, so diffs stay small. */
export function formatLock(lock: DataLock): string {
  return `${JSON.stringify(lock, null, 2)}\n`;
}
