import { markD, unmarkD } from "../../../../lib/mark-d.ts";

/**
 * The text side of Vietnamese search. The index spells đ as "d" + a combining stroke (see
 * lib/mark-d.ts) so that Pagefind folds it to d; the query is spelt the same way, and
 * titles and excerpts coming back from Pagefind get their real đ back.
 */

/** Letters (with their marks) and digits: a word, for exact matching. */
const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/**
 * What is sent to Pagefind: NFC, single spaces, đ marked. Tone marks stay (Pagefind folds them
 * itself and uses them to rank).
 * @example toQuery("  Đăng   ký ") → "D\u0335ăng ký"
 */
export function toQuery(query: string): string {
  return markD(query.normalize("NFC").replace(/\s+/g, " ").trim());
}

/**
 * Text from the index as it should be read: đ restored, NFC.
 * @example fromIndex("D\u0335ồng bộ") → "Đồng bộ"
 */
export function fromIndex(text: string): string {
  return unmarkD(text).normalize("NFC");
}

export interface ExcerptPart {
  text: string;
  /** Words Pagefind matched, shown in <mark>. */
  mark: boolean;
}

/**
 * Splits a Pagefind excerpt into plain and matched parts, with đ restored. Pagefind builds excerpts
 * from the page text with only "<" and ">" escaped and matches wrapped in <mark>…</mark>; the
 * parts are plain strings for textContent, never HTML. Marked words separated only by spaces are
 * joined into one part, so "đồng bộ" is highlighted as one phrase.
 * @example excerptParts("a &lt; <mark>d\u0335ồng</mark> <mark>bộ</mark> & c")
 *   → [{ text: "a < ", mark: false }, { text: "đồng bộ", mark: true }, { text: " & c", mark: false }]
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const pieces: ExcerptPart[] = [];
  let mark = false;
  for (const piece of excerpt.split(/(<\/?mark>)/)) {
    if (piece === "<mark>") mark = true;
    else if (piece === "</mark>") mark = false;
    else if (piece) pieces.push({ text: fromIndex(piece.replace(/&lt;/g, "<").replace(/&gt;/g, ">")), mark });
  }
  const parts: ExcerptPart[] = [];
  for (let k = 0; k < pieces.length; k++) {
    const piece = pieces[k]!;
    const last = parts[parts.length - 1];
    const bridge = !piece.mark && /^\s+$/.test(piece.text) && last?.mark && pieces[k + 1]?.mark;
    if (bridge) last.text += piece.text;
    else if (last && last.mark === piece.mark) last.text += piece.text;
    else parts.push({ ...piece });
  }
  return parts;
}

/**
 * The words of a query or text, for exact matching as typed: NFC, lower case, no punctuation.
 * @example words("Thủ tục, HÀNH chính") → ["thủ", "tục", "hành", "chính"]
 */
export function words(text: string): string[] {
  return [...text.normalize("NFC").toLocaleLowerCase("vi").matchAll(WORD)].map((m) => m[0]);
}
