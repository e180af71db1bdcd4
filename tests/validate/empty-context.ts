import { CONTENT_TYPES } from "../../scripts/load/content-types.ts";
import type { CrossContext } from "../../scripts/validate/cross/context.ts";
import { idKindSources } from "../../scripts/validate/id-kinds.ts";

/**
 * A cross-file context with no content (every folder type an empty list, no ids declared), with
 * `over` laid on top: a check's unit test builds only what it reads.
 * @example emptyContext({ site }) → { site, areas: [], …, known: { area: Set {}, … } }
 */
export function emptyContext(over: Partial<CrossContext> = {}): CrossContext {
  const lists = Object.fromEntries(CONTENT_TYPES.filter((t) => "dir" in t).map((t) => [t.key, []]));
  const known = Object.fromEntries([...idKindSources().keys()].map((kind) => [kind, new Set<string>()]));
  return { ...lists, known, ...over } as CrossContext;
}
