import { createHash } from "node:crypto";
import { readFile, readdir } from "node:fs/promises";
import { join, relative } from "node:path";

/**
 * Every regular file under `dir` by its path inside it (with "/"), to the SHA-256 of its bytes, in
 * path order: two trees are byte-identical when their hashTree values are deep-equal.
 * @example await hashTree("_site") → { "index.html": "3f2a…", "nhiem-vu/nv-1-1/index.html": "9b1c…", … }
 */
export async function hashTree(dir: string): Promise<Record<string, string>> {
  const out: [string, string][] = [];
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    out.push([relative(dir, path).split("\\").join("/"), createHash("sha256").update(await readFile(path)).digest("hex")]);
  }
  return Object.fromEntries(out.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
