import { words as wordsOf } from "./search-text.ts";

/**
 * Result order on the search page. Pagefind scores each word on its own, ignores how close the
 * words stand, and barely tells "điện" from "diện" once đ is folded; two cheap corrections on top
 * of its order:
 * 1. pages where the words stand together as a phrase (Pagefind's own quoted search, which also
 *    ignores diacritics, so "dong bo" finds "đồng bộ") come before pages that merely contain them;
 * 2. among the results loaded for display, pages containing the query exactly as typed (tone marks
 *    and đ included) come first.
 * Ties keep Pagefind's order.
 */

/**
 * Result ids with the phrase hits first; both groups keep Pagefind's ranked order.
 * @example phraseFirst(["a", "b", "c"], ["c"]) → ["c", "a", "b"]
 */
export function phraseFirst(allIds: readonly string[], phraseIds: readonly string[]): string[] {
  const phrase = new Set(phraseIds);
  const inAll = new Set(allIds);
  return [
    ...allIds.filter((id) => phrase.has(id)),
    ...phraseIds.filter((id) => !inAll.has(id)),
    ...allIds.filter((id) => !phrase.has(id)),
  ];
}

export interface Exactness {
  /** The query's words appear together, in order, exactly as typed. */
  phrase: boolean;
  /** How many distinct query words appear exactly as typed. */
  words: number;
}

/**
 * How exactly `text` contains the query as typed (NFC, case-insensitive, whole words).
 * @example exactness("đồng bộ", "Kết nối đồng bộ dữ liệu") → { phrase: true, words: 2 }
 * @example exactness("dong bo", "Kết nối đồng bộ dữ liệu") → { phrase: false, words: 0 }
 */
export function exactness(query: string, text: string): Exactness {
  const wanted = wordsOf(query);
  if (wanted.length === 0) return { phrase: false, words: 0 };
  const words = wordsOf(text);
  const present = new Set(words);
  let phrase = false;
  for (let i = 0; !phrase && i + wanted.length <= words.length; i++) {
    phrase = wanted.every((w, k) => words[i + k] === w);
  }
  return { phrase, words: new Set(wanted.filter((w) => present.has(w))).size };
}

export interface Rankable {
  /** Restored title and page text. */
  text: string;
  /** Found by the phrase search. */
  inPhrase: boolean;
}

/**
 * Stable re-ranking of loaded results: exact phrase as typed, then phrase ignoring diacritics,
 * then the number of words matched exactly as typed; otherwise the incoming (Pagefind) order.
 * @example rankExact("điện tử", [{ text: "toàn diện", inPhrase: false }, { text: "điện tử", inPhrase: true }]).map((r) => r.text) → ["điện tử", "toàn diện"]
 */
export function rankExact<T extends Rankable>(query: string, items: readonly T[]): T[] {
  const keyed = items.map((item, index) => {
    const e = exactness(query, item.text);
    return { item, index, key: [e.phrase ? 1 : 0, item.inPhrase ? 1 : 0, e.words] };
  });
  keyed.sort((a, b) => {
    for (let k = 0; k < a.key.length; k++) {
      const d = (b.key[k] ?? 0) - (a.key[k] ?? 0);
      if (d !== 0) return d;
    }
    return a.index - b.index;
  });
  return keyed.map((k) => k.item);
}
