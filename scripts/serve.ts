import { readFileSync } from "node:fs";
import { relative } from "node:path";
import { normalisePrefix } from "../lib/path-prefix.ts";
import { buildSite } from "./build.ts";
import { backgroundIndexDone } from "./dev-cache.ts";
import type { ContentError } from "./load/content-error.ts";
import { startDevServer, type DevServer } from "./serve/dev-server.ts";
import { buildFailurePage, contentErrorPage } from "./serve/error-page.ts";
import { watchTree } from "./serve/watch-tree.ts";

/**
 * `npm start`: builds the site, serves _site on http://localhost:8080 and rebuilds after every
 * edit to content, data, schemas or templates, however the editor saves. Drafts render with a
 * "BẢN NHÁP" banner; while the content has errors every page shows them (Vietnamese, file:line)
 * until the next good build. Ctrl+C or SIGTERM stops it. `--once` builds and exits.
 * PORT (default 8080) and HOST (default localhost) choose where it listens.
 */
const OUT = "_site";
const port = Number(process.env.PORT ?? 8080);
const host = process.env.HOST ?? "localhost";
const once = process.argv.includes("--once");
/** The prefix the build puts in links (PATH_PREFIX, else data/site.json); "/" if site.json is unreadable, whose errors the page then shows. */
const pathPrefix = normalisePrefix(process.env.PATH_PREFIX ?? readPrefix());

function readPrefix(): string {
  try {
    const prefix = (JSON.parse(readFileSync("data/site.json", "utf8")) as { pathPrefix?: unknown }).pathPrefix;
    return typeof prefix === "string" ? prefix : "/";
  } catch {
    return "/";
  }
}

/** What every page shows instead of the site, while the last build failed. */
let failure: string | undefined;
let server: DevServer | undefined;
let running: Promise<void> | null = null;
let again = false;

async function rebuild(reason: string): Promise<void> {
  if (running) {
    again = true;
    return running;
  }
  running = (async () => {
    const start = performance.now();
    let problems: ContentError[] = [];
    try {
      const result = await buildSite({ root: ".", outDir: OUT, dev: true, onProblems: (p) => (problems = p) });
      failure = result ? undefined : contentErrorPage(problems);
      if (result) console.log(`${reason}: xây dựng lại trong ${Math.round(performance.now() - start)} ms`);
      else console.error(`${reason}: nội dung có lỗi (liệt kê ở trên và trên trang xem trước).`);
    } catch (error) {
      failure = buildFailurePage(error);
      console.error("Xây dựng thất bại: lỗi kỹ thuật, không do nội dung — báo nhóm kỹ thuật.\n", error);
    }
    server?.reload();
  })();
  await running;
  running = null;
  if (again) {
    again = false;
    await rebuild("Thay đổi tiếp theo");
  }
}

await rebuild("Khởi động");
if (once) {
  await backgroundIndexDone();
  process.exitCode = failure ? 1 : 0;
} else {
  server = await startDevServer({ dir: OUT, port, host, pathPrefix, errorPage: () => failure });
  let timer: NodeJS.Timeout | undefined;
  const changed = new Set<string>();
  const watcher = watchTree(["content", "data", "schemas", "site"], (path) => {
    changed.add(relative(".", path));
    clearTimeout(timer);
    // Editors write a file in several steps (a temporary file, a rename): one rebuild for them all.
    timer = setTimeout(() => {
      const files = [...changed].join(", ");
      changed.clear();
      void rebuild(`Đã sửa ${files}`);
    }, 100);
  });
  await watcher.ready;
  console.log(`Xem trang tại ${server.url} (Ctrl+C để dừng)`);
  const stop = async (signal: string) => {
    console.log(`\nĐã nhận ${signal}: dừng máy chủ xem trước.`);
    clearTimeout(timer);
    watcher.close();
    await server?.close();
    // A build or search index still running in the background must not keep the process alive.
    process.exit(0);
  };
  process.once("SIGINT", () => void stop("SIGINT"));
  process.once("SIGTERM", () => void stop("SIGTERM"));
  // SIGTERM to `npm start` stops npm and its shell, but a shell does not pass the signal on: this
  // process would keep serving as an orphan. Its parent changing is the sign to stop.
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) void stop("tín hiệu dừng của npm start");
  }, 500).unref();
}
