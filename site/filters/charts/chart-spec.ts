/** What a chart partial and site/assets/js/charts.ts agree on; the same numbers fill the table. */
export interface ChartSpec {
  id: string;
  title: string;
  /** Short accessible description of what the chart shows. */
  summary: string;
  type: "bar" | "line";
  horizontal?: boolean;
  stacked?: boolean;
  unit?: "%";
  max?: number;
  labelHeader?: string;
  labels: string[];
  datasets: { label: string; data: (number | null)[]; kind?: string }[];
  illustrative?: boolean;
}
