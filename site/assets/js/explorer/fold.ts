/**
 * Text for diacritics-insensitive matching: lower case, accents removed, đ written d, spaces collapsed,
 * so "dich vu cong" finds "Dịch vụ công" and "dat" finds "đạt".
 * @example fold("Đẩy mạnh  Dịch vụ công") → "day manh dich vu cong"
 */
export function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * True when every word of the query occurs in the (already folded) text.
 * @example matchesQuery("nhiem vu dich vu cong truc tuyen", "TRỰC  tuyến dịch") → true
 */
export function matchesQuery(foldedText: string, query: string): boolean {
  return fold(query).split(" ").filter(Boolean).every((word) => foldedText.includes(word));
}
