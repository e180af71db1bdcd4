import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { openPublishingBranch } from "./publishing-branch.ts";

/** A file of a plan that differs from its version on the publishing branch. */
export interface PlanChange {
  /** Project-relative path: "content/2026/nhiem-vu/nv-1-1.md". */
  path: string;
  kind: "changed" | "added" | "deleted";
  /** For a changed file, the first line (1-based) that differs. */
  line: number;
}

export type PlanChanges = { state: "ok"; ref: string; changes: PlanChange[] } | { state: "shallow" | "no-git" | "no-branch" };

/**
 * How the files under `paths` (a plan's folders) differ from the publishing branch (origin/main, else
 * main; NHANH_CONG_BO names another), working tree included: the guard of a closed plan
 * (docs/decisions/0008). Never throws: without a usable repository, a state says why.
 * @example await readPlanChanges(".", ["content/2026", "data/2026/ky-bao-cao.json"]) → { state: "ok", ref: "refs/heads/main", changes: [{ path: "content/2026/nhiem-vu/nv-1-1.md", kind: "changed", line: 9 }] }
 */
export async function readPlanChanges(root: string, paths: string[]): Promise<PlanChanges> {
  const repo = await openPublishingBranch(root);
  if (repo.state === "no-git") return { state: "no-git" };
  if (repo.shallow) return { state: "shallow" };
  if (repo.state === "no-branch") return { state: "no-branch" };
  const { git, prefix, ref } = repo;
  const specs = paths.map((p) => `:(top)${prefix}${p}`);
  const rel = (name: string) => (name.startsWith(prefix) ? name.slice(prefix.length) : name);
  // Tracked files that differ (staged or not) or were deleted; then files the branch does not have.
  const diff = await git(["-c", "core.quotePath=false", "diff", "--no-renames", "--name-status", ref, "--", ...specs]);
  const onBranch = new Set((await git(["-c", "core.quotePath=false", "ls-tree", "-r", "--name-only", "--full-tree", ref, "--", ...paths.map((p) => `${prefix}${p}`)])).split("\n").filter(Boolean));
  const present = (await git(["-c", "core.quotePath=false", "ls-files", "--cached", "--others", "--exclude-standard", "--full-name", "--", ...specs])).split("\n").filter(Boolean);
  const changes: PlanChange[] = [];
  for (const line of diff.split("\n").filter(Boolean)) {
    const [status = "", name = ""] = line.split("\t");
    if (status === "D") changes.push({ path: rel(name), kind: "deleted", line: 1 });
    else if (status === "M" || status === "T") {
      const before = (await git(["show", `${ref}:${name}`])).split("\n");
      const now = (await readFile(join(root, rel(name)), "utf8").catch(() => "")).split("\n");
      let i = 0;
      while (i < before.length && i < now.length && before[i] === now[i]) i++;
      changes.push({ path: rel(name), kind: "changed", line: Math.min(i + 1, Math.max(now.length, 1)) });
    }
  }
  for (const name of present) if (!onBranch.has(name)) changes.push({ path: rel(name), kind: "added", line: 1 });
  return { state: "ok", ref, changes: [...new Map(changes.map((c) => [c.path, c])).values()].sort((a, b) => a.path.localeCompare(b.path)) };
}
