import type { ContentError } from "../../load/content-error.ts";
import type { DataPath, SourceFile } from "../../load/source-file.ts";
import { closestWord } from "../../lib/closest-word.ts";
import { loadSchemas, type JsonSchema } from "../load-schemas.ts";
import { errorAt, type Checked, type Check, type CrossContext } from "./context.ts";

type Kind = keyof CrossContext["known"];

/** A field that names an item of another type, as its schema declares with `x-ref`. "*" stands for every item of a list. */
interface ReferenceField {
  path: (string | "*")[];
  kind: Kind;
  /** The field's title in the schema (for an item of a list, the list's title): what staff see. */
  title: string;
}

/**
 * Every `x-ref` field of a schema, in the order the schema lists them.
 * @example referenceFields(schemas.task) → [{ path: ["area"], kind: "area", title: "Lĩnh vực" }, …, { path: ["support", "*"], kind: "unit", title: "Đơn vị phối hợp" }, …]
 */
export function referenceFields(schema: JsonSchema): ReferenceField[] {
  const out: ReferenceField[] = [];
  const defs = (schema.$defs ?? {}) as Record<string, JsonSchema>;
  const deref = (node: JsonSchema): JsonSchema => (typeof node.$ref === "string" ? { ...defs[node.$ref.split("/").pop()!], ...node } : node);
  const walk = (raw: JsonSchema, path: (string | "*")[], title: string | undefined) => {
    const node = deref(raw);
    const here = (node.title as string | undefined) ?? title;
    if (typeof node["x-ref"] === "string") out.push({ path, kind: node["x-ref"] as Kind, title: here ?? path.join(".") });
    for (const [key, sub] of Object.entries((node.properties ?? {}) as Record<string, JsonSchema>)) walk(sub, [...path, key], undefined);
    if (node.items && typeof node.items === "object") walk(node.items as JsonSchema, [...path, "*"], here);
  };
  walk(schema, [], undefined);
  return out;
}

/** The values at `path` in `data`, each with its concrete path ("*" expanded to every index). */
function valuesAt(data: unknown, path: (string | "*")[], at: DataPath = []): { path: DataPath; value: unknown }[] {
  if (path.length === 0) return [{ path: at, value: data }];
  const [head, ...rest] = path;
  if (head === "*") return Array.isArray(data) ? data.flatMap((item, i) => valuesAt(item, rest, [...at, i])) : [];
  return data && typeof data === "object" ? valuesAt((data as Record<string, unknown>)[head!], rest, [...at, head!]) : [];
}

const WHERE: Record<Kind, string> = {
  area: "content/linh-vuc/",
  objective: "content/muc-tieu/",
  target: "các tệp content/muc-tieu/ (trường targets)",
  task: "content/nhiem-vu/",
  unit: "content/don-vi/",
  period: "data/ky-bao-cao.json",
};

/**
 * Every reference to an area, objective, target, task, unit or period (each field marked `x-ref` in
 * its schema) names one that exists; ids that encode their area (nv-2-…, mt-2-…) sit in the area with
 * that number; a task's lead is not also among its coordinating units.
 * @example checkReferences(ctx) → [{ field: "Đơn vị chủ trì", message: "Không có đơn vị \"phong-x\"", … }]
 */
export const checkReferences: Check = (ctx) => {
  const errors: ContentError[] = [];
  // Values a file's schema refused are undefined here (validate-content.ts) and skipped: their own error speaks for them.
  const ref = (file: SourceFile, path: DataPath, field: string, kind: Kind, id: string | undefined) => {
    if (typeof id !== "string" || ctx.known[kind].has(id) || ctx.unknowable?.(kind, id)) return;
    const known = [...ctx.known[kind]].sort();
    const guess = kind === "period" ? undefined : closestWord(id, known);
    // A short list is spelled out, so staff need not open the folder to find the right id.
    const choices = known.length > 0 && known.length <= 10 ? `: ${known.join(", ")}` : "";
    const fix = guess
      ? `có phải ý bạn là "${guess}"?`
      : kind === "period"
        ? `khai báo kỳ "${id}" trong data/ky-bao-cao.json, hoặc dùng một kỳ đã khai báo${choices}`
        : `dùng một mã có trong ${WHERE[kind]}${choices}`;
    errors.push(errorAt(file, path, field, `Không tìm thấy "${id}" trong ${WHERE[kind]}`, fix));
  };
  const areaNumber = new Map(ctx.areas.map((a) => [a.data.id, a.data.number]));
  const sameArea = (file: SourceFile, id: string | undefined, area: string | undefined, field: string) => {
    if (typeof id !== "string" || typeof area !== "string") return;
    const n = areaNumber.get(area);
    const declared = Number(id.split("-")[1]);
    if (n !== undefined && n !== declared) {
      errors.push(errorAt(file, ["area"], field, `Mã "${id}" thuộc lĩnh vực số ${declared} nhưng trường area là "${area}" (lĩnh vực số ${n})`, "sửa trường area cho khớp với số trong mã"));
    }
  };
  const { schemas } = loadSchemas();
  const filesOf: Record<string, Checked<unknown>[]> = {
    area: ctx.areas, objective: ctx.objectives, task: ctx.tasks, unit: ctx.units, update: ctx.updates, report: ctx.reports,
  };
  for (const [type, files] of Object.entries(filesOf)) {
    const fields = referenceFields(schemas[type] ?? {});
    for (const { file, data } of files) {
      for (const field of fields) for (const { path, value } of valuesAt(data, field.path)) ref(file, path, field.title, field.kind, value as string | undefined);
    }
  }
  for (const { file, data } of ctx.objectives) sameArea(file, data.id, data.area, "Lĩnh vực");
  for (const { file, data } of ctx.tasks) {
    sameArea(file, data.id, data.area, "Lĩnh vực");
    (data.support ?? []).forEach((u, i) => {
      if (u !== undefined && u === data.lead) errors.push(errorAt(file, ["support", i], "Đơn vị phối hợp", `"${u}" đã là đơn vị chủ trì`, "xóa đơn vị này khỏi danh sách phối hợp"));
    });
  }
  return errors;
};
