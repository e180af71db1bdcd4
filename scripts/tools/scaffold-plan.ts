import { parse } from "yaml";
import { PLAN_TEXT_PLACEHOLDER } from "../validate/check-plan-text.ts";

export type ScaffoldPlanResult = { ok: true; files: Record<string, string> } | { ok: false; message: string };

/**
 * The next plan's folders from the previous plan (`npm run new:plan -- 2027`, docs/decisions/0008):
 * a draft ke-hoach.md (`draft: true`) whose text fields hold PLAN_TEXT_PLACEHOLDER (the issuer and
 * province carried over: they name the ward, not the plan), the areas carried over as they are, the
 * units carried over by who they are (id, name, short name, section number) with their duties,
 * which are the new plan's section IV text, to be copied, the reporting periods moved on by the
 * years between the plans, and empty folders for
 * objectives, tasks, reports and news, each with a README saying what goes there. It never writes
 * plan text: objectives and tasks are transcribed by people from the signed plan.
 * @example scaffoldPlan("2026", "2027", previous) → { ok: true, files: { "content/2027/ke-hoach.md": "---\nid: ke-hoach\ndraft: true\n…", "data/2027/ky-bao-cao.json": "[…2027-q1…]", … } }
 */
export function scaffoldPlan(from: string, to: string, previous: Readonly<Record<string, string>>): ScaffoldPlanResult {
  if (!/^[0-9]{4}$/.test(to)) return { ok: false, message: `Năm "${to}" không đúng dạng bốn chữ số, ví dụ 2027.` };
  if (to <= from) return { ok: false, message: `Kế hoạch mới phải sau kế hoạch ${from}: ghi một năm sau ${from}.` };
  const years = Number(to) - Number(from);
  const plan = parse(frontMatter(previous[`content/${from}/ke-hoach.md`] ?? "")) as { issuer?: string; province?: string } | null;
  if (!plan?.issuer || !plan.province) return { ok: false, message: `Không đọc được content/${from}/ke-hoach.md: kiểm tra bằng npm run validate trước.` };
  const P = JSON.stringify(PLAN_TEXT_PLACEHOLDER);
  const files: Record<string, string> = {};
  files[`content/${to}/ke-hoach.md`] = [
    "---",
    "id: ke-hoach",
    "# Kế hoạch đang chép: chưa công bố. Chép xong mọi trường có chữ \"Chưa chép\", đối chiếu văn bản gốc, rồi xóa dòng draft dưới đây.",
    "draft: true",
    `title: ${P}`,
    `issuer: ${JSON.stringify(plan.issuer)}`,
    `province: ${JSON.stringify(plan.province)}`,
    `year: ${to}`,
    "legalBases:",
    `  - ${P}`,
    `preamble: ${P}`,
    "goals:",
    `  - ${P}`,
    "requirements:",
    `  - ${P}`,
    "funding:",
    "  - number: 1",
    `    text: ${P}`,
    `implementationIntro: ${P}`,
    `closing: ${P}`,
    "signer:",
    `  authority: ${P}`,
    `  position: ${P}`,
    `  name: ${P}`,
    "recipients:",
    `  - ${P}`,
    "---",
    "",
  ].join("\n");
  for (const [path, text] of Object.entries(previous)) {
    const name = path.split("/").pop()!;
    if (path.startsWith(`content/${from}/linh-vuc/`)) files[`content/${to}/linh-vuc/${name}`] = text;
    if (path.startsWith(`content/${from}/don-vi/`)) {
      const unit = parse(frontMatter(text)) as { id?: unknown; name?: unknown; shortName?: unknown; section?: unknown } | null;
      if (!unit) return { ok: false, message: `Không đọc được ${path}: kiểm tra bằng npm run validate trước.` };
      files[`content/${to}/don-vi/${name}`] = [
        "---", `id: ${JSON.stringify(unit.id)}`, `name: ${JSON.stringify(unit.name)}`, `shortName: ${JSON.stringify(unit.shortName)}`, `section: ${JSON.stringify(unit.section)}`,
        "duties:", `  - text: ${P}`, "---", "",
      ].join("\n");
    }
  }
  const periods = JSON.parse(previous[`data/${from}/ky-bao-cao.json`] ?? "[]") as unknown;
  files[`data/${to}/ky-bao-cao.json`] = `${JSON.stringify(moveYears(periods, Number(from), years), null, 2)}\n`;
  const readme = (what: string) => `# ${what}\n\n${README_BODY}\n`;
  files[`content/${to}/muc-tieu/README.md`] = readme(`Mục tiêu và chỉ tiêu của kế hoạch ${to}: mỗi mục tiêu một tệp mt-<lĩnh vực>-<số>.md, chép nguyên văn từ mục II của kế hoạch. Chỉ tiêu đo tiếp một chỉ tiêu năm trước ghi thêm continues: "${from}/<mã chỉ tiêu>".`);
  files[`content/${to}/nhiem-vu/README.md`] = readme(`Nhiệm vụ của kế hoạch ${to}: mỗi nhiệm vụ một tệp nv-<lĩnh vực>-<số>.md, chép nguyên văn từ mục II của kế hoạch.`);
  files[`content/${to}/cap-nhat/README.md`] = readme(`Tin cập nhật của năm ${to}: tạo bằng npm run new:update.`);
  files[`data/${to}/bao-cao/README.md`] = readme(`Báo cáo kỳ của kế hoạch ${to}: tạo bằng npm run new:report -- ${to}-q1 khi đến kỳ.`);
  return { ok: true, files };
}

const README_BODY = "Mẫu và cách làm: CONTRIBUTING.md, mục \"Sang năm mới\". Lệnh npm run validate báo lỗi kèm tệp, dòng và cách sửa.";

/** The YAML between the first two `---` lines. */
function frontMatter(text: string): string {
  const m = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  return m?.[1] ?? "";
}

/**
 * The periods with every year moved on: a date "2026-04-10" → "2027-04-10" (29 February → 28), an id
 * "2026-q1" → "2027-q1", a name "Quý I năm 2026" → "Quý I năm 2027". Only years from the plan's
 * (and the next, for a due date in January) are moved.
 * @example moveYears([{ id: "2026-nam", due: "2027-01-10" }], 2026, 1) → [{ id: "2027-nam", due: "2028-01-10" }]
 */
export function moveYears(value: unknown, from: number, years: number): unknown {
  if (Array.isArray(value)) return value.map((v) => moveYears(v, from, years));
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, moveYears(v, from, years)]));
  if (typeof value !== "string") return value;
  return value
    .replace(/\b([0-9]{4})-02-29\b/g, (m, y: string) => (Number(y) === from || Number(y) === from + 1 ? `${y}-02-28` : m))
    .replace(/\b([0-9]{4})\b/g, (m, y: string) => (Number(y) === from || Number(y) === from + 1 ? String(Number(y) + years) : m));
}
