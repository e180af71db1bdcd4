/**
 * Self-test of the end-to-end support library, on a tiny site built in a temp
 * directory: a clean page, a page with a link escaping the path prefix, one
 * with an image lacking alt text, one logging console.error, and one loading
 * an off-machine image. Every page has the same strict CSP as the real site.
 */
import assert from "node:assert/strict";
import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import { request } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import type { Browser } from "playwright-core";
import { checkAccessibility, formatViolations } from "./axe.ts";
import { openPage } from "./browser.ts";
import { launchBrowser } from "../../../scripts/lib/chromium.ts";
import { crawlLinks, extractLinks } from "./crawl-links.ts";
import { serveStatic, type StaticServer } from "../../../scripts/lib/serve-static.ts";

const PREFIX = "/ke-hoach-cchc/";
const SECRET = "mat-khau-khong-duoc-lo";

const STRICT_CSP = "default-src 'self'; script-src 'self'";

function page(title: string, body: string, csp = STRICT_CSP): string {
  return `<!doctype html>
<html lang="vi">
<head>
  <meta charset="utf-8">
  <meta http-equiv="Content-Security-Policy" content="${csp}">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${title}</title>
  <link rel="stylesheet" href="${PREFIX}kieu.css">
</head>
<body>
  <main>
    <h1>${title}</h1>
    ${body}
  </main>
</body>
</html>
`;
}

let workDir: string;
let server: StaticServer;
let browser: Browser;

before(async () => {
  workDir = await mkdtemp(path.join(tmpdir(), "e2e-support-"));
  const site = path.join(workDir, "site");
  await mkdir(path.join(site, "thu-muc"), { recursive: true });
  await mkdir(path.join(site, "pagefind"), { recursive: true });
  const files: Record<string, string> = {
    "index.html": page(
      "Kế hoạch cải cách hành chính năm 2026",
      `<p>Phường Hàng Gòn công khai kế hoạch.</p>
    <img src="logo.svg" alt="Biểu trưng phường Hàng Gòn">
    <ul>
      <li><a href="lien-ket-hong.html">Trang có liên kết hỏng</a></li>
      <li><a href="anh.html">Ảnh thiếu mô tả</a></li>
      <li><a href="nhat-ky.html">Nhật ký lỗi</a></li>
      <li><a href="ngoai.html">Tài nguyên bên ngoài</a></li>
      <li><a href="thu-muc/">Thư mục</a></li>
      <li><a href="#noi-dung">Nội dung</a>, <a href="mailto:ubnd@example.vn">thư</a>, <a href="tel:+842513000000">điện thoại</a></li>
      <li><a href="https://example.com/">Trang ngoài</a></li>
    </ul>
    <p id="noi-dung">Hết.</p>
    <script src="ung-dung.js"></script>`,
    ),
    "lien-ket-hong.html": page(
      "Liên kết hỏng",
      `<p><a href="/nhiem-vu/">Nhiệm vụ (đường dẫn tuyệt đối, thoát khỏi tiền tố)</a></p><p><a href="./">Trang chủ</a></p>`,
    ),
    "anh.html": page("Ảnh", `<img src="logo.svg"><p><a href="index.html">Trang chủ</a></p>`),
    "nhat-ky.html": page("Nhật ký", `<p>Trang ghi lỗi.</p><script src="nhat-ky.js"></script>`),
    "ngoai.html": page(
      "Bên ngoài",
      `<img src="https://example.com/anh.png" alt="Ảnh từ máy khác">`,
      // Let the CSP allow it, so that it is openPage's guard that stops it.
      `${STRICT_CSP}; img-src 'self' https:`,
    ),
    "thu-muc/index.html": page("Thư mục", `<p><a href="../">Trang chủ</a></p>`),
    "404.html": page("Không tìm thấy trang", `<p><a href="${PREFIX}">Về trang chủ</a></p>`),
    "kieu.css": "body { font-family: sans-serif; color: #111; background: #fff; }\n",
    "ung-dung.js": "document.documentElement.dataset.sanSang = 'co';\n",
    "nhat-ky.js": "console.error('Không tải được dữ liệu nhiệm vụ');\n",
    "logo.svg": '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>\n',
    "du-lieu.csv": "ma,ten\n1,Nhiệm vụ\n",
    "pagefind/pagefind-entry.json": "{}\n",
    "pagefind/vi_1234.pf_meta": "\u0001",
    "pagefind/wasm.vi.pagefind": "\u0001",
    "pagefind/fragment/vi_1.pf_fragment": "\u0001",
    "pagefind/index/vi_1.pf_index": "\u0001",
    "font.woff2": "\u0001",
    "module.wasm": "\u0001",
  };
  for (const [name, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(site, name)), { recursive: true });
    await writeFile(path.join(site, name), content);
  }
  // Outside the served directory: must never be readable through the server.
  await writeFile(path.join(workDir, "bi-mat.txt"), SECRET);

  server = await serveStatic(site, { pathPrefix: PREFIX });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
  await rm(workDir, { recursive: true, force: true });
});

/** A raw GET that keeps the path byte for byte: fetch() would normalise "/../" away. */
function rawGet(origin: string, rawPath: string): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(origin);
  return new Promise((resolve, reject) => {
    const req = request({ host: hostname, port, path: rawPath, method: "GET" }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("serveStatic", () => {
  test("serves the site's index.html at the path prefix", async () => {
    const response = await fetch(server.url);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get("content-type"), "text/html; charset=utf-8");
    assert.match(await response.text(), /Kế hoạch cải cách hành chính năm 2026/);
  });

  test("redirects a directory without its trailing slash, then serves its index.html", async () => {
    const redirect = await fetch(`${server.url}thu-muc`, { redirect: "manual" });
    assert.equal(redirect.status, 301);
    assert.equal(redirect.headers.get("location"), `${PREFIX}thu-muc/`);
    const prefixRoot = await fetch(`${server.origin}${PREFIX.slice(0, -1)}`, { redirect: "manual" });
    assert.equal(prefixRoot.headers.get("location"), PREFIX);
    const directory = await fetch(`${server.url}thu-muc/`);
    assert.equal(directory.status, 200);
    assert.match(await directory.text(), /<title>Thư mục<\/title>/);
  });

  test("answers unknown paths inside the prefix with 404.html and status 404", async () => {
    const response = await fetch(`${server.url}khong-co/trang.html`);
    assert.equal(response.status, 404);
    assert.match(await response.text(), /Không tìm thấy trang/);
  });

  test("answers paths outside the prefix with a plain 404", async () => {
    const response = await fetch(`${server.origin}/nhiem-vu/`);
    assert.equal(response.status, 404);
    assert.doesNotMatch(await response.text(), /Không tìm thấy trang/);
  });

  test("sends the content types that browsers and Pagefind expect", async () => {
    const expected: Record<string, string> = {
      "kieu.css": "text/css; charset=utf-8",
      "ung-dung.js": "text/javascript; charset=utf-8",
      "du-lieu.csv": "text/csv; charset=utf-8",
      "logo.svg": "image/svg+xml",
      "font.woff2": "font/woff2",
      "module.wasm": "application/wasm",
      "pagefind/pagefind-entry.json": "application/json; charset=utf-8",
      "pagefind/vi_1234.pf_meta": "application/octet-stream",
      "pagefind/wasm.vi.pagefind": "application/octet-stream",
      "pagefind/fragment/vi_1.pf_fragment": "application/octet-stream",
      "pagefind/index/vi_1.pf_index": "application/octet-stream",
    };
    for (const [file, type] of Object.entries(expected)) {
      const response = await fetch(`${server.url}${file}`, { method: "HEAD" });
      assert.equal(response.status, 200, file);
      assert.equal(response.headers.get("content-type"), type, file);
    }
  });

  test("refuses path traversal, plain or percent-encoded", async () => {
    for (const attempt of [
      `${PREFIX}../bi-mat.txt`,
      `${PREFIX}%2e%2e/bi-mat.txt`,
      `${PREFIX}..%2fbi-mat.txt`,
      `${PREFIX}%2E%2E%2Fbi-mat.txt`,
      `${PREFIX}thu-muc/..%2f..%2fbi-mat.txt`,
    ]) {
      const { status, body } = await rawGet(server.origin, attempt);
      assert.equal(status, 403, attempt);
      assert.ok(!body.includes(SECRET), `${attempt} leaked the file outside the site`);
    }
  });
});

describe("crawlLinks", () => {
  test("finds exactly the one link that escapes the path prefix", async () => {
    const { visited, broken, truncated } = await crawlLinks(server.url);
    assert.deepEqual(broken, [
      { from: `${server.url}lien-ket-hong.html`, to: `${server.origin}/nhiem-vu/`, status: 404, reason: "outside-prefix" },
    ]);
    assert.deepEqual(
      visited,
      ["", "anh.html", "index.html", "lien-ket-hong.html", "ngoai.html", "nhat-ky.html", "thu-muc/"].map(
        (p) => `${server.url}${p}`,
      ),
    );
    assert.equal(truncated, false);
  });

  test("reports missing pages and resources inside the prefix, once per referring page", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "e2e-crawl-"));
    try {
      await writeFile(
        path.join(dir, "index.html"),
        '<a href="mat.html">mất</a><a href="b.html">b</a><img src="anh-mat.png" alt="">',
      );
      await writeFile(path.join(dir, "b.html"), '<a href="mat.html#muc">mất</a><a href="./">về</a>');
      const site = await serveStatic(dir, { pathPrefix: "/goc/" });
      try {
        const { broken } = await crawlLinks(site.url);
        assert.deepEqual(
          broken.map(({ from, to, status, reason }) => [from.slice(site.url.length), to.slice(site.url.length), status, reason]),
          [
            ["", "anh-mat.png", 404, "http-error"],
            ["", "mat.html", 404, "http-error"],
            ["b.html", "mat.html", 404, "http-error"],
          ],
        );
      } finally {
        await site.close();
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  test("stops at maxPages and says the result is truncated", async () => {
    const { visited, truncated } = await crawlLinks(server.url, "", { maxPages: 2 });
    assert.equal(visited.length, 2);
    assert.equal(truncated, true);
  });

  test("extracts links from tags but not from comments or script bodies", () => {
    const { links, baseHref } = extractLinks(`
      <base href="/goc/">
      <!-- <a href="trong-chu-thich.html"> -->
      <script>const html = '<a href="trong-script.html">';</script>
      <a class=x href=khong-ngoac.html>1</a>
      <a href="tim?a=1&amp;b=2">2</a>
      <img src="a.png" srcset="a-1x.png 1x, a-2x.png 2x" alt="">
      <link rel="stylesheet" href='kieu.css'>
      <script src="ung-dung.js"></script>`);
    assert.equal(baseHref, "/goc/");
    assert.deepEqual(links, [
      { url: "khong-ngoac.html", kind: "page" },
      { url: "tim?a=1&b=2", kind: "page" },
      { url: "a.png", kind: "resource" },
      { url: "a-1x.png", kind: "resource" },
      { url: "a-2x.png", kind: "resource" },
      { url: "kieu.css", kind: "resource" },
      { url: "ung-dung.js", kind: "resource" },
    ]);
  });
});

describe("openPage", () => {
  test("records nothing on a clean page, whose own scripts run under its CSP", async () => {
    const { page, consoleErrors, failedRequests, close } = await openPage(browser, server.url);
    try {
      assert.deepEqual(consoleErrors, []);
      assert.deepEqual(failedRequests, []);
      assert.equal(await page.evaluate(() => document.documentElement.dataset.sanSang), "co");
    } finally {
      await close();
    }
  });

  test("records console.error from a script file", async () => {
    const { consoleErrors, failedRequests, close } = await openPage(browser, `${server.url}nhat-ky.html`);
    try {
      assert.equal(consoleErrors.length, 1, consoleErrors.join("\n"));
      assert.match(consoleErrors[0] ?? "", /^console\.error: Không tải được dữ liệu nhiệm vụ \(.*nhat-ky\.js:1\)$/);
      assert.deepEqual(failedRequests, []);
    } finally {
      await close();
    }
  });

  test("records uncaught exceptions", async () => {
    const { page, consoleErrors, close } = await openPage(browser, server.url);
    try {
      // Thrown from a timer, so it is uncaught rather than rejected back to evaluate().
      // Waiting for the event (not a fixed delay) keeps this reliable on a busy machine;
      // openPage's listener was registered first, so it has run by the time this resolves.
      await Promise.all([
        page.waitForEvent("pageerror"),
        page.evaluate(() => {
          setTimeout(() => {
            throw new TypeError("hỏng rồi");
          });
        }),
      ]);
      assert.deepEqual(consoleErrors, ["uncaught TypeError: hỏng rồi"]);
    } finally {
      await close();
    }
  });

  test("blocks and records requests that would leave the machine", async () => {
    const { failedRequests, close } = await openPage(browser, `${server.url}ngoai.html`);
    try {
      assert.deepEqual(failedRequests, [
        "GET https://example.com/anh.png: blocked, not on this machine",
      ]);
    } finally {
      await close();
    }
  });

  test("records HTTP errors unless the test says it expects them", async () => {
    const missing = `${server.url}khong-co/`;
    const unexpected = await openPage(browser, missing);
    try {
      assert.deepEqual(unexpected.failedRequests, [`GET ${missing}: HTTP 404`]);
      assert.equal(unexpected.consoleErrors.length, 1);
      assert.match(unexpected.consoleErrors[0] ?? "", /Failed to load resource.*404/);
    } finally {
      await unexpected.close();
    }

    const expected = await openPage(browser, missing, { ignoreHttpError: (url, status) => url === missing && status === 404 });
    try {
      assert.equal(expected.response?.status(), 404);
      assert.deepEqual(expected.failedRequests, []);
      assert.deepEqual(expected.consoleErrors, []);
    } finally {
      await expected.close();
    }
  });
});

describe("checkAccessibility", () => {
  test("finds no WCAG 2.1 AA violations on the clean page, despite its CSP blocking inline scripts", async () => {
    const { page, close } = await openPage(browser, server.url);
    try {
      // Prove the CSP is live: an inline script tag (what addScriptTag({ content }) adds) must not run.
      await page.addScriptTag({ content: "window.inlineRan = true;" }).catch(() => undefined);
      assert.equal(await page.evaluate(() => (window as { inlineRan?: boolean }).inlineRan), undefined);

      const violations = await checkAccessibility(page);
      assert.deepEqual(violations, [], formatViolations(violations));
    } finally {
      await close();
    }
  });

  test("reports an image without alt text as image-alt", async () => {
    const { page, close } = await openPage(browser, `${server.url}anh.html`);
    try {
      const violations = await checkAccessibility(page);
      assert.deepEqual(violations.map((v) => v.id), ["image-alt"], formatViolations(violations));
      assert.equal(violations[0]?.impact, "critical");
      assert.deepEqual(violations[0]?.nodes.map((n) => n.target), [["img"]]);

      const message = formatViolations(violations);
      assert.match(message, /^1 accessibility violation\(s\):\n- image-alt \(critical\): Images must have alternative text/);
      assert.match(message, /at img {2}<img src="logo\.svg">/);

      // Excluding the element or disabling the rule are the documented escape hatches.
      assert.deepEqual(await checkAccessibility(page, { exclude: ["img"] }), []);
      assert.deepEqual(await checkAccessibility(page, { disableRules: ["image-alt"] }), []);
    } finally {
      await close();
    }
  });

  test("formats an empty result as a one-line message", () => {
    assert.equal(formatViolations([]), "No accessibility violations.");
  });
});
