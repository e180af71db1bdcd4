/**
 * The publishing rules of the repository, read from the workflow files themselves:
 * - every third-party action is pinned to a full commit SHA, with its version in a comment, and one
 *   action is pinned to the same SHA everywhere;
 * - nothing runs on pull_request_target, and the deploy workflow never runs for a pull request;
 * - only the deploy job may write to Pages or mint an OIDC token; everything else reads;
 * - the check workflow cancels superseded runs, the deploy workflow never cancels a publication.
 */
import assert from "node:assert/strict";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const WORKFLOWS = join(ROOT, ".github/workflows");

type Permissions = string | Record<string, string> | undefined;
interface Step { uses?: string; with?: Record<string, unknown>; [key: string]: unknown }
interface Job { permissions?: Permissions; steps?: Step[]; uses?: string; [key: string]: unknown }
interface Workflow {
  on: string | string[] | Record<string, unknown>;
  permissions?: Permissions;
  concurrency?: string | { group?: string; "cancel-in-progress"?: boolean | string };
  jobs: Record<string, Job>;
}

const names = (await readdir(WORKFLOWS)).filter((n) => /\.ya?ml$/.test(n)).sort();
const workflows = await Promise.all(
  names.map(async (name) => {
    const text = await readFile(join(WORKFLOWS, name), "utf8");
    return { name, text, data: parse(text) as Workflow };
  }),
);
const workflow = (name: string) => {
  const found = workflows.find((w) => w.name === name);
  assert.ok(found, `thiếu .github/workflows/${name}`);
  return found;
};

/** The event names a workflow runs on, whatever form `on:` takes. */
const events = (w: Workflow): string[] => (typeof w.on === "string" ? [w.on] : Array.isArray(w.on) ? w.on : Object.keys(w.on ?? {}));

/** Every `uses:` of every job and step, with where it is. */
const usesOf = (w: Workflow): { where: string; uses: string }[] =>
  Object.entries(w.jobs).flatMap(([id, job]) => [
    ...(job.uses ? [{ where: `jobs.${id}`, uses: job.uses }] : []),
    ...(job.steps ?? []).flatMap((s, i) => (s.uses ? [{ where: `jobs.${id}.steps[${i}]`, uses: s.uses }] : [])),
  ]);

/** Scopes granted write access by a permissions block ("write-all" grants everything). */
const writes = (p: Permissions): string[] => {
  if (p === undefined) return [];
  if (typeof p === "string") return p === "read-all" ? [] : ["*"];
  return Object.entries(p).filter(([, level]) => level === "write").map(([scope]) => scope);
};

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

test("every third-party action is pinned to a full commit SHA with a version comment", () => {
  const problems: string[] = [];
  for (const { name, text, data } of workflows) {
    for (const { where, uses } of usesOf(data)) {
      if (uses.startsWith("./")) continue; // an action of this repository: pinned by the checkout itself
      if (!/^[^@\s]+@[0-9a-f]{40}$/.test(uses)) {
        problems.push(`${name} ${where}: "${uses}" phải ghim vào SHA 40 ký tự hex của một commit`);
        continue;
      }
      const line = new RegExp(`^\\s*(-\\s+)?uses:\\s*${escape(uses)}\\s+#\\s*v\\d+\\.\\d+\\.\\d+\\s*$`, "m");
      if (!line.test(text)) problems.push(`${name} ${where}: "${uses}" thiếu chú thích phiên bản dạng "# vX.Y.Z" trên cùng dòng`);
    }
  }
  assert.deepEqual(problems, []);
});

test("one action is pinned to the same commit in every workflow", () => {
  const refs = new Map<string, Set<string>>();
  for (const { data } of workflows) {
    for (const { uses } of usesOf(data)) {
      const [action, ref] = uses.split("@");
      if (!action || !ref || action.startsWith("./")) continue;
      refs.set(action, (refs.get(action) ?? new Set()).add(ref));
    }
  }
  const mixed = [...refs].filter(([, set]) => set.size > 1).map(([action, set]) => `${action}: ${[...set].join(", ")}`);
  assert.deepEqual(mixed, []);
});

test("no workflow runs on pull_request_target", () => {
  for (const { name, text, data } of workflows) {
    assert.ok(!events(data).includes("pull_request_target"), `${name} chạy trên pull_request_target`);
    assert.doesNotMatch(text, /pull_request_target/, `${name} nhắc tới pull_request_target`);
  }
});

test("deploy runs only on push to main and by hand, never for a pull request", () => {
  const { data } = workflow("deploy.yml");
  assert.deepEqual(events(data).sort(), ["push", "workflow_dispatch"]);
  const on = data.on as Record<string, { branches?: string[] } | null>;
  assert.deepEqual(on.push?.branches, ["main"]);
});

test("check runs on every pull request and on push to main", () => {
  const { data } = workflow("check.yml");
  assert.deepEqual(events(data).sort(), ["pull_request", "push"]);
  const on = data.on as Record<string, { branches?: string[] } | null>;
  assert.deepEqual(on.push?.branches, ["main"]);
});

test("pages: write and id-token: write are granted only to the deploy job of deploy.yml", () => {
  const grants: string[] = [];
  for (const { name, data } of workflows) {
    for (const scope of writes(data.permissions)) grants.push(`${name} (toàn workflow): ${scope}: write`);
    for (const [id, job] of Object.entries(data.jobs)) {
      for (const scope of writes(job.permissions)) grants.push(`${name} jobs.${id}: ${scope}: write`);
    }
  }
  assert.deepEqual(grants.sort(), ["deploy.yml jobs.deploy: id-token: write", "deploy.yml jobs.deploy: pages: write"]);
  const deployJob = workflow("deploy.yml").data.jobs.deploy!;
  assert.deepEqual(deployJob.permissions, { pages: "write", "id-token": "write" });
  // The job holding the publishing token runs no code of the repository: no checkout, no npm.
  assert.deepEqual((deployJob.steps ?? []).map((s) => (s.uses ?? "").split("@")[0]), ["actions/deploy-pages"]);
  assert.ok((deployJob.environment as { name?: string })?.name === "github-pages", "job deploy phải dùng environment github-pages");
  assert.match(String((deployJob.environment as { url?: string })?.url), /steps\.deployment\.outputs\.page_url/);
});

test("every workflow reads the repository only, by default", () => {
  for (const { name, data } of workflows) assert.deepEqual(data.permissions, { contents: "read" }, `${name}: permissions toàn workflow phải là contents: read`);
});

test("check has read-only permissions and cancels superseded runs", () => {
  const { data } = workflow("check.yml");
  for (const [id, job] of Object.entries(data.jobs)) {
    assert.deepEqual(writes(job.permissions), [], `check.yml jobs.${id} không được quyền ghi`);
  }
  assert.deepEqual(data.concurrency, {
    group: "check-${{ github.workflow }}-${{ github.event.pull_request.number || github.ref }}",
    "cancel-in-progress": true,
  });
});

test("deploy never cancels a publication under way", () => {
  const { data } = workflow("deploy.yml");
  assert.deepEqual(data.concurrency, { group: "pages", "cancel-in-progress": false });
});

test("both workflows check out the full history and run on Node 22", () => {
  for (const name of ["check.yml", "deploy.yml"]) {
    const steps = Object.values(workflow(name).data.jobs).flatMap((j) => j.steps ?? []);
    const checkouts = steps.filter((s) => s.uses?.startsWith("actions/checkout@"));
    assert.ok(checkouts.length > 0, `${name} không lấy mã nguồn`);
    for (const s of checkouts) {
      assert.equal(s.with?.["fetch-depth"], 0, `${name}: actions/checkout cần fetch-depth: 0 cho mục "Lịch sử thay đổi"`);
      assert.equal(s.with?.["persist-credentials"], false, `${name}: actions/checkout không cần giữ lại token`);
    }
    const nodes = steps.filter((s) => s.uses?.startsWith("actions/setup-node@"));
    assert.ok(nodes.length > 0, `${name} không cài Node.js`);
    for (const s of nodes) {
      assert.equal(s.with?.["node-version"], 22);
      assert.equal(s.with?.cache, "npm");
    }
  }
});

test("check validates, builds, uploads the preview and runs every test, with Chrome for the browser tests", () => {
  const { data } = workflow("check.yml");
  const jobs = Object.values(data.jobs);
  const runs = jobs.flatMap((j) => j.steps ?? []).map((s) => (s.run as string | undefined) ?? s.uses ?? "");
  const at = (re: RegExp) => runs.findIndex((r) => re.test(r));
  const order = [/^npm ci\b/, /^npm run validate\b/, /^npm run build\b/, /^actions\/upload-artifact@/, /^npm test\b/].map(at);
  assert.ok(order.every((i) => i >= 0), `thiếu bước: ${JSON.stringify(order)}`);
  assert.deepEqual([...order].sort((a, b) => a - b), order, "các bước phải theo thứ tự: cài gói, kiểm tra, xây dựng, lưu bản xem trước, kiểm thử");
  const upload = jobs.flatMap((j) => j.steps ?? []).find((s) => s.uses?.startsWith("actions/upload-artifact@"));
  assert.equal(upload?.with?.path, "_site");
  assert.ok(jobs.some((j) => (j.env as Record<string, string> | undefined)?.CHROMIUM_PATH === "/usr/bin/google-chrome"));
});

test("deploy builds with the Pages path prefix and publishes the built site", () => {
  const { data } = workflow("deploy.yml");
  const steps = data.jobs.build?.steps ?? [];
  const pages = steps.find((s) => s.uses?.startsWith("actions/configure-pages@"));
  assert.ok(pages?.id, "bước configure-pages cần id để đọc base_path");
  const build = steps.find((s) => /^npm run build\b/.test(String(s.run ?? "")));
  assert.equal((build?.env as Record<string, string> | undefined)?.PATH_PREFIX, `\${{ steps.${pages.id}.outputs.base_path }}`);
  const upload = steps.find((s) => s.uses?.startsWith("actions/upload-pages-artifact@"));
  assert.equal(upload?.with?.path, "_site");
  assert.deepEqual(data.jobs.deploy?.needs, "build");
});

test("check summarises on pull requests what the site would change, and names a failure that is not about content", () => {
  const steps = Object.values(workflow("check.yml").data.jobs).flatMap((j) => j.steps ?? []);
  const diff = steps.find((s) => /^npm run -s diff:site -- HEAD\^1 >> "\$GITHUB_STEP_SUMMARY"$/.test(String(s.run ?? "")));
  assert.ok(diff, "thiếu bước ghi bảng thay đổi (npm run diff:site) vào job summary");
  assert.match(String(diff.if), /github\.event_name == 'pull_request'/);
  assert.match(String(diff.if), /!cancelled\(\)/, "bảng thay đổi vẫn hiện khi nội dung có lỗi");
  const last = steps.at(-1)!;
  assert.equal(last.if, "${{ failure() }}");
  assert.match(String(last.run), /Lỗi kỹ thuật, không do nội dung — báo nhóm kỹ thuật/);
});

test("deploy validates as for publishing and runs every test before it uploads the site", () => {
  const steps = workflow("deploy.yml").data.jobs.build?.steps ?? [];
  const at = (re: RegExp) => steps.findIndex((s) => re.test(String(s.run ?? s.uses ?? "")));
  const order = [/^npm ci\b/, /^npm run validate -- --cong-bo$/, /^npm test$/, /^npm run build\b/, /^actions\/upload-pages-artifact@/].map(at);
  assert.ok(order.every((i) => i >= 0), `thiếu bước: ${JSON.stringify(order)}`);
  assert.deepEqual([...order].sort((a, b) => a - b), order, "Deploy: cài gói, kiểm tra nội dung, kiểm thử, xây dựng, rồi mới đóng gói để công bố");
  assert.equal((workflow("deploy.yml").data.jobs.build?.env as Record<string, string> | undefined)?.CHROMIUM_PATH, "/usr/bin/google-chrome");
});

test("package.json still accepts Node 20", async () => {
  const pkg = JSON.parse(await readFile(join(ROOT, "package.json"), "utf8")) as { engines?: { node?: string } };
  assert.equal(pkg.engines?.node, ">=20");
});

test("dependabot keeps the pinned actions and the npm packages up to date every week", async () => {
  const config = parse(await readFile(join(ROOT, ".github/dependabot.yml"), "utf8")) as {
    version: number;
    updates: { "package-ecosystem": string; directory: string; schedule: { interval: string } }[];
  };
  assert.equal(config.version, 2);
  const weekly = config.updates.filter((u) => u.schedule.interval === "weekly" && u.directory === "/").map((u) => u["package-ecosystem"]).sort();
  assert.deepEqual(weekly, ["github-actions", "npm"]);
});
