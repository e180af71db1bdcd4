/**
 * A tiny static file server for the browser tests and the first-search benchmark (scripts/bench/).
 *
 * It imitates how the built site is hosted (GitHub Pages style: a project site
 * mounted under a path prefix such as "/ke-hoach-cchc/"), so tests catch links
 * that only work when the site is served from "/". No dependencies, so it runs
 * anywhere Node runs.
 */
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { normalisePrefix } from "../../lib/path-prefix.ts";

export interface ServeStaticOptions {
  /** Where the site is mounted, e.g. "/ke-hoach-cchc/". Defaults to "/". */
  pathPrefix?: string;
}

export interface StaticServer {
  /** Absolute URL of the mounted site, always ending in "/", e.g. "http://127.0.0.1:41234/ke-hoach-cchc/". */
  url: string;
  /** Scheme, host and port only, e.g. "http://127.0.0.1:41234". */
  origin: string;
  /** Stops the server, dropping kept-alive browser connections so the test process can exit. */
  close(): Promise<void>;
}

/**
 * Content types by extension. Text types carry a charset because the site is
 * Vietnamese: without it a browser may guess a legacy encoding for CSV/JSON.
 */
export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".htm": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".webmanifest": "application/manifest+json; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".webp": "image/webp",
  ".ico": "image/x-icon",
  ".pdf": "application/pdf",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  // Browsers refuse to stream-compile WebAssembly served with any other type.
  ".wasm": "application/wasm",
  // Pagefind's index files are opaque binary blobs fetched by its script.
  ".pf_meta": "application/octet-stream",
  ".pf_index": "application/octet-stream",
  ".pf_fragment": "application/octet-stream",
  ".pagefind": "application/octet-stream",
};

/**
 * Content type for a file name; unknown extensions are served as binary.
 *
 * @example contentTypeFor("style.css") // "text/css; charset=utf-8"
 */
export function contentTypeFor(fileName: string): string {
  return CONTENT_TYPES[path.extname(fileName).toLowerCase()] ?? "application/octet-stream";
}

/**
 * Serves `dir` under `pathPrefix` on 127.0.0.1 with an ephemeral port.
 *
 * Requests outside the prefix get a plain 404 (as on GitHub Pages, where they
 * would hit another site); directories serve their index.html; unknown paths
 * serve `<dir>/404.html` with status 404 when that file exists.
 *
 * @example const server = await serveStatic("_site", { pathPrefix: "/ke-hoach-cchc/" }); await fetch(server.url); await server.close();
 */
export async function serveStatic(dir: string, options: ServeStaticOptions = {}): Promise<StaticServer> {
  const root = path.resolve(dir);
  const prefix = normalisePrefix(options.pathPrefix ?? "/");

  const server = createServer((req, res) => {
    handle(root, prefix, req, res).catch((error: unknown) => {
      // A bug here must show up as a failing request, not a hung test.
      if (!res.headersSent) sendText(res, 500, `Internal error: ${String(error)}`);
      else res.destroy();
    });
  });
  // Browsers keep connections alive; without this close() would wait for them.
  server.keepAliveTimeout = 1000;

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;

  return {
    url: `${origin}${prefix}`,
    origin,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

async function handle(root: string, prefix: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method !== "GET" && req.method !== "HEAD") {
    res.setHeader("Allow", "GET, HEAD");
    sendText(res, 405, "Method not allowed");
    return;
  }

  // Work on the raw request path: WHATWG URL parsing would silently collapse
  // "/../" and hide traversal attempts that a hostile client could send.
  const rawPath = (req.url ?? "/").split(/[?#]/, 1)[0] ?? "/";
  const query = (req.url ?? "").slice(rawPath.length);

  // "/ke-hoach-cchc" without its slash is the site root: redirect like a real host.
  if (prefix !== "/" && rawPath === prefix.slice(0, -1)) {
    redirect(res, `${prefix}${query}`);
    return;
  }
  if (!rawPath.startsWith(prefix)) {
    sendText(res, 404, "Not found (outside the site's path prefix)");
    return;
  }

  let relative: string;
  try {
    relative = decodeURIComponent(rawPath.slice(prefix.length));
  } catch {
    sendText(res, 400, "Bad request (malformed percent-encoding)");
    return;
  }
  if (relative.includes("\0")) {
    sendText(res, 400, "Bad request");
    return;
  }

  // Resolve, then require the result to stay inside root: this catches "..",
  // percent-encoded "%2e%2e" and "..%2f" alike, because they are decoded first.
  const target = path.resolve(root, relative);
  if (target !== root && !target.startsWith(root + path.sep)) {
    sendText(res, 403, "Forbidden (path traversal)");
    return;
  }

  const info = await statOrNull(target);
  if (info?.isDirectory()) {
    // Relative links inside an index page only resolve correctly when the URL
    // ends in "/", so redirect first (GitHub Pages does the same).
    if (!rawPath.endsWith("/")) {
      redirect(res, `${rawPath}/${query}`);
      return;
    }
    const index = path.join(target, "index.html");
    const indexInfo = await statOrNull(index);
    if (indexInfo?.isFile()) {
      sendFile(req, res, 200, index, indexInfo.size);
      return;
    }
  } else if (info?.isFile()) {
    sendFile(req, res, 200, target, info.size);
    return;
  } else if (!rawPath.endsWith("/")) {
    // GitHub Pages also serves "/page" from "page.html"; mirror it so tests agree with production.
    const html = `${target}.html`;
    const htmlInfo = await statOrNull(html);
    if (htmlInfo?.isFile()) {
      sendFile(req, res, 200, html, htmlInfo.size);
      return;
    }
  }

  const notFoundPage = path.join(root, "404.html");
  const notFoundInfo = await statOrNull(notFoundPage);
  if (notFoundInfo?.isFile()) {
    sendFile(req, res, 404, notFoundPage, notFoundInfo.size);
    return;
  }
  sendText(res, 404, "Not found");
}

async function statOrNull(file: string) {
  try {
    return await stat(file);
  } catch {
    return null;
  }
}

function sendFile(req: IncomingMessage, res: ServerResponse, status: number, file: string, size: number): void {
  res.writeHead(status, {
    "Content-Type": contentTypeFor(file),
    "Content-Length": size,
    // Tests rebuild the site between runs; never let a browser reuse stale files.
    "Cache-Control": "no-store",
  });
  if (req.method === "HEAD") {
    res.end();
    return;
  }
  const stream = createReadStream(file);
  stream.on("error", () => res.destroy());
  stream.pipe(res);
}

function sendText(res: ServerResponse, status: number, body: string): void {
  res.writeHead(status, {
    "Content-Type": "text/plain; charset=utf-8",
    "Content-Length": Buffer.byteLength(body),
    "Cache-Control": "no-store",
  });
  res.end(res.req.method === "HEAD" ? undefined : body);
}

function redirect(res: ServerResponse, location: string): void {
  res.writeHead(301, { Location: location, "Content-Length": 0, "Cache-Control": "no-store" });
  res.end();
}
