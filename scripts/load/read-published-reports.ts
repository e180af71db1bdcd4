import { openPublishingBranch } from "./publishing-branch.ts";

/**
 * Where reports live: data/<year>/bao-cao/ (docs/decisions/0008), and data/bao-cao/ before plans had
 * folders; the guard reads their history from git, following renames, so a report published at the
 * old path is still published after `git mv` into its plan's folder.
 */
const REPORT_PATH = /^data\/(?:[0-9]{4}\/)?bao-cao\/[^/]+\.json$/;

/** A report file as it was first published on the publishing branch. */
export interface PublishedReport {
  /** Project-relative path, as the file is named now (at the branch's tip): "data/2026/bao-cao/2026-q1.json". */
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
 * Reads, from git, the version of each report file that was first published on the publishing branch:
 * the oldest commit reachable from the branch in which the file says `"draft": false`. Changes made after
 * that on any branch are what the guard checks. Never throws: an unusable repository gives a state that
 * says why the guard could not run.
 * @example await readPublishedReports(".") → { state: "ok", ref: "refs/heads/main", reports: [{ path: "data/bao-cao/2026-q1.json", commit: "b543…", date: "2026-04-06", … }] }
 */
export async function readPublishedReports(root: string): Promise<PublishedReports> {
  const repo = await openPublishingBranch(root);
  if (repo.state !== "ok") return { state: repo.state };
  const { git, prefix, shallow, ref } = repo;
  if (shallow) return { state: "shallow", ref };

  const dir = `${prefix}data/`;
  // Oldest first; one line per commit, then the report files it touched, with renames (R<score> old new).
  const log = await git(["-c", "core.quotePath=false", "log", "--reverse", "-M", "--name-status", "--format=\x1e%H\x1f%cI", ref, "--", `:(top)${dir}`]);
  const commitsByPath = reportCommits(log, prefix);
  const atTip = new Set((await git(["-c", "core.quotePath=false", "ls-tree", "-r", "--name-only", "--full-tree", ref, dir]).catch(() => "")).split("\n").filter(Boolean));
  const reports: PublishedReport[] = [];
  for (const [name, commits] of [...commitsByPath].sort(([a], [b]) => a.localeCompare(b))) {
    for (const { sha, date, name: then } of commits) {
      const text = await git(["show", `${sha}:${prefix}${then}`]).catch(() => undefined);
      const data = text === undefined ? undefined : parseLenient(text);
      if (data && typeof data === "object" && (data as { draft?: unknown }).draft === false) {
        reports.push({ path: name, commit: sha, date, data, existsAtTip: atTip.has(`${prefix}${name}`) });
        break;
      }
    }
  }
  return { state: "ok", ref, reports };
}

/**
 * The commits that touched each report, oldest first, keyed by the report's latest name (relative to
 * the project): a rename carries the file's earlier commits, each with the name the file had then.
 * @example reportCommits("\x1eaaa…\x1f2026-04-06T…\n\nA\tdata/bao-cao/q1.json\n\x1ebbb…\x1f2026-12-01T…\n\nR100\tdata/bao-cao/q1.json\tdata/2026/bao-cao/q1.json\n", "") → Map { "data/2026/bao-cao/q1.json" => [{ sha: "aaa…", name: "data/bao-cao/q1.json" }, { sha: "bbb…", name: "data/2026/bao-cao/q1.json" }] }
 */
export function reportCommits(log: string, prefix: string): Map<string, { sha: string; date: string; name: string }[]> {
  const byPath = new Map<string, { sha: string; date: string; name: string }[]>();
  for (const record of log.split("\x1e")) {
    const [header = "", ...lines] = record.split("\n");
    const [sha = "", dateTime = ""] = header.split("\x1f");
    if (!/^[0-9a-f]{40,64}$/.test(sha)) continue;
    for (const line of lines) {
      const [status = "", ...names] = line.split("\t");
      if (!status || names.length === 0) continue;
      const rel = (n: string) => (n.startsWith(prefix) ? n.slice(prefix.length) : n);
      const name = rel(names.at(-1)!);
      if (status.startsWith("R") && names.length === 2) {
        const before = rel(names[0]!);
        const earlier = byPath.get(before);
        if (earlier && REPORT_PATH.test(before)) {
          byPath.delete(before);
          byPath.set(name, earlier);
        }
      }
      if (!REPORT_PATH.test(name)) continue;
      const list = byPath.get(name) ?? [];
      list.push({ sha, date: dateTime.slice(0, 10), name });
      byPath.set(name, list);
    }
  }
  return byPath;
}

/**
 * The published reports of one plan: those now in data/<year>/bao-cao/, and for the oldest plan also
 * those the publishing branch still names data/bao-cao/ (published before plans had folders; the
 * change that moves them has not reached the branch yet): they are the plan's files of the same name.
 * Each plan's guard sees its own reports only, so a report deleted from one plan is reported once.
 * @example publishedOfPlan(published, "2026", "2026").reports.map((r) => r.path) → ["data/2026/bao-cao/2026-q1.json"]
 */
export function publishedOfPlan(published: PublishedReports, year: string, oldestYear: string): PublishedReports {
  if (published.state !== "ok") return published;
  const legacy = "data/bao-cao/";
  const reports = published.reports.flatMap((r) => {
    if (r.path.startsWith(`data/${year}/`)) return [r];
    if (year === oldestYear && r.path.startsWith(legacy)) return [{ ...r, path: `data/${year}/bao-cao/${r.path.slice(legacy.length)}` }];
    return [];
  });
  return { ...published, reports };
}

/** A version that does not parse (a broken commit on the branch) is not a publication. */
function parseLenient(text: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch {
    return undefined;
  }
}
