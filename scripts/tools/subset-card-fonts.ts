/**
 * Makes the share cards' subset fonts (scripts/export/fonts/*-card.ttf) from DejaVu Sans in
 * node_modules, keeping the characters of CARD_FONT_RANGES (scripts/export/card-font.ts) with the
 * glyphs, kerning and layout features they use; hinting is dropped (resvg does not hint). Run it
 * after changing the ranges or upgrading dejavu-fonts-ttf, then commit the two files:
 *   npm run fonts:cards
 * The same DejaVu files and subset-font version give the same bytes.
 */
import { readFile, writeFile } from "node:fs/promises";
import subsetFont from "subset-font";
import { CARD_FONT_FILES, cardFontCharacters } from "../export/card-font.ts";

const text = cardFontCharacters();
for (const [i, source] of CARD_FONT_FILES.full.entries()) {
  const target = CARD_FONT_FILES.subset[i]!;
  const subset = await subsetFont(await readFile(source), text, { targetFormat: "sfnt", noHinting: true });
  await writeFile(target, subset);
  console.log(`${target}: ${subset.length} byte (từ ${source})`);
}
