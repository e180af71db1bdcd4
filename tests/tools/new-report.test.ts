/** `npm run new:report` as staff run it: in a copy of the repository, with its exit code and messages. */
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { cp, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { FIXTURE_PLAN } from "../fixture-plan/fixture-plan.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const SCRIPT = join(ROOT, "scripts/tools/new-report.ts");
const TSX = import.meta.resolve("tsx");

let dir = "";
before(async () => {
  dir = await mkdtemp(join(tmpdir(), "cchc-new-report-"));
  for (const sub of ["content", "data"]) await cp(join(FIXTURE_PLAN, sub), join(dir, sub), { recursive: true });
  await rm(join(dir, "data/2026/bao-cao/2026-nam.json"), { force: true });
});
after(() => rm(dir, { recursive: true, force: true }));

async function run(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ["--import", TSX, SCRIPT, ...args], { cwd: dir });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? -1, stdout: e.stdout ?? "", stderr: e.stderr ?? "" };
  }
}

test("creates the draft report, then refuses to overwrite it", async () => {
  const created = await run("2026-nam");
  assert.equal(created.code, 0, created.stderr);
  assert.match(created.stdout, /^Đã tạo data\/2026\/bao-cao\/2026-nam\.json \(bản nháp\) từ báo cáo kỳ 2026-6t: 9 nhiệm vụ, 5 chỉ tiêu\./);
  const report = JSON.parse(await readFile(join(dir, "data/2026/bao-cao/2026-nam.json"), "utf8")) as { draft: boolean; period: string };
  assert.equal(report.draft, true);
  assert.equal(report.period, "2026-nam");

  const again = await run("2026-nam");
  assert.equal(again.code, 1);
  assert.match(again.stderr, /Tệp data\/2026\/bao-cao\/2026-nam\.json đã có\./);
});

test("refuses an unknown period with the list of declared ones", async () => {
  const result = await run("2026-q4");
  assert.equal(result.code, 1);
  assert.match(result.stderr, /Không có kỳ báo cáo "2026-q4" trong data\/2026\/ky-bao-cao\.json\. Các kỳ đã khai báo: 2026-q1, 2026-6t, 2026-q3, 2026-nam\./);
});

test("without a period it explains how to call it", async () => {
  const result = await run();
  assert.equal(result.code, 1);
  assert.match(result.stderr, /Thiếu mã kỳ báo cáo\.\nCách dùng: npm run new:report -- <mã kỳ>/);
});
