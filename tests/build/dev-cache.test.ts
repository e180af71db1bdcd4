/**
 * `npm start` reads git again only when git's state changed (scripts/dev-cache.ts: gitStateKey,
 * sameGitState): a new commit, a moved branch, a switched HEAD, packed refs, a shallow list, git's
 * configuration or its environment each read again; an edit to the work tree does not (history and
 * published reports come from commits alone). The root's render is reused only from the folder it
 * went live in (renderRootIfChanged).
 */
import assert from "node:assert/strict";
import { mkdtemp, readFile, rename, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { gitStateKey, renderRootIfChanged, sameGitState } from "../../scripts/dev-cache.ts";
import type { SiteData } from "../../scripts/derive/types.ts";
import { openDataSummary } from "../../scripts/export/open-data-summary.ts";
import { figureLinks } from "../../scripts/export/page-figures.ts";
import { writeOpenData } from "../../scripts/export/write-data-package.ts";
import type { RenderOptions } from "../../scripts/render/render-site.ts";
import { loadSchemas } from "../../scripts/validate/load-schemas.ts";
import { derivedFixturePlan } from "../fixture-plan/fixture-plan.ts";
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

test("the root's render is not reused from a live site that a failed build never replaced", async () => {
  const work = await mkdtemp(join(tmpdir(), "hg-root-reuse-"));
  try {
    const live = join(work, "_site");
    const options = async (data: SiteData, outDir: string): Promise<RenderOptions> => {
      const pkg = await writeOpenData(data, loadSchemas().schemas, { outDir: join(outDir, "2026") });
      return {
        outDir, pathPrefix: "/2026/", rootPrefix: "/", assets: {}, openData: openDataSummary(pkg, data), figures: figureLinks(data, pkg), scope: "root",
        plans: [{ year: "2026", title: data.plan.title, path: "2026/", current: true }], siteUrl: data.settings.url, redirects: [{ from: "/bao-cao/", to: "/2026/bao-cao/" }],
      };
    };
    const render = async (data: SiteData, outDir: string) => renderRootIfChanged(data, await options(data, outDir), live);
    const home = (dir: string) => readFile(join(dir, "index.html"), "utf8");
    const before = await derivedFixturePlan();
    const renamed = await derivedFixturePlan();
    renamed.plan.title = "Kế hoạch mẫu đã đổi tên";

    await render(before, join(work, "a"));
    await rename(join(work, "a"), live);
    // A build renders the root with the new title, then fails: its folder is removed, the live site stays.
    await render(renamed, join(work, "b"));
    assert.match(await home(join(work, "b")), /Kế hoạch mẫu đã đổi tên/);
    await rm(join(work, "b"), { recursive: true });
    // The next build has the same data as the failed one: the live site's root is the older one's.
    await render(renamed, join(work, "c"));
    assert.match(await home(join(work, "c")), /Kế hoạch mẫu đã đổi tên/, "rendered again, not linked from the older live site");
  } finally {
    await rm(work, { recursive: true, force: true });
  }
});
