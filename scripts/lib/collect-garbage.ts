/**
 * A full garbage collection, where the process allows it (`node --expose-gc`: `npm run build` and
 * the bench's builds; elsewhere it does nothing). V8 sizes its heap from what was live at its last
 * full collection, so at province scale the garbage of finished stages and render runs piled up:
 * at 10,000 tasks validation left ≈ 500 MB of it, and the pages of finished Eleventy shards made the
 * heap grow 650 → 1,780 MB over eight runs, the build peaking at 2.2 GB RSS. Collected at those
 * points the heap stays near what is live (≈ 600 MB); docs/performance.md has the figures.
 * Called only where a large plan makes garbage (after validation, between render runs), a few times
 * a build: a collection of a small heap takes milliseconds.
 */
export const collectGarbage: () => void = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
