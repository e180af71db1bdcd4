/**
 * removeTree deletes what the build moved aside: every file and folder under it, a symbolic link as
 * a link (its target, outside, untouched), and a missing folder is no error.
 */
import assert from "node:assert/strict";
import { mkdir, mkdtemp, readdir, rm, stat, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { removeTree } from "../../scripts/lib/remove-tree.ts";

let dir: string;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), "hg-remove-tree-"));
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

test("a folder of nested folders and many files is deleted whole", async () => {
  const tree = join(dir, "site");
  for (let a = 0; a < 3; a++) {
    await mkdir(join(tree, `a${a}`, "b", "c"), { recursive: true });
    for (let f = 0; f < 70; f++) await writeFile(join(tree, `a${a}`, "b", `${f}.html`), "x");
    await writeFile(join(tree, `a${a}`, "b", "c", "index.html"), "y");
  }
  await mkdir(join(tree, "empty"));
  await removeTree(tree);
  assert.equal(await stat(tree).then(() => true, () => false), false);
});

test("a symbolic link inside is removed, not followed: what it points to stays", async () => {
  const outside = join(dir, "outside");
  await mkdir(outside);
  await writeFile(join(outside, "keep.txt"), "keep");
  const tree = join(dir, "with-link");
  await mkdir(tree);
  await symlink(outside, join(tree, "link-to-folder"));
  await symlink(join(outside, "keep.txt"), join(tree, "link-to-file"));
  await removeTree(tree);
  assert.equal(await stat(tree).then(() => true, () => false), false);
  assert.deepEqual(await readdir(outside), ["keep.txt"]);
});

test("a folder that is not there is no error", async () => {
  await removeTree(join(dir, "never-made"));
});
