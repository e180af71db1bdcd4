import { execFileSync } from "node:child_process";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { availableParallelism, freemem, loadavg, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { StageTimes } from "../build.ts";
import { runChild, type ChildReport, type ChildRun } from "./child-process.ts";
import { firstSearch, firstView, type FirstSearch, type FirstView } from "./first-search.ts";
import { writeFloorSite } from "./floor-site.ts";
import { contentCounts, generateContent, writeContent, type ContentCounts } from "./generate-content.ts";
import { pageWeights, type KindWeight } from "./page-weight.ts";

/**
 * `npm run bench [-- --sizes real,1000,10000 --runs 3 --runs-large 2 --json FILE --query "thủ tục" --keep --no-warm --no-search --no-dev]`
 *
 * Builds the real plan and synthetic plans of N tasks (scripts/bench/generate-content.ts), each build
 * in its own process, and in the same run the floor: bare Eleventy paginating as many trivial pages
 * from one JSON array, then Pagefind over them. Prints per-stage medians, peak RSS, our/floor ratios,
 * page weights per page kind, the bytes of a first search and the dev-loop rebuild time, and checks
 * them against the targets in docs/performance.md. A benchmark that prints figures, not a test.
 */

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
/** Stages as buildSite times them; "index" is what the build still waited for the index after export (it runs alongside render and export). */
const STAGES = ["load", "validate", "derive", "bundle", "render", "export", "index"] as const;
const MB = 1024 * 1024;
const KB = 1024;

const TARGETS = {
  buildRatio: 1.5,
  rss10k: 1024 * MB,
  devRebuild: 1,
  taskPage: 30 * KB,
  homePage: 120 * KB,
  reportPage: 150 * KB,
  explorerFirstView: 150 * KB,
  firstSearch: 300 * KB,
};

/** Pages whose first view (page, assets and what its scripts fetch at once, in a browser) the bench measures. */
const VIEWS = ["home", "report", "explorer"] as const;

interface BuildReport extends ChildReport {
  pages: number;
  times: StageTimes;
}
interface FloorReport extends ChildReport {
  pages: number;
  times: { render: number; index: number };
}
interface DevReport extends ChildReport {
  first: number;
  rebuilds: number[];
  stages: StageTimes[];
  indexCatchUp: number[];
}

interface DevLoop {
  first: number;
  rebuilds: number[];
  median: number;
  stages: StageTimes[];
  /** Seconds after the page is on disk until the background search index is written. */
  indexCatchUp: number[];
}

interface Figures {
  median: number;
  runs: number[];
}
interface SizeResult {
  size: string;
  tasks: number;
  counts?: ContentCounts;
  pages: number;
  runs: number;
  ours: { seconds: Figures; wall: Figures; cpu: Figures; maxRss: Figures; treeRss: Figures; stages: Record<string, Figures> };
  floor: { seconds: Figures; wall: Figures; cpu: Figures; maxRss: Figures; treeRss: Figures; render: Figures; index: Figures };
  /** Our median over the floor's median. */
  ratio: { seconds: number; wall: number; cpu: number };
  weights: KindWeight[];
  /** Bytes of a first search on this size's site (null: no search page, or --no-search). */
  search: FirstSearch | null;
  /** First view in a browser of the home page, the heaviest report page and the data explorer (null: not measured). */
  views: Partial<Record<(typeof VIEWS)[number], FirstView | null>>;
  /**
   * One more build after the cold runs, with the share-card cache the last cold run left
   * (scripts/export/share-images.ts); every other figure is of builds with an empty cache.
   */
  warm?: { seconds: number; wall: number; stages: StageTimes };
  generateSeconds?: number;
}

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function figures(values: number[]): Figures {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { median, runs: values };
}

function machine() {
  const sh = (cmd: string, args: string[]) => {
    try {
      return execFileSync(cmd, args, { encoding: "utf8" }).trim();
    } catch {
      return "n/a";
    }
  };
  return {
    date: sh("date", ["-u"]),
    nproc: sh("nproc", []) || String(availableParallelism()),
    memory: sh("free", ["-h"]),
    totalMemory: totalmem(),
    freeMemory: freemem(),
    node: process.version,
    loadAverage: loadavg(),
    cpuModel: sh("sh", ["-c", "grep -m1 'model name' /proc/cpuinfo | cut -d: -f2"]).trim(),
  };
}

async function main(): Promise<void> {
  const sizes = (option("--sizes") ?? "real,1000,10000").split(",").map((s) => s.trim()).filter(Boolean);
  const runs = Number(option("--runs") ?? 3);
  const runsLarge = Number(option("--runs-large") ?? Math.min(runs, 2));
  const jsonFile = option("--json");
  const query = option("--query") ?? "thủ tục";
  const keep = process.argv.includes("--keep");
  const seed = Number(option("--seed") ?? 1);
  const tmp = await mkdtemp(join(tmpdir(), "hg-bench-"));
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const info = machine();
  log(`Máy: ${info.nproc} CPU, node ${info.node}, tải ${info.loadAverage.map((l) => l.toFixed(1)).join(" ")}; thư mục tạm ${tmp}`);

  const results: SizeResult[] = [];
  let dev: DevLoop | undefined;
  try {
    for (const size of sizes) {
      const real = size === "real";
      const tasks = real ? 0 : Number(size);
      if (!real && (!Number.isInteger(tasks) || tasks < 1)) throw new Error(`Kích thước không hợp lệ: ${size}`);
      let root = ROOT;
      let generateSeconds: number | undefined;
      if (!real) {
        root = join(tmp, `plan-${tasks}`);
        const start = performance.now();
        await writeContent(root, generateContent(tasks, seed));
        generateSeconds = (performance.now() - start) / 1000;
        log(`[${size}] đã sinh nội dung trong ${generateSeconds.toFixed(1)} s`);
      }
      const out = join(tmp, `out-${size}`);
      const floorDir = join(tmp, `floor-${size}`);
      const n = real || tasks < 5000 ? runs : runsLarge;
      const ours: ChildRun<BuildReport>[] = [];
      const floor: ChildRun<FloorReport>[] = [];
      // Ours and the floor alternate, so a burst of load on a shared machine hits both alike.
      // Every measured build starts with an empty share-card cache of its own (cold); the warm run follows.
      const cacheOf = (i: number) => ({ HG_CACHE_DIR: join(tmp, `cache-${size}-${i}`) });
      for (let i = 0; i < n; i++) {
        const o = await runChild<BuildReport>("child-build.ts", [root, out], { env: cacheOf(i) });
        ours.push(o);
        log(`[${size}] lần ${i + 1}/${n}: ${o.report.pages} trang, ${o.report.seconds.toFixed(2)} s, RSS ${(o.report.maxRss / MB).toFixed(0)} MB (${STAGES.map((s) => `${s} ${o.report.times[s]?.toFixed(2)}`).join(", ")})`);
        if (i === 0) await writeFloorSite(floorDir, o.report.pages);
        const f = await runChild<FloorReport>("child-floor.ts", [floorDir], { cwd: floorDir });
        floor.push(f);
        log(`[${size}] nền ${i + 1}/${n}: ${f.report.pages} trang, ${f.report.seconds.toFixed(2)} s, RSS ${(f.report.maxRss / MB).toFixed(0)} MB`);
      }
      const warmRun = process.argv.includes("--no-warm") ? undefined : await runChild<BuildReport>("child-build.ts", [root, out], { env: cacheOf(n - 1) });
      if (warmRun) log(`[${size}] với bộ nhớ đệm ảnh của lần trước (warm): ${warmRun.report.seconds.toFixed(2)} s (export ${warmRun.report.times.export?.toFixed(2)})`);
      const pages = ours[0]!.report.pages;
      const stageFigures = Object.fromEntries(
        [...STAGES, "other", "indexAlone"].map((s) => [s, figures(ours.map((o) => (s === "other" ? o.report.seconds - STAGES.reduce((sum, st) => sum + (o.report.times[st] ?? 0), 0) : (o.report.times[s as keyof StageTimes] ?? 0))))]),
      );
      const result: SizeResult = {
        size, tasks: real ? 0 : tasks, ...(real ? {} : { counts: contentCounts(tasks) }), pages, runs: n,
        ours: {
          seconds: figures(ours.map((o) => o.report.seconds)), wall: figures(ours.map((o) => o.wall)), cpu: figures(ours.map((o) => o.cpu)),
          maxRss: figures(ours.map((o) => o.report.maxRss)), treeRss: figures(ours.map((o) => o.treeRss)), stages: stageFigures,
        },
        floor: {
          seconds: figures(floor.map((f) => f.report.seconds)), wall: figures(floor.map((f) => f.wall)), cpu: figures(floor.map((f) => f.cpu)),
          maxRss: figures(floor.map((f) => f.report.maxRss)), treeRss: figures(floor.map((f) => f.treeRss)),
          render: figures(floor.map((f) => f.report.times.render)), index: figures(floor.map((f) => f.report.times.index)),
        },
        ratio: { seconds: 0, wall: 0, cpu: 0 },
        weights: await pageWeights(out),
        search: null,
        views: {},
        ...(warmRun ? { warm: { seconds: warmRun.report.seconds, wall: warmRun.wall, stages: warmRun.report.times } } : {}),
        ...(generateSeconds !== undefined ? { generateSeconds } : {}),
      };
      result.ratio = {
        seconds: result.ours.seconds.median / result.floor.seconds.median,
        wall: result.ours.wall.median / result.floor.wall.median,
        cpu: result.floor.cpu.median > 0 ? result.ours.cpu.median / result.floor.cpu.median : Number.NaN,
      };
      if (!process.argv.includes("--no-search")) {
        const heaviest = (...kinds: string[]) => result.weights.filter((w) => kinds.includes(w.kind)).sort((a, b) => b.max.total - a.max.total)[0]?.max.url;
        const searchUrl = heaviest("search") ?? "/tim-kiem/";
        result.search = await firstSearch(out, query, searchUrl.slice(1)).catch((error: unknown) => {
          log(`[${size}] không đo được lần tìm kiếm đầu: ${String(error)}`);
          return null;
        });
        const urls = { home: heaviest("home", "plan home"), report: heaviest("report"), explorer: heaviest("explorer") };
        for (const view of VIEWS) {
          const url = urls[view];
          result.views[view] = url ? await firstView(out, url.slice(1)).catch(() => null) : null;
        }
      }
      results.push(result);
      if (!keep) await Promise.all([rm(out, { recursive: true, force: true }), rm(floorDir, { recursive: true, force: true }), real ? undefined : rm(root, { recursive: true, force: true })]);
    }
    if (!process.argv.includes("--no-dev")) {
      const edits = Number(option("--dev-edits") ?? 3);
      const d = await runChild<DevReport>("child-dev.ts", [ROOT, "nv-1-1", String(edits)], { env: { HG_CACHE_DIR: join(tmp, "cache-dev") } });
      dev = { first: d.report.first, rebuilds: d.report.rebuilds, median: figures(d.report.rebuilds).median, stages: d.report.stages, indexCatchUp: d.report.indexCatchUp };
      log(`Vòng dev: lần đầu ${d.report.first.toFixed(2)} s, sửa rồi xây lại ${d.report.rebuilds.map((r) => r.toFixed(2)).join(", ")} s`);
    }
  } finally {
    if (!keep) await rm(tmp, { recursive: true, force: true });
  }

  const checks = targetChecks(results, dev);
  process.stdout.write(formatReport(info, results, dev, checks, query));
  if (jsonFile) {
    await mkdir(join(jsonFile, ".."), { recursive: true });
    await writeFile(jsonFile, `${JSON.stringify({ machine: info, command: process.argv.slice(2), results, devLoop: dev ?? null, targets: checks }, null, 2)}\n`);
    log(`Đã ghi ${jsonFile}`);
  }
}

interface Check {
  target: string;
  value: string;
  limit: string;
  met: boolean | null;
}

/** The rows of issue 14's table, then the plan-scale budgets of docs/performance.md. */
function targetChecks(results: SizeResult[], dev: { median: number } | undefined): Check[] {
  const checks: Check[] = [];
  const bySize = (s: string) => results.find((r) => r.size === s);
  const real = bySize("real");
  const big = bySize("10000");
  const ratio = (target: string, r: SizeResult | undefined, value: (r: SizeResult) => number, detail: (r: SizeResult) => string) =>
    checks.push({ target, value: r ? `${value(r).toFixed(2)}× (${detail(r)})` : "not run", limit: `${TARGETS.buildRatio}×`, met: r ? value(r) <= TARGETS.buildRatio : null });
  ratio("build ÷ floor, plan (stage times)", real, (r) => r.ratio.seconds, (r) => `${s(r.ours.seconds.median)} s vs ${s(r.floor.seconds.median)} s; CPU ${r.ratio.cpu.toFixed(2)}×`);
  ratio("build ÷ floor, plan (whole process, wall)", real, (r) => r.ratio.wall, (r) => `${s(r.ours.wall.median)} s vs ${s(r.floor.wall.median)} s`);
  ratio("build ÷ floor, 10k tasks (stage times, cold)", big, (r) => r.ratio.seconds, (r) => `${s(r.ours.seconds.median)} s vs ${s(r.floor.seconds.median)} s; wall ${r.ratio.wall.toFixed(2)}×${r.warm ? `; warm card cache ${s(r.warm.seconds)} s = ${(r.warm.seconds / r.floor.seconds.median).toFixed(2)}×` : ""}`);
  checks.push({ target: "peak RSS, 10k tasks (build process)", value: big ? `${(big.ours.maxRss.median / MB).toFixed(0)} MB (tree ${(big.ours.treeRss.median / MB).toFixed(0)} MB)` : "not run", limit: "1024 MB", met: big ? big.ours.maxRss.median <= TARGETS.rss10k : null });
  const view = (target: string, name: (typeof VIEWS)[number], limit: number) => {
    const v = big?.views[name];
    checks.push({ target, value: v ? `${kb(v.gzipHost)} gzip host (${v.path}, ${v.requests} requests, ${kb(v.transferred)} uncompressed)` : "n/a", limit: kb(limit), met: v ? v.gzipHost <= limit : null });
  };
  view("report page first view, 10k tasks", "report", TARGETS.reportPage);
  view("explorer first view, 10k tasks", "explorer", TARGETS.explorerFirstView);
  view("home first view, 10k tasks", "home", TARGETS.homePage);
  const search = (r: SizeResult | undefined, label: string) =>
    checks.push({ target: `first search, ${label}`, value: r?.search ? `${kb(r.search.gzipHost)} gzip host / ${kb(r.search.transferred)} uncompressed` : "n/a", limit: "300 KB", met: r?.search ? r.search.gzipHost <= TARGETS.firstSearch : null });
  search(big, "10k tasks");
  checks.push({ target: "dev rebuild ≤ 1 s (plan)", value: dev ? `${dev.median.toFixed(2)} s` : "not run", limit: "1 s", met: dev ? dev.median <= TARGETS.devRebuild : null });
  const kind = (k: string) => real?.weights.find((w) => w.kind === k);
  const task = kind("task");
  checks.push({ target: "task page ≤ 30 KB gzip (heaviest, plan)", value: task ? kb(task.max.total) : "n/a", limit: "30 KB", met: task ? task.max.total <= TARGETS.taskPage : null });
  search(real, "plan");
  return checks;
}

const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
const s = (seconds: number) => seconds.toFixed(2);

function table(head: string[], rows: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(" | ")} |`;
  return [line(head), `|${widths.map((w, i) => (i === 0 ? `${"-".repeat(w + 1)}-` : `${"-".repeat(w + 1)}:`)).join("|")}|`, ...rows.map(line)].join("\n");
}

function formatReport(info: ReturnType<typeof machine>, results: SizeResult[], dev: DevLoop | undefined, checks: Check[], query: string): string {
  const out: string[] = [];
  out.push(`Máy: ${info.nproc} CPU (${info.cpuModel}), RAM ${(info.totalMemory / 1024 ** 3).toFixed(1)} GB, node ${info.node}, ${info.date}, tải ${info.loadAverage.map((l) => l.toFixed(1)).join(" ")}`);
  out.push("");
  out.push("Thời gian xây dựng (trung vị, giây; mỗi lần một tiến trình riêng). index = chờ chỉ mục sau export; index alone = thời gian riêng của chỉ mục, chạy song song với render và export");
  out.push(table(
    ["size", "pages", "runs", ...STAGES, "other", "index alone", "build", "floor", "ratio", "CPU ratio", "wall ratio"],
    results.map((r) => [
      r.size, String(r.pages), String(r.runs), ...STAGES.map((st) => s(r.ours.stages[st]!.median)), s(r.ours.stages.other!.median), s(r.ours.stages.indexAlone!.median),
      s(r.ours.seconds.median), s(r.floor.seconds.median), `${r.ratio.seconds.toFixed(2)}×`, `${r.ratio.cpu.toFixed(2)}×`, `${r.ratio.wall.toFixed(2)}×`,
    ]),
  ));
  out.push("");
  out.push("Bộ nhớ đỉnh (trung vị, MB): RSS của tiến trình Node (process.resourceUsage().maxRSS) và của cả cây tiến trình (cộng esbuild, Pagefind)");
  out.push(table(
    ["size", "ours RSS", "ours tree", "floor RSS", "floor tree", "floor render s", "floor index s"],
    results.map((r) => [r.size, (r.ours.maxRss.median / MB).toFixed(0), (r.ours.treeRss.median / MB).toFixed(0), (r.floor.maxRss.median / MB).toFixed(0), (r.floor.treeRss.median / MB).toFixed(0), s(r.floor.render.median), s(r.floor.index.median)]),
  ));
  for (const r of results) {
    out.push("");
    out.push(`Khối lượng trang, ${r.size} (gzip mức 9: HTML + CSS + JS mà lần xem đầu tải về; KB)`);
    out.push(table(
      ["kind", "pages", "median", "html", "css", "js", "max", "heaviest page"],
      r.weights.map((w) => [w.kind, w.measured < w.pages ? `${w.pages} (${w.measured} đo)` : String(w.pages), (w.median.total / KB).toFixed(1), (w.median.html / KB).toFixed(1), (w.median.css / KB).toFixed(1), (w.median.js / KB).toFixed(1), (w.max.total / KB).toFixed(1), w.max.url]),
    ));
  }
  const warm = results.filter((r) => r.warm);
  if (warm.length > 0) {
    out.push("");
    out.push("Với bộ nhớ đệm ảnh chia sẻ của lần xây dựng trước (warm, một lần; mọi số khác ở trên là lạnh: bộ nhớ đệm trống)");
    out.push(table(["size", "export", "build", "wall", "ratio"], warm.map((r) => [r.size, s(r.warm!.stages.export ?? 0), s(r.warm!.seconds), s(r.warm!.wall), `${(r.warm!.seconds / r.floor.seconds.median).toFixed(2)}×`])));
  }
  out.push("");
  out.push("Lần xem đầu trong trình duyệt (màn hình điện thoại 360×800, bộ nhớ đệm trống: trang, CSS, JS và những gì script tải ngay; KB)");
  out.push(table(
    ["size", "page", "url", "requests", "uncompressed", "gzip host", "by type (uncompressed)"],
    results.flatMap((r) => VIEWS.map((v) => {
      const view = r.views[v];
      return view ? [r.size, v, `/${view.path}`, String(view.requests), (view.transferred / KB).toFixed(1), (view.gzipHost / KB).toFixed(1), Object.entries(view.byType).map(([t, b]) => `${t} ${(b / KB).toFixed(1)}`).join(", ")] : [r.size, v, "n/a", "", "", "", ""];
    })),
  ));
  out.push("");
  out.push(`Lần tìm kiếm đầu (/tim-kiem/?q=${query}, bộ nhớ đệm trống; KB)`);
  out.push(table(
    ["size", "requests", "results", "uncompressed", "gzip host", "by type (uncompressed)"],
    results.map((r) => (r.search
      ? [r.size, String(r.search.requests), String(r.search.results), (r.search.transferred / KB).toFixed(1), (r.search.gzipHost / KB).toFixed(1), Object.entries(r.search.byType).map(([t, b]) => `${t} ${(b / KB).toFixed(1)}`).join(", ")]
      : [r.size, "n/a", "", "", "", "no search page, or not measured"])),
  ));
  out.push("");
  out.push("Vòng dev (npm start): sửa một tệp nhiệm vụ → trang đã xây lại nằm trên đĩa");
  out.push(dev ? `Lần đầu ${s(dev.first)} s; sau mỗi lần sửa ${dev.rebuilds.map(s).join(", ")} s (trung vị ${s(dev.median)} s); chỉ mục tìm kiếm cập nhật xong sau đó ${dev.indexCatchUp.map(s).join(", ")} s` : "không đo");
  out.push("");
  out.push("Mục tiêu");
  out.push(table(["target", "measured", "limit", "met"], checks.map((c) => [c.target, c.value, c.limit, c.met === null ? "n/a" : c.met ? "yes" : "NO"])));
  out.push("");
  return out.join("\n");
}

await main();
