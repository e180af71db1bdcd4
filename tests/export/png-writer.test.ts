/**
 * The share cards' PNG writer (scripts/export/png-writer.cjs): a valid PNG, byte for byte as the
 * specification lays it out, and the very pixels resvg's own encoder writes for a card.
 */
import assert from "node:assert/strict";
import { inflateSync } from "node:zlib";
import { test } from "node:test";
import { Resvg } from "@resvg/resvg-js";
import { PNG } from "pngjs";
import { encodePng } from "../../scripts/export/png-writer.cjs";
import { shareCardSvg } from "../../scripts/export/share-images.ts";
import { CARD_FONT_FILES } from "../../scripts/export/card-font.ts";

test("a 1×1 red pixel: signature, IHDR, one IDAT, IEND, with their CRCs", () => {
  const png = encodePng(Buffer.from([255, 0, 0, 255]), 1, 1);
  const hex = png.toString("hex");
  // Signature; IHDR of length 13: width 1, height 1, depth 8, colour type 6 (RGBA), 0, 0, 0; its CRC
  // (the well-known one of this header, also checked with Python's zlib.crc32).
  assert.equal(hex.slice(0, 66), "89504e470d0a1a0a" + "0000000d" + "49484452" + "00000001" + "00000001" + "0806000000" + "1f15c489");
  // IEND: length 0, "IEND", CRC ae426082 (the same in every PNG).
  assert.equal(hex.slice(-24), "00000000" + "49454e44" + "ae426082");
  // IDAT holds the zlib stream of the one row: filter byte 0, then R G B A.
  const idatLength = png.readUInt32BE(33);
  assert.equal(png.subarray(37, 41).toString("latin1"), "IDAT");
  assert.deepEqual([...inflateSync(png.subarray(41, 41 + idatLength))], [0, 255, 0, 0, 255]);
  assert.equal(png.length, 33 + 12 + idatLength + 12);
  const decoded = PNG.sync.read(png);
  assert.deepEqual([decoded.width, decoded.height, ...decoded.data], [1, 1, 255, 0, 0, 255]);
});

test("rows are written in order, each after its filter byte", () => {
  // 2×2: red, green / blue, half-transparent white.
  const pixels = Buffer.from([255, 0, 0, 255, 0, 255, 0, 255, 0, 0, 255, 255, 255, 255, 255, 128]);
  const decoded = PNG.sync.read(encodePng(pixels, 2, 2));
  assert.deepEqual([decoded.width, decoded.height], [2, 2]);
  assert.deepEqual([...decoded.data], [...pixels]);
  assert.throws(() => encodePng(pixels, 3, 2), /16 bytes for 3×2/);
});

test("a card's PNG has the pixels of resvg's own PNG, and the same pixels give the same bytes", () => {
  const svg = shareCardSvg({
    path: "/x.png", kicker: "Nhiệm vụ II.1.2 · UBND phường Hàng Gòn", title: "Rà soát, đơn giản hóa thủ tục hành chính đặc thù của địa phương", illustrative: true,
    figure: { percent: 45, label: "Chậm tiến độ, quá hạn", expected: 50, note: "Theo báo cáo 06 tháng đầu năm 2026, lập ngày 20/06/2026" },
  });
  const image = new Resvg(svg, { fitTo: { mode: "original" }, font: { loadSystemFonts: false, fontFiles: [...CARD_FONT_FILES.subset], defaultFontFamily: "DejaVu Sans" } }).render();
  const ours = encodePng(image.pixels, image.width, image.height);
  const theirs = PNG.sync.read(image.asPng());
  const mine = PNG.sync.read(ours);
  assert.deepEqual([mine.width, mine.height], [1200, 630]);
  assert.ok(mine.data.equals(theirs.data), "same pixels");
  assert.ok(encodePng(image.pixels, image.width, image.height).equals(ours), "same bytes");
});
