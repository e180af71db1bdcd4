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
/**
 * targets: 34 entries = the 31 figures the plan sets for 2026, plus 3 commitments without a figure
 * (II.3.1 and II.5.1: a 2030 reduction "theo chỉ tiêu tỉnh giao" against 2025; II.7.1: the PAR index
 * "cải thiện so với năm 2025"). One 2026 figure is written twice (II.6.1 ý 4 and II.7.1 ý 3, "60% hoạt
 * động kiểm tra … môi trường số"): ct-7-3-3 is linked to ct-6-4-1 by sameAs, so 30 are counted in 2026.
 */
const EXPECTED = { areas: 7, objectives: 37, targets: 34, figures2026: 31, repeated: 1, withoutFigure: 3, tasks: 64, units: 5, periods: 4 };

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
  "I.",
  "1.",
  "2.",
  "II.",
  "1.",
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
  "III.",
  "1.",
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
interface Target { id: string; measure: string; comparator: string; value: number | null; valueNote?: string; unit: string; horizon: number; sameAs?: string }
interface Plan {
  id: string; title: string; heading: string[]; legalBases: string[];
  sectionHeadings: { goalsAndRequirements: string; goals: string; requirements: string; content: string; funding: string }; preamble: string; goals: string[]; requirements: string[];
  funding: Array<{ number: number; text: string }>; implementationIntro: string; closing: string;
  signer: { authority: string; position: string; name: string }; recipients: string[]; unitPlanDeadline?: string;
}
interface Area { id: string; number: number; title: string; sourceNote?: string }
interface Objective { id: string; area: string; ref: string; order: number; text: string; sourceNote?: string; targets: Target[] }
interface Task {
  id: string; area: string; ref: string; order: number; group?: string; text: string; sourceNote?: string;
  lead: string; support: string[]; deadline: string; objectives?: string[];
  leadBasis: Basis; supportBasis?: Basis; assignmentConflict?: { clauses: string[]; note: string };
}
interface Unit { id: string; name: string; shortName: string; section: number; heading?: string; duties: Array<{ text: string; deadline?: string; sourceNote?: string }> }
interface Period { id: string; name: string; start: string; end: string; dataCutoff: string; due: string; dueNote: string }
interface Basis { clause: string; inferred: boolean; note: string }

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

const plan = frontMatter<Plan>(path.join(ROOT, "content/2026/ke-hoach.md"));
const areas = loadDir<Area>("content/2026/linh-vuc").sort((a, b) => a.number - b.number);
const objectives = loadDir<Objective>("content/2026/muc-tieu").sort(byId);
const tasks = loadDir<Task>("content/2026/nhiem-vu");
const units = loadDir<Unit>("content/2026/don-vi").sort((a, b) => a.section - b.section);
const periods = readJson<Period[]>("data/2026/ky-bao-cao.json");
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
  plan.heading.forEach((t, i) => add(`ke-hoach heading[${i}]`, t));
  plan.legalBases.forEach((t, i) => add(`ke-hoach legalBases[${i}]`, t));
  add("ke-hoach preamble", plan.preamble);
  add("ke-hoach sectionHeadings.goalsAndRequirements", plan.sectionHeadings.goalsAndRequirements);
  add("ke-hoach sectionHeadings.goals", plan.sectionHeadings.goals);
  plan.goals.forEach((t, i) => add(`ke-hoach goals[${i}]`, t));
  add("ke-hoach sectionHeadings.requirements", plan.sectionHeadings.requirements);
  plan.requirements.forEach((t, i) => add(`ke-hoach requirements[${i}]`, t));
  add("ke-hoach sectionHeadings.content", plan.sectionHeadings.content);
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
  add("ke-hoach sectionHeadings.funding", plan.sectionHeadings.funding);
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
  for (const p of pieces.filter((x) => !x.owner.startsWith("ke-hoach heading") && !x.owner.startsWith("ke-hoach legalBases") && x.owner !== "ke-hoach preamble")) {
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
  assert.equal(targets.filter((t) => t.value !== null && t.horizon === 2026).length, EXPECTED.figures2026);
  assert.equal(targets.filter((t) => t.sameAs !== undefined).length, EXPECTED.repeated);
  assert.equal(targets.filter((t) => t.value === null).length, EXPECTED.withoutFigure);
  assert.deepEqual(targets.filter((t) => t.horizon !== 2026).map((t) => t.id), ["ct-3-2-1", "ct-5-2-1"]);
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
  for (const dir of ["linh-vuc", "muc-tieu", "nhiem-vu", "don-vi"]) walk(path.join(ROOT, "content", "2026", dir));
  files.push(path.join(ROOT, "content/2026/ke-hoach.md"), path.join(ROOT, "data/2026/ky-bao-cao.json"));
  for (const f of files) {
    const text = fs.readFileSync(f, "utf8");
    assert.equal(text, text.normalize("NFC"), `${path.relative(ROOT, f)} is not NFC`);
  }
});

// ---------- what the plan says, what the editors inferred (issue 12) ----------
/** Text between “ and ”: the words a note says the plan wrote. */
const quotes = (text: string) => [...text.matchAll(/“([^”]+)”/g)].map((m) => m[1]!);
/** A quote may start a sentence of the note in lower case where the plan has a capital, or the reverse. */
const quoted = (q: string) => [q, q[0]!.toUpperCase() + q.slice(1), q[0]!.toLowerCase() + q.slice(1)].some((x) => seed.includes(x));

test("every task's lead, and its coordinating units if any, name their basis, and every quoted clause is the plan's own words", () => {
  const clauses = new Set(units.map((u) => `IV.${u.section}`));
  for (const t of tasks) {
    assert.ok(t.leadBasis?.note, `${t.id}: leadBasis`);
    assert.equal(t.supportBasis !== undefined, t.support.length > 0, `${t.id}: supportBasis iff support`);
    const cited = [t.leadBasis.clause, t.supportBasis?.clause, ...(t.assignmentConflict?.clauses ?? [])].filter((c): c is string => !!c);
    // Section IV's numbering is 1, 2, 6, 7, 8: a cited clause is one the plan has.
    for (const c of cited.filter((x) => /^IV\.\d+$/.test(x))) assert.ok(clauses.has(c), `${t.id}: ${c} is not a clause of section IV`);
    const notes = [t.leadBasis.note, t.supportBasis?.note, t.assignmentConflict?.note].filter((n): n is string => !!n);
    for (const q of notes.flatMap(quotes)) assert.ok(quoted(q), `${t.id}: quoted words not in the plan: “${q}”`);
  }
});

test("one measure, one count: targets with the same definition are linked by sameAs to one of them", () => {
  const key = (t: Target) => JSON.stringify([t.measure, t.comparator, t.value, t.unit, t.horizon]);
  const groups = new Map<string, Target[]>();
  for (const t of targets) groups.set(key(t), [...(groups.get(key(t)) ?? []), t]);
  for (const same of groups.values()) {
    const own = same.filter((t) => t.sameAs === undefined);
    assert.equal(own.length, 1, `one indicator, repeated without a link: ${same.map((t) => t.id).join(", ")}`);
    for (const t of same) if (t.sameAs !== undefined) assert.equal(t.sameAs, own[0]!.id, t.id);
  }
  for (const t of targets.filter((x) => x.value === null)) assert.ok(t.valueNote, `${t.id}: a target without a figure says why`);
});

test("every period has a data cut-off inside it and a due date after it, both labelled as assumptions until the national rule is checked", () => {
  for (const p of periods) {
    assert.ok(p.start <= p.dataCutoff && p.dataCutoff <= p.end, p.id);
    assert.ok(p.due > p.dataCutoff, p.id);
    assert.match(p.dueNote, /giả định/, p.id);
  }
});

test("the README's table of the plan's counts is what the content holds", () => {
  const readme = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");
  const row = (label: string) => Number(new RegExp(`^\\| ${label}[^|]*\\| (\\d+) \\|$`, "m").exec(readme)?.[1]);
  const counted = targets.filter((t) => t.sameAs === undefined && t.value !== null && t.horizon === 2026).length;
  assert.deepEqual(
    [row("areas"), row("objectives"), row("numeric targets"), row("of which counted in 2026"), row("tasks"), row("units"), row("reporting periods")],
    [areas.length, objectives.length, targets.length, counted, tasks.length, units.length, periods.length],
  );
});
