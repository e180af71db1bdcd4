/**
 * Share cards are drawn in a subset of DejaVu Sans (scripts/export/card-font.ts). What a reader
 * sees must not change: every character our own strings put on a card is in the subset, the subset
 * draws exactly the pixels of the full font, and a card holding a character outside it is drawn
 * with the full font. The reference images here are drawn with resvg and the full DejaVu files
 * straight from node_modules, not through the code under test.
 */
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { test } from "node:test";
import { Resvg } from "@resvg/resvg-js";
import { PNG } from "pngjs";
import { CARD_FONT_FILES, cardFontCharacters, coveredByCardFont } from "../../scripts/export/card-font.ts";
import { forgetDrawnCards, shareCardPng, shareCards, shareCardSvg, type ShareCard } from "../../scripts/export/share-images.ts";
import { formatPercent } from "../../lib/format-number.ts";
import { ui } from "../../lib/ui.ts";
import { derivedFixturePlan } from "../fixture-plan/fixture-plan.ts";

const require = createRequire(import.meta.url);
const DEJAVU = join(dirname(require.resolve("dejavu-fonts-ttf/package.json")), "ttf");

/** The card's pixels as resvg draws them in the full DejaVu Sans, regular and bold. */
const fullFontPixels = (card: ShareCard) =>
  new Resvg(shareCardSvg(card), { fitTo: { mode: "original" }, font: { loadSystemFonts: false, fontFiles: [join(DEJAVU, "DejaVuSans.ttf"), join(DEJAVU, "DejaVuSans-Bold.ttf")], defaultFontFamily: "DejaVu Sans" } }).render().pixels;
/** The same in the subset fonts only (what a card outside the subset would look like without the fallback). */
const subsetOnlyPixels = (card: ShareCard) =>
  new Resvg(shareCardSvg(card), { fitTo: { mode: "original" }, font: { loadSystemFonts: false, fontFiles: [...CARD_FONT_FILES.subset], defaultFontFamily: "DejaVu Sans" } }).render().pixels;
const drawnPixels = (card: ShareCard) => {
  forgetDrawnCards();
  return PNG.sync.read(Buffer.from(shareCardPng(card))).data;
};

const card = (kicker: string, title: string): ShareCard => ({
  path: "/x.png", kicker, title, illustrative: true,
  figure: { percent: 37.5, label: "Đang thực hiện", expected: 50, note: "Theo báo cáo Quý I, lập ngày 05/04/2026" },
});

test("every character our own strings and the Vietnamese alphabet put on a card is in the subset", async () => {
  // Written out by hand: the 29 letters and every vowel with each of the five tone marks, both cases.
  const lower =
    "aăâbcdđeêghiklmnoôơpqrstuưvxy" +
    "àáảãạ ằắẳẵặ ầấẩẫậ èéẻẽẹ ềếểễệ ìíỉĩị òóỏõọ ồốổỗộ ờớởỡợ ùúủũụ ừứửữự ỳýỷỹỵ" +
    "fjwz";
  const alphabet = `${lower}${lower.toUpperCase()}0123456789`;
  const fixed = [
    "Theo báo cáo , lập ngày 05/04/2026", "Chưa có báo cáo kỳ nào", "Chưa có báo cáo nào về nhiệm vụ này", "Lĩnh vực 1 · ", "Nhiệm vụ II.1.2, ý 2.2 · ",
    "tiến độ bình quân các nhiệm vụ", "Đường đứt nét: 50% thời gian của năm đã qua", "…", formatPercent(null), formatPercent(96.5),
    ...Object.values(ui.status), ui.overdue.toLowerCase(), ui.illustrative,
  ];
  for (const text of [alphabet, ...fixed]) {
    for (const ch of text) assert.ok(coveredByCardFont(ch), `${JSON.stringify(ch)} U+${ch.codePointAt(0)!.toString(16)} in "${text}"`);
  }
  // And everything the fixture plan's cards hold, content included.
  for (const c of shareCards(await derivedFixturePlan())) assert.ok(coveredByCardFont(shareCardSvg(c)), c.path);
});

test("characters outside the subset are recognised", () => {
  for (const text of ["Ω", "✓", "中文", "😀", "∑", "Ё"]) assert.equal(coveredByCardFont(`Nhiệm vụ ${text}`), false, text);
  assert.equal(coveredByCardFont("Tiến độ ≥ 50% – “đạt” ₫"), true);
});

test("the subset draws exactly the pixels of the full font, for every character it holds, regular and bold", () => {
  const chars = [...cardFontCharacters()].filter((ch) => ch.trim() !== "");
  assert.ok(chars.length > 300, `${chars.length} characters`);
  for (let i = 0; i < chars.length; i += 30) {
    const some = chars.slice(i, i + 30);
    // The kicker is regular, the title bold; spaced so that every glyph is drawn (titles wrap by words).
    const c = card(some.join(""), some.join(" "));
    assert.ok(coveredByCardFont(shareCardSvg(c)), some.join(""));
    assert.ok(drawnPixels(c).equals(fullFontPixels(c)), `characters ${some.join("")}`);
  }
});

test("a card holding characters outside the subset is drawn in the full font", () => {
  const c = card("Nhiệm vụ Ω · ✓", "Ứng dụng ∑ và 中文 trong Ё");
  assert.equal(coveredByCardFont(shareCardSvg(c)), false);
  const drawn = drawnPixels(c);
  assert.ok(drawn.equals(fullFontPixels(c)), "the full font's pixels");
  assert.ok(!drawn.equals(subsetOnlyPixels(c)), "the subset alone would have left glyphs out");
});
