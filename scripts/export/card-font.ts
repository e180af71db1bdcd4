import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The fonts share cards are drawn in. DejaVu Sans (regular and bold) is 1.4 MB and covers thousands
 * of characters; resvg reads and parses both files for every card, a third of a card's cost. A
 * card's text is Vietnamese almost always, so it is drawn in a subset of the same two fonts holding
 * only the characters below (made by scripts/tools/subset-card-fonts.ts, committed under
 * scripts/export/fonts/ with DejaVu's licence). Glyph outlines, advances and kerning are those of
 * the full font, so the subset draws the same pixels. A card holding any other character (content
 * may hold any visible character) is drawn with the full fonts: it looks as it always did.
 */

/** Code point ranges, inclusive, of the characters the subset fonts hold. */
export const CARD_FONT_RANGES: readonly (readonly [number, number])[] = [
  [0x20, 0x7e], // ASCII: digits, Latin letters, punctuation
  [0xa0, 0xff], // Latin-1: non-breaking space, « » · ° ± × ÷ and the accented vowels Vietnamese shares with French
  [0x102, 0x103], // Ă ă
  [0x110, 0x111], // Đ đ
  [0x128, 0x129], // Ĩ ĩ
  [0x168, 0x169], // Ũ ũ
  [0x1a0, 0x1a1], // Ơ ơ
  [0x1af, 0x1b0], // Ư ư
  [0x300, 0x301], // combining grave and acute (tone marks, if a text is not precomposed)
  [0x303, 0x303], // combining tilde
  [0x309, 0x309], // combining hook above
  [0x323, 0x323], // combining dot below
  [0x1ea0, 0x1ef9], // Latin Extended Additional: every Vietnamese vowel with its tone mark
  [0x2010, 0x2014], // hyphens and dashes: ‐ ‑ ‒ – —
  [0x2018, 0x201f], // quotation marks: ‘ ’ ‚ ‛ “ ” „ ‟
  [0x2022, 0x2022], // •
  [0x2026, 0x2026], // … (a title cut short)
  [0x2030, 0x2030], // ‰
  [0x2032, 0x2033], // ′ ″
  [0x20ab, 0x20ac], // ₫ €
  [0x2116, 0x2116], // №
  [0x2190, 0x2193], // ← ↑ → ↓
  [0x2212, 0x2212], // − minus
  [0x2248, 0x2248], // ≈
  [0x2260, 0x2260], // ≠
  [0x2264, 0x2265], // ≤ ≥
];

/** Every character of CARD_FONT_RANGES, in code point order: what the subset tool keeps. */
export function cardFontCharacters(): string {
  let out = "";
  for (const [from, to] of CARD_FONT_RANGES) for (let c = from; c <= to; c++) out += String.fromCodePoint(c);
  return out;
}

/**
 * Whether every character of `text` is in the subset fonts.
 * @example coveredByCardFont("Nhiệm vụ II.1.2 · 45%") → true; coveredByCardFont("Ω") → false
 */
export function coveredByCardFont(text: string): boolean {
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    // An SVG's markup is ASCII: the common case is decided without the table.
    if ((c >= 0x20 && c <= 0x7e) || CARD_FONT_RANGES.some(([from, to]) => c >= from && c <= to)) continue;
    return false;
  }
  return true;
}

const require = createRequire(import.meta.url);
const FULL_DIR = join(dirname(require.resolve("dejavu-fonts-ttf/package.json")), "ttf");
const SUBSET_DIR = join(dirname(fileURLToPath(import.meta.url)), "fonts");

/** The two faces a card uses, as full DejaVu files (node_modules) and as the committed subsets. */
export const CARD_FONT_FILES = {
  full: [join(FULL_DIR, "DejaVuSans.ttf"), join(FULL_DIR, "DejaVuSans-Bold.ttf")],
  subset: [join(SUBSET_DIR, "DejaVuSans-card.ttf"), join(SUBSET_DIR, "DejaVuSans-Bold-card.ttf")],
} as const;

/**
 * SHA-256 of the subset fonts' bytes: part of the card cache key, so a new subset draws every card anew.
 * @example cardFontHash() → "3f1c…" (64 hex digits)
 */
export function cardFontHash(): string {
  const hash = createHash("sha256");
  for (const file of CARD_FONT_FILES.subset) hash.update(readFileSync(file));
  return hash.digest("hex");
}
