import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";

/**
 * Synthetic plans for `npm run bench`: N tasks with objectives, targets, areas, units and four
 * reporting periods (three published reports and one period without a report) in the proportions of
 * the real 2026 plan (64 tasks : 37 objectives : 31 targets : 7 areas : 5 units), valid against the
 * schemas and the cross-file checks, with Vietnamese-like text (diacritics, đ) of the real lengths:
 * task text median ≈ 200 characters, objective ≈ 170, target measure ≈ 85, report note ≈ 65.
 * The area count is capped at 20, the most schemas/area.schema.json allows (`number` ≤ 20).
 */

/** How many of each item a plan of `tasks` tasks has. */
export interface ContentCounts {
  tasks: number;
  objectives: number;
  targets: number;
  areas: number;
  units: number;
  periods: number;
  reports: number;
  updates: number;
}

/** The largest area number the schema allows. */
export const MAX_AREAS = 20;

/**
 * Counts in the real plan's proportions.
 * @example contentCounts(64) → { tasks: 64, objectives: 37, targets: 31, areas: 7, units: 5, periods: 4, reports: 3, updates: 3 }
 */
export function contentCounts(tasks: number): ContentCounts {
  if (!Number.isInteger(tasks) || tasks < 1) throw new Error(`Số nhiệm vụ phải là số nguyên dương: ${tasks}`);
  const ratio = (n: number) => Math.max(1, Math.round((tasks * n) / 64));
  return { tasks, objectives: ratio(37), targets: Math.round((tasks * 31) / 64), areas: Math.min(MAX_AREAS, ratio(7)), units: ratio(5), periods: 4, reports: 3, updates: 3 };
}

/** A small, fast, seedable PRNG (mulberry32), so the same N and seed always give the same files. */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const chance = (p: number) => next() < p;
  /** A length around `median` with a long tail, like the plan's verbatim texts. */
  const length = (median: number, min: number, max: number) => {
    const normal = Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
    return Math.round(Math.min(max, Math.max(min, median * Math.exp(0.45 * normal))));
  };
  return { next, int, pick, chance, length };
}
type Random = ReturnType<typeof random>;

const PHRASES = [
  "nâng cao chất lượng giải quyết thủ tục hành chính", "đẩy mạnh chuyển đổi số trong hoạt động của cơ quan nhà nước",
  "đổi mới phương thức chỉ đạo, điều hành", "tăng cường kiểm tra, giám sát việc thực hiện", "bảo đảm công khai, minh bạch",
  "đội ngũ cán bộ, công chức, viên chức", "đơn vị sự nghiệp công lập", "dịch vụ công trực tuyến toàn trình",
  "hồ sơ được giải quyết đúng hạn", "số hóa kết quả giải quyết thủ tục hành chính", "đánh giá mức độ hài lòng của người dân, doanh nghiệp",
  "đề xuất phương án đơn giản hóa", "đào tạo, bồi dưỡng kỹ năng số", "đạo đức công vụ, văn hóa công sở",
  "trên địa bàn phường", "Trung tâm Phục vụ hành chính công", "văn bản quy phạm pháp luật do HĐND, UBND ban hành",
  "ứng dụng công nghệ thông tin", "cơ sở dữ liệu dùng chung của tỉnh", "kỷ luật, kỷ cương hành chính", "chữ ký số chuyên dùng",
  "theo quy định của Trung ương và của tỉnh", "tiếp nhận, xử lý phản ánh, kiến nghị", "không phụ thuộc vào địa giới hành chính",
  "tinh gọn tổ chức bộ máy, hoạt động hiệu lực, hiệu quả", "quản lý tài chính công, tài sản công", "tự chủ về tài chính",
  "thanh toán trực tuyến nghĩa vụ tài chính", "hệ thống thông tin giải quyết thủ tục hành chính", "gắn trách nhiệm người đứng đầu",
  "định kỳ hằng quý, 06 tháng và năm", "tuyên truyền sâu rộng đến người dân", "rà soát, đánh giá thủ tục hành chính",
  "cắt giảm thời gian, chi phí tuân thủ", "xây dựng chính quyền điện tử, chính quyền số", "phát triển kinh tế số, xã hội số",
  "điều chỉnh, bổ sung kịp thời", "đồng bộ, liên thông dữ liệu", "đáp ứng yêu cầu nhiệm vụ trong tình hình mới", "Bộ chỉ số cải cách hành chính của tỉnh",
];
const SYLLABLE_ONSET = ["b", "c", "ch", "d", "đ", "g", "gi", "h", "kh", "l", "m", "n", "ng", "nh", "ph", "qu", "s", "t", "th", "tr", "v", "x"];
const SYLLABLE_RHYME = ["a", "à", "ã", "ạ", "ăn", "ằng", "âu", "ầm", "e", "ề", "ên", "i", "ính", "iêu", "o", "ò", "ồng", "ơi", "ớn", "u", "ủ", "ưa", "ường", "ười", "ưng", "uy", "oan", "ông", "ốt", "inh"];
const PLACE_KIND = ["khu phố", "ấp", "tổ dân phố", "thôn"];
const AREA_TITLES = [
  "Cải cách thể chế", "Cải cách thủ tục hành chính", "Cải cách tổ chức bộ máy hành chính nhà nước", "Cải cách chế độ công vụ",
  "Cải cách tài chính công", "Xây dựng và phát triển chính quyền điện tử, chính quyền số", "Công tác chỉ đạo, điều hành thực hiện cải cách hành chính",
];
const UNIT_KINDS = ["Phòng", "Văn phòng", "Trung tâm", "Ban", "Đội"];
const UNIT_FIELDS = ["Kinh tế, Hạ tầng và Đô thị", "Văn hóa - Xã hội", "Phục vụ hành chính công", "Tài chính - Kế hoạch", "Tư pháp - Hộ tịch", "Địa chính - Xây dựng", "Đô thị và Môi trường", "Quản lý trật tự đô thị"];
const MEASURES = [
  "Tỷ lệ hồ sơ thủ tục hành chính được giải quyết đúng hạn", "Tỷ lệ thủ tục hành chính cung cấp dịch vụ công trực tuyến toàn trình",
  "Tỷ lệ hồ sơ được số hóa kết quả giải quyết", "Mức độ hài lòng của người dân, doanh nghiệp đối với sự phục vụ của cơ quan hành chính",
  "Tỷ lệ văn bản điện tử được ký số", "Tỷ lệ cán bộ, công chức được bồi dưỡng kiến thức, kỹ năng số", "Tỷ lệ phản ánh, kiến nghị được xử lý đúng hạn",
];
const NOTES = [
  "Đang phối hợp với các cơ quan của tỉnh để triển khai", "Dự kiến triển khai từ quý sau", "Đang rà soát, tổng hợp kết quả thực hiện từ các đơn vị",
  "Đã ban hành kế hoạch thực hiện và phân công đơn vị chủ trì", "Chậm do chờ hướng dẫn của Sở Nội vụ", "Đã hoàn thành, đang đánh giá hiệu quả",
];
const SOURCES = ["Hệ thống thông tin giải quyết thủ tục hành chính tỉnh", "Báo cáo của Trung tâm Phục vụ hành chính công phường", "Phiếu khảo sát mức độ hài lòng", "Hệ thống quản lý văn bản và điều hành"];
const PERIODS = [
  { id: "2026-q1", name: "Quý I năm 2026", start: "2026-01-01", end: "2026-03-31", due: "2026-04-10", reportDate: "2026-04-05" },
  { id: "2026-6t", name: "06 tháng đầu năm 2026", start: "2026-01-01", end: "2026-06-30", due: "2026-07-10", reportDate: "2026-07-05" },
  { id: "2026-q3", name: "Quý III năm 2026 (9 tháng)", start: "2026-01-01", end: "2026-09-30", due: "2026-10-10", reportDate: "2026-10-05" },
  { id: "2026-nam", name: "Năm 2026", start: "2026-01-01", end: "2026-12-31", due: "2026-12-20" },
] as const;
const DUE_NOTE = "Kế hoạch chỉ ghi gửi báo cáo \"theo đúng thời gian quy định\"; ngày hạn ở đây là giả định.";

/** A made-up place name: "khu phố Bàu Đồn". */
function place(r: Random): string {
  const word = () => {
    const s = r.pick(SYLLABLE_ONSET) + r.pick(SYLLABLE_RHYME);
    return s[0]!.toUpperCase() + s.slice(1);
  };
  return `${r.pick(PLACE_KIND)} ${word()} ${word()}`;
}

/** Vietnamese-like prose of about `length` characters, ending with a full stop. */
function prose(r: Random, length: number): string {
  const parts: string[] = [];
  let size = 0;
  while (size < length - 10 || parts.length === 0) {
    const part = r.chance(0.12) ? `tại ${place(r)}` : r.pick(PHRASES);
    parts.push(part);
    size += part.length + 2;
  }
  const text = parts.map((p, i) => (i === 0 ? "" : r.chance(0.2) ? "; " : r.chance(0.5) ? ", " : " và ") + p).join("");
  return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
}

/** A YAML block for front matter: strings double-quoted (JSON escapes are valid YAML), lists as "- ". */
function yaml(value: unknown, indent = ""): string {
  if (Array.isArray(value)) {
    if (value.length === 0) return " []";
    return value.map((v) => `\n${indent}-${typeof v === "object" && v !== null ? yamlObject(v as Record<string, unknown>, `${indent}  `, true) : ` ${JSON.stringify(v)}`}`).join("");
  }
  if (typeof value === "object" && value !== null) return yamlObject(value as Record<string, unknown>, `${indent}  `, false);
  return ` ${JSON.stringify(value)}`;
}
function yamlObject(obj: Record<string, unknown>, indent: string, inList: boolean): string {
  const lines = Object.entries(obj).filter(([, v]) => v !== undefined).map(([k, v]) => `${k}:${yaml(v, indent)}`);
  if (inList) return ` ${lines.join(`\n${indent}`)}`;
  return lines.map((l) => `\n${indent}${l}`).join("");
}
const SYNTHETIC_BASIS = { clause: "IV", inferred: true, note: "Kế hoạch tổng hợp để đo hiệu năng; đơn vị được chọn ngẫu nhiên." };

function markdown(front: Record<string, unknown>, body = ""): string {
  const head = Object.entries(front).filter(([, v]) => v !== undefined).map(([k, v]) => `${k}:${yaml(v)}`).join("\n");
  return `---\n${head}\n---\n${body ? `\n${body}\n` : ""}`;
}

/** Splits `total` items over `groups` as evenly as possible: [3, 3, 2] for (8, 3). */
function spread(total: number, groups: number): number[] {
  return Array.from({ length: groups }, (_, i) => Math.floor(total / groups) + (i < total % groups ? 1 : 0));
}

/** A date in 2026 between two month numbers, as "2026-MM-DD". */
function dateIn(r: Random, fromMonth: number, toMonth: number): string {
  const m = r.int(fromMonth, toMonth);
  return `2026-${String(m).padStart(2, "0")}-${String(r.int(1, 28)).padStart(2, "0")}`;
}

/**
 * The synthetic plan of 2026 as { repository-relative path → file text }: content/2026/ke-hoach.md,
 * content/2026/linh-vuc/, …/muc-tieu/, …/nhiem-vu/, …/don-vi/, …/cap-nhat/, data/site.json,
 * data/2026/ky-bao-cao.json and data/2026/bao-cao/<period>.json. Pure: the same N and seed give the same map.
 * @example Object.keys(generateContent(64, 1)).filter((p) => p.startsWith("content/2026/nhiem-vu/")).length → 64
 */
export function generateContent(n: number, seed = 1): Record<string, string> {
  const counts = contentCounts(n);
  const r = random(seed);
  const files: Record<string, string> = {};

  // A new portal: it never published a plan at its root, so data/site.json names no legacyRootYear
  // and the build makes no redirect pages at old addresses (docs/decisions/0008, addendum).
  files["data/site.json"] = `${JSON.stringify({
    title: "Kế hoạch CCHC 2026 – Phường Mẫu", url: "https://example.org/ke-hoach-cchc", pathPrefix: "/",
    repository: "https://github.com/example/ke-hoach-cchc", licence: { name: "CC BY 4.0", url: "https://creativecommons.org/licenses/by/4.0/deed.vi" },
  }, null, 2)}\n`;
  files["content/ke-hoach.md"] = markdown({
    id: "ke-hoach", title: "Kế hoạch Cải cách hành chính phường Mẫu năm 2026", issuer: "UBND phường Mẫu", province: "Đồng Nai", year: 2026,
    legalBases: [prose(r, 300), prose(r, 140)], preamble: "UBND phường Mẫu ban hành kế hoạch cải cách hành chính năm 2026, như sau:",
    goals: [prose(r, 250), prose(r, 200), prose(r, 180)], requirements: [prose(r, 300), prose(r, 250)],
    funding: [{ number: 1, text: prose(r, 140) }, { number: 2, text: prose(r, 200) }], implementationIntro: "TỔ CHỨC THỰC HIỆN",
    unitPlanDeadline: "2026-01-25", closing: prose(r, 250), signer: { authority: "KT. CHỦ TỊCH", position: "PHÓ CHỦ TỊCH", name: "Nguyễn Văn Đức" },
    recipients: ["UBND tỉnh Đồng Nai;", "Sở Nội vụ tỉnh Đồng Nai;", "Các phòng chuyên môn;", "Lưu: VT."],
  });

  // Areas, numbered 1…k.
  const areas = Array.from({ length: counts.areas }, (_, i) => ({ id: `linh-vuc-${i + 1}`, number: i + 1 }));
  for (const a of areas) {
    files[`content/linh-vuc/${a.id}.md`] = markdown({ id: a.id, number: a.number, title: AREA_TITLES[a.number - 1] ?? `${prose(r, 40).slice(0, -1)}` });
  }

  // Units, each with its own section of part IV.
  const units = Array.from({ length: counts.units }, (_, i) => `don-vi-${i + 1}`);
  units.forEach((id, i) => {
    const field = `${r.pick(UNIT_FIELDS)}${i >= UNIT_FIELDS.length ? ` ${Math.floor(i / UNIT_FIELDS.length) + 1}` : ""}`;
    const kind = r.pick(UNIT_KINDS);
    files[`content/don-vi/${id}.md`] = markdown({
      id, name: `${kind} ${field}`, shortName: `${kind} ${field.split(/[ ,-]+/).map((w) => w[0]).join("").toUpperCase()}`.slice(0, 40), section: i + 1,
      duties: Array.from({ length: r.int(2, 12) }, () => (r.chance(0.1) ? { text: prose(r, r.length(170, 56, 330)), deadline: dateIn(r, 2, 12) } : { text: prose(r, r.length(170, 56, 330)) })),
    });
  });

  // Objectives and their targets, spread over the areas.
  const objectives: { id: string; area: string; targets: string[] }[] = [];
  spread(counts.objectives, counts.areas).forEach((count, ai) => {
    for (let o = 1; o <= count; o++) objectives.push({ id: `mt-${ai + 1}-${o}`, area: areas[ai]!.id, targets: [] });
  });
  for (let t = 0; t < counts.targets; t++) {
    const o = objectives[Math.floor(r.next() * objectives.length)]!;
    o.targets.push(`ct-${o.id.slice(3)}-${o.targets.length + 1}`);
  }
  const targetSpec = new Map<string, { comparator: ">=" | "<=" | "="; value: number }>();
  for (const o of objectives) {
    const [, area, order] = o.id.split("-");
    files[`content/muc-tieu/${o.id}.md`] = markdown({
      id: o.id, area: o.area, ref: `II.${area}.1, ý ${order}`, order: Number(order), text: prose(r, r.length(170, 53, 415)),
      targets: o.targets.map((id) => {
        const comparator = r.chance(0.9) ? ">=" : "<=";
        const value = comparator === ">=" ? r.int(70, 100) : r.int(0, 10);
        targetSpec.set(id, { comparator, value });
        return { id, measure: `${r.pick(MEASURES)}${r.chance(0.5) ? ` ${prose(r, r.length(30, 5, 90)).slice(0, -1).toLowerCase()}` : ""}`, comparator, value, unit: "%", horizon: r.chance(0.9) ? 2026 : 2030, ...(r.chance(0.1) ? { baseline: { value: r.int(40, 90), year: 2025 } } : {}) };
      }),
    });
  }

  // Tasks: per area, single items (nv-a-k) and groups of "+" items (nv-a-k-1…), numbered in order.
  const tasks: { id: string; deadline: string }[] = [];
  spread(counts.tasks, counts.areas).forEach((count, ai) => {
    const area = areas[ai]!;
    const areaObjectives = objectives.filter((o) => o.area === area.id).map((o) => o.id);
    let order = 0;
    let item = 0;
    while (order < count) {
      item++;
      const size = r.chance(0.25) ? Math.min(count - order, r.int(2, 5)) : 1;
      const group = size > 1 ? `${prose(r, r.length(60, 25, 120)).slice(0, -1)}:` : undefined;
      for (let j = 1; j <= size; j++) {
        order++;
        const id = size > 1 ? `nv-${area.number}-${item}-${j}` : `nv-${area.number}-${item}`;
        const lead = r.pick(units);
        const others = units.filter((u) => u !== lead);
        const support: string[] = [];
        for (let s = r.chance(0.3) ? 2 : 1; s > 0 && others.length > 0; s--) support.push(others.splice(Math.floor(r.next() * others.length), 1)[0]!);
        const deadline = r.chance(0.8) ? "2026-12-31" : dateIn(r, 2, 11);
        tasks.push({ id, deadline });
        files[`content/nhiem-vu/${id}.md`] = markdown({
          id, area: area.id, ref: `II.${area.number}.2, ý ${size > 1 ? `${item}.${j}` : item}`, order, group, text: prose(r, r.length(200, 54, 603)),
          sourceNote: r.chance(0.02) ? `Bản gốc ghi: "${prose(r, 40).slice(0, -1)}"; đã sửa lỗi chính tả.` : undefined,
          // Every assignment names its basis (issue 12); a synthetic plan's is an inference from section IV.
          lead, leadBasis: SYNTHETIC_BASIS, support, supportBasis: support.length > 0 ? SYNTHETIC_BASIS : undefined, deadline,
          deadlineNote: deadline === "2026-12-31" ? "Kế hoạch không ghi thời hạn riêng cho nhiệm vụ này; tính đến hết năm 2026." : undefined,
          objectives: areaObjectives.length > 0 && r.chance(0.35) ? [r.pick(areaObjectives)] : undefined,
        });
      }
    }
  });

  // The annual report is due before the year ends, so its figures are cut off before the due date.
  files["data/ky-bao-cao.json"] = `${JSON.stringify(PERIODS.map(({ id, name, start, end, due }) => ({ id, name, start, end, dataCutoff: end < due ? end : "2026-12-14", due, dueNote: DUE_NOTE })), null, 2)}\n`;

  // Three published reports; each task's percent only grows from one period to the next.
  const percent = new Map(tasks.map((t) => [t.id, 0]));
  const value = new Map([...targetSpec.keys()].map((id) => [id, r.int(40, 95)]));
  PERIODS.slice(0, 3).forEach((p, pi) => {
    const rows = tasks.map((t) => {
      const before = percent.get(t.id)!;
      const now = before === 100 ? 100 : r.chance(0.15) ? before : r.chance(0.08 + pi * 0.12) ? 100 : Math.min(95, before + 5 * r.int(0, 8));
      percent.set(t.id, now);
      const status = now === 100 ? "hoan-thanh" : now === 0 ? (r.chance(0.9) ? "chua-trien-khai" : "dang-thuc-hien") : r.chance(0.08) ? "cham-tien-do" : "dang-thuc-hien";
      const note = r.chance(0.55) ? `${prose(r, r.length(60, 38, 140)).slice(0, -1)}. ${r.pick(NOTES)}.`.slice(0, 160) : undefined;
      // Validate asks a year-long task completed before the year ends to say what was finished.
      const early = status === "hoan-thanh" && t.deadline === "2026-12-31" ? "Đã hoàn thành toàn bộ khối lượng trước cuối năm." : undefined;
      return {
        task: t.id, status, percent: now,
        ...(note ?? early ? { note: note ?? early } : {}),
        ...(r.chance(0.05) ? { evidence: [{ title: prose(r, r.length(70, 30, 120)).slice(0, -1), url: `https://example.org/phuong-mau/van-ban/${t.id}-${p.id}` }] } : {}),
      };
    });
    const targets = [...targetSpec.keys()].map((id) => {
      const missing = pi === 0 && r.chance(0.13);
      const v = Math.min(100, value.get(id)! + r.int(0, 4));
      value.set(id, v);
      return { target: id, value: missing ? null : v, asOf: p.end, ...(r.chance(0.9) ? { source: r.pick(SOURCES) } : {}) };
    });
    files[`data/bao-cao/${p.id}.json`] = `${JSON.stringify({
      period: p.id, reportDate: "reportDate" in p ? p.reportDate : p.due, illustrative: true, draft: false,
      summary: prose(r, r.length(210, 150, 260)), tasks: rows, targets,
    }, null, 2)}\n`;
  });

  // Dated news items, as in content/cap-nhat/.
  const updates = [
    { id: "2026-01-20-cong-bo-ke-hoach", date: "2026-01-20", title: "Công bố Kế hoạch cải cách hành chính năm 2026", tasks: [tasks[0]!.id] },
    { id: "2026-04-06-bao-cao-quy-i", date: "2026-04-06", title: "Cập nhật kết quả cải cách hành chính quý I năm 2026", period: "2026-q1" },
    { id: "2026-07-07-bao-cao-6-thang", date: "2026-07-07", title: "Cập nhật kết quả cải cách hành chính 06 tháng đầu năm 2026", period: "2026-6t", tasks: tasks.length > 1 ? [tasks[1]!.id] : undefined },
  ];
  for (const u of updates) files[`content/cap-nhat/${u.id}.md`] = markdown({ ...u, illustrative: true }, prose(r, r.length(230, 150, 300)));
  // One plan's folder per year (docs/decisions/0008): content/2026/…, data/2026/…; data/site.json is shared.
  return Object.fromEntries(Object.entries(files).map(([path, text]) => [path === "data/site.json" ? path : path.replace(/^(content|data)\//, "$1/2026/"), text]));
}

/**
 * `count` Vietnamese-like texts of the plan's task lengths (median ≈ 200 characters), for the floor's pages.
 * @example sampleTexts(2, 1) → ["Nâng cao chất lượng …", "Đổi mới phương thức …"]
 */
export function sampleTexts(count: number, seed = 1): string[] {
  const r = random(seed);
  return Array.from({ length: count }, () => prose(r, r.length(200, 54, 603)));
}

/**
 * Writes a generated file map under `dir` (creating folders).
 * @example await writeContent("/tmp/plan-1000", generateContent(1000))
 */
export async function writeContent(dir: string, files: Record<string, string>): Promise<void> {
  const folders = new Set(Object.keys(files).map((p) => dirname(join(dir, p))));
  for (const folder of folders) await mkdir(folder, { recursive: true });
  const entries = Object.entries(files);
  // A few hundred writes at a time: fast, and never too many open files.
  for (let i = 0; i < entries.length; i += 256) {
    await Promise.all(entries.slice(i, i + 256).map(([path, text]) => writeFile(join(dir, path), text)));
  }
}
