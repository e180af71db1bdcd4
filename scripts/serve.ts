import EleventyDevServer from "@11ty/eleventy-dev-server";
import { watch } from "node:fs";
import { buildSite } from "./build.ts";

/**
 * `npm start`: builds the site, serves _site on http://localhost:8080 and rebuilds after every
 * edit to content, data, schemas or templates. A build with content errors prints them and keeps
 * serving the last good site.
 */
const OUT = "_site";
const port = Number(process.env.PORT ?? 8080);
const once = process.argv.includes("--once");

let running: Promise<void> | null = null;
let again = false;

async function rebuild(reason: string): Promise<void> {
  if (running) {
    again = true;
    return running;
  }
  running = (async () => {
    const start = performance.now();
    try {
      const result = await buildSite({ root: ".", outDir: OUT, dev: true });
      if (result) {
        console.log(`${reason}: xây dựng lại trong ${Math.round(performance.now() - start)} ms`);
        server?.reload({});
      }
    } catch (error) {
      console.error("Xây dựng thất bại; vẫn phục vụ bản trước.", error);
    }
  })();
  await running;
  running = null;
  if (again) {
    again = false;
    await rebuild("thay đổi tiếp theo");
  }
}

let server: InstanceType<typeof EleventyDevServer> | undefined;
await rebuild("Khởi động");
if (!once) {
  server = EleventyDevServer.getServer("hang-gon", OUT, { port, liveReload: true, domDiff: false, showVersion: false });
  server.serve(port);
  let timer: NodeJS.Timeout | undefined;
  for (const dir of ["content", "data", "schemas", "site"]) {
    watch(dir, { recursive: true }, (_event, file) => {
      clearTimeout(timer);
      timer = setTimeout(() => void rebuild(`Đã sửa ${dir}/${file ?? ""}`), 50);
    });
  }
  console.log(`Xem trang tại http://localhost:${port}/ (Ctrl+C để dừng)`);
}
