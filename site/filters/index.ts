import type { EleventyConfig } from "@11ty/eleventy";
import { formatDate } from "./format-date.ts";
import { formatNumber, formatPercent } from "./format-number.ts";
import { markdown } from "./markdown.ts";
import { toJsonAttr } from "./to-json-attr.ts";
import { areaProgressChart } from "./charts/area-progress-chart.ts";
import { statusChart } from "./charts/status-chart.ts";
import { targetChart } from "./charts/target-chart.ts";
import { taskChart } from "./charts/task-chart.ts";
import { svgBarChart } from "./charts/svg-bar-chart.ts";
import { groupTasks } from "./group-tasks.ts";
import { atomDate, feedEntries } from "./feed-entries.ts";
import { correctionText } from "./correction-text.ts";
import { findById } from "./find-by-id.ts";
import { explorerData } from "./explorer-data.ts";
import { periodSeries } from "./period-series.ts";
import { lateFirst, lateTasks } from "./late-tasks.ts";
import { progressVerdict } from "./progress-verdict.ts";
import { abbr, unitAbbr, usedAbbreviations } from "./abbr.ts";
import { objectiveChanges, taskChanges } from "./content-changes.ts";

/** Registers every template filter; each lives in its own file with an example. */
export function registerFilters(eleventyConfig: EleventyConfig): void {
  eleventyConfig.addFilter("markdown", markdown);
  eleventyConfig.addFilter("number", formatNumber);
  eleventyConfig.addFilter("percent", formatPercent);
  eleventyConfig.addFilter("date", formatDate);
  eleventyConfig.addFilter("jsonAttr", toJsonAttr);
  eleventyConfig.addFilter("statusChart", statusChart);
  eleventyConfig.addFilter("areaProgressChart", areaProgressChart);
  eleventyConfig.addFilter("targetChart", targetChart);
  eleventyConfig.addFilter("taskChart", taskChart);
  eleventyConfig.addFilter("svgBarChart", svgBarChart);
  eleventyConfig.addFilter("groupTasks", groupTasks);
  eleventyConfig.addFilter("feedEntries", feedEntries);
  eleventyConfig.addFilter("findById", findById);
  eleventyConfig.addFilter("correctionText", correctionText);
  eleventyConfig.addFilter("atomDate", atomDate);
  eleventyConfig.addFilter("explorerData", explorerData);
  eleventyConfig.addFilter("periodSeries", periodSeries);
  eleventyConfig.addFilter("lateTasks", lateTasks);
  eleventyConfig.addFilter("lateFirst", lateFirst);
  eleventyConfig.addFilter("progressVerdict", progressVerdict);
  eleventyConfig.addFilter("abbr", abbr);
  eleventyConfig.addFilter("unitAbbr", unitAbbr);
  eleventyConfig.addFilter("usedAbbreviations", usedAbbreviations);
  eleventyConfig.addFilter("taskChanges", taskChanges);
  eleventyConfig.addFilter("objectiveChanges", objectiveChanges);
}
