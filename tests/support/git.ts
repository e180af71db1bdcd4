import { execFile } from "node:child_process";
import { promisify } from "node:util";

const run = promisify(execFile);

/**
 * git with a fixed identity and fixed dates, independent of the machine's git config, for repositories
 * that tests make themselves.
 * @example await git(repo, ["commit", "-q", "-m", "Công bố báo cáo quý I"], "2026-04-06T09:15:00+07:00")
 */
export async function git(cwd: string, args: string[], date = "2026-01-20T08:00:00+07:00"): Promise<string> {
  const env = {
    ...process.env, GIT_CONFIG_GLOBAL: "/dev/null", GIT_CONFIG_SYSTEM: "/dev/null",
    GIT_AUTHOR_NAME: "Nguyễn Văn An", GIT_AUTHOR_EMAIL: "an@example.vn", GIT_COMMITTER_NAME: "Nguyễn Văn An", GIT_COMMITTER_EMAIL: "an@example.vn",
    GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date,
  };
  return (await run("git", args, { cwd, env })).stdout;
}
