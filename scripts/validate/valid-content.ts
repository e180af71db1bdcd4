import type { CONTENT_TYPES, ContentData } from "../types/content.generated.ts";

/** A validated item with the file it came from (for error positions, git history and rendering the body). */
export interface Entry<T> {
  data: T;
  path: string;
  body: string;
}

type Registered = (typeof CONTENT_TYPES)[number];

/**
 * Everything that passed validation: the only input later stages accept. One field per content type,
 * named by its schema's `x-content.key`: a folder type is a list of entries (`tasks`), a single-file
 * type one entry (`plan`, `periods`), so a new schema adds its field here without an edit.
 */
export type ValidContent = {
  [T in Registered as T["key"]]: T extends { dir: string } ? Entry<ContentData[T["type"]]>[] : Entry<ContentData[T["type"]]>;
};
