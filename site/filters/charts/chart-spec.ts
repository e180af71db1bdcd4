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
  /** Where the value axis starts when not at 0 (a value near its target reads better on 90–100 than on 0–100). */
  min?: number;
  labelHeader?: string;
  labels: string[];
  datasets: { label: string; data: (number | null)[]; kind?: string }[];
  illustrative?: boolean;
  /** A dashed reference line across every category, e.g. the progress expected from the share of the year gone. */
  reference?: { label: string; value: number };
}
