import { execFile } from "node:child_process";
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { buildSite } from "../build.ts";
import { backgroundIndexDone } from "../dev-cache.ts";
import { reportToParent } from "./child-process.ts";

/**
 * The `npm start` loop (buildSite with `dev: true`, as scripts/serve.ts runs it) measured in-process, in its own Node process:
 * `child-dev.ts <repo root> <task id> <edits> <result file>`. Copies content/ and data/ to a
 * temporary folder, builds once in dev mode (as serve.ts does on start), then `edits` times appends
 * a new word to the task's text and times buildSite until the task's page on disk contains it.
 * Besides wall seconds it reports each rebuild's CPU seconds (this process and the processes it
 * waited for, such as git), which a busy machine inflates far less.
 */
const run = promisify(execFile);

/**
 * CPU seconds used so far by this process and by its children it has waited for (user + system,
 * from /proc/self/stat in clock ticks of 1/100 s); this process alone where /proc is missing.
 */
async function cpuSeconds(): Promise<number> {
  const stat = await readFile("/proc/self/stat", "utf8").catch(() => "");
  // Fields after the command name (in parentheses, which may hold spaces): utime is the 14th field overall.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  const ticks = [11, 12, 13, 14].map((i) => Number(fields[i]));
  if (ticks.every(Number.isFinite) && fields.length > 14) return ticks.reduce((a, b) => a + b, 0) / 100;
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}
const [root, taskId = "nv-1-1", editsArg = "3"] = process.argv.slice(2);
const dir = await mkdtemp(join(tmpdir(), "hg-bench-dev-"));
try {
  // The history of the repository too (a clone without checkout), so each rebuild reads git as `npm start` does.
  await run("git", ["clone", "--quiet", "--no-checkout", root!, dir]).catch(() => undefined);
  await cp(join(root!, "content"), join(dir, "content"), { recursive: true });
  await cp(join(root!, "data"), join(dir, "data"), { recursive: true });
  const outDir = join(dir, "_site");
  // Wherever the plan keeps its tasks (content/nhiem-vu/ or a plan folder such as content/2026/nhiem-vu/).
  const found = (await readdir(join(dir, "content"), { recursive: true })).filter((f) => f.split(/[\\/]/).slice(-2).join("/") === `nhiem-vu/${taskId}.md`).sort();
  if (!found[0]) throw new Error(`Không tìm thấy nhiem-vu/${taskId}.md trong content/`);
  const taskFile = join(dir, "content", found[0]);
  let start = performance.now();
  if (!(await buildSite({ root: dir, outDir, dev: true }))) throw new Error("Nội dung không hợp lệ");
  const first = (performance.now() - start) / 1000;
  // The task's page, wherever the site puts it (/nhiem-vu/<id>/ or under a plan year).
  const pages = (await readdir(outDir, { recursive: true })).filter((f) => f.split(/[\\/]/).slice(-3).join("/") === `nhiem-vu/${taskId}/index.html`).sort();
  if (!pages[0]) throw new Error(`Không tìm thấy trang nhiem-vu/${taskId}/ trong ${outDir}`);
  const page = join(outDir, pages[0]);
  const rebuilds: number[] = [];
  const cpu: number[] = [];
  /** Seconds from the page on disk until the background search index is written too. */
  const indexCatchUp: number[] = [];
  const stages: Record<string, number>[] = [];
  for (let i = 1; i <= Number(editsArg); i++) {
    // As after a person's edit: the previous build, search index included, has finished.
    await backgroundIndexDone();
    const word = `kiểmthử${i}lần`;
    const text = await readFile(taskFile, "utf8");
    // The text is a double-quoted YAML string on one line: the word goes just before its closing quote.
    const edited = text.replace(/^(text: ".*)"$/m, `$1 ${word}"`);
    if (edited === text) throw new Error(`Không tìm thấy dòng text: "…" trong ${taskFile}`);
    await writeFile(taskFile, edited);
    start = performance.now();
    const cpuStart = await cpuSeconds();
    const result = await buildSite({ root: dir, outDir, dev: true });
    const cpuEnd = await cpuSeconds();
    if (!result) throw new Error("Nội dung không hợp lệ sau khi sửa");
    const html = await readFile(page, "utf8");
    if (!html.includes(word)) throw new Error(`Trang ${taskId} không có chữ mới sau khi xây dựng lại`);
    rebuilds.push((performance.now() - start) / 1000);
    cpu.push(cpuEnd - cpuStart);
    stages.push(result.times);
    const onDisk = performance.now();
    await backgroundIndexDone();
    indexCatchUp.push((performance.now() - onDisk) / 1000);
  }
  await reportToParent({ seconds: rebuilds.reduce((a, b) => a + b, 0), maxRss: process.resourceUsage().maxRSS * 1024, first, rebuilds, cpu, stages, indexCatchUp });
} finally {
  await rm(dir, { recursive: true, force: true });
}
