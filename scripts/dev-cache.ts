import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { linkSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { cp, mkdtemp, rename, rm, stat } from "node:fs/promises";
import { homedir } from "node:os";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import type { SiteData } from "./derive/types.ts";
import { indexPlans, type PlanData } from "./index/index-site.ts";
import { ReadRecorder } from "./lib/track-reads.ts";
import { bundleAssets, type AssetManifest } from "./render/bundle-assets.ts";
import { globalData, renderSite, type RenderOptions } from "./render/render-site.ts";

/**
 * The `npm start` fast path (buildSite with `dev: true`): work that an edit to content or data
 * does not change is not redone. A production build (`npm run build`) never uses any of this.
 * - assets are re-bundled only when site/assets/ or lib/ changed (a bundle may import from lib/,
 *   e.g. the explorer's CSV code); otherwise last build's bundles are copied over;
 * - the Pagefind index is rebuilt in the background after the new pages are in place: until it is
 *   done, search answers from the previous index; the previous site is deleted in the background too;
 * - the site root's render (its home page, 404, robots.txt and a redirect page at each old address) is
 *   redone only when the templates or something it read of its data changed (renderRootIfChanged);
 * - what is read from git (the history of each file, the published reports) is read again only
 *   when git's state changed (gitStateKey: HEAD, every ref, the shallow list, git's config), as it
 *   costs several git processes per build, each a fork of this large process.
 * Every key is a hash of contents, never of modification times: a wrong page is worse than a slow one.
 */

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const BUNDLE_INPUTS = [join(ROOT, "site", "assets"), join(ROOT, "lib")];
/** What a render's output follows besides its data: the templates, their data files and filters, and the code they import. */
const TEMPLATE_INPUTS = [join(ROOT, "site"), join(ROOT, "lib"), join(ROOT, "eleventy.config.ts")];

/**
 * A hash of the names and contents of every file under `paths` (a path may be a single file). Read
 * synchronously: a hundred small files cost a few milliseconds this way, several times more as promises.
 * @example contentHash(["site"]) → "3f9c…"
 */
function contentHash(paths: string[]): string {
  const hash = createHash("sha256");
  for (const path of paths) {
    let files: string[];
    try {
      files = readdirSync(path, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name)).sort();
    } catch {
      files = [path];
    }
    for (const file of files) hashFile(hash, file);
  }
  return hash.digest("hex");
}

/** Adds a file's name, length and contents to `hash` ("-" for a file that cannot be read). */
function hashFile(hash: ReturnType<typeof createHash>, file: string): void {
  let contents: Buffer | null = null;
  try {
    contents = readFileSync(file);
  } catch {
    // Missing or unreadable: its absence is part of the key.
  }
  hash.update(`${file}\0${contents === null ? "-" : contents.length}\0`);
  if (contents) hash.update(contents);
}

let lastBundle: { key: string; manifest: AssetManifest } | undefined;

/**
 * Bundles into `outDir` as bundleAssets does, unless the inputs are unchanged since the last bundle
 * and the live site (`liveDir`) still holds those bundles (their names carry content hashes): then
 * the live site's assets/ is copied instead.
 * @example await bundleAssetsIfChanged("_site.tmp-123", "_site") → { css: "/assets/main-3F2A.css", … }
 */
export async function bundleAssetsIfChanged(outDir: string, liveDir: string): Promise<AssetManifest> {
  const key = contentHash(BUNDLE_INPUTS);
  if (lastBundle?.key === key) {
    const files = Object.values(lastBundle.manifest);
    const present = await Promise.all(files.map((path) => stat(join(liveDir, path)).then(() => true, () => false)));
    if (present.every(Boolean)) {
      await cp(join(liveDir, "assets"), join(outDir, "assets"), { recursive: true });
      return lastBundle.manifest;
    }
  }
  const manifest = await bundleAssets(outDir);
  lastBundle = { key, manifest };
  return manifest;
}

let pendingIndex: Promise<void> = Promise.resolve();

/**
 * Waits for the background index of the previous build, then moves the live site's search index
 * into the new build (the live folder is replaced next), so search keeps working until the new
 * index is written.
 * @example await keepPreviousIndex("_site", "_site.tmp-123")
 */
export async function keepPreviousIndex(liveDir: string, outDir: string): Promise<void> {
  await pendingIndex;
  const from = join(liveDir, "pagefind");
  const to = join(outDir, "pagefind");
  await rename(from, to).catch(() => cp(from, to, { recursive: true })).catch(() => undefined);
}

/**
 * Rebuilds the search index of the live site in the background; the next dev build waits for it
 * (keepPreviousIndex) before touching the folder. The index is written to a folder of its own and
 * then replaces the live one whole: written over the old, it would leave the old index's files
 * (their names carry hashes) beside the new. A failure is printed, and search keeps the old index.
 * @example indexInBackground([{ year: "2026", data }], "_site")
 */
export function indexInBackground(plans: readonly PlanData[], liveDir: string): void {
  pendingIndex = (async () => {
    // Named as the build's own temporary folders (_site.tmp-…), which .gitignore leaves out.
    const staging = await mkdtemp(`${resolve(liveDir)}.tmp-index-`);
    try {
      await indexPlans(plans, staging);
      await rename(join(liveDir, "pagefind"), join(staging, "previous")).catch(() => undefined);
      await rename(join(staging, "pagefind"), join(liveDir, "pagefind"));
    } finally {
      await rm(staging, { recursive: true, force: true });
    }
  })().then(
    () => undefined,
    (error: unknown) => console.error("Không cập nhật được chỉ mục tìm kiếm:", error),
  );
}

let pendingRemoval: Promise<void> = Promise.resolve();

/**
 * Deletes the previous live site (a folder the build created and renamed away, `_site.old-…`) in the
 * background, after any deletion still running: the new site is already in place, and deleting
 * thousands of files is not something the person waiting for the page needs to wait for.
 * @example removeInBackground("_site.old-x1y2")
 */
export function removeInBackground(dir: string): void {
  pendingRemoval = pendingRemoval.then(() => rm(dir, { recursive: true, force: true })).catch((error: unknown) => console.error(`Không xóa được ${dir}:`, error));
}

/** Resolves when the background index (if any) is written and the previous site deleted: for tests, benchmarks and stopping. */
export async function backgroundIndexDone(): Promise<void> {
  await pendingIndex;
  await pendingRemoval;
}

const run = promisify(execFile);

/** Each project root's git folder and common git folder (they differ in a linked worktree), found once. */
const gitDirs = new Map<string, Promise<{ gitDir: string; commonDir: string } | null>>();

function findGitDirs(root: string): Promise<{ gitDir: string; commonDir: string } | null> {
  let found = gitDirs.get(root);
  if (!found) {
    found = run("git", ["rev-parse", "--absolute-git-dir", "--git-common-dir"], { cwd: root, env: { ...process.env, GIT_TERMINAL_PROMPT: "0", LC_ALL: "C" } }).then(
      ({ stdout }) => {
        const [gitDir = "", common = ""] = stdout.trim().split("\n");
        return gitDir ? { gitDir, commonDir: resolve(root, common) } : null;
      },
      () => null,
    );
    gitDirs.set(root, found);
  }
  return found;
}

/** Every regular file under `dir` (none if it is missing), sorted. */
function filesUnder(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name)).sort();
  } catch {
    return [];
  }
}

/**
 * A hash of everything a `git log` or `git show` of this repository can answer from, read from git's
 * own files without starting git: HEAD, every ref (loose, packed, reftable), the shallow list, the
 * grafts, git's configuration (the repository's and the user's) and the GIT_* environment. Commits
 * never change, so the same key gives the same answers. Undefined outside a repository (not cached).
 * @example await gitStateKey(".") → "9b1e…"
 */
export async function gitStateKey(root: string): Promise<string | undefined> {
  const dirs = await findGitDirs(root);
  if (!dirs) return undefined;
  const { gitDir, commonDir } = dirs;
  const home = homedir();
  const files = [
    join(gitDir, "HEAD"), join(gitDir, "config.worktree"), join(gitDir, "shallow"),
    join(commonDir, "packed-refs"), join(commonDir, "shallow"), join(commonDir, "config"), join(commonDir, "info", "grafts"),
    join(home, ".gitconfig"), join(process.env.XDG_CONFIG_HOME ?? join(home, ".config"), "git", "config"),
    ...filesUnder(join(commonDir, "refs")), ...filesUnder(join(commonDir, "reftable")),
    ...(gitDir === commonDir ? [] : filesUnder(join(gitDir, "refs"))),
  ];
  const hash = createHash("sha256").update(`${resolve(root)}\0${gitDir}\0${commonDir}\0`);
  for (const [name, value] of Object.entries(process.env).sort(([a], [b]) => a.localeCompare(b))) {
    if (name.startsWith("GIT_") || name === "NHANH_CONG_BO") hash.update(`${name}=${value}\0`);
  }
  for (const file of files) hashFile(hash, file);
  return hash.digest("hex");
}

const gitAnswers = new Map<string, { key: string; value: unknown }>();

/**
 * `read()` (something read from git alone, such as readGitHistory) answered again from memory while
 * git's state is unchanged (gitStateKey); a copy each time, so a build cannot change what the next
 * one is given.
 * @example await sameGitState("history", ".", () => readGitHistory(".")) → the history, from git once
 */
export async function sameGitState<T>(name: string, root: string, read: () => Promise<T>): Promise<T> {
  const key = await gitStateKey(root);
  const id = `${name}\0${resolve(root)}`;
  const hit = gitAnswers.get(id);
  if (key !== undefined && hit?.key === key) return structuredClone(hit.value as T);
  const value = await read();
  if (key !== undefined) gitAnswers.set(id, { key, value: structuredClone(value) });
  else gitAnswers.delete(id);
  return value;
}

/**
 * The last root render: what it depended on, the files it wrote (relative to the site), and the
 * folder they are in (its inode: the build's temporary folder keeps it when it is renamed into
 * place). A build that failed after the root render never went live: its record then names a folder
 * that is not the live one, and nothing is reused from a live site rendered from other data.
 */
let lastRoot: { key: string; seen: ReadRecorder; files: string[]; pages: number; folder: number } | undefined;

/** A folder's inode, or -1 if it cannot be read. */
function folderId(dir: string): number {
  try {
    return statSync(dir).ino;
  } catch {
    return -1;
  }
}

/**
 * The site root's render (renderSite with scope "root") as `npm start` runs it: the templates see
 * their data through views that record what they read (scripts/lib/track-reads.ts). When the
 * templates, the prefixes and every answer the last root render read are the same, its files are
 * hard-linked from the live site (`liveDir`, the last build) into `outDir` instead of rendering
 * again: an edit to a task's text leaves the home page, the 404 page and the redirects as they were.
 * Returns the number of pages, as renderSite does.
 * @example await renderRootIfChanged(data, { outDir: "_site.tmp-1", scope: "root", … }, "_site") → 152
 */
export async function renderRootIfChanged(data: SiteData, options: RenderOptions, liveDir: string): Promise<number> {
  const key = JSON.stringify([contentHash(TEMPLATE_INPUTS), options.scope, options.pathPrefix, options.rootPrefix ?? null]);
  const live = folderId(liveDir);
  if (lastRoot && lastRoot.key === key && live !== -1 && lastRoot.folder === live && lastRoot.seen.unchanged(globalData(data, options, [])) && linkFrom(liveDir, options.outDir, lastRoot.files)) {
    // The same files, now in this build's folder: it is the one that goes live if the build succeeds.
    lastRoot.folder = folderId(options.outDir);
    return lastRoot.pages;
  }
  lastRoot = undefined;
  const seen = new ReadRecorder();
  let written: string[] = [];
  const pages = await renderSite(data, { ...options, watch: { global: (name, value) => seen.tracked(name, value), written: (paths) => (written = paths) } });
  const outDir = resolve(options.outDir);
  const files = written.map((path) => relative(outDir, resolve(path)));
  const inside = files.every((f) => f !== "" && !f.startsWith(`..${sep}`) && f !== ".." && !isAbsolute(f));
  if (seen.usable && inside) lastRoot = { key, seen, files, pages, folder: folderId(outDir) };
  return pages;
}

/**
 * Hard-links each of `files` from `fromDir` into `toDir`; false (and nothing left linked) if one is
 * missing or cannot be linked, so that the caller renders instead. Synchronous: a few hundred links
 * cost a few milliseconds this way.
 */
function linkFrom(fromDir: string, toDir: string, files: string[]): boolean {
  const linked: string[] = [];
  const made = new Set<string>();
  try {
    for (const file of files) {
      const to = join(toDir, file);
      const folder = dirname(to);
      if (!made.has(folder)) mkdirSync(folder, { recursive: true });
      made.add(folder);
      linkSync(join(fromDir, file), to);
      linked.push(to);
    }
    return true;
  } catch {
    for (const to of linked) rmSync(to, { force: true });
    return false;
  }
}
