/**
 * `npm start` rehearsed as staff use it, on a copy of the fixture plan in a temporary folder: the
 * server starts on a free port; an update holding the placeholder and a draft report show up with
 * the "BẢN NHÁP" banner naming them; saves by rename (as vim, `sed -i` and "safe write" editors do)
 * keep rebuilding; broken content turns every page into a Vietnamese list of errors with
 * file:line; SIGTERM stops the server. Only files the test writes itself are asserted on.
 */
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { once } from "node:events";
import { cp, mkdtemp, rename, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { FIXTURE_PLAN } from "../fixture-plan/fixture-plan.ts";
import { UPDATE_BODY_PLACEHOLDER } from "../../scripts/validate/cross/check-update-bodies.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const ID = "2026-11-02-tin-thu-xem-truoc";

/** Writes `text` the way rename-saving editors do: a temporary file beside it, renamed over it. */
async function saveByRename(file: string, text: string): Promise<void> {
  await writeFile(`${file}.tmp-save`, text);
  await rename(`${file}.tmp-save`, file);
}

function update(title: string, date = "2026-11-02"): string {
  return `---\nid: "${ID}"\ndate: "${date}"\ntitle: "${title}"\nillustrative: false\n---\n\n${UPDATE_BODY_PLACEHOLDER}\n`;
}

/** Polls `url` until `accept` holds for its status and body, or fails after `ms`. */
async function waitFor(url: string, accept: (status: number, body: string) => boolean, what: string, log: () => string, ms = 60_000): Promise<string> {
  const end = Date.now() + ms;
  let last = "";
  while (Date.now() < end) {
    const res = await fetch(url).catch(() => undefined);
    if (res) {
      const body = await res.text();
      if (accept(res.status, body)) return body;
      last = `${res.status} ${body.slice(0, 200)}`;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${what}: not seen within ${ms} ms (last: ${last})\n${log()}`);
}

test("npm start previews drafts, survives saves by rename, shows content errors in Vietnamese and stops on SIGTERM", { timeout: 240_000 }, async () => {
  const work = await mkdtemp(join(tmpdir(), "hg-npm-start-"));
  const child = spawn(process.execPath, ["--import", import.meta.resolve("tsx"), join(ROOT, "scripts/serve.ts")], {
    cwd: work,
    env: { ...process.env, PORT: "0", HOST: "127.0.0.1", PATH_PREFIX: "/" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const log = () => output;
  child.stdout.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr.on("data", (d: Buffer) => (output += d.toString()));
  try {
    await cp(join(FIXTURE_PLAN, "content"), join(work, "content"), { recursive: true });
    await cp(join(FIXTURE_PLAN, "data"), join(work, "data"), { recursive: true });
    // Eleventy reads its templates from "site" under the working folder: the repository's own, unchanged.
    await symlink(join(ROOT, "site"), join(work, "site"), "dir");
    const file = join(work, "content/2026/cap-nhat", `${ID}.md`);
    await writeFile(file, update("Tin thử lần một"));
    const started = Date.now();
    while (!/Xem trang tại (http:\S+)/.test(output)) {
      if (Date.now() - started > 120_000 || child.exitCode !== null) throw new Error(`server did not start:\n${output}`);
      await new Promise((r) => setTimeout(r, 200));
    }
    const base = /Xem trang tại (http:\S+)/.exec(output)![1]!;
    const page = `${base}2026/cap-nhat/`;

    const first = await waitFor(page, (s, b) => s === 200 && b.includes("Tin thử lần một"), "the new update", log);
    assert.match(first, /BẢN NHÁP – chưa công bố/);
    assert.ok(first.includes(`content/2026/cap-nhat/${ID}.md`), "the banner names the draft file");

    // A draft report (the derive case's) saved into place: its page appears, with the banner.
    await cp(join(ROOT, "tests/derive/cases/a-draft-report-is-left-out/data/2026/bao-cao/2026-q3.json"), join(work, "data/2026/bao-cao/2026-q3.json"));
    // The period's page exists without a report too: wait for the banner to name the draft.
    const draft = await waitFor(`${base}2026/bao-cao/2026-q3/`, (s, b) => s === 200 && b.includes("<code>data/2026/bao-cao/2026-q3.json</code>"), "the draft report in the banner", log);
    assert.match(draft, /BẢN NHÁP – chưa công bố/);
    assert.match(draft, /Bản nháp quý III để kiểm thử/, "the draft's own summary is on its page");

    await saveByRename(file, update("Tin thử lần hai"));
    await waitFor(page, (s, b) => s === 200 && b.includes("Tin thử lần hai"), "the first save by rename", log);
    await saveByRename(file, update("Tin thử lần ba"));
    await waitFor(page, (s, b) => s === 200 && b.includes("Tin thử lần ba"), "a second save by rename", log);

    await saveByRename(file, update("Tin thử lần bốn", "02/11/2026"));
    const errorPage = await waitFor(base, (s) => s === 500, "the error page", log);
    assert.match(errorPage, /<html lang="vi">/);
    assert.match(errorPage, /Nội dung có \d+ lỗi/);
    assert.ok(errorPage.includes(`content/2026/cap-nhat/${ID}.md:3:`), "the error names file:line");

    await saveByRename(file, update("Tin thử lần năm"));
    await waitFor(page, (s, b) => s === 200 && b.includes("Tin thử lần năm"), "the site back after the fix", log);

    child.kill("SIGTERM");
    const [code] = (await Promise.race([once(child, "exit"), new Promise((_, fail) => setTimeout(() => fail(new Error("no exit 10 s after SIGTERM")), 10_000))])) as [number | null];
    assert.equal(code, 0);
    await assert.rejects(fetch(base), "nothing listens after SIGTERM");
  } finally {
    if (child.exitCode === null) child.kill("SIGKILL");
    await rm(work, { recursive: true, force: true });
  }
});
