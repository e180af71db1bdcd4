/**
 * Where each content type lives. One schema per type (schemas/<type>.schema.json); a type is either
 * one file or a folder holding one file per item, named after the item's id.
 */
export const CONTENT_TYPES = [
  { type: "site", schema: "site", file: "data/site.json" },
  { type: "plan", schema: "plan", file: "content/ke-hoach.md" },
  { type: "area", schema: "area", dir: "content/linh-vuc", ext: ".md" },
  { type: "objective", schema: "objective", dir: "content/muc-tieu", ext: ".md" },
  { type: "task", schema: "task", dir: "content/nhiem-vu", ext: ".md" },
  { type: "unit", schema: "unit", dir: "content/don-vi", ext: ".md" },
  { type: "update", schema: "update", dir: "content/cap-nhat", ext: ".md" },
  { type: "period", schema: "period", file: "data/ky-bao-cao.json" },
  { type: "report", schema: "report", dir: "data/bao-cao", ext: ".json" },
] as const;

export type ContentType = (typeof CONTENT_TYPES)[number]["type"];
