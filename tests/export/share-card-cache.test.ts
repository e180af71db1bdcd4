/**
 * Share cards are drawn once per distinct picture and kept in a persistent cache keyed by what they
 * are drawn from: a later build copies them, byte for byte what drawing them gives. Many cards are
 * drawn in worker threads, with the same bytes as drawing them in the build's own thread.
 */
import assert from "node:assert/strict";
import { mkdir, mkdtemp, readFile, readdir, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { forgetDrawnCards, shareCardPng, writeShareCards, type ShareCard } from "../../scripts/export/share-images.ts";

let dir: string;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), "hg-cards-"));
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

const card = (title: string, path: string, percent = 40): ShareCard => ({
  path, kicker: "Nhiệm vụ II.1.1", title, illustrative: false,
  figure: { percent, label: "Đang thực hiện", note: "Theo báo cáo Quý I năm 2026" },
});

test("a second build with the same cache draws nothing and writes the same bytes", async () => {
  const cache = join(dir, "cache-1");
  // Two pages with the same picture: drawn once.
  const cards = [card("Đăng ký đất đai", "/nhiem-vu/a/anh.png"), card("Đăng ký đất đai", "/nhiem-vu/b/anh.png"), card("Cấp phép xây dựng", "/anh.png", 80)];
  forgetDrawnCards();
  assert.deepEqual(await writeShareCards(cards, join(dir, "out-1"), cache), { drawn: 2, cached: 0 });
  assert.equal((await readdir(cache)).filter((f) => f.endsWith(".png")).length, 2);
  forgetDrawnCards();
  assert.deepEqual(await writeShareCards(cards, join(dir, "out-2"), cache), { drawn: 0, cached: 3 });
  forgetDrawnCards();
  for (const c of cards) {
    const drawn = shareCardPng(c);
    for (const out of ["out-1", "out-2"]) assert.deepEqual(new Uint8Array(await readFile(join(dir, out, ...c.path.split("/").filter(Boolean)))), new Uint8Array(drawn), `${out}${c.path}`);
  }
});

test("without a cache every distinct card is drawn", async () => {
  forgetDrawnCards();
  assert.deepEqual(await writeShareCards([card("Một", "/a.png"), card("Hai", "/b.png")], join(dir, "out-3"), null), { drawn: 2, cached: 0 });
});

test("many cards are drawn in worker threads, with the bytes the build's own thread draws", async () => {
  const cards = Array.from({ length: 50 }, (_, i) => card(`Nhiệm vụ thử số ${i + 1}`, `/nhiem-vu/nv-${i + 1}/anh.png`, i * 2));
  forgetDrawnCards();
  assert.deepEqual(await writeShareCards(cards, join(dir, "out-4"), null), { drawn: 50, cached: 0 });
  forgetDrawnCards();
  for (const i of [0, 17, 49]) {
    const c = cards[i]!;
    assert.deepEqual(new Uint8Array(await readFile(join(dir, "out-4", ...c.path.split("/").filter(Boolean)))), new Uint8Array(shareCardPng(c)), c.path);
  }
});

test("a cached card is hard-linked into the site, and nothing written to the site afterwards reaches the cache", async () => {
  const cache = join(dir, "cache-links");
  const a = card("Cải cách thể chế", "/nhiem-vu/a/anh.png", 10);
  forgetDrawnCards();
  await writeShareCards([a], join(dir, "out-5"), cache);
  const [cached] = (await readdir(cache)).filter((f) => f.endsWith(".png"));
  const cachedFile = join(cache, cached!);
  const cachedBytes = await readFile(cachedFile);
  // A second site: the card comes from the cache, as a link to the cache's file; a stale file there is replaced.
  await mkdir(join(dir, "out-6", "nhiem-vu", "a"), { recursive: true });
  await writeFile(join(dir, "out-6", "nhiem-vu", "a", "anh.png"), "cũ");
  forgetDrawnCards();
  assert.deepEqual(await writeShareCards([a], join(dir, "out-6"), cache), { drawn: 0, cached: 1 });
  const linked = join(dir, "out-6", "nhiem-vu", "a", "anh.png");
  assert.equal((await stat(linked)).ino, (await stat(cachedFile)).ino, "the same file");
  assert.deepEqual(await readFile(linked), cachedBytes);
  // Another card drawn at the same place in that site: the cache keeps its bytes.
  forgetDrawnCards();
  assert.deepEqual(await writeShareCards([{ ...a, title: "Cải cách tài chính công" }], join(dir, "out-6"), null), { drawn: 1, cached: 0 });
  assert.notDeepEqual(await readFile(linked), cachedBytes);
  assert.deepEqual(await readFile(cachedFile), cachedBytes, "the cache is untouched");
  // The first card drawn there again without the cache: a file of its own, the same bytes.
  await writeShareCards([a], join(dir, "out-6"), null);
  assert.deepEqual(await readFile(linked), cachedBytes);
  assert.notEqual((await stat(linked)).ino, (await stat(cachedFile)).ino, "a file of its own");
});
