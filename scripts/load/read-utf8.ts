import { readFile } from "node:fs/promises";

export type ReadResult = { ok: true; text: string } | { ok: false; line: number; col: number };

const strict = new TextDecoder("utf-8", { fatal: true });

/**
 * Reads a file as strict UTF-8. A leading BOM is dropped and CRLF becomes LF, so staff files saved
 * by Windows editors are accepted; invalid bytes are reported with the line they sit on.
 * @example await readUtf8("content/ke-hoach.md") → { ok: true, text: "---\nid: ke-hoach…" }
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

/** Decodes line by line to find the first line holding an invalid byte sequence. */
function firstInvalidPosition(bytes: Uint8Array): { line: number; col: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      try {
        strict.decode(bytes.subarray(start, i));
      } catch {
        return { line, col: 1 };
      }
      line++;
      start = i + 1;
    }
  }
  return { line: 1, col: 1 };
}
