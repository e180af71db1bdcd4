/**
 * Checks that the content files are a faithful transcription of the source plan
 * (docs/nguon/ke-hoach-cchc-2026-phuong-hang-gon.txt): its text, and the counts of the plan
 * itself (areas, objectives, targets, tasks, units, periods). It never looks at the reports or
 * the news items: staff add those every period, and `npm run validate` checks them.
 *
 * Correction convention: a piece whose wording was corrected carries
 *   sourceNote: 'Bản gốc ghi: "<original words>"; đã sửa thành "<corrected words>".'
 * The corrected words must occur exactly once in the piece; replacing them with the
 * original words gives back the source text verbatim.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const SEED_PATH = path.join(ROOT, "docs/nguon/ke-hoach-cchc-2026-phuong-hang-gon.txt");

// ---------- expected numbers ----------
const EXPECTED = { areas: 7, objectives: 37, targets: 31, tasks: 64, units: 5, periods: 4 };

/** The only wording corrections allowed, as [file id, original, corrected]. */
const EXPECTED_CORRECTIONS: Array<[string, string, string]> = [
  ["the-che", "Cải cách thế chế", "Cải cách thể chế"],
  ["nv-1-3-3", "kiến nghị, gaiỉ quyết kịp thời", "kiến nghị, giải quyết kịp thời"],
  ["cac-phong-chuyen-mon", "thực hiện trong tâm cải cách", "thực hiện trọng tâm cải cách"],
];

/**
 * Text of the source left over once every transcribed piece is removed, in document
 * order (list markers "-"/"+" and separating punctuation are dropped). Anything else
 * left over — e.g. a bullet nobody transcribed — makes the coverage test fail.
 */
const ALLOWED_LEFTOVERS = [
  "KẾ HOẠCH Cải cách hành chính phường Hàng Gòn năm 2026",
  "I. MỤC TIÊU, YÊU CẦU. 1. Mục tiêu.",
  "2. Yêu cầu.",
  "II. NỘI DUNG, MỤC TIÊU, NHIỆM VỤ CỤ THỂ. 1.",
  "1.1. Mục tiêu.",
  "1.2. Nhiệm vụ.",
  "2.",
  "2.1. Mục tiêu.",
  "2.2. Nhiệm vụ.",
  "3.",
  "3.1. Mục tiêu.",
  "3.2. Nhiệm vụ.",
  "4.",
  "4.1. Mục tiêu.",
  "4.2. Nhiệm vụ.",
  "5.",
  "5.1. Mục tiêu",
  "5.2. Nhiệm vụ",
  "6.",
  "6.1. Mục tiêu",
  "6.2. Nhiệm vụ",
  "7.",
  "7.1. Mục tiêu",
  "7.2. Nhiệm vụ",
  "III. KINH PHÍ THỰC HIỆN 1.",
  "2.",
  "IV.",
  "1.",
  "2.",
  "6.",
  "7.",
  "8.",
  "Nơi nhận:",
];

// ---------- types ----------
interface Target { id: string; measure: string; comparator: string; value: number; unit: string; horizon: number }
interface Plan {
  id: string; title: string; legalBases: string[]; preamble: string; goals: string[]; requirements: string[];
  funding: Array<{ number: number; text: string }>; implementationIntro: string; closing: string;
  signer: { authority: string; position: string; name: string }; recipients: string[]; unitPlanDeadline?: string;
}
interface Area { id: string; number: number; title: string; sourceNote?: string }
interface Objective { id: string; area: string; ref: string; order: number; text: string; sourceNote?: string; targets: Target[] }
interface Task {
  id: string; area: string; ref: string; order: number; group?: string; text: string; sourceNote?: string;
  lead: string; support: string[]; deadline: string; objectives?: string[];
}
interface Unit { id: string; name: string; shortName: string; section: number; heading?: string; duties: Array<{ text: string; deadline?: string; sourceNote?: string }> }
interface Period { id: string; name: string; start: string; end: string; due: string }

// ---------- loading ----------
function frontMatter<T>(file: string): T {
  const src = fs.readFileSync(file, "utf8");
  const lines = src.split("\n");
  assert.equal(lines[0], "---", `${file}: must start with ---`);
  const end = lines.indexOf("---", 1);
  assert.ok(end > 0, `${file}: front matter is not closed`);
  return parse(lines.slice(1, end).join("\n")) as T;
}
function loadDir<T extends { id: string }>(dir: string): T[] {
  const abs = path.join(ROOT, dir);
  return fs.readdirSync(abs).filter((f) => f.endsWith(".md")).sort().map((f) => {
    const data = frontMatter<T>(path.join(abs, f));
    assert.equal(data.id, f.replace(/\.md$/, ""), `${dir}/${f}: id must match file name`);
    return data;
  });
}
const readJson = <T>(rel: string): T => JSON.parse(fs.readFileSync(path.join(ROOT, rel), "utf8")) as T;

/** Sort key for ids like nv-6-3-10 / ct-2-10-1: numeric parts compared numerically. */
const idKey = (id: string) => id.split("-").slice(1).map(Number);
const byId = (a: { id: string }, b: { id: string }) => {
  const x = idKey(a.id), y = idKey(b.id);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? -1) - (y[i] ?? -1);
    if (d !== 0) return d;
  }
  return 0;
};

const plan = frontMatter<Plan>(path.join(ROOT, "content/ke-hoach.md"));
const areas = loadDir<Area>("content/linh-vuc").sort((a, b) => a.number - b.number);
const objectives = loadDir<Objective>("content/muc-tieu").sort(byId);
const tasks = loadDir<Task>("content/nhiem-vu");
const units = loadDir<Unit>("content/don-vi").sort((a, b) => a.section - b.section);
const periods = readJson<Period[]>("data/ky-bao-cao.json");
const areaNumber = new Map(areas.map((a) => [a.id, a.number]));
tasks.sort((a, b) => (areaNumber.get(a.area) ?? 0) - (areaNumber.get(b.area) ?? 0) || a.order - b.order);
const targets = objectives.flatMap((o) => o.targets);

// ---------- seed normalisation ----------
const normalise = (lines: string[]) =>
  lines.filter((l) => !/^\s*\d+\s*$/.test(l)).join(" ").replace(/\s+/g, " ").trim().normalize("NFC");
const seedRaw = fs.readFileSync(SEED_PATH, "utf8");
/** Whole document, normalised. */
const seed = normalise(seedRaw.split("\n"));
/** Sections I–IV, from "I. MỤC TIÊU" to the signer's name. */
const sectionsItoIV = seed.slice(seed.indexOf("I. MỤC TIÊU"), seed.indexOf(plan.signer.name) + plan.signer.name.length);

// ---------- undoing documented corrections ----------
const NOTE_RE = /^Bản gốc ghi: "([^"]+)"; đã sửa thành "([^"]+)"\.$/;
const appliedCorrections: Array<[string, string, string]> = [];
function original(text: string, sourceNote: string | undefined, owner: string): string {
  if (sourceNote === undefined) return text;
  const m = NOTE_RE.exec(sourceNote);
  assert.ok(m, `${owner}: sourceNote does not follow the convention: ${sourceNote}`);
  const [, orig, fixed] = m as unknown as [string, string, string];
  assert.equal(text.split(fixed).length, 2, `${owner}: corrected words "${fixed}" must occur exactly once`);
  appliedCorrections.push([owner, orig, fixed]);
  return text.replace(fixed, orig);
}

interface Piece { owner: string; text: string }
/** Every transcribed piece, in the order it appears in the source. */
function orderedPieces(): Piece[] {
  const out: Piece[] = [];
  const add = (owner: string, text: string) => out.push({ owner, text });
  plan.legalBases.forEach((t, i) => add(`ke-hoach legalBases[${i}]`, t));
  add("ke-hoach preamble", plan.preamble);
  plan.goals.forEach((t, i) => add(`ke-hoach goals[${i}]`, t));
  plan.requirements.forEach((t, i) => add(`ke-hoach requirements[${i}]`, t));
  for (const area of areas) {
    add(area.id, original(area.title, area.sourceNote, area.id));
    for (const o of objectives.filter((x) => x.area === area.id).sort((a, b) => a.order - b.order)) {
      add(o.id, original(o.text, o.sourceNote, o.id));
    }
    let group: string | undefined;
    for (const t of tasks.filter((x) => x.area === area.id)) {
      if (t.group !== undefined && t.group !== group) add(`${t.id} group`, t.group);
      group = t.group;
      add(t.id, original(t.text, t.sourceNote, t.id));
    }
  }
  [...plan.funding].sort((a, b) => a.number - b.number).forEach((f) => add(`ke-hoach funding ${f.number}`, f.text));
  add("ke-hoach implementationIntro", plan.implementationIntro);
  for (const u of units) {
    add(`${u.id} heading`, u.heading ?? u.name);
    u.duties.forEach((d, i) => add(`${u.id} duties[${i}]`, original(d.text, d.sourceNote, u.id)));
  }
  add("ke-hoach closing", plan.closing);
  plan.recipients.forEach((t, i) => add(`ke-hoach recipients[${i}]`, t));
  add("ke-hoach signer.authority", plan.signer.authority);
  add("ke-hoach signer.position", plan.signer.position);
  add("ke-hoach signer.name", plan.signer.name);
  return out;
}
const pieces = orderedPieces();

const cleanLeftover = (gap: string) =>
  gap.replace(/(^|\s)[-+](?=\s|$)/g, " ").replace(/\s+/g, " ").replace(/^[\s.,;:]+/, "").trim();

// ---------- tests ----------
test("the seed normalises to sections I–IV ending with the signer", () => {
  assert.ok(sectionsItoIV.startsWith("I. MỤC TIÊU, YÊU CẦU. 1. Mục tiêu. - Tiếp tục triển khai"));
  assert.ok(sectionsItoIV.endsWith("KT. CHỦ TỊCH PHÓ CHỦ TỊCH Phạm Văn Châu"));
  assert.ok(!/\s\s/.test(seed));
});

test("every transcribed text piece appears verbatim in the plan (after undoing documented corrections)", () => {
  for (const p of pieces) {
    assert.ok(p.text.length > 0, `${p.owner}: empty`);
    assert.equal(p.text, p.text.replace(/\s+/g, " ").trim(), `${p.owner}: must use single spaces and no padding`);
    assert.ok(seed.includes(p.text), `${p.owner}: not found verbatim in the source: ${p.text}`);
  }
  for (const p of pieces.filter((x) => !x.owner.startsWith("ke-hoach legalBases") && x.owner !== "ke-hoach preamble")) {
    assert.ok(sectionsItoIV.includes(p.text), `${p.owner}: not inside sections I–IV`);
  }
});

test("only the documented obvious typos are corrected, and each correction is recorded in sourceNote", () => {
  assert.deepEqual(appliedCorrections, EXPECTED_CORRECTIONS);
  const corrected: Array<{ id: string; text: string; sourceNote?: string }> = [
    ...areas.map((a) => ({ id: a.id, text: a.title, sourceNote: a.sourceNote })),
    ...objectives, ...tasks,
    ...units.flatMap((u) => u.duties.map((d) => ({ id: u.id, text: d.text, sourceNote: d.sourceNote }))),
  ];
  for (const c of corrected.filter((x) => x.sourceNote !== undefined)) {
    assert.ok(!seed.includes(c.text), `${c.id}: corrected text should differ from the source`);
  }
  // Plan-level text has no sourceNote, so the I.2 typo "đội ngũ. cán bộ" is kept verbatim.
  assert.ok(plan.requirements.some((r) => r.includes("đội ngũ. cán bộ")));
});

test("every bullet and paragraph of the plan appears in content (only structural text is left over)", () => {
  let cursor = 0;
  const leftovers: string[] = [];
  for (const p of pieces) {
    const at = seed.indexOf(p.text, cursor);
    assert.ok(at >= 0, `${p.owner}: not found in document order after position ${cursor}: ${p.text}`);
    leftovers.push(cleanLeftover(seed.slice(cursor, at)));
    cursor = at + p.text.length;
  }
  leftovers.push(cleanLeftover(seed.slice(cursor)));
  assert.deepEqual(leftovers.filter((l) => l !== ""), ALLOWED_LEFTOVERS);
});

test("the plan has the expected numbers of areas, objectives, targets, tasks, units and periods", () => {
  assert.equal(areas.length, EXPECTED.areas);
  assert.equal(objectives.length, EXPECTED.objectives);
  assert.equal(targets.length, EXPECTED.targets);
  assert.equal(tasks.length, EXPECTED.tasks);
  assert.equal(units.length, EXPECTED.units);
  assert.equal(periods.length, EXPECTED.periods);
  assert.deepEqual(areas.map((a) => a.number), [1, 2, 3, 4, 5, 6, 7]);
  assert.deepEqual(units.map((u) => u.section), [1, 2, 6, 7, 8]);
});

test("ids, orders and references are consistent", () => {
  const unitIds = new Set(units.map((u) => u.id));
  const objectiveIds = new Set(objectives.map((o) => o.id));
  const targetIds = targets.map((t) => t.id);
  assert.equal(new Set(targetIds).size, targetIds.length, "target ids must be unique");
  for (const o of objectives) {
    const n = areaNumber.get(o.area);
    assert.ok(n, `${o.id}: unknown area ${o.area}`);
    assert.equal(o.id, `mt-${n}-${o.order}`);
    assert.equal(o.ref, `II.${n}.1, ý ${o.order}`);
    o.targets.forEach((t, k) => assert.equal(t.id, `ct-${n}-${o.order}-${k + 1}`));
  }
  for (const area of areas) {
    const own = tasks.filter((t) => t.area === area.id);
    assert.deepEqual(own.map((t) => t.order), own.map((_, i) => i + 1), `${area.id}: task orders must run 1, 2, 3…`);
  }
  for (const t of tasks) {
    const [, a, n, m] = t.id.split("-");
    assert.equal(String(areaNumber.get(t.area)), a, `${t.id}: area mismatch`);
    assert.equal(t.ref, `II.${a}.2, ý ${m === undefined ? n : `${n}.${m}`}`);
    assert.equal(t.group !== undefined, m !== undefined, `${t.id}: group iff sub-bullet`);
    assert.ok(unitIds.has(t.lead), `${t.id}: unknown lead ${t.lead}`);
    for (const s of t.support) assert.ok(unitIds.has(s), `${t.id}: unknown support ${s}`);
    for (const o of t.objectives ?? []) assert.ok(objectiveIds.has(o), `${t.id}: unknown objective ${o}`);
  }
  assert.equal(plan.unitPlanDeadline, "2026-01-25");
});

test("the transcribed plan text is Unicode NFC", () => {
  const files: string[] = [SEED_PATH];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(md|json)$/.test(e.name)) files.push(p);
    }
  };
  // The plan only: reports and news items are staff's, and the loader normalises what they type.
  for (const dir of ["linh-vuc", "muc-tieu", "nhiem-vu", "don-vi"]) walk(path.join(ROOT, "content", dir));
  files.push(path.join(ROOT, "content/ke-hoach.md"), path.join(ROOT, "data/ky-bao-cao.json"));
  for (const f of files) {
    const text = fs.readFileSync(f, "utf8");
    assert.equal(text, text.normalize("NFC"), `${path.relative(ROOT, f)} is not NFC`);
  }
});
