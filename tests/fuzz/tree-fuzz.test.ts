/**
 * Property-based fuzzing of what sits in the content folders on disk: links (to /dev/zero, /etc, a
 * file outside the repository, a missing file), FIFOs, folders named like files, empty and huge
 * files, names no id can have. Loading must refuse each at its path, never hang, never read
 * through a link, and report everything in Vietnamese. FUZZ_TREE_RUNS cases (25 by default).
 */
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { cp, lstat, mkdir, mkdtemp, rm, symlink, truncate, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative, sep } from "node:path";
import { after, before, test } from "node:test";
import fc from "fast-check";
import { loadContent } from "../../scripts/load/load-content.ts";
import { validateContent } from "../../scripts/validate/validate-content.ts";
import { FIXTURE_PLAN } from "../fixture-plan/fixture-plan.ts";

const RUNS = Number(process.env.FUZZ_TREE_RUNS ?? 25);
const FOLDERS = ["content/2026/nhiem-vu", "content/2026/muc-tieu", "content/2026/cap-nhat", "data/2026/bao-cao", "content", "data"];
const NAMES = ["nv-9-9.md", "2026-q9.json", "mt-9-9.md", "ke-hoach.md", "site.json", "ky-bao-cao.json", "x y.md", "NV.md", "a\nb.md", "::error::x.md", "ổ.md", ".an.md", "README.md"];
const VIETNAMESE = /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i;

type Shape = { kind: "link-dev-zero" | "link-etc" | "link-outside" | "link-dangling" | "link-inside" | "fifo" | "folder" | "empty" | "huge" | "text"; folder: number; name: number; replace: boolean };
const shape: fc.Arbitrary<Shape> = fc.record({
  kind: fc.constantFrom("link-dev-zero", "link-etc", "link-outside", "link-dangling", "link-inside", "fifo", "folder", "empty", "huge", "text"),
  folder: fc.nat(),
  name: fc.nat(),
  replace: fc.boolean(),
}) as fc.Arbitrary<Shape>;

let work: string;
let secret: string;
before(async () => {
  work = await mkdtemp(join(tmpdir(), "hg-tree-fuzz-"));
  secret = join(work, "bi-mat.md");
  await writeFile(secret, "---\nid: nv-9-9\ntext: BÍ-MẬT-NGOÀI-KHO\n---\n");
});
after(async () => {
  await rm(work, { recursive: true, force: true });
});

/** True when every folder from `repo` down to `dir` is a real folder (or does not exist yet), none a link. */
async function realFoldersUpTo(repo: string, dir: string): Promise<boolean> {
  const parts = relative(repo, dir).split(sep).filter(Boolean);
  for (let i = 1; i <= parts.length; i++) {
    const info = await lstat(join(repo, ...parts.slice(0, i))).catch(() => null);
    if (!info) return true;
    if (info.isSymbolicLink() || !info.isDirectory()) return false;
  }
  return true;
}

let n = 0;
test(`loading survives ${RUNS} odd content trees on disk`, { timeout: Math.max(120_000, RUNS * 3000) }, async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(shape, { minLength: 1, maxLength: 3 }), async (shapes) => {
      const repo = join(work, `t${n++}`);
      await cp(join(FIXTURE_PLAN, "content"), join(repo, "content"), { recursive: true });
      await cp(join(FIXTURE_PLAN, "data"), join(repo, "data"), { recursive: true });
      try {
        for (const s of shapes) {
          const folder = FOLDERS[s.folder % FOLDERS.length]!;
          const path = join(repo, folder, NAMES[s.name % NAMES.length]!);
          // A folder's own place is taken when `replace` says so: a content folder that is itself a link.
          const target = s.replace && s.kind.startsWith("link") && folder.includes("/") ? join(repo, folder) : path;
          // An earlier shape may have made the folder a link (to /etc!) or a file: then this one is
          // not laid out, so nothing is ever written or removed through a link.
          if (!(await realFoldersUpTo(repo, join(target, "..")))) continue;
          const laid = await rm(target, { recursive: true, force: true }).then(() => mkdir(join(target, ".."), { recursive: true })).then(() => true, () => false);
          if (!laid) continue;
          switch (s.kind) {
            case "link-dev-zero": await symlink("/dev/zero", target); break;
            case "link-etc": await symlink("/etc", target); break;
            case "link-outside": await symlink(secret, target); break;
            case "link-dangling": await symlink(join(work, "khong-co"), target); break;
            case "link-inside": await symlink(join(repo, "data/site.json"), target); break;
            case "fifo": try { execFileSync("mkfifo", [target], { stdio: "ignore" }); } catch { /* the parent is not a folder */ } break;
            case "folder": await mkdir(target, { recursive: true }); break;
            case "empty": await writeFile(target, ""); break;
            case "huge": await writeFile(target, ""); await truncate(target, 20 * 1024 * 1024); break;
            case "text": await writeFile(target, "---\nid: x\n---\n"); break;
          }
        }
        const started = performance.now();
        const { files, errors: loadErrors } = await loadContent(repo);
        const { errors, warnings } = validateContent(files, { publish: true });
        assert.ok(performance.now() - started < 30_000, "loading took more than 30 s");
        const all = [...loadErrors, ...errors, ...warnings];
        for (const p of all) {
          const where = `${p.file}:${p.line}:${p.col} ${p.message}`;
          assert.match(p.file, /^(content|data)(\/|$)/, where);
          assert.ok(p.line >= 1 && p.col >= 1, where);
          assert.match(p.message, VIETNAMESE, where);
          assert.doesNotMatch(`${p.message} ${p.fix}`, /BÍ-MẬT|passwd|hostname|Error:|\bat \S+ \(/, where);
        }
        // Nothing was read through a link: the text outside the repository is nowhere in the loaded data.
        assert.doesNotMatch(JSON.stringify(Object.values(files)), /BÍ-MẬT-NGOÀI-KHO/);
      } finally {
        await rm(repo, { recursive: true, force: true });
      }
    }),
    {
      numRuns: RUNS,
      reporter: (out) => {
        if (out.failed) throw new Error(`${fc.defaultReportMessage(out)}\n${out.errorInstance instanceof Error ? out.errorInstance.stack : String(out.errorInstance)}`);
      },
    },
  );
});
