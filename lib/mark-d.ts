/**
 * Vietnamese "đ" is a letter of its own (U+0111), not "d" with a mark, so Pagefind's diacritic
 * folding (NFD, then drop combining marks) leaves it alone and "dang ky" never finds "đăng ký".
 * The index therefore holds đ spelt as "d" + U+0335 COMBINING SHORT STROKE OVERLAY: Pagefind folds
 * that to "d" like any other mark, so queries without diacritics match, while the text still says
 * which d was an đ, so titles and excerpts coming back from Pagefind are restored exactly, with no
 * guessing. Both the index stage (scripts/index/) and the search page (site/assets/js/search.ts)
 * use these two functions.
 */

/** The combining mark that stands in for the stroke of đ/Đ in the index. */
export const STROKE = "\u0335";

/**
 * @example markD("Đăng ký đồng bộ") → "D\u0335ăng ký d\u0335ồng bộ"
 */
export function markD(text: string): string {
  return text.replace(/[đĐ]/g, (c) => (c === "đ" ? `d${STROKE}` : `D${STROKE}`));
}

/**
 * Undoes markD on text that came out of the index (titles, excerpts, page content).
 * @example unmarkD("D\u0335ăng ký d\u0335ồng bộ") → "Đăng ký đồng bộ"
 */
export function unmarkD(text: string): string {
  return text.replace(/([dD])\u0335/g, (_, d: string) => (d === "d" ? "đ" : "Đ"));
}
