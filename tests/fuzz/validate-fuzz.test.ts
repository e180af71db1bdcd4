/**
 * Property-based fuzzing of load + validate on a small content tree: broken front matter, broken
 * JSON, odd Unicode and bytes, added, removed and renamed files. Validation must never throw or
 * hang, and every problem it reports must have a file, a line and a Vietnamese message.
 * `npm test` runs FUZZ_RUNS cases (2,000 by default); `npm run fuzz` runs many more. A failure
 * prints fast-check's seed and the shrunk edits; FUZZ_SEED=<seed> replays it.
 */
import fc from "fast-check";
import { test } from "node:test";
import { baseTree, checkCase, edit, parseBase } from "./content-fuzz.ts";

const RUNS = Number(process.env.FUZZ_RUNS ?? 2000);
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;
/** Per case, generous for a shared 2-core machine: a real hang or blow-up takes far longer. */
const BOUND_MS = 2000;

test(`validate survives ${RUNS} generated broken content trees`, { timeout: Math.max(120_000, RUNS * 100) }, () => {
  const base = baseTree();
  const known = parseBase(base);
  fc.assert(
    fc.property(fc.array(edit, { minLength: 1, maxLength: 3 }), fc.boolean(), (edits, publish) => checkCase(base, known, edits, publish, BOUND_MS)),
    {
      numRuns: RUNS,
      ...(SEED !== undefined ? { seed: SEED } : {}),
      // Say what broke, not only which input did: the default report leaves the error out.
      reporter: (out) => {
        if (out.failed) throw new Error(`${fc.defaultReportMessage(out)}\n${out.errorInstance instanceof Error ? out.errorInstance.stack : String(out.errorInstance)}`);
      },
    },
  );
});
