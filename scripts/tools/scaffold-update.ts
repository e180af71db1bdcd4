import { UPDATE_BODY_PLACEHOLDER } from "../validate/cross/check-update-bodies.ts";

export { UPDATE_BODY_PLACEHOLDER };

/** Longest slug kept in a file name; a longer title is cut at a word boundary. */
const MAX_SLUG = 60;

/**
 * A file-name slug from a Vietnamese title: tone and vowel marks stripped, đ → d, lowercase, words
 * joined by hyphens, at most 60 characters cut at a word boundary.
 * @example slugify("Đồng Nai đẩy mạnh số hóa") → "dong-nai-day-manh-so-hoa"
 */
export function slugify(title: string): string {
  const slug = title
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (slug.length <= MAX_SLUG) return slug;
  const cut = slug.slice(0, MAX_SLUG + 1);
  const lastHyphen = cut.lastIndexOf("-");
  return (lastHyphen > 0 ? cut.slice(0, lastHyphen) : slug.slice(0, MAX_SLUG)).replace(/-+$/, "");
}

/** True for a real calendar date written YYYY-MM-DD. */
export function isIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/**
 * Today's date in Vietnam (UTC+7), YYYY-MM-DD, whatever the computer's time zone.
 * @example todayInVietnam(new Date("2026-04-05T20:00:00Z")) → "2026-04-06"
 */
export function todayInVietnam(now = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Ho_Chi_Minh", year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}

export type ScaffoldUpdateResult = { ok: true; id: string; path: string; text: string } | { ok: false; message: string };

/**
 * A new update file content/<year>/cap-nhat/<date>-<slug>.md (the plan of `year`, by default the
 * date's year) with valid front matter (`illustrative: false`:
 * staff write real news), commented-out optional fields, and a placeholder body sentence.
 * @example scaffoldUpdate("Đồng Nai đẩy mạnh số hóa", "2026-11-27") → { ok: true, path: "content/2026/cap-nhat/2026-11-27-dong-nai-day-manh-so-hoa.md", … }
 */
export function scaffoldUpdate(title: string, date: string, year: string = date.slice(0, 4)): ScaffoldUpdateResult {
  const clean = title.trim().replace(/\s+/g, " ");
  if (clean === "") return { ok: false, message: "Thiếu tiêu đề tin. Ví dụ: npm run new:update -- \"Tiêu đề tin\"" };
  if (!isIsoDate(date)) return { ok: false, message: `Ngày "${date}" không đúng dạng NNNN-TT-NN (ví dụ 2026-07-15).` };
  const slug = slugify(clean);
  if (slug === "") return { ok: false, message: `Không tạo được tên tệp từ tiêu đề "${clean}": tiêu đề cần có ít nhất một chữ cái hoặc chữ số.` };
  const id = `${date}-${slug}`;
  const text = [
    "---",
    `id: ${JSON.stringify(id)}`,
    `date: ${JSON.stringify(date)}`,
    `title: ${JSON.stringify(clean)}`,
    "illustrative: false",
    "# Nếu tin nói về một kỳ báo cáo, bỏ dấu # ở đầu dòng dưới và sửa mã kỳ:",
    "# period: \"2026-q3\"",
    "# Nếu tin nói về nhiệm vụ cụ thể, bỏ dấu # ở hai dòng dưới và sửa mã nhiệm vụ:",
    "# tasks:",
    "#   - nv-2-1",
    "---",
    "",
    UPDATE_BODY_PLACEHOLDER,
    "",
  ].join("\n");
  return { ok: true, id, path: `content/${year}/cap-nhat/${id}.md`, text };
}
