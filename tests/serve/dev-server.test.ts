/**
 * The `npm start` server on a tiny hand-made site: pages get the reload script, the error page
 * replaces pages (never assets) while the build fails, the path prefix is honoured, and nothing
 * outside the site folder is served.
 */
import assert from "node:assert/strict";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { RELOAD_SCRIPT, startDevServer } from "../../scripts/serve/dev-server.ts";

/** A raw GET, so "/../" reaches the server as typed (fetch would normalise it away). */
function get(port: number, path: string): Promise<{ status: number; body: string; location?: string }> {
  return new Promise((resolve, reject) => {
    request({ host: "127.0.0.1", port, path, method: "GET" }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (d: string) => (body += d));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body, ...(res.headers.location ? { location: res.headers.location } : {}) }));
    }).on("error", reject).end();
  });
}

test("pages with the reload script, the error page instead of pages only, the prefix, no way out of the folder", async () => {
  const work = await mkdtemp(join(tmpdir(), "hg-dev-server-"));
  const site = join(work, "_site");
  await mkdir(join(site, "nhiem-vu"), { recursive: true });
  await writeFile(join(site, "index.html"), "<!doctype html><html><body><p>trang chủ</p></body></html>");
  await writeFile(join(site, "nhiem-vu", "index.html"), "<!doctype html><html><body><p>nhiệm vụ</p></body></html>");
  await writeFile(join(site, "main.css"), "body{}");
  await writeFile(join(site, "404.html"), "<!doctype html><html><body><p>không có</p></body></html>");
  await writeFile(join(work, "bi-mat.txt"), "ngoài thư mục trang");
  let failure: string | undefined;
  const server = await startDevServer({ dir: site, port: 0, host: "127.0.0.1", pathPrefix: "/kh/", errorPage: () => failure });
  try {
    assert.deepEqual(await get(server.port, "/"), { status: 302, body: "", location: "/kh/" });
    const home = await get(server.port, "/kh/");
    assert.equal(home.status, 200);
    assert.equal(home.body, `<!doctype html><html><body><p>trang chủ</p><script type="module" src="${RELOAD_SCRIPT}"></script></body></html>`);
    assert.deepEqual(await get(server.port, "/kh/nhiem-vu"), { status: 302, body: "", location: "/kh/nhiem-vu/" });
    assert.equal((await get(server.port, "/kh/khong-co/")).status, 404);
    assert.equal((await get(server.port, "/kh/../bi-mat.txt")).status, 403);
    assert.equal((await get(server.port, "/kh/%2e%2e/bi-mat.txt")).status, 403);
    assert.match((await get(server.port, RELOAD_SCRIPT)).body, /EventSource/);

    // An open page hears "reload" when the server is told a build finished.
    const heard = new Promise<string>((resolve, reject) => {
      request({ host: "127.0.0.1", port: server.port, path: "/__xem-truoc/su-kien" }, (res) => {
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (d: string) => {
          text += d;
          if (text.includes(": ok")) server.reload();
          if (text.includes("data: reload")) resolve(text);
        });
      }).on("error", reject).end();
    });
    assert.match(await heard, /data: reload\n\n/);

    failure = "<!doctype html><html><body><h1>Nội dung có 1 lỗi</h1></body></html>";
    const broken = await get(server.port, "/kh/nhiem-vu/");
    assert.equal(broken.status, 500);
    assert.match(broken.body, /Nội dung có 1 lỗi/);
    assert.deepEqual(await get(server.port, "/kh/main.css"), { status: 200, body: "body{}" });
    failure = undefined;
    assert.match((await get(server.port, "/kh/nhiem-vu/")).body, /nhiệm vụ/);
  } finally {
    await server.close();
    await rm(work, { recursive: true, force: true });
  }
});
