import reportSchema from "../../schemas/report.schema.json" with { type: "json" };
import type { Report } from "./content.generated.ts";

export type TaskStatus = Report["tasks"][number]["status"];

/** Task statuses in display order, from not started to done: the report schema's list, the one place they are written. Read by validation and derive alike. */
export const TASK_STATUSES = reportSchema.properties.tasks.items.properties.status.enum as readonly TaskStatus[];
