/**
 * Runs the validator on a fixture case: a copy of the fixture plan's content/ and data/
 * (tests/fixture-plan/, never the real plan, so publishing a report changes no expectation) with
 * the case's overlay files laid over it, the files in remove.txt deleted and the files in rewrite.txt re-encoded.
 *
 * A case folder (tests/fixtures/invalid/<case>/ or tests/fixtures/valid/<case>/) holds:
 *   content/…, data/…   overlay files, laid out like the fixture plan (they replace or add files);
 *   remove.txt          optional: plan-relative files to delete from the copy, one a line;
 *   rewrite.txt         optional: "<file> <bom|crlf|bom+crlf>" lines; the copied file (after the
 *                       overlay) is re-encoded with a UTF-8 BOM and/or CRLF line endings, so the
 *                       committed fixtures never depend on git keeping those bytes intact;
 *   expected.txt        invalid cases only: the exact lines `npm run validate -- --cong-bo` prints,
 *                       one problem a line, in the order it prints them.
 * Lines starting with # and blank lines are ignored in remove.txt and rewrite.txt.
 */
import { cp, lstat, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { sortProblems, type ContentError } from "../../scripts/load/content-error.ts";
import { formatError } from "../../scripts/validate/format-errors.ts";
import { loadAndValidatePlans } from "../../scripts/validate/validate-plans.ts";
import { FIXTURE_PLAN } from "../fixture-plan/fixture-plan.ts";

export const REPO_ROOT = fileURLToPath(new URL("../../", import.meta.url));
/** What every case is laid over: the fixture plan. */
const BASE = FIXTURE_PLAN;
export const FIXTURES = fileURLToPath(new URL("../fixtures/", import.meta.url));

/** Folders of a case that are overlaid on the copy; everything else in a case folder is metadata. */
const OVERLAY_DIRS = ["content", "data"];

export async function listCases(kind: "invalid" | "valid"): Promise<string[]> {
  const dir = join(FIXTURES, kind);
  const names = await readdir(dir, { withFileTypes: true });
  return names.filter((d) => d.isDirectory()).map((d) => d.name).sort();
}

const lines = async (file: string): Promise<string[]> => {
  const text = await readFile(file, "utf8").catch(() => "");
  return text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== "" && !l.startsWith("#"));
};

/** Repository-relative paths of the files under `dir` (forward slashes). */
async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isFile()).map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join("/"));
}

/**
 * A scratch copy of content/ and data/ (small: under 1 MB) that a case changes. Folders that were
 * links in an older copy are still turned into real ones before a change, so nothing is ever
 * written through a link into the fixture plan.
 */
class ScratchTree {
  constructor(readonly root: string) {}

  static async create(): Promise<ScratchTree> {
    const tree = new ScratchTree(await mkdtemp(join(tmpdir(), "cchc-fixture-")));
    for (const dir of OVERLAY_DIRS) await tree.link(dir);
    return tree;
  }

  private async link(rel: string): Promise<void> {
    const from = join(BASE, rel);
    const to = join(this.root, rel);
    // A copy, not a link: the loader refuses content reached through a symbolic link (it could lead
    // anywhere outside the repository), so a linked tree would not load at all.
    await cp(from, to, { recursive: true });
  }

  /** Makes every folder above `rel` a real folder, so `rel` itself can be replaced or removed. */
  private async open(rel: string): Promise<string> {
    const parts = rel.split("/");
    let cur = "";
    for (const part of parts.slice(0, -1)) {
      cur = cur ? `${cur}/${part}` : part;
      const here = join(this.root, cur);
      const st = await lstat(here).catch(() => null);
      if (st?.isDirectory()) continue;
      if (st?.isSymbolicLink()) {
        await rm(here);
        await mkdir(here);
        for (const child of await readdir(join(BASE, cur))) await this.link(`${cur}/${child}`);
      } else {
        await mkdir(here, { recursive: true });
      }
    }
    return join(this.root, rel);
  }

  async write(rel: string, bytes: Uint8Array): Promise<void> {
    const file = await this.open(rel);
    await rm(file, { force: true });
    await writeFile(file, bytes);
  }

  async read(rel: string): Promise<Buffer> {
    return readFile(join(this.root, rel));
  }

  async remove(rel: string): Promise<void> {
    const file = await this.open(rel);
    // Not `force`: a removal that names a missing file is a broken fixture, not a silent no-op.
    await rm(file);
  }
}

/** Builds the temporary repository for a case and returns its root. Remove it with `rm(root, { recursive: true })`. */
export async function prepareCase(caseDir: string): Promise<string> {
  const tree = await ScratchTree.create();
  for (const dir of OVERLAY_DIRS) {
    for (const rel of await filesUnder(join(caseDir, dir))) await tree.write(`${dir}/${rel}`, await readFile(join(caseDir, dir, rel)));
  }
  for (const rel of await lines(join(caseDir, "remove.txt"))) await tree.remove(rel);
  for (const line of await lines(join(caseDir, "rewrite.txt"))) {
    const [rel, how] = line.split(/\s+/);
    if (!rel || !how || !/^(bom|crlf|bom\+crlf)$/.test(how)) throw new Error(`rewrite.txt: dòng không hợp lệ "${line}"`);
    let bytes = await tree.read(rel);
    if (how.includes("crlf")) bytes = Buffer.from(bytes.toString("latin1").replace(/\r?\n/g, "\r\n"), "latin1");
    if (how.includes("bom")) bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes]);
    await tree.write(rel, bytes);
  }
  return tree.root;
}

/** Every problem in the tree at `root`, in the order the CLI prints them (see scripts/validate-cli.ts). */
export async function validateTree(root: string, publish = true): Promise<ContentError[]> {
  // Every plan of the tree, as npm run validate checks it (a case may add a plan: content/2027/…).
  const { loadErrors, errors, warnings } = await loadAndValidatePlans(root, { publish });
  return sortProblems([...loadErrors, ...errors, ...warnings]);
}

/** The formatted problem lines for a case folder, as `npm run validate -- --cong-bo` prints them. */
export async function runCase(caseDir: string): Promise<string[]> {
  const root = await prepareCase(caseDir);
  try {
    return (await validateTree(root)).map(formatError);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

export async function expectedLines(caseDir: string): Promise<string[]> {
  const text = await readFile(join(caseDir, "expected.txt"), "utf8");
  return text.split(/\r?\n/).filter((l) => l.trim() !== "");
}
