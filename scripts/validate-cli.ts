import { loadContent } from "./load/load-content.ts";
import { reportProblems } from "./validate/report-problems.ts";
import { validateContent } from "./validate/validate-content.ts";

/** `npm run validate`: load and validate only; drafts are reported as warnings, not errors. */
const root = process.argv.slice(2).find((a) => !a.startsWith("--")) ?? ".";
const { files, errors: loadErrors } = await loadContent(root);
const { errors, warnings } = validateContent(files, { publish: process.argv.includes("--cong-bo") });
const count = await reportProblems([...loadErrors, ...errors, ...warnings].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line));
if (count === 0) console.log(`Nội dung hợp lệ: ${files.task.length} nhiệm vụ, ${files.objective.length} mục tiêu, ${files.report.length} báo cáo.`);
process.exitCode = count > 0 ? 1 : 0;
