import { mkdir, readFile, readdir, writeFile } from "node:fs/promises";
import { dirname, join, relative } from "node:path";
import type { SiteData } from "../derive/types.ts";
import { loadSchemas, type JsonSchema } from "../validate/load-schemas.ts";
import { buildDataPackage, sha256sums } from "./build-data-package.ts";
import { checkLock, LOCK_FILE, parseLock } from "./data-lock.ts";

/** Where the open data lives in the built site. */
export const DATA_DIR = "du-lieu";

/** A published period's figures differ from the locked ones: the build must stop. */
export class PublishedDataChangedError extends Error {
  constructor(problems: string[]) {
    super(`Số liệu đã công bố bị thay đổi (${LOCK_FILE}):\n${problems.map((p) => `- ${p}`).join("\n")}`);
    // Not enumerable, and no stack trace: the message says everything, and the CLI prints just that.
    Object.defineProperty(this, "name", { value: "PublishedDataChangedError", enumerable: false });
    this.stack = this.message;
  }
}

export interface WriteDataOptions {
  /** The project folder, holding data/du-lieu-da-cong-bo.json. */
  root: string;
  /** The built site: files go to <outDir>/du-lieu/. Run after rendering so SHA256SUMS covers the pages there too. */
  outDir: string;
  schemas?: Record<string, JsonSchema>;
  log?: (line: string) => void;
}

/**
 * Stage 5 (after render): writes the open data under /du-lieu/ and SHA256SUMS over every file there.
 * Throws PublishedDataChangedError, writing nothing, when a locked period snapshot changed.
 * @example await writeDataPackage(siteData, { root: ".", outDir: ".build-tmp" }) → { files: 51, unlocked: [] }
 */
export async function writeDataPackage(data: SiteData, { root, outDir, schemas = loadSchemas().schemas, log = console.log }: WriteDataOptions): Promise<{ files: number; unlocked: string[] }> {
  const pkg = buildDataPackage(data, schemas);
  const lockText = await readFile(join(root, LOCK_FILE), "utf8").catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return undefined;
    throw error;
  });
  const { problems, unlocked } = checkLock(pkg.snapshots, parseLock(lockText));
  if (problems.length > 0) throw new PublishedDataChangedError(problems);

  const dir = join(outDir, DATA_DIR);
  for (const [path, contents] of Object.entries(pkg.files)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), contents);
  }
  const all: Record<string, Buffer> = {};
  for (const file of await listFiles(dir)) {
    const path = relative(dir, file).split("\\").join("/");
    if (path !== "SHA256SUMS") all[path] = await readFile(file);
  }
  await writeFile(join(dir, "SHA256SUMS"), sha256sums(all));
  if (unlocked.length > 0) {
    const periods = [...new Set(unlocked.map((p) => p.split("/")[1]))].join(", ");
    log(`Số liệu kỳ ${periods} đã công bố nhưng chưa được khóa: chạy \`npm run data:lock\` rồi commit ${LOCK_FILE}.`);
  }
  return { files: Object.keys(all).length + 1, unlocked };
}

async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await listFiles(path)));
    else out.push(path);
  }
  return out;
}
