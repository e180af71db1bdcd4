/**
 * `npm start` reads git again only when git's state changed (scripts/dev-cache.ts: gitStateKey,
 * sameGitState): a new commit, a moved branch, a switched HEAD, packed refs, a shallow list, git's
 * configuration or its environment each read again; an edit to the work tree does not (history and
 * published reports come from commits alone).
 */
import assert from "node:assert/strict";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { gitStateKey, sameGitState } from "../../scripts/dev-cache.ts";
import { git } from "../support/git.ts";

test("git is read again after every change of git's state, and only then", async () => {
  const repo = await mkdtemp(join(tmpdir(), "hg-git-state-"));
  try {
    await git(repo, ["init", "-q", "-b", "main"]);
    await writeFile(join(repo, "a.md"), "một\n");
    await git(repo, ["add", "-A"]);
    await git(repo, ["commit", "-q", "-m", "Một"]);
    let reads = 0;
    const read = () => sameGitState("test", repo, async () => ({ n: ++reads, list: [1, 2] }));

    assert.deepEqual(await read(), { n: 1, list: [1, 2] });
    const copy = await read();
    assert.deepEqual(copy, { n: 1, list: [1, 2] }, "same state: answered from memory");
    copy.list.push(3);
    assert.deepEqual((await read()).list, [1, 2], "each answer is a copy");

    await writeFile(join(repo, "a.md"), "hai\n");
    assert.equal((await read()).n, 1, "an edit to the work tree is not git's state");

    const changes: [string, () => Promise<unknown>][] = [
      ["a commit", () => git(repo, ["commit", "-q", "-am", "Hai"])],
      ["a new branch", () => git(repo, ["branch", "nhanh"])],
      ["HEAD switched", () => git(repo, ["switch", "-q", "nhanh"])],
      ["refs packed", () => git(repo, ["pack-refs", "--all"])],
      ["a branch moved in packed refs", () => git(repo, ["update-ref", "refs/heads/main", "HEAD~1"])],
      ["git's configuration", () => git(repo, ["config", "log.showSignature", "false"])],
      ["the shallow list", () => writeFile(join(repo, ".git", "shallow"), `${"0".repeat(40)}\n`)],
    ];
    let expected = 1;
    for (const [name, change] of changes) {
      const key = await gitStateKey(repo);
      await change();
      assert.notEqual(await gitStateKey(repo), key, `${name} changes the key`);
      assert.equal((await read()).n, ++expected, `${name}: read again`);
      assert.equal((await read()).n, expected, `${name}: then from memory`);
    }
    process.env.NHANH_CONG_BO = "cong-bo";
    try {
      assert.equal((await read()).n, ++expected, "the publishing branch's name (environment)");
    } finally {
      delete process.env.NHANH_CONG_BO;
    }
  } finally {
    await rm(repo, { recursive: true, force: true });
  }
});

test("outside a repository git is read every time", async () => {
  const dir = await mkdtemp(join(tmpdir(), "hg-no-git-"));
  try {
    assert.equal(await gitStateKey(dir), undefined);
    let reads = 0;
    await sameGitState("test", dir, async () => ++reads);
    await sameGitState("test", dir, async () => ++reads);
    assert.equal(reads, 2);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
