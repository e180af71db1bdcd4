/**
 * writeIndex sends every record to Pagefind at once instead of waiting for each answer
 * (scripts/index/index-site.ts). The index it writes must be the one Pagefind writes when each
 * record waits for the previous one: the reference here is built that way, with Pagefind's Node API
 * directly, and a reversed order is shown to give a different index (so the comparison can fail).
 */
import assert from "node:assert/strict";
import { mkdtemp, readFile, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { after, before, test } from "node:test";
import * as pagefind from "pagefind";
import { planRecords, writeIndex } from "../../scripts/index/index-site.ts";
import type { SearchRecord } from "../../scripts/index/search-records.ts";
import { derivedFixturePlan } from "../fixture-plan/fixture-plan.ts";

let dir: string;
let records: SearchRecord[];

before(async () => {
  dir = await mkdtemp(join(tmpdir(), "hg-write-index-"));
  const data = await derivedFixturePlan();
  // The fixture plan's 23 records under two years, then 400 more that share their words
  // ("rà soát", "thủ tục", the same few units and areas): enough that the order changes postings,
  // page numbers and fragments in every chunk.
  const units = ["Văn phòng HĐND và UBND", "Phòng Dịch vụ số", "Trung tâm PVHCC", "Đội Đô thị"];
  const many: SearchRecord[] = Array.from({ length: 400 }, (_, i) => ({
    url: `/2027/nhiem-vu/nv-${i}/`,
    content: `Nhiệm vụ số ${i}. Rà soát thủ tục hành chính nhóm ${i % 7}. ${units[i % 4]}. Hạn quý ${(i % 4) + 1}.`,
    meta: { title: `Nhiệm vụ số ${i}` },
    filters: { type: ["Nhiệm vụ"], unit: [units[i % 4]!], year: ["2027"] },
  }));
  records = [...planRecords([{ year: "2026", data }, { year: "2028", data }]), ...many];
});

after(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Every file under `root`, by its path inside it, with its bytes. */
async function files(root: string): Promise<Map<string, Buffer>> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  const out = new Map<string, Buffer>();
  for (const e of entries.filter((x) => x.isFile()).sort((a, b) => join(a.parentPath, a.name).localeCompare(join(b.parentPath, b.name)))) {
    const path = join(e.parentPath, e.name);
    out.set(relative(root, path), await readFile(path));
  }
  return out;
}

/** The reference: each record added once the previous one is answered. */
async function oneAtATime(list: readonly SearchRecord[], outputPath: string): Promise<void> {
  const { index } = await pagefind.createIndex({ forceLanguage: "vi" });
  try {
    for (const record of list) {
      const added = await index!.addCustomRecord({ ...record, language: "vi" });
      assert.deepEqual(added.errors, []);
    }
    assert.deepEqual((await index!.writeFiles({ outputPath })).errors, []);
  } finally {
    await pagefind.close();
  }
}

test("records sent at once give, byte for byte, the index of records added one at a time", async () => {
  assert.deepEqual(await writeIndex(records, join(dir, "at-once")), { records: 446 });
  await oneAtATime(records, join(dir, "one-by-one"));
  await oneAtATime([...records].reverse(), join(dir, "reversed"));
  const atOnce = await files(join(dir, "at-once"));
  const oneByOne = await files(join(dir, "one-by-one"));
  const reversed = await files(join(dir, "reversed"));
  // 446 pages: one fragment each.
  assert.equal([...atOnce.keys()].filter((p) => p.startsWith("fragment/")).length, 446);
  assert.deepEqual([...atOnce.keys()], [...oneByOne.keys()]);
  for (const [path, bytes] of atOnce) assert.ok(bytes.equals(oneByOne.get(path)!), `${path} differs`);
  // The order matters: the same records reversed give another index (its metadata lists pages in arrival order).
  const metaFile = [...atOnce.keys()].find((p) => p.endsWith(".pf_meta"))!;
  assert.notEqual(metaFile, [...reversed.keys()].find((p) => p.endsWith(".pf_meta")));
});

test("a record Pagefind refuses fails the stage and no index is written", async () => {
  const bad = { ...records[1]!, content: 5 as unknown as string };
  await assert.rejects(writeIndex([records[0]!, bad, records[2]!], join(dir, "refused")), /invalid type: integer `5`/);
  await assert.rejects(readdir(join(dir, "refused")), { code: "ENOENT" });
});
