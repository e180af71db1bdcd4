import { readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { sha256 } from "./build-data-package.ts";

/**
 * A SHA256SUMS served at an address the site had before plans had folders (/du-lieu/SHA256SUMS),
 * true for the files beside it there. The oldest plan's copy also lists its pages (/du-lieu/ and
 * /du-lieu/bang/), which at the old address are redirect pages: their lines are left out, so
 * `sha256sum -c SHA256SUMS` passes at the old address as it does at /<year>/du-lieu/. Every other
 * line is kept only if the file at the old address has exactly the bytes it names.
 * @example await writeLegacyChecksums("_site.tmp-x/2026", "_site.tmp-x", "du-lieu/SHA256SUMS") → /du-lieu/SHA256SUMS without the index.html lines
 */
export async function writeLegacyChecksums(planDir: string, siteDir: string, sumsPath: string): Promise<void> {
  const folder = dirname(sumsPath);
  const lines = (await readFile(join(planDir, sumsPath), "utf8")).split("\n").filter(Boolean);
  const kept: string[] = [];
  for (const line of lines) {
    const [hash, path] = [line.slice(0, 64), line.slice(66)];
    const bytes = await readFile(join(siteDir, folder, path)).catch(() => null);
    if (bytes && sha256(bytes) === hash) kept.push(`${line}\n`);
  }
  await writeFile(join(siteDir, sumsPath), kept.join(""));
}
