import { execFile } from "node:child_process";
import { promisify } from "node:util";

const run = promisify(execFile);

/** Where reports live; the guard reads their history from git. */
export const REPORT_DIR = "data/bao-cao";

/** A report file as it was first published on the publishing branch. */
export interface PublishedReport {
  /** Project-relative path: "data/bao-cao/2026-q1.json". */
  path: string;
  /** The commit on the publishing branch where the file first had `"draft": false`. */
  commit: string;
  /** That commit's calendar day ("2026-04-06"), shown to staff in messages. */
  date: string;
  /** The file's parsed JSON in that commit. */
  data: unknown;
  /** False when the file no longer exists at the branch's tip (still published, so its deletion is refused). */
  existsAtTip: boolean;
}

/**
 * What the published-figure guard compares with. `ok`: the first published version of every report
 * reachable from `ref`. Otherwise the guard cannot run and says why: `shallow` (a clone without full
 * history: the first publication may be missing), `no-git` (not a git work tree, e.g. an exported copy),
 * `no-branch` (no publishing branch in this clone).
 */
export type PublishedReports =
  | { state: "ok"; ref: string; reports: PublishedReport[] }
  | { state: "shallow" | "no-git" | "no-branch"; ref?: string };

/**
 * The publishing branch: `NHANH_CONG_BO` if set, else `main`. Its copy from the remote comes first, because
 * in a pull request (and in a developer's clone) that is what the public site was built from.
 */
function candidateRefs(): string[] {
  const branch = process.env.NHANH_CONG_BO?.trim() || "main";
  return [`refs/remotes/origin/${branch}`, `refs/heads/${branch}`];
}

/**
 * Reads, from git, the version of each report file that was first published on the publishing branch:
 * the oldest commit reachable from the branch in which the file says `"draft": false`. Changes made after
 * that on any branch are what the guard checks. Never throws: an unusable repository gives a state that
 * says why the guard could not run.
 * @example await readPublishedReports(".") → { state: "ok", ref: "refs/heads/main", reports: [{ path: "data/bao-cao/2026-q1.json", commit: "b543…", date: "2026-04-06", … }] }
 */
export async function readPublishedReports(root: string): Promise<PublishedReports> {
  const git = async (args: string[]) =>
    (await run("git", args, { cwd: root, maxBuffer: 256 * 1024 * 1024, env: { ...process.env, GIT_TERMINAL_PROMPT: "0", LC_ALL: "C" } })).stdout;
  let prefix: string;
  let shallow: boolean;
  try {
    const [isShallow = "", inside = "", pre = ""] = (await git(["rev-parse", "--is-shallow-repository", "--is-inside-work-tree", "--show-prefix"])).split("\n");
    if (inside !== "true") return { state: "no-git" };
    shallow = isShallow === "true";
    prefix = pre;
  } catch {
    return { state: "no-git" };
  }
  let ref: string | undefined;
  for (const candidate of candidateRefs()) {
    if (await git(["rev-parse", "--verify", "--quiet", `${candidate}^{commit}`]).then(() => true, () => false)) {
      ref = candidate;
      break;
    }
  }
  if (!ref) return { state: "no-branch" };
  if (shallow) return { state: "shallow", ref };

  const dir = `${prefix}${REPORT_DIR}/`;
  // Oldest first; one line per commit, then the report files it touched.
  const log = await git(["-c", "core.quotePath=false", "log", "--reverse", "--no-renames", "--format=\x1e%H\x1f%cI", "--name-only", ref, "--", `:(top)${dir}`]);
  const commitsByPath = new Map<string, { sha: string; date: string }[]>();
  for (const record of log.split("\x1e")) {
    const [header = "", ...names] = record.split("\n");
    const [sha = "", dateTime = ""] = header.split("\x1f");
    if (!/^[0-9a-f]{40,64}$/.test(sha)) continue;
    for (const name of names) {
      if (!name.startsWith(dir) || !name.endsWith(".json")) continue;
      const list = commitsByPath.get(name) ?? [];
      list.push({ sha, date: dateTime.slice(0, 10) });
      commitsByPath.set(name, list);
    }
  }
  const atTip = new Set((await git(["-c", "core.quotePath=false", "ls-tree", "--name-only", "--full-tree", ref, dir]).catch(() => "")).split("\n").filter(Boolean));
  const reports: PublishedReport[] = [];
  for (const [name, commits] of [...commitsByPath].sort(([a], [b]) => a.localeCompare(b))) {
    for (const { sha, date } of commits) {
      const text = await git(["show", `${sha}:${name}`]).catch(() => undefined);
      const data = text === undefined ? undefined : parseLenient(text);
      if (data && typeof data === "object" && (data as { draft?: unknown }).draft === false) {
        reports.push({ path: name.slice(prefix.length), commit: sha, date, data, existsAtTip: atTip.has(name) });
        break;
      }
    }
  }
  return { state: "ok", ref, reports };
}

/** A version that does not parse (a broken commit on the branch) is not a publication. */
function parseLenient(text: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch {
    return undefined;
  }
}
