/**
 * A title people can read for a task or an objective, derived from its verbatim text (which stays
 * on the page as it is): the first clause, up to the first ";" or ":" or the end of the first
 * sentence; when that is still long, cut at the last comma (or else the last space) before
 * `max` characters, with "…". Plan codes such as "II.5.2, ý 6.3" stay beside it, never in it.
 * @example shortTitle("Rà soát, cắt giảm giấy tờ rườm rà; đề xuất phương án.") → "Rà soát, cắt giảm giấy tờ rườm rà"
 */
export function shortTitle(text: string, max = 90): string {
  const flat = text.replace(/\s+/g, " ").trim();
  // A clause ends at ";" or ":" or a full stop followed by a space (not inside "286/2025/NĐ-CP." or "(AI)").
  const end = flat.search(/[;:]|\.(\s|$)/);
  const clause = (end > 0 ? flat.slice(0, end) : flat).replace(/[\s,.;:]+$/, "");
  if (clause.length <= max) return clause;
  const window = clause.slice(0, max);
  const comma = window.lastIndexOf(", ");
  const cut = comma >= max / 2 ? comma : window.lastIndexOf(" ");
  return `${clause.slice(0, cut > 0 ? cut : max).replace(/[\s,.;:]+$/, "")}…`;
}
