/**
 * `npm start` rebuilds after each edit reusing what the edit did not change (scripts/dev-cache.ts):
 * the site root's render, what was read from git, the bundles. Whatever it reuses, each rebuild must
 * be byte for byte the site that `npm run build` makes from the same content and commits. A sequence
 * of edits in a git copy of the fixture plan, each dev rebuild compared with a fresh build:
 * a task's text (the root's home does not show it: its render is reused), a commit (the history on
 * the task's page changes: git is read again), the plan's title and an area's title (the root's
 * home shows them: rendered again).
 */
import assert from "node:assert/strict";
import { cp, mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { buildSite } from "../../scripts/build.ts";
import { backgroundIndexDone } from "../../scripts/dev-cache.ts";
import { FIXTURE_PLAN } from "../fixture-plan/fixture-plan.ts";
import { git } from "../support/git.ts";
import { hashTree } from "../support/hash-tree.ts";

/** Files that differ between the dev site and a fresh production build of the same work tree. */
async function differences(work: string, dev: string, fresh: string): Promise<string[]> {
  await rm(fresh, { recursive: true, force: true });
  assert.ok(await buildSite({ root: work, outDir: fresh, pathPrefix: "/", log: () => undefined }), "the production build succeeds");
  const [a, b] = [await hashTree(dev), await hashTree(fresh)];
  assert.ok(Object.keys(b).length > 100, "the production build wrote the whole site");
  return Object.keys({ ...a, ...b }).filter((path) => a[path] !== b[path]).sort();
}

const inode = async (path: string) => (await stat(path)).ino;

async function edit(file: string, from: string | RegExp, to: string): Promise<void> {
  const text = await readFile(file, "utf8");
  const edited = text.replace(from, to);
  assert.notEqual(edited, text, `the edit of ${file} changes it`);
  await writeFile(file, edited);
}

test("each npm start rebuild is byte-identical to npm run build of the same content, reused parts included", { timeout: 600_000 }, async () => {
  const work = await mkdtemp(join(tmpdir(), "hg-dev-rebuild-"));
  try {
    await cp(join(FIXTURE_PLAN, "content"), join(work, "content"), { recursive: true });
    await cp(join(FIXTURE_PLAN, "data"), join(work, "data"), { recursive: true });
    await git(work, ["init", "-q", "-b", "main"]);
    await git(work, ["add", "-A"]);
    await git(work, ["commit", "-q", "-m", "Kế hoạch mẫu"]);
    const [dev, fresh] = [join(work, "_site"), join(tmpdir(), `${work.split("/").pop()}-fresh`)];
    const rebuild = async () => {
      assert.ok(await buildSite({ root: work, outDir: dev, pathPrefix: "/", dev: true, log: () => undefined }), "the dev build succeeds");
      await backgroundIndexDone();
    };
    const task = join(work, "content", "2026", "nhiem-vu", "nv-1-1.md");
    const taskPage = join(dev, "2026", "nhiem-vu", "nv-1-1", "index.html");
    const home = join(dev, "index.html");
    try {
      await rebuild();
      assert.deepEqual(await differences(work, dev, fresh), [], "first dev build");

      // A task's text: not on the root's home, so the root's files are the last build's (same inode).
      const homeBefore = await inode(home);
      await edit(task, /^(text: ".*)"$/m, '$1 Lần sửa thứ nhất."');
      await rebuild();
      assert.match(await readFile(taskPage, "utf8"), /Lần sửa thứ nhất\./);
      assert.equal(await inode(home), homeBefore, "the root's render was reused");
      assert.deepEqual(await differences(work, dev, fresh), [], "after editing a task's text");

      // A commit: the task's history lists it, so git is read again.
      await git(work, ["commit", "-q", "-am", "Sửa nội dung nhiệm vụ 1.1"], "2026-02-03T10:00:00+07:00");
      const sha = (await git(work, ["rev-parse", "HEAD"])).trim();
      await rebuild();
      assert.ok((await readFile(taskPage, "utf8")).includes(`/commit/${sha}`), "the task's history lists the new commit");
      assert.deepEqual(await differences(work, dev, fresh), [], "after a commit");

      // The plan's title: on the root's home, so the root is rendered again.
      await edit(join(work, "content", "2026", "ke-hoach.md"), /^title: "Kế hoạch mẫu để kiểm thử:/m, 'title: "Kế hoạch mẫu đã đổi tên:');
      await rebuild();
      assert.match(await readFile(home, "utf8"), /Kế hoạch mẫu đã đổi tên:/);
      assert.deepEqual(await differences(work, dev, fresh), [], "after changing the plan's title");

      // An area's title: the root's home lists the areas, so the root is rendered again.
      await edit(join(work, "content", "2026", "linh-vuc", "to-chuc-bo-may.md"), /^title: "Cải cách tổ chức bộ máy"$/m, 'title: "Cải cách tổ chức bộ máy hành chính"');
      await rebuild();
      assert.match(await readFile(home, "utf8"), /Cải cách tổ chức bộ máy hành chính/);
      assert.deepEqual(await differences(work, dev, fresh), [], "after changing an area's title");
    } finally {
      await rm(fresh, { recursive: true, force: true });
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
});
