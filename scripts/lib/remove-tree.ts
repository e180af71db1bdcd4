import { readdir, rmdir, unlink } from "node:fs/promises";
import { join } from "node:path";

/** Files unlinked at once within one folder. */
const AT_ONCE = 32;

/**
 * Deletes a folder the build made (the previous site moved aside), one folder at a time and a few
 * files at once. Node's `rm(dir, { recursive: true })` starts an operation for every entry of a
 * folder at once, recursively: on a site of 160,000 files (10,000 tasks) that held ≈ 235 MB of
 * memory, the build's peak (docs/performance.md). A symbolic link is removed, never followed, so
 * nothing outside `dir` is touched.
 * @example await removeTree("_site.old-x1y2z3") → the folder and everything in it are gone
 */
export async function removeTree(dir: string): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return null;
    throw error;
  });
  if (!entries) return;
  const files = entries.filter((e) => !e.isDirectory()).map((e) => join(dir, e.name));
  for (let i = 0; i < files.length; i += AT_ONCE) await Promise.all(files.slice(i, i + AT_ONCE).map((f) => unlink(f)));
  for (const sub of entries.filter((e) => e.isDirectory())) await removeTree(join(dir, sub.name));
  await rmdir(dir);
}
