import { CONTENT_TYPES } from "../types/content.generated.ts";

/**
 * The content-type registry: one entry per schema, read from its `x-content` (where its files live,
 * its reading order) by `npm run types`. A type is either one file or a folder holding one file per
 * item, named after the item's id. Loaders, validation and the data dictionary go by this list.
 */
export { CONTENT_TYPES };

export type ContentType = (typeof CONTENT_TYPES)[number]["type"];
