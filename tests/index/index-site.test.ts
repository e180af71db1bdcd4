import assert from "node:assert/strict";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { indexSite, pageUrl } from "../../scripts/index/index-site.ts";

test("a built file's URL drops index.html and keeps other names", () => {
  assert.equal(pageUrl("index.html"), "/");
  assert.equal(pageUrl("nhiem-vu/nv-1-1/index.html"), "/nhiem-vu/nv-1-1/");
  assert.equal(pageUrl("404.html"), "/404.html");
});

test("indexing writes Pagefind's files and leaves the built pages exactly as they were", async () => {
  const dir = await mkdtemp(join(tmpdir(), "hg-index-"));
  try {
    const page = `<!doctype html><html lang="vi"><body><main data-pagefind-body><span hidden data-pagefind-filter="type">Nhiệm vụ</span><h1>Đồng bộ dữ liệu</h1><p>Đăng ký trực tuyến.</p></main></body></html>`;
    await mkdir(join(dir, "nhiem-vu", "nv-1"), { recursive: true });
    await writeFile(join(dir, "nhiem-vu", "nv-1", "index.html"), page);
    await writeFile(join(dir, "index.html"), `<!doctype html><html lang="vi"><body><main><h1>Trang chủ</h1></main></body></html>`);
    assert.deepEqual(await indexSite(dir), { pages: 2 });
    assert.equal(await readFile(join(dir, "nhiem-vu", "nv-1", "index.html"), "utf8"), page);
    const entry = JSON.parse(await readFile(join(dir, "pagefind", "pagefind-entry.json"), "utf8")) as { languages: Record<string, { page_count: number }> };
    assert.equal(entry.languages.vi?.page_count, 1, "only the page marked data-pagefind-body is indexed");
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
