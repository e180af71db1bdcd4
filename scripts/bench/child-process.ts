import { spawn } from "node:child_process";
import { readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** What a measuring child writes to its result file. */
export interface ChildReport {
  /** Seconds of the measured work inside the child, imports excluded. */
  seconds: number;
  /** Peak resident set of the child's own Node process (process.resourceUsage().maxRSS), in bytes. */
  maxRss: number;
  [key: string]: unknown;
}

export interface ChildRun<T extends ChildReport> {
  report: T;
  /** Seconds from spawning the child to its exit: Node start, imports and the work. */
  wall: number;
  /**
   * CPU seconds (user + system) of the child and the descendants it waited for, from this process's
   * cutime/cstime in /proc/self/stat; steadier than wall time on a busy machine. 0 without /proc.
   */
  cpu: number;
  /**
   * Peak of the summed resident sets of the child and all its descendants (esbuild's and
   * Pagefind's binaries run as separate processes), sampled every 50 ms from /proc; 0 where /proc
   * is unavailable.
   */
  treeRss: number;
}

const TSX = import.meta.resolve("tsx");
const PAGE = 4096;

/**
 * Runs `script` (a .ts file under scripts/bench/) in a fresh Node process with tsx, passing `args`
 * and a result file as the last argument, and returns what the child wrote there, its wall time
 * and the peak RSS of its process tree. Each build gets its own process, so memory figures are per
 * build and nothing stays cached between runs.
 * @example await runChild("child-build.ts", ["/tmp/plan", "/tmp/out"]) → { report: { seconds: 9.6, maxRss: 190e6, … }, wall: 12.1, treeRss: 260e6 }
 */
export async function runChild<T extends ChildReport>(script: string, args: string[], { cwd, env }: { cwd?: string; env?: Record<string, string> } = {}): Promise<ChildRun<T>> {
  const resultFile = join(tmpdir(), `hg-bench-result-${process.pid}-${Math.random().toString(36).slice(2)}.json`);
  const path = fileURLToPath(new URL(script, import.meta.url));
  const cpuBefore = await childrenCpu();
  const start = performance.now();
  const child = spawn(process.execPath, ["--expose-gc", "--import", TSX, path, ...args, resultFile], { cwd, env: { ...process.env, ...env }, stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-8000);
  });
  let treeRss = 0;
  let sampling = false;
  const timer = setInterval(() => {
    if (sampling || child.pid === undefined) return;
    sampling = true;
    void processTreeRss(child.pid).then((rss) => {
      treeRss = Math.max(treeRss, rss);
      sampling = false;
    });
  }, 50);
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on("error", reject);
    child.on("exit", (c) => resolve(c));
  });
  clearInterval(timer);
  const wall = (performance.now() - start) / 1000;
  const cpu = (await childrenCpu()) - cpuBefore;
  const text = await readFile(resultFile, "utf8").catch(() => null);
  await rm(resultFile, { force: true });
  if (code !== 0 || text === null) throw new Error(`${script} ${args.join(" ")} thất bại (mã ${code}):\n${stderr}`);
  const report = JSON.parse(text) as T;
  return { report, wall, cpu, treeRss: Math.max(treeRss, report.maxRss) };
}

/** CPU seconds used by this process's waited-for children so far (cutime + cstime, in clock ticks of 1/100 s). */
async function childrenCpu(): Promise<number> {
  const stat = await readFile("/proc/self/stat", "utf8").catch(() => "");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return fields.length < 15 ? 0 : (Number(fields[13]) + Number(fields[14])) / 100;
}

/** Summed RSS in bytes of `pid` and every process descended from it, read from /proc; 0 without /proc. */
async function processTreeRss(pid: number): Promise<number> {
  const names = await readdir("/proc").catch(() => [] as string[]);
  const parentOf = new Map<number, number>();
  const rssOf = new Map<number, number>();
  await Promise.all(
    names.filter((n) => /^\d+$/.test(n)).map(async (n) => {
      const stat = await readFile(`/proc/${n}/stat`, "utf8").catch(() => "");
      // Fields after the command name, which is in parentheses and may contain spaces.
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (fields.length < 22) return;
      parentOf.set(Number(n), Number(fields[1]));
      rssOf.set(Number(n), Number(fields[21]) * PAGE);
    }),
  );
  let total = 0;
  for (const [p, rss] of rssOf) {
    for (let q: number | undefined = p; q !== undefined && q > 1; q = parentOf.get(q)) {
      if (q === pid) {
        total += rss;
        break;
      }
    }
  }
  return total;
}

/** Writes a child's report to the result file its parent passed as the last argument. */
export async function reportToParent(report: ChildReport): Promise<void> {
  const { writeFile } = await import("node:fs/promises");
  await writeFile(process.argv.at(-1)!, JSON.stringify(report));
}
