import type { Area, Objective, Period, Plan, Report, SiteSettings, Task, Unit, Update } from "../types/content.generated.ts";

/** A validated item with the file it came from (for error positions, git history and rendering the body). */
export interface Entry<T> {
  data: T;
  path: string;
  body: string;
}

/** Everything that passed validation: the only input later stages accept. */
export interface ValidContent {
  site: SiteSettings;
  plan: Entry<Plan>;
  areas: Entry<Area>[];
  objectives: Entry<Objective>[];
  tasks: Entry<Task>[];
  units: Entry<Unit>[];
  updates: Entry<Update>[];
  periods: Period[];
  periodsPath: string;
  reports: Entry<Report>[];
}
