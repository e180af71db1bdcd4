import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

/** One commit that touched a file. */
export interface Commit {
  sha: string;
  shortSha: string;
  /** Committer date as git recorded it, e.g. "2026-04-06T09:15:00+07:00"; never the build clock. */
  dateTime: string;
  /** The calendar day of `dateTime` in the committer's own time zone: "2026-04-06". */
  date: string;
  author: string;
  /** The commit message's first line. */
  message: string;
}

/** Why a history may be missing commits. */
export type HistoryGap = "shallow" | "unavailable";

export interface GitHistory {
  /** False on a shallow clone, or when git or the repository is unavailable: pages then say history is incomplete. */
  complete: boolean;
  reason?: HistoryGap;
  /** Commits newest first, by path relative to the project root ("content/2026/nhiem-vu/nv-1-1.md"). */
  byPath: Record<string, Commit[]>;
}

const RS = "\x1e";
const US = "\x1f";
/** Record separator, then hash, committer date, author and subject separated by unit separators; file names follow. */
const FORMAT = `${RS}%H${US}%cI${US}%an${US}%s`;

/**
 * Who changed which content file and when, from one `git log --name-status` over the whole repository.
 * A file renamed (content/nhiem-vu/ → content/2026/nhiem-vu/, docs/decisions/0008) keeps its earlier
 * commits under its new name; the rename itself, which changes no text, is not a change of the item.
 * Never throws: without git, outside a repository or in an empty one the history is empty and
 * marked incomplete ("unavailable"); in a shallow clone the commits present are kept, except the
 * shallow boundary commits (git shows them as adding every file, which would be invented history).
 * @example await readGitHistory(".") → { complete: true, byPath: { "content/2026/nhiem-vu/nv-1-1.md": [{ sha: "5e2b…", date: "2026-01-20", … }] } }
 */
export async function readGitHistory(root: string): Promise<GitHistory> {
  const git = (args: string[]) => run("git", args, { cwd: root, maxBuffer: 256 * 1024 * 1024, env: { ...process.env, GIT_TERMINAL_PROMPT: "0", LC_ALL: "C" } });
  let shallow: boolean;
  let gitDir: string;
  try {
    const { stdout } = await git(["rev-parse", "--is-shallow-repository", "--absolute-git-dir"]);
    const [isShallow, dir] = stdout.trim().split("\n");
    shallow = isShallow === "true";
    gitDir = dir ?? "";
  } catch {
    return { complete: false, reason: "unavailable", byPath: {} };
  }
  let log: string;
  try {
    ({ stdout: log } = await git(["-c", "core.quotePath=false", "log", "--no-color", "-M", "--name-status", "--relative", `--format=${FORMAT}`, "HEAD", "--"]));
  } catch {
    return { complete: false, reason: "unavailable", byPath: {} };
  }
  const boundary = shallow ? new Set((await readFile(join(gitDir, "shallow"), "utf8").catch(() => "")).split("\n").filter(Boolean)) : new Set<string>();
  const byPath = parseGitLog(log, boundary);
  return shallow ? { complete: false, reason: "shallow", byPath } : { complete: true, byPath };
}

/**
 * Parses the output of `git log --name-status --format=<FORMAT>` (newest first) into path → commits,
 * newest first (by committer date; git's order is kept between equal dates). Commits before a rename
 * are filed under the file's latest name; a pure rename (R100) is not listed as a change.
 * @example parseGitLog("\x1eabc…\x1f2026-04-06T09:15:00+07:00\x1fAn\x1fSửa báo cáo\n\nM\tdata/2026/bao-cao/2026-q1.json\n")["data/2026/bao-cao/2026-q1.json"][0].message → "Sửa báo cáo"
 */
export function parseGitLog(output: string, skip: ReadonlySet<string> = new Set()): Record<string, Commit[]> {
  const byPath: Record<string, Commit[]> = {};
  // Old name → the name the file has now, learnt from renames met so far (newer commits come first).
  const laterName = new Map<string, string>();
  const current = (name: string) => laterName.get(name) ?? name;
  for (const record of output.split(RS)) {
    if (!record.trim()) continue;
    const [header = "", ...lines] = record.split("\n");
    const [sha = "", dateTime = "", author = "", message = ""] = header.split(US);
    if (!/^[0-9a-f]{40,64}$/.test(sha) || skip.has(sha)) continue;
    const commit: Commit = { sha, shortSha: sha.slice(0, 7), dateTime, date: dateTime.slice(0, 10), author, message };
    for (const line of lines) {
      if (!line) continue;
      const [status = "", ...names] = line.includes("\t") ? line.split("\t") : ["M", line];
      const name = current(names.at(-1)!);
      if (status.startsWith("R") && names.length === 2) {
        laterName.set(names[0]!, name);
        if (status === "R100") continue;
      }
      (byPath[name] ??= []).push(commit);
    }
  }
  for (const list of Object.values(byPath)) list.sort((a, b) => Date.parse(b.dateTime) - Date.parse(a.dateTime));
  return byPath;
}
