"use strict";
/**
 * A PNG writer for the share cards (scripts/export/share-images.ts): resvg's own PNG encoder costs
 * about 7 ms a card, most of a card's drawing; this one writes the same pixels in about 3 ms:
 * 8-bit RGBA (colour type 6, as resvg writes), no filter, one IDAT compressed by node:zlib at
 * level 3 (levels 1–3 cost the same here, 4 and up twice as much; level 3 gives 64 KB for a card
 * where resvg gave 68 KB). Deterministic: no time or text chunks, so the same pixels give the same
 * bytes with the same zlib (process.versions.zlib, part of the card cache key).
 *
 * Plain CommonJS, not TypeScript: the cards' worker threads run plain JavaScript (share-images.ts
 * says why) and load this same file, so the build's own thread and the workers write alike. Types:
 * png-writer.d.cts.
 */
const { deflateSync } = require("node:zlib");

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const LEVEL = 3;
/** The filtered rows of the last image, reused (written whole before each use, read synchronously). */
let scratch;

/** CRC-32 (ISO 3309, as PNG uses it), table-driven. */
const CRC_TABLE = new Int32Array(256);
for (let n = 0; n < 256; n++) {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  CRC_TABLE[n] = c;
}
function crc32(bytes) {
  let c = -1;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}

/** One chunk: length, type, data, CRC of type and data. */
function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, "latin1");
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/**
 * The PNG file of `width` × `height` pixels given as 8-bit RGBA, row by row. The pixels must be
 * opaque or straight (not premultiplied) alpha: resvg's pixels of a card, whose background is
 * opaque, are.
 * @example encodePng(Buffer.from([255, 0, 0, 255]), 1, 1) → a 1×1 red PNG (70 bytes)
 */
function encodePng(rgba, width, height) {
  const stride = width * 4;
  if (rgba.length !== stride * height) throw new Error(`encodePng: ${rgba.length} bytes for ${width}×${height} RGBA`);
  // Each row is preceded by its filter type, 0 (none). Every byte is written: the buffer is reused
  // from card to card (3 MB a card otherwise, allocated and faulted in anew).
  const size = (stride + 1) * height;
  if (!scratch || scratch.length < size) scratch = Buffer.allocUnsafe(size);
  const rows = scratch.subarray(0, size);
  const pixels = Buffer.isBuffer(rgba) ? rgba : Buffer.from(rgba.buffer, rgba.byteOffset, rgba.length);
  for (let y = 0; y < height; y++) {
    rows[y * (stride + 1)] = 0;
    pixels.copy(rows, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type: RGBA
  // compression, filter method and interlace: 0 (deflate, adaptive filtering, none)
  return Buffer.concat([SIGNATURE, chunk("IHDR", header), chunk("IDAT", deflateSync(rows, { level: LEVEL })), chunk("IEND", Buffer.alloc(0))]);
}

exports.encodePng = encodePng;
