import { fileURLToPath } from "node:url";

/**
 * The root of the fixture plan: a small invented plan (phường Đông Điền, "Kế hoạch mẫu để kiểm
 * thử") laid out like the repository (content/, data/), so tests can load, validate, derive and
 * build it with `loadContent(FIXTURE_PLAN)` or `buildSite({ root: FIXTURE_PLAN, … })` and expect
 * hand-written values that never change when the ward publishes a report. See README.md here.
 */
export const FIXTURE_PLAN = fileURLToPath(new URL("./", import.meta.url));
