import { createHash } from "node:crypto";
import { mkdir, readFile, readdir, rm, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildSite } from "../../../scripts/build.ts";
import { FIXTURE_PLAN } from "../../fixture-plan/fixture-plan.ts";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const CACHE = join(ROOT, ".cache", "test-sites");
/** What the site is built from besides the content: any change here is a new build. */
const CODE = ["schemas", "lib", "scripts", "site", "eleventy.config.ts", "package-lock.json"].map((p) => join(ROOT, p));

/**
 * The fixture plan (tests/fixture-plan/) built once per set of inputs and path prefix, shared by
 * every end-to-end test file: test files run one after another, and rebuilding for each would
 * dominate the suite's time. Tests expect what the fixture plan says, written by hand, so that
 * publishing a real report never breaks them.
 * @example await builtSite("/ke-hoach-cchc/") → "/…/.cache/test-sites/ke-hoach-cchc-3f2a…"
 */
export async function builtSite(pathPrefix = "/", root = FIXTURE_PLAN): Promise<string> {
  const key = await inputsHash(pathPrefix, root);
  const dir = join(CACHE, `${pathPrefix.replace(/\W+/g, "-").replace(/^-|-$/g, "") || "root"}-${key}`);
  const stamp = join(dir, ".built");
  if (await exists(stamp)) return dir;
  await mkdir(CACHE, { recursive: true });
  // The fixture plan is an input of tests, not a publication: the published-figure guard has its own tests.
  const result = await buildSite({ root, outDir: dir, pathPrefix, guardPublished: false, log: () => undefined });
  if (!result) throw new Error(`Nội dung trong ${root} không hợp lệ: không xây dựng được trang để kiểm thử`);
  await writeFile(stamp, key);
  await pruneOthers(dir);
  return dir;
}

async function inputsHash(pathPrefix: string, root: string): Promise<string> {
  const hash = createHash("sha256").update(pathPrefix).update(root);
  const walk = async (path: string): Promise<void> => {
    const info = await stat(path).catch(() => null);
    if (!info) return;
    if (info.isDirectory()) {
      for (const name of (await readdir(path)).sort()) await walk(join(path, name));
    } else {
      hash.update(path).update(await readFile(path));
    }
  };
  for (const input of [join(root, "content"), join(root, "data"), ...CODE]) await walk(input);
  return hash.digest("hex").slice(0, 16);
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(() => true, () => false);
}

/**
 * Old builds of changed inputs are dead weight, but another test process may still be serving one:
 * remove only finished builds of the same prefix that are more than an hour old.
 */
async function pruneOthers(keep: string): Promise<void> {
  const prefix = keep.slice(CACHE.length + 1).replace(/-[0-9a-f]{16}$/, "");
  const cutoff = Date.now() - 60 * 60 * 1000;
  for (const name of await readdir(CACHE)) {
    const path = join(CACHE, name);
    if (path === keep || !/-[0-9a-f]{16}$/.test(name) || name.replace(/-[0-9a-f]{16}$/, "") !== prefix) continue;
    const built = await stat(join(path, ".built")).catch(() => null);
    if (built && built.mtimeMs < cutoff) await rm(path, { recursive: true, force: true });
  }
}
