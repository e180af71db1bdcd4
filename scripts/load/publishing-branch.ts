import { execFile } from "node:child_process";
import { promisify } from "node:util";

const run = promisify(execFile);

/** Runs git in the project and returns its standard output; rejects when git fails. */
export type Git = (args: string[]) => Promise<string>;

/**
 * The repository as the published-figure and closed-plan guards need it: a git runner, the project's
 * path inside the work tree (`--show-prefix`, "" at the top), whether the clone is shallow, and the
 * publishing branch it found. Never throws: a folder outside git, or a clone without the branch, gives
 * the state that says why the guards cannot run.
 * @example await openPublishingBranch(".") → { state: "ok", git, prefix: "", shallow: false, ref: "refs/remotes/origin/main" }
 */
export async function openPublishingBranch(
  root: string,
): Promise<{ state: "ok"; git: Git; prefix: string; shallow: boolean; ref: string } | { state: "no-git" } | { state: "no-branch"; shallow: boolean }> {
  const git: Git = async (args) =>
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
  for (const ref of candidateRefs()) {
    if (await git(["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]).then(() => true, () => false)) return { state: "ok", git, prefix, shallow, ref };
  }
  return { state: "no-branch", shallow };
}

/**
 * The publishing branch: `NHANH_CONG_BO` if set, else `main`. Its copy from the remote comes first, because
 * in a pull request (and in a developer's clone) that is what the public site was built from.
 */
function candidateRefs(): string[] {
  const branch = process.env.NHANH_CONG_BO?.trim() || "main";
  return [`refs/remotes/origin/${branch}`, `refs/heads/${branch}`];
}
