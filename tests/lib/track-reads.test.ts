/**
 * The record of what a render read (scripts/lib/track-reads.ts) is the key of `npm start`'s reuse of
 * the site root's render: it must say "changed" for any change to something read, and may say
 * "unchanged" only for changes to what was not read.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { ReadRecorder } from "../../scripts/lib/track-reads.ts";

const data = () => ({
  plan: { title: "Kế hoạch 2026", year: 2026 },
  areas: [
    { id: "a", title: "Thủ tục", tasks: [{ id: "t1", text: "Công khai", status: "dang-thuc-hien" }] },
    { id: "b", title: "Bộ máy", tasks: [] as { id: string; text: string; status: string }[] },
  ],
  counts: { tasks: 1 } as Record<string, number>,
});

/** Reads what a home page would: the title, each area's title and its first task's status. */
function readHome(seen: ReadRecorder, value: ReturnType<typeof data>): string {
  const hg = seen.tracked("hg", value);
  return [hg.plan.title, ...hg.areas.map((a) => `${a.title}:${a.tasks[0]?.status ?? "-"}`)].join("|");
}

test("the views give the data's values", () => {
  const seen = new ReadRecorder();
  assert.equal(readHome(seen, data()), "Kế hoạch 2026|Thủ tục:dang-thuc-hien|Bộ máy:-");
  const hg = seen.tracked("hg", data());
  assert.ok(Array.isArray(hg.areas));
  assert.deepEqual(JSON.parse(JSON.stringify(hg)), data(), "JSON.stringify reads through the views");
  assert.deepEqual(Object.keys(hg.counts), ["tasks"]);
  assert.ok(seen.usable);
});

test("unchanged when only what was not read changed", () => {
  const seen = new ReadRecorder();
  readHome(seen, data());
  const next = data();
  next.areas[0]!.tasks[0]!.text = "Công khai đầy đủ";
  next.plan.year = 2027;
  assert.equal(seen.unchanged({ hg: next }), true);
  assert.equal(seen.unchanged({ hg: data() }), true);
});

test("changed when anything read changed: a value, a type, a list's length, a key that appears, a missing global", () => {
  const seen = new ReadRecorder();
  readHome(seen, data());
  const cases: [string, (d: ReturnType<typeof data>) => unknown][] = [
    ["title", (d) => (d.plan.title = "Kế hoạch khác")],
    ["status", (d) => (d.areas[0]!.tasks[0]!.status = "hoan-thanh")],
    ["area added", (d) => d.areas.push({ id: "c", title: "Số", tasks: [] })],
    ["task appears where none was", (d) => d.areas[1]!.tasks.push({ id: "t2", text: "", status: "chua-bao-cao" })],
    ["number instead of string", (d) => ((d.plan as Record<string, unknown>).title = 2026)],
    ["object replaced by null", (d) => ((d as Record<string, unknown>).plan = null)],
  ];
  for (const [name, change] of cases) {
    const next = data();
    change(next);
    assert.equal(seen.unchanged({ hg: next }), false, name);
  }
  assert.equal(seen.unchanged({}), false, "the global is missing");
});

test("key lists and `in` tests are recorded", () => {
  const seen = new ReadRecorder();
  const hg = seen.tracked("hg", data());
  assert.deepEqual(Object.keys(hg.counts), ["tasks"]);
  assert.equal("late" in hg.counts, false);
  const withKey = data();
  withKey.counts.late = 0;
  assert.equal(seen.unchanged({ hg: withKey }), false, "a new key changes Object.keys and `in`");
  const other = new ReadRecorder();
  assert.equal("late" in other.tracked("hg", data()).counts, false);
  assert.equal(other.unchanged({ hg: withKey }), false, "`in` alone");
});

test("a read of a key that is absent is recorded: the key appearing later is a change", () => {
  const seen = new ReadRecorder();
  const hg = seen.tracked("hg", data()) as ReturnType<typeof data> & { drafts?: unknown[] };
  assert.equal(hg.drafts, undefined);
  assert.equal(seen.unchanged({ hg: { ...data(), drafts: [] } }), false);
});

test("a primitive global is recorded as it is", () => {
  const seen = new ReadRecorder();
  assert.equal(seen.tracked("siteUrl", "https://a.example"), "https://a.example");
  assert.equal(seen.unchanged({ siteUrl: "https://a.example" }), true);
  assert.equal(seen.unchanged({ siteUrl: "https://b.example" }), false);
});

test("a write through a view, or a value that is not plain data, makes the record unusable", () => {
  const wrote = new ReadRecorder();
  const hg = wrote.tracked("hg", data());
  hg.plan.title = "Ghi đè";
  assert.equal(wrote.usable, false);
  assert.equal(wrote.unchanged({ hg: data() }), false);

  const fn = new ReadRecorder();
  void fn.tracked("hg", { f: () => 1 }).f;
  assert.equal(fn.usable, false);

  const frozen = new ReadRecorder();
  void frozen.tracked("hg", { plan: Object.freeze({ title: "x" }) }).plan;
  assert.equal(frozen.usable, true, "a frozen object itself is read through its view");
  void frozen.tracked("hg2", Object.freeze({ plan: { title: "x" } })).plan;
  assert.equal(frozen.usable, false, "a frozen property is handed out as it is, so unusable");
});

test("Object.entries and descriptors read through views too", () => {
  const seen = new ReadRecorder();
  const hg = seen.tracked("hg", data());
  const titles = Object.entries(hg.areas[0]!).map(([k, v]) => (k === "title" ? v : ""));
  assert.deepEqual(titles.filter(Boolean), ["Thủ tục"]);
  const next = data();
  next.areas[0]!.tasks[0]!.text = "khác";
  assert.equal(seen.unchanged({ hg: next }), true, "tasks was handed out but not read into");
  const descriptor = Object.getOwnPropertyDescriptor(hg.areas[1]!, "title");
  assert.equal(descriptor?.value, "Bộ máy");
  const renamed = data();
  renamed.areas[1]!.title = "Tổ chức";
  assert.equal(seen.unchanged({ hg: renamed }), false);
});
