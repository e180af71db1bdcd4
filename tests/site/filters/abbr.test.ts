import assert from "node:assert/strict";
import { test } from "node:test";
import { abbr, unitAbbr, usedAbbreviations } from "../../../site/filters/abbr.ts";

const glossary = { HĐND: "Hội đồng nhân dân", UBND: "Ủy ban nhân dân", "KT-HT-ĐT": "Kinh tế, Hạ tầng và Đô thị", "PAR INDEX": "Chỉ số cải cách hành chính" };

test("known abbreviations are marked as whole words, the rest of the text escaped and unchanged", () => {
  assert.equal(
    abbr("Do HĐND-UBND <b>ban hành</b> & Phòng KT-HT-ĐT; UBNDX không", glossary),
    'Do <abbr title="Hội đồng nhân dân">HĐND</abbr>-<abbr title="Ủy ban nhân dân">UBND</abbr> &lt;b&gt;ban hành&lt;/b&gt; &amp; Phòng <abbr title="Kinh tế, Hạ tầng và Đô thị">KT-HT-ĐT</abbr>; UBNDX không',
  );
  assert.equal(abbr("Chỉ số PAR INDEX", glossary), 'Chỉ số <abbr title="Chỉ số cải cách hành chính">PAR INDEX</abbr>');
  assert.equal(abbr(undefined, glossary), "");
});

test("a unit's short name is spelled out, and a page lists only the abbreviations it uses", () => {
  assert.equal(unitAbbr({ name: "Phòng Kinh tế, Hạ tầng và Đô thị", shortName: "Phòng KT-HT-ĐT" }), '<abbr title="Phòng Kinh tế, Hạ tầng và Đô thị">Phòng KT-HT-ĐT</abbr>');
  assert.equal(unitAbbr({ name: "Văn phòng", shortName: "Văn phòng" }), "Văn phòng");
  assert.deepEqual(usedAbbreviations(["Phòng KT-HT-ĐT", undefined, "trình UBND phường"], glossary), [["UBND", "Ủy ban nhân dân"], ["KT-HT-ĐT", "Kinh tế, Hạ tầng và Đô thị"]]);
});
