import { readFile } from "node:fs/promises";

export type ReadResult = { ok: true; text: string } | { ok: false; line: number; col: number };

const strict = new TextDecoder("utf-8", { fatal: true });

/**
 * Reads a file as strict UTF-8. A leading BOM is dropped and CRLF becomes LF, so staff files saved
 * by Windows editors are accepted; invalid bytes are reported with the line they sit on.
 * @example await readUtf8("content/2026/ke-hoach.md") → { ok: true, text: "---\nid: ke-hoach…" }
 */
export async function readUtf8(file: string): Promise<ReadResult> {
  const bytes = await readFile(file);
  return decodeUtf8(bytes);
}

export function decodeUtf8(bytes: Uint8Array): ReadResult {
  try {
    const text = strict.decode(bytes);
    return { ok: true, text: text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n") };
  } catch {
    return { ok: false, ...firstInvalidPosition(bytes) };
  }
}

/** Decodes line by line to find the first line holding an invalid byte sequence, and its column. */
function firstInvalidPosition(bytes: Uint8Array): { line: number; col: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      try {
        strict.decode(bytes.subarray(start, i));
      } catch {
        return { line, col: invalidColumn(bytes.subarray(start, i)) };
      }
      line++;
      start = i + 1;
    }
  }
  return { line: 1, col: 1 };
}

/**
 * 1-based column (in characters, as an editor counts them) of the first invalid sequence in a line:
 * streaming decode stops at the first byte that cannot continue a valid sequence.
 */
function invalidColumn(line: Uint8Array): number {
  const stream = new TextDecoder("utf-8", { fatal: true });
  let chars = 0;
  for (let i = 0; i < line.length; i++) {
    try {
      chars += stream.decode(line.subarray(i, i + 1), { stream: true }).length;
    } catch {
      // A sequence cut short counts from where it started: bytes held back by `stream` add no characters.
      return chars + 1;
    }
  }
  return chars + 1;
}
