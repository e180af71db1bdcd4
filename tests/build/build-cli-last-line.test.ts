/**
 * Whatever stops `npm run build`, its last line says in Vietnamese what to do or whom to ask: the
 * line a staff member reads at the bottom of a red Check log.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { FIXTURE_PLAN } from "../fixture-plan/fixture-plan.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

async function runBuild(prepare: (root: string) => Promise<void>, args: string[] = []): Promise<{ status: number | null; lastLine: string }> {
  const root = await mkdtemp(join(tmpdir(), "hg-build-cli-"));
  try {
    await cp(join(FIXTURE_PLAN, "content"), join(root, "content"), { recursive: true });
    await cp(join(FIXTURE_PLAN, "data"), join(root, "data"), { recursive: true });
    await prepare(root);
    const run = spawnSync(process.execPath, ["--import", import.meta.resolve("tsx"), join(ROOT, "scripts/build-cli.ts"), ...args], {
      cwd: root, encoding: "utf8", timeout: 120_000, env: { ...process.env, GITHUB_ACTIONS: "" },
    });
    const lines = run.stderr.split("\n").filter((l) => l.trim() !== "");
    return { status: run.status, lastLine: lines.at(-1) ?? "" };
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

test("a build stopped by content errors ends by saying to fix them and where to read how", async () => {
  const { status, lastLine } = await runBuild(async (root) => {
    const file = join(root, "data/2026/ky-bao-cao.json");
    await writeFile(file, (await readFile(file, "utf8")).replace(/"start": "\d{4}-\d{2}-\d{2}"/, '"start": "01/01/2026"'));
  });
  assert.equal(status, 1);
  assert.equal(lastLine, "Chưa xây dựng trang vì nội dung có lỗi: sửa từng lỗi ở trên (tệp:dòng:cột, cách sửa trong ngoặc) rồi chạy lại; cách đọc lỗi ở CONTRIBUTING.md, mục \"Đọc thông báo lỗi\".");
});

test("a build stopped by anything else ends by saying it is technical and whom to tell", async () => {
  // An output folder that cannot be created: a failure that has nothing to do with the content.
  const { status, lastLine } = await runBuild(async () => undefined, ["--out", "/proc/hg-khong-ghi-duoc/_site"]);
  assert.equal(status, 1);
  assert.equal(lastLine, "Lỗi kỹ thuật, không do nội dung — báo nhóm kỹ thuật và gửi kèm nhật ký này; trang đang chạy giữ nguyên.");
});
