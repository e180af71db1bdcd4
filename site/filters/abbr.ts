const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/**
 * Escapes a verbatim text and marks each known abbreviation with <abbr title="…"> (the glossary in
 * site/_data/abbreviations.json), so "UBND" is spelled out on hover, on a long press and by screen
 * readers, while the text itself stays exactly as the plan wrote it. Only whole words match:
 * "HĐND-UBND" is two abbreviations, "TTHC" inside another word is none.
 * @example abbr("Văn bản do HĐND, UBND ban hành", { HĐND: "Hội đồng nhân dân" }) → 'Văn bản do <abbr title="Hội đồng nhân dân">HĐND</abbr>, UBND ban hành'
 */
export function abbr(text: string | undefined, glossary: Record<string, string>): string {
  if (!text) return "";
  const keys = Object.keys(glossary).sort((a, b) => b.length - a.length);
  if (keys.length === 0) return escape(text);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(${keys.map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})(?![\\p{L}\\p{N}])`, "gu");
  let out = "";
  let last = 0;
  for (const m of text.matchAll(pattern)) {
    out += escape(text.slice(last, m.index)) + `<abbr title="${escape(glossary[m[1]!]!)}">${escape(m[1]!)}</abbr>`;
    last = m.index! + m[0].length;
  }
  return out + escape(text.slice(last));
}

/**
 * A unit's short name, spelled out in full in an <abbr> when it is shorter than the name.
 * @example unitAbbr({ name: "Phòng Kinh tế, Hạ tầng và Đô thị", shortName: "Phòng KT-HT-ĐT" }) → '<abbr title="Phòng Kinh tế, Hạ tầng và Đô thị">Phòng KT-HT-ĐT</abbr>'
 */
export function unitAbbr(unit: { name: string; shortName: string }): string {
  return unit.shortName === unit.name ? escape(unit.name) : `<abbr title="${escape(unit.name)}">${escape(unit.shortName)}</abbr>`;
}

/**
 * The glossary entries that occur (as whole words) in any of the texts, in glossary order: the
 * "Chữ viết tắt" list of a unit page.
 * @example usedAbbreviations(["Trung tâm PVHCC"], glossary) → [["PVHCC", "Phục vụ hành chính công"]]
 */
export function usedAbbreviations(texts: (string | undefined)[], glossary: Record<string, string>): [string, string][] {
  const all = texts.filter(Boolean).join("\n");
  return Object.entries(glossary).filter(([k]) => new RegExp(`(?<![\\p{L}\\p{N}])${k.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}\\p{N}])`, "u").test(all));
}
