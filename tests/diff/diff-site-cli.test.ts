/**
 * `npm run diff:site -- <ref>` in a git repository made here from the fixture plan: the base is read
 * from git (never the working tree), the head from the working tree, and the Markdown says what
 * changed. Expected lines written by hand from tests/fixture-plan/README.md.
 */
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { FIXTURE_PLAN } from "../fixture-plan/fixture-plan.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

test("diff:site compares the working tree with a git ref and prints the changed figure", { timeout: 120_000 }, async () => {
  const repo = await mkdtemp(join(tmpdir(), "hg-diff-site-"));
  try {
    await cp(join(FIXTURE_PLAN, "content"), join(repo, "content"), { recursive: true });
    await cp(join(FIXTURE_PLAN, "data"), join(repo, "data"), { recursive: true });
    await cp(join(ROOT, "schemas"), join(repo, "schemas"), { recursive: true });
    const git = (...args: string[]) => execFileSync("git", ["-C", repo, "-c", "user.name=Kiểm thử", "-c", "user.email=kiem-thu@example.invalid", ...args], { encoding: "utf8" });
    git("init", "-q", "-b", "main");
    git("add", ".");
    git("commit", "-q", "-m", "Kế hoạch mẫu");
    const diff = () => spawnSync(process.execPath, ["--import", import.meta.resolve("tsx"), join(ROOT, "scripts/diff-site-cli.ts"), "main"], { cwd: repo, encoding: "utf8", timeout: 60_000 });

    const unchanged = diff();
    assert.equal(unchanged.status, 0, unchanged.stderr);
    assert.match(unchanged.stdout, /Yêu cầu này không thay đổi con số hay trang nào trên trang công khai\./);

    const report = join(repo, "data/2026/bao-cao/2026-6t.json");
    await writeFile(report, (await readFile(report, "utf8")).replace(/("task": "nv-1-1",\s*"status": "dang-thuc-hien",\s*"percent": )50/, "$155"));
    const changed = diff();
    assert.equal(changed.status, 0, changed.stderr);
    assert.ok(changed.stdout.includes("### Tiến độ nhiệm vụ (1 thay đổi)"), changed.stdout);
    assert.ok(changed.stdout.includes("| 06 tháng đầu năm 2026 | nv-1-1 – Công khai đồng bộ, đầy đủ các thủ tục hành chính tại Bộ phận Một cửa và trên trang thông… | Đang thực hiện | 50% → **55%** |"), changed.stdout);
    assert.equal(git("status", "--porcelain"), " M data/2026/bao-cao/2026-6t.json\n", "the working tree is left as it was");
  } finally {
    await rm(repo, { recursive: true, force: true });
  }
});
