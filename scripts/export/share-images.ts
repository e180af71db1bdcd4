import { createHash, randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { copyFile, link, mkdir, rename, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { dirname, join } from "node:path";
import { Resvg } from "@resvg/resvg-js";
import { SHARE_IMAGE } from "../../lib/share-image-path.ts";
import type { SiteData } from "../derive/types.ts";
import { formatDate } from "../../lib/format-date.ts";
import { CARD_FONT_FILES, cardFontHash, coveredByCardFont } from "./card-font.ts";
import { encodePng } from "./png-writer.cjs";
import { formatPercent } from "../../lib/format-number.ts";
import { ui } from "../../lib/ui.ts";

/**
 * Share images (og:image): Zalo and Facebook show a PNG, never an SVG, so each is drawn as SVG and
 * rasterised at build time with resvg (MPL-2.0, no browser) in DejaVu Sans (a subset of it holding
 * Vietnamese, or the whole font for other characters: card-font.ts), never a system font: the same
 * data gives the same pixels on every machine, and the same bytes with the same zlib (the PNG is
 * compressed by Node's: png-writer.cjs). The home page, every area and every task get a card with
 * their figure; every other page shares the site's card.
 */

export interface ShareCard {
  /** Site path of the PNG, before the path prefix. */
  path: string;
  kicker: string;
  title: string;
  /** The figure, if the page has one: a percent with its label and the expected level beside it. */
  figure?: { percent: number | null; label: string; expected?: number; note: string };
  illustrative: boolean;
}

/** Every card the build draws: the site's, the home page's, each area's and each task's. */
export function shareCards(data: SiteData): ShareCard[] {
  const latest = data.latestPeriod?.report;
  const asOf = data.latestPeriod && latest ? `Theo báo cáo ${data.latestPeriod.name}, lập ngày ${formatDate(latest.reportDate)}` : "Chưa có báo cáo kỳ nào";
  const illustrative = !!latest?.illustrative;
  const cards: ShareCard[] = [
    { path: SHARE_IMAGE.site, kicker: data.plan.issuer, title: data.plan.title, illustrative: false },
    {
      path: `/${SHARE_IMAGE.name}`, kicker: data.settings.title, title: data.plan.title, illustrative,
      figure: { percent: data.rollup.meanPercent, label: "tiến độ bình quân các nhiệm vụ", ...(latest ? { expected: latest.yearElapsed } : {}), note: asOf },
    },
  ];
  for (const a of data.areas) {
    cards.push({
      path: `/linh-vuc/${a.id}/${SHARE_IMAGE.name}`, kicker: `Lĩnh vực ${a.number} · ${data.settings.title}`, title: a.title, illustrative,
      figure: { percent: a.rollup.meanPercent, label: "tiến độ bình quân các nhiệm vụ", ...(latest ? { expected: latest.yearElapsed } : {}), note: asOf },
    });
  }
  for (const t of data.tasks) {
    const l = t.latest;
    cards.push({
      path: `/nhiem-vu/${t.id}/${SHARE_IMAGE.name}`, kicker: `Nhiệm vụ ${t.ref} · ${data.settings.title}`, title: t.shortTitle, illustrative: !!l?.illustrative,
      figure: {
        percent: l ? l.percent : null,
        label: l ? `${(ui.status as Record<string, string>)[l.status]}${l.overdue ? `, ${ui.overdue.toLowerCase()}` : ""}` : ui.status["chua-bao-cao"],
        note: l ? `Theo báo cáo ${l.periodName}, lập ngày ${formatDate(l.reportDate)}` : "Chưa có báo cáo nào về nhiệm vụ này",
      },
    });
  }
  return cards;
}

const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** Lines of at most `width` characters, at most `max` lines, the last one ending in "…" when cut. */
function lines(text: string, width: number, max: number): string[] {
  const out: string[] = [];
  for (const word of text.split(/\s+/)) {
    const last = out[out.length - 1];
    if (last !== undefined && `${last} ${word}`.length <= width) out[out.length - 1] = `${last} ${word}`;
    else out.push(word);
  }
  if (out.length <= max) return out;
  const kept = out.slice(0, max);
  kept[max - 1] = `${kept[max - 1]!.replace(/[\s,;:.]+$/, "")}…`;
  return kept;
}

/**
 * Advance widths in DejaVu Sans Bold (font units of a 2,048-unit em, measured from the font with
 * resvg) of what formatPercent writes. resvg cannot place one text after another, so the label
 * beside the big figure is placed by this width: at one flat width per character "45%" ran into
 * its label, since "%" is half as wide again as a digit.
 */
const BOLD_ADVANCE: Record<string, number> = { "%": 2052, ",": 778, ".": 778, "—": 2048 };
const DIGIT_ADVANCE = 1425;
/** Any other character is counted one em wide: too wide only leaves more space. */
const boldWidth = (text: string, fontSize: number) =>
  ([...text].reduce((sum, c) => sum + (/[0-9]/.test(c) ? DIGIT_ADVANCE : (BOLD_ADVANCE[c] ?? 2048)), 0) * fontSize) / 2048;

/** The card as SVG: text and shapes only, in one font family. */
export function shareCardSvg(card: ShareCard): string {
  const { width, height } = SHARE_IMAGE;
  const title = lines(card.title, card.figure ? 30 : 34, card.figure ? 3 : 4);
  const size = card.figure ? 54 : 60;
  const parts = [
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<rect width="${width}" height="24" fill="#a51c1c"/>`,
    `<text x="64" y="104" font-size="30" fill="#4f5660">${escape(lines(card.kicker, card.illustrative ? 40 : 60, 1)[0]!)}</text>`,
    ...title.map((line, i) => `<text x="64" y="${190 + i * (size + 14)}" font-size="${size}" font-weight="bold" fill="#1b1f24">${escape(line)}</text>`),
  ];
  if (card.figure) {
    const f = card.figure;
    const barX = 64;
    const barW = width - 128;
    const y = 470;
    parts.push(`<text x="64" y="${y - 24}" font-size="72" font-weight="bold" fill="#0b5cad">${escape(formatPercent(f.percent))}</text>`);
    parts.push(`<text x="${Math.ceil(64 + 24 + boldWidth(formatPercent(f.percent), 72))}" y="${y - 30}" font-size="32" fill="#1b1f24">${escape(f.label)}</text>`);
    parts.push(`<rect x="${barX}" y="${y}" width="${barW}" height="28" rx="14" fill="#d5d9de"/>`);
    if (f.percent !== null && f.percent > 0) parts.push(`<rect x="${barX}" y="${y}" width="${(barW * Math.min(100, f.percent)) / 100}" height="28" rx="14" fill="#0b5cad"/>`);
    if (f.expected !== undefined) {
      const x = barX + (barW * Math.min(100, f.expected)) / 100;
      parts.push(`<line x1="${x}" x2="${x}" y1="${y - 12}" y2="${y + 40}" stroke="#b35c00" stroke-width="6" stroke-dasharray="10 6"/>`);
      parts.push(`<text x="${barX}" y="${y + 76}" font-size="26" fill="#5a3200">Đường đứt nét: ${escape(formatPercent(f.expected))} thời gian của năm đã qua</text>`);
    }
    parts.push(`<text x="64" y="${height - 40}" font-size="26" fill="#4f5660">${escape(f.note)}</text>`);
  }
  if (card.illustrative) {
    parts.push(`<rect x="${width - 344}" y="60" width="280" height="54" rx="27" fill="#fff7e6" stroke="#8a4b00" stroke-width="3" stroke-dasharray="8 5"/>`);
    parts.push(`<text x="${width - 204}" y="97" font-size="26" font-weight="bold" fill="#5a3200" text-anchor="middle">${escape(ui.illustrative)}</text>`);
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="DejaVu Sans">${parts.join("")}</svg>`;
}

const require = createRequire(import.meta.url);
/** The PNG writer's file, which the worker threads load as the build's own thread does. */
const PNG_WRITER = require.resolve("./png-writer.cjs");
const resvgOptions = (fontFiles: readonly string[]) => ({
  fitTo: { mode: "original" as const },
  font: { loadSystemFonts: false, fontFiles: [...fontFiles], defaultFontFamily: "DejaVu Sans" },
});
/** resvg's options for a card in the subset fonts, and for one holding a character outside them (card-font.ts). */
const RESVG_OPTIONS = { subset: resvgOptions(CARD_FONT_FILES.subset), full: resvgOptions(CARD_FONT_FILES.full) };

/** Which fonts a card's SVG is drawn in: its markup is ASCII, so its text decides. */
const fontsFor = (svg: string): keyof typeof RESVG_OPTIONS => (coveredByCardFont(svg) ? "subset" : "full");

/**
 * The card as PNG bytes, rasterised with the bundled font only.
 * @example shareCardPng(card).subarray(0, 4) → Uint8Array [0x89, 0x50, 0x4e, 0x47]
 */
export function shareCardPng(card: ShareCard): Uint8Array {
  const svg = shareCardSvg(card);
  const hit = memo.get(svg);
  if (hit) return hit;
  const png = rasterise(svg);
  remember(svg, png);
  return png;
}

/** Rasterising costs about 11 ms a card (measured in docs/performance.md), so identical cards are drawn once per process. */
const memo = new Map<string, Uint8Array>();
const MEMO_LIMIT = 256;

/**
 * Bounded: a dev session (npm start) rebuilds in one process and redraws only changed cards; a
 * province-scale build does not keep ten thousand images in memory.
 */
/** Forgets every card drawn in this process: for tests of the persistent cache. */
export function forgetDrawnCards(): void {
  memo.clear();
}

function remember(svg: string, png: Uint8Array): void {
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(svg, png);
}

function rasterise(svg: string): Uint8Array {
  const image = new Resvg(svg, RESVG_OPTIONS[fontsFor(svg)]).render();
  return encodePng(image.pixels, image.width, image.height);
}

/**
 * What a card's PNG depends on besides its SVG: the rasteriser, the fonts (the full DejaVu files by
 * their package's version, the committed subsets by their bytes) and the PNG writer with the zlib
 * it compresses with. Part of every cache key, so changing any of them draws every card anew.
 */
const RENDERER = [
  ...["@resvg/resvg-js", "dejavu-fonts-ttf"].map((name) => `${name}@${(require(`${name}/package.json`) as { version: string }).version}`),
  `card-font@${cardFontHash()}`,
  `png-writer@${createHash("sha256").update(readFileSync(PNG_WRITER)).digest("hex")}`,
  `zlib@${process.versions.zlib}`,
].join(" ");

/**
 * The folder of the persistent card cache: HG_CACHE_DIR if set, else node_modules/.cache/ (the
 * usual place for build caches; CI restores it with actions/cache). Empty string turns it off.
 */
export function shareCardCacheDir(root = process.cwd()): string | null {
  const base = process.env.HG_CACHE_DIR ?? join(root, "node_modules", ".cache", "ke-hoach-cchc");
  return base ? join(base, "share-cards") : null;
}

/**
 * Writes every card's PNG under `outDir`. A card is drawn only if no earlier build (or earlier card
 * of this one) drew the same SVG with the same rasteriser and font: PNGs are kept in `cacheDir`
 * under the SHA-256 of those, so the bytes are those a fresh drawing gives (rasterising is
 * deterministic), and a cached card is hard-linked into `outDir` (copied where it cannot be).
 * Cards still to draw are shared between worker threads when there are many (about 11 ms of CPU
 * each: 10,000 tasks are 110 s on one core).
 * @example await writeShareCards(shareCards(data), "_site.tmp-1", shareCardCacheDir()) → { drawn: 3, cached: 70 }
 */
export async function writeShareCards(cards: readonly ShareCard[], outDir: string, cacheDir: string | null): Promise<{ drawn: number; cached: number }> {
  if (cacheDir && !(await mkdir(cacheDir, { recursive: true }).then(() => true, () => false))) cacheDir = null;
  const toDraw: { svg: string; key: string; files: string[] }[] = [];
  const byKey = new Map<string, { svg: string; key: string; files: string[] }>();
  let cached = 0;
  const madeDirs = new Set<string>();
  const outFile = async (card: ShareCard) => {
    const file = join(outDir, ...card.path.split("/").filter(Boolean));
    if (!madeDirs.has(dirname(file))) {
      await mkdir(dirname(file), { recursive: true });
      madeDirs.add(dirname(file));
    }
    return file;
  };
  for (const card of cards) {
    const svg = shareCardSvg(card);
    const file = await outFile(card);
    const mem = memo.get(svg);
    if (mem) {
      await writeNew(file, mem);
      cached++;
      continue;
    }
    const key = createHash("sha256").update(RENDERER).update("\0").update(svg).digest("hex");
    const pending = byKey.get(key);
    if (pending) {
      pending.files.push(file);
      continue;
    }
    if (cacheDir && (await linkOrCopy(join(cacheDir, `${key}.png`), file))) {
      cached++;
      continue;
    }
    const job = { svg, key, files: [file] };
    byKey.set(key, job);
    toDraw.push(job);
  }
  const save = async (job: (typeof toDraw)[number], png: Uint8Array) => {
    remember(job.svg, png);
    for (const file of job.files) await writeNew(file, png);
    if (cacheDir) {
      // Written under a unique temporary name, then renamed: an interrupted or concurrent build
      // never leaves half a PNG in the cache. A cache that cannot be written is only slower.
      const tmp = join(cacheDir, `${job.key}.${randomUUID()}.tmp`);
      await writeFile(tmp, png)
        .then(() => rename(tmp, join(cacheDir, `${job.key}.png`)))
        .catch(() => rm(tmp, { force: true }));
    }
  };
  if (toDraw.length < WORKERS_FROM) {
    for (const job of toDraw) await save(job, rasterise(job.svg));
  } else {
    await drawInWorkers(toDraw, save);
  }
  return { drawn: toDraw.length, cached };
}

/**
 * Puts the cache's file at `to` as a hard link (≈ 0.05 ms against ≈ 0.2–1 ms for a copy of 64 KB;
 * 16,000 cards at province scale), or a copy where the two folders are on different file systems
 * or links are refused; false if the cache has no such file. A file already at `to` is removed
 * first, never written through: it may itself be a link to a cached card.
 */
async function linkOrCopy(from: string, to: string): Promise<boolean> {
  return link(from, to).then(
    () => true,
    async (error: NodeJS.ErrnoException) => {
      if (error.code === "ENOENT") return false;
      await rm(to, { force: true });
      return link(from, to).then(() => true, () => copyFile(from, to).then(() => true, () => false));
    },
  );
}

/**
 * Writes a new file at `file`, removing whatever was there rather than writing into it: an earlier
 * card there may be a hard link to a cached one (linkOrCopy), which must keep its bytes.
 */
async function writeNew(file: string, bytes: Uint8Array): Promise<void> {
  await writeFile(file, bytes, { flag: "wx" }).catch(async (error: NodeJS.ErrnoException) => {
    if (error.code !== "EEXIST") throw error;
    await rm(file, { force: true });
    await writeFile(file, bytes, { flag: "wx" });
  });
}

/**
 * Cards a worker draws before it is replaced. resvg's memory lives outside the JavaScript heap:
 * with resvg's own PNG encoder (asPng) the garbage collector never ran and every card's 3 MB image
 * stayed (two workers, 600 cards: 1.47 GB), so workers were replaced every 25 cards. Reading the
 * pixels (a Buffer V8 counts) makes it collect: two workers drawing 2,000 cards without being
 * replaced peaked at 377 MB. Replacing them still bounds what a worker can keep, at 500 cards,
 * while a worker's start (≈ 27 ms of CPU) stays negligible.
 */
const CARDS_PER_WORKER = 500;

/**
 * Under `node --expose-gc` (npm run build, the bench) a worker also collects after every 8 cards:
 * 600 cards peaked at 319 MB instead of 357 MB, for ≈ 0.5 ms a card.
 */
const COLLECT_EVERY = 8;

/** Below this many cards to draw, starting worker threads (each loads resvg) costs more than it saves. */
const WORKERS_FROM = 24;

/**
 * Rasterises `jobs` in worker threads, one per CPU, calling `save` as each PNG arrives. The worker
 * is a few lines of plain JavaScript (eval), so it runs the same under tsx, node and the tests.
 */
async function drawInWorkers<J extends { svg: string }>(jobs: readonly J[], save: (job: J, png: Uint8Array) => Promise<void>): Promise<void> {
  const source = `
    const { parentPort, workerData } = require("node:worker_threads");
    const { Resvg } = require(workerData.resvg);
    const { encodePng } = require(workerData.pngWriter);
    let drawn = 0;
    parentPort.on("message", ({ svg, fonts }) => {
      const image = new Resvg(svg, workerData.options[fonts]).render();
      parentPort.postMessage(encodePng(image.pixels, image.width, image.height));
      if (++drawn % workerData.collectEvery === 0) globalThis.gc?.();
    });`;
  let next = 0;
  const run = async () => {
    while (next < jobs.length) await runWorker();
  };
  const runWorker = async () => {
    const worker = new Worker(source, { eval: true, workerData: { resvg: require.resolve("@resvg/resvg-js"), pngWriter: PNG_WRITER, options: RESVG_OPTIONS, collectEvery: COLLECT_EVERY } });
    try {
      for (let drawn = 0; drawn < CARDS_PER_WORKER && next < jobs.length; drawn++) {
        const job = jobs[next++]!;
        const png = await new Promise<Uint8Array>((resolve, reject) => {
          worker.once("message", resolve);
          worker.once("error", reject);
          worker.postMessage({ svg: job.svg, fonts: fontsFor(job.svg) });
        });
        worker.removeAllListeners("error");
        await save(job, png);
      }
    } finally {
      await worker.terminate();
    }
  };
  await Promise.all(Array.from({ length: Math.min(availableParallelism(), jobs.length) }, run));
}
