import { sortProblems } from "./load/content-error.ts";
import { readPublishedReports } from "./load/read-published-reports.ts";
import { reportProblems } from "./validate/report-problems.ts";
import { loadAndValidatePlans } from "./validate/validate-plans.ts";

/**
 * `npm run validate`: load and validate only, every plan (content/<year>/, data/<year>/); drafts are
 * reported as warnings, not errors. Published figures are compared with their first publication on
 * the publishing branch (read from git).
 */
const root = process.argv.slice(2).find((a) => !a.startsWith("--")) ?? ".";
const published = await readPublishedReports(root);
const { plans, loadErrors, errors, warnings, notices } = await loadAndValidatePlans(root, { publish: process.argv.includes("--cong-bo"), published });
// Settings reminders (an empty contact point) only once the content itself has no error, so an error list stays about content.
const clean = loadErrors.length === 0 && errors.length === 0;
const count = await reportProblems(sortProblems([...loadErrors, ...errors, ...warnings, ...(clean ? notices : [])]));
if (count === 0) {
  for (const { year, files } of plans) console.log(`Nội dung hợp lệ, kế hoạch ${year}: ${files.task.length} nhiệm vụ, ${files.objective.length} mục tiêu, ${files.report.length} báo cáo.`);
}
process.exitCode = count > 0 ? 1 : 0;
