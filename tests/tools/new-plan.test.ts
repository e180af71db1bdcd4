/**
 * `npm run new:plan -- 2027` on a copy of the fixture plan (docs/decisions/0008): the next plan is
 * scaffolded as a draft, periods moved on a year, areas and units carried over, no objective or task
 * invented; it validates, is left out of a real build and previewed with the draft banner in
 * `npm start`; published with text still to copy, each such field is refused at its line.
 */
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { cp, mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { buildSite } from "../../scripts/build.ts";
import { backgroundIndexDone } from "../../scripts/dev-cache.ts";
import { formatError } from "../../scripts/validate/format-errors.ts";
import { PLAN_TEXT_PLACEHOLDER } from "../../scripts/validate/check-plan-text.ts";
import { moveYears } from "../../scripts/tools/scaffold-plan.ts";
import { loadAndValidatePlans } from "../../scripts/validate/validate-plans.ts";
import { FIXTURE_PLAN } from "../fixture-plan/fixture-plan.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const run = promisify(execFile);
let work: string;

const newPlan = (year: string) =>
  run(process.execPath, ["--import", import.meta.resolve("tsx"), join(ROOT, "scripts/tools/new-plan.ts"), year], { cwd: work }).then(
    (r) => ({ code: 0, out: r.stdout, err: r.stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, out: e.stdout, err: e.stderr }),
  );

before(async () => {
  work = await mkdtemp(join(tmpdir(), "hg-new-plan-"));
  for (const top of ["content", "data"]) await cp(join(FIXTURE_PLAN, top), join(work, top), { recursive: true });
});
after(async () => {
  await backgroundIndexDone(); // the preview build's search index is written in the background
  await rm(work, { recursive: true, force: true });
});

test("periods move on by the years between plans; 29 February becomes 28", () => {
  assert.deepEqual(moveYears([{ id: "2026-nam", name: "Năm 2026", end: "2026-12-31", due: "2027-01-10", note: "Theo Quyết định 12/2019" }], 2026, 1), [
    { id: "2027-nam", name: "Năm 2027", end: "2027-12-31", due: "2028-01-10", note: "Theo Quyết định 12/2019" },
  ]);
  assert.deepEqual(moveYears(["2027-02-29"], 2027, 1), ["2028-02-28"]);
});

test("the next plan is a draft with its periods, areas and units, and no objective or task", async () => {
  const r = await newPlan("2027");
  assert.equal(r.code, 0, r.err);
  const files = async (dir: string) => (await readdir(join(work, dir))).sort();
  assert.deepEqual(await files("content/2027"), ["cap-nhat", "don-vi", "ke-hoach.md", "linh-vuc", "muc-tieu", "nhiem-vu"]);
  assert.deepEqual(await files("content/2027/linh-vuc"), ["chinh-quyen-so.md", "thu-tuc-hanh-chinh.md", "to-chuc-bo-may.md"]);
  assert.deepEqual(await files("content/2027/don-vi"), ["phong-dich-vu-so.md", "trung-tam-phuc-vu-hcc.md", "van-phong-ubnd.md"]);
  assert.deepEqual(await files("content/2027/muc-tieu"), ["README.md"]);
  assert.deepEqual(await files("content/2027/nhiem-vu"), ["README.md"]);
  assert.deepEqual(await files("data/2027/bao-cao"), ["README.md"]);
  // A unit keeps who it is; its duties are the new plan's section IV text, to be copied.
  assert.equal(
    await readFile(join(work, "content/2027/don-vi/van-phong-ubnd.md"), "utf8"),
    '---\nid: "van-phong-ubnd"\nname: "Văn phòng HĐND và UBND phường Đông Điền"\nshortName: "Văn phòng"\nsection: 1\nduties:\n  - text: "(Chưa chép: chép nguyên văn từ văn bản kế hoạch đã ký)"\n---\n',
  );
  assert.equal(await readFile(join(work, "content/2027/linh-vuc/thu-tuc-hanh-chinh.md"), "utf8"), await readFile(join(FIXTURE_PLAN, "content/2026/linh-vuc/thu-tuc-hanh-chinh.md"), "utf8"));
  const periods = JSON.parse(await readFile(join(work, "data/2027/ky-bao-cao.json"), "utf8")) as { id: string; name: string; start: string; end: string; due: string }[];
  assert.deepEqual(periods.map((p) => [p.id, p.name, p.start, p.end, p.due]), [
    ["2027-q1", "Quý I năm 2027", "2027-01-01", "2027-03-31", "2027-04-10"],
    ["2027-6t", "06 tháng đầu năm 2027", "2027-01-01", "2027-06-30", "2027-07-10"],
    ["2027-q3", "Quý III năm 2027", "2027-01-01", "2027-09-30", "2027-10-10"],
    ["2027-nam", "Năm 2027", "2027-01-01", "2027-12-31", "2027-12-20"],
  ]);
  const plan = await readFile(join(work, "content/2027/ke-hoach.md"), "utf8");
  assert.match(plan, /^draft: true$/m);
  assert.match(plan, /^year: 2027$/m);
  assert.match(plan, /^issuer: "UBND phường Đông Điền \(đơn vị giả định\)"$/m);
  assert.match(plan, new RegExp(`^title: "${PLAN_TEXT_PLACEHOLDER.replace(/[()]/g, "\\$&")}"$`, "m"));
  // A second run never overwrites.
  const again = await newPlan("2027");
  assert.equal(again.code, 1);
  assert.match(again.err, /Kế hoạch 2027 đã có/);
});

test("the draft validates, is left out of a real build and previewed with the banner in npm start", async () => {
  const { loadErrors, errors } = await loadAndValidatePlans(work, { publish: true });
  assert.deepEqual([...loadErrors, ...errors].map(formatError), []);
  const out = join(work, "_site");
  assert.ok(await buildSite({ root: work, outDir: out, pathPrefix: "/", guardPublished: false, log: () => undefined }));
  assert.equal(await stat(join(out, "2027")).then(() => true, () => false), false, "no /2027/ in a real build");
  assert.match(await readFile(join(out, "index.html"), "utf8"), /năm 2026<\/h1>/);
  const dev = join(work, "_dev");
  assert.ok(await buildSite({ root: work, outDir: dev, pathPrefix: "/", dev: true, guardPublished: false }));
  const preview = await readFile(join(dev, "2027", "index.html"), "utf8");
  assert.match(preview, /class="draft-banner"/);
  assert.match(preview, /<code>content\/2027\/ke-hoach\.md<\/code>: kế hoạch đang chép, chưa công bố/);
  assert.match(await readFile(join(dev, "index.html"), "utf8"), /năm 2026<\/h1>/, "/ stays on the published plan");
});

test("published with its text still to copy, each such field is refused at its line", async () => {
  const path = join(work, "content/2027/ke-hoach.md");
  await writeFile(path, (await readFile(path, "utf8")).replace("draft: true\n", ""));
  const { errors } = await loadAndValidatePlans(work, { publish: true });
  const lines = errors.map(formatError);
  assert.equal(lines.find((l) => l.startsWith("content/2027/ke-hoach.md")), "content/2027/ke-hoach.md:4:8  Tên kế hoạch: Chưa chép nội dung từ văn bản kế hoạch mà kế hoạch đã bỏ dòng draft: true (chép nguyên văn trường này từ văn bản đã ký, hoặc ghi lại draft: true cho đến khi chép xong)");
  assert.equal(lines.find((l) => l.startsWith("content/2027/don-vi/van-phong-ubnd.md")), "content/2027/don-vi/van-phong-ubnd.md:7:11  Nội dung trách nhiệm: Chưa chép nội dung từ văn bản kế hoạch mà kế hoạch đã bỏ dòng draft: true (chép nguyên văn trường này từ văn bản đã ký, hoặc ghi lại draft: true cho đến khi chép xong)");
  // title, legalBases, preamble, goals, requirements, funding text, implementationIntro, closing, the
  // signer's three fields, recipients: 12 in ke-hoach.md; one duty in each of the 3 units.
  assert.equal(lines.filter((l) => l.includes("Chưa chép nội dung")).length, 15, lines.join("\n"));
});
