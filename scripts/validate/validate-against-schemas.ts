import type { ContentError } from "../load/content-error.ts";
import type { LoadedContent } from "../load/load-content.ts";
import { CONTENT_TYPES } from "../load/content-types.ts";
import { ajvErrorToContentError, suggestedField } from "./ajv-error-to-content-error.ts";
import type { SchemaSet } from "./load-schemas.ts";

/**
 * Validate stage, schemas: checks every parsed file against the schema of its type. Reports one message per field
 * (ajv may raise several for one bad value), all files at once.
 * @example validateAgainstSchemas(files, loadSchemas()) → [{ file: "content/2026/nhiem-vu/nv-1-1.md", line: 4, … }]
 */
export function validateAgainstSchemas(files: LoadedContent, { schemas, validators }: SchemaSet): ContentError[] {
  const errors: ContentError[] = [];
  for (const spec of CONTENT_TYPES) {
    const validate = validators[spec.schema]!;
    for (const file of files[spec.type]) {
      if (validate(file.data)) continue;
      const schema = schemas[spec.schema]!;
      const found = validate.errors ?? [];
      // A misspelt required field ("dealine") raises both "unknown field" and "missing field"; the
      // first one, with its suggestion, says everything, so the second is dropped.
      const missingAt = (path: string) => new Set(found.filter((e) => e.keyword === "required" && e.instancePath === path).map((e) => String(e.params.missingProperty)));
      const misspelt = new Set(found.map((e) => `${e.instancePath}|${suggestedField(e, schema) ?? ""}`));
      const seen = new Set<string>();
      for (const e of found) {
        const key = `${e.instancePath}|${e.keyword === "required" ? e.params.missingProperty : e.keyword === "additionalProperties" ? e.params.additionalProperty : ""}`;
        if (seen.has(key)) continue;
        seen.add(key);
        if (e.keyword === "required" && misspelt.has(key)) continue;
        errors.push(ajvErrorToContentError(e, file, schema, { missingFields: missingAt(e.instancePath) }));
      }
    }
  }
  return errors;
}
