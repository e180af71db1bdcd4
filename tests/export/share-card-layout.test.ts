/**
 * The big figure on a share card and its label sit on one line; resvg cannot flow one text after
 * another, so the label is placed by an estimate of the figure's width. Here the figure's real ink
 * box is measured by resvg in the full DejaVu fonts (not through the code under test) and the label
 * must start clear of it. "45%" once touched its label ("Chậm tiến độ…").
 */
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { test } from "node:test";
import { Resvg } from "@resvg/resvg-js";
import { shareCardSvg, type ShareCard } from "../../scripts/export/share-images.ts";

const require = createRequire(import.meta.url);
const DEJAVU = join(dirname(require.resolve("dejavu-fonts-ttf/package.json")), "ttf");
const FONTS = { loadSystemFonts: false, fontFiles: [join(DEJAVU, "DejaVuSans.ttf"), join(DEJAVU, "DejaVuSans-Bold.ttf")], defaultFontFamily: "DejaVu Sans" };

const card = (percent: number | null): ShareCard => ({
  path: "/x.png", kicker: "Nhiệm vụ I.1", title: "Rà soát thủ tục hành chính", illustrative: false,
  figure: { percent, label: "Chậm tiến độ, quá hạn", note: "Theo báo cáo Quý I" },
});

/** The figure's text element and the label's x, read from the card's SVG. */
function figureAndLabel(svg: string): { figure: string; labelX: number } {
  const texts = [...svg.matchAll(/<text [^>]*>[^<]*<\/text>/g)].map((m) => m[0]);
  const i = texts.findIndex((t) => t.includes('font-size="72"'));
  assert.ok(i >= 0, "the card has its big figure");
  const labelX = Number(/ x="([\d.]+)"/.exec(texts[i + 1]!)![1]);
  return { figure: texts[i]!, labelX };
}

for (const [percent, shown] of [[45, "45%"], [100, "100%"], [37.5, "37,5%"], [99.99, "99,9%"], [0, "0%"], [8, "8%"], [null, "—"]] as const) {
  test(`the label clears the figure ${shown}`, () => {
    const { figure, labelX } = figureAndLabel(shareCardSvg(card(percent)));
    assert.ok(figure.includes(`>${shown}<`), figure);
    const box = new Resvg(`<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" font-family="DejaVu Sans">${figure}</svg>`, { font: FONTS }).getBBox();
    assert.ok(box, "the figure has ink");
    const right = box.x + box.width;
    assert.ok(labelX - right >= 16, `label at x=${labelX}, figure ends at ${right.toFixed(1)}: ${(labelX - right).toFixed(1)} px apart`);
    assert.ok(labelX - right <= 40, `label at x=${labelX} too far from the figure ending at ${right.toFixed(1)}`);
  });
}
