import { createReadStream } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, resolve, sep } from "node:path";

/**
 * The `npm start` server: serves the built site under its path prefix, reloads open pages after
 * each rebuild, and shows a Vietnamese error page instead of the site while the content has errors.
 * Our own (about a hundred lines) rather than a dependency, so the error page, the reload script
 * (allowed by the site's Content-Security-Policy because it is served from the same origin) and
 * shutting down on Ctrl+C are ours to decide.
 */

const TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".wasm": "application/wasm",
};

/** Same-origin paths the reload script and its event stream use; outside any path prefix. */
export const RELOAD_SCRIPT = "/__xem-truoc/tai-lai.js";
const RELOAD_EVENTS = "/__xem-truoc/su-kien";
const RELOAD_JS = `new EventSource(${JSON.stringify(RELOAD_EVENTS)}).addEventListener("message", () => location.reload());\n`;
const RELOAD_TAG = `<script type="module" src="${RELOAD_SCRIPT}"></script>`;

export interface DevServer {
  url: string;
  port: number;
  /** Tells every open page to reload. */
  reload(): void;
  /** Stops listening and drops open connections (the reload streams would otherwise keep it alive). */
  close(): Promise<void>;
}

export interface DevServerOptions {
  dir: string;
  port: number;
  host?: string;
  pathPrefix?: string;
  /** The page to show instead of any site page (the content has errors), or undefined to serve the site. */
  errorPage?: () => string | undefined;
}

/**
 * @example const server = await startDevServer({ dir: "_site", port: 8080 }); … server.reload(); await server.close();
 */
export async function startDevServer({ dir, port, host = "localhost", pathPrefix = "/", errorPage = () => undefined }: DevServerOptions): Promise<DevServer> {
  const root = resolve(dir);
  const streams = new Set<ServerResponse>();
  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) send(res, 500, "text/plain; charset=utf-8", "Lỗi máy chủ xem trước");
      else res.destroy();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = (req.url ?? "/").split(/[?#]/, 1)[0]!;
    if (path === RELOAD_SCRIPT) return send(res, 200, TYPES[".js"]!, RELOAD_JS);
    if (path === RELOAD_EVENTS) {
      res.writeHead(200, { "Content-Type": "text/event-stream", "Cache-Control": "no-store", Connection: "keep-alive" });
      res.write(": ok\n\n");
      streams.add(res);
      req.on("close", () => streams.delete(res));
      return;
    }
    if (pathPrefix !== "/" && (path === "/" || path === pathPrefix.slice(0, -1))) return redirect(res, pathPrefix);
    if (!path.startsWith(pathPrefix)) return send(res, 404, "text/plain; charset=utf-8", `Trang nằm dưới ${pathPrefix}`);
    let relative: string;
    try {
      relative = decodeURIComponent(path.slice(pathPrefix.length));
    } catch {
      return send(res, 400, "text/plain; charset=utf-8", "Địa chỉ không hợp lệ");
    }
    const target = resolve(root, relative);
    if (relative.includes("\0") || (target !== root && !target.startsWith(root + sep))) return send(res, 403, "text/plain; charset=utf-8", "Không được phép");

    let file = target;
    let info = await stat(file).catch(() => null);
    if (info?.isDirectory()) {
      if (!path.endsWith("/")) return redirect(res, `${path}/`);
      file = join(target, "index.html");
      info = await stat(file).catch(() => null);
    }
    const html = !info?.isFile() || extname(file) === ".html";
    const problem = html ? errorPage() : undefined;
    if (problem !== undefined) return send(res, 500, TYPES[".html"]!, withReload(problem));
    if (!info?.isFile()) {
      const notFound = await readFile(join(root, "404.html"), "utf8").catch(() => "<!doctype html><title>404</title><p>Không tìm thấy trang.</p>");
      return send(res, 404, TYPES[".html"]!, withReload(notFound));
    }
    const type = TYPES[extname(file)] ?? "application/octet-stream";
    if (extname(file) === ".html") return send(res, 200, type, withReload(await readFile(file, "utf8")));
    res.writeHead(200, { "Content-Type": type, "Content-Length": info.size, "Cache-Control": "no-store" });
    if (req.method === "HEAD") return void res.end();
    createReadStream(file).on("error", () => res.destroy()).pipe(res);
  }

  await new Promise<void>((ok, fail) => {
    server.once("error", fail);
    server.listen(port, host, () => ok());
  });
  const actual = (server.address() as AddressInfo).port;
  return {
    url: `http://${host}:${actual}${pathPrefix}`,
    port: actual,
    reload() {
      for (const s of streams) s.write("data: reload\n\n");
    },
    close: () =>
      new Promise<void>((ok) => {
        for (const s of streams) s.end();
        streams.clear();
        server.close(() => ok());
        server.closeAllConnections();
      }),
  };
}

function withReload(html: string): string {
  const end = html.lastIndexOf("</body>");
  return end < 0 ? html + RELOAD_TAG : html.slice(0, end) + RELOAD_TAG + html.slice(end);
}

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, { "Content-Type": type, "Content-Length": Buffer.byteLength(body), "Cache-Control": "no-store" });
  res.end(res.req.method === "HEAD" ? undefined : body);
}

function redirect(res: ServerResponse, location: string): void {
  res.writeHead(302, { Location: location, "Content-Length": 0 });
  res.end();
}
