/**
 * Pure helpers behind the Report panel: which report years the data allows, and what a
 * plan contains (its charts and headlines) for the "what was built" summary.
 */
import { type FinancialYear, formatPeriod, parsePeriod } from "../core/dates";
import type { ChartSpec, Headline, ReportPlan } from "../core/report";
import { type PerformanceData, yearsWithFigures } from "../core/workbook";

/** Quarter label styles, with the example the pane shows for each. */
export const QUARTER_STYLES = [
  { value: "end-month", label: "Jun-2017 (the quarter's last month)" },
  { value: "range", label: "Apr-Jun 2019 (the months it covers)" },
] as const;

/** A quarter label style the pane offers. */
export type QuarterStyleChoice = (typeof QUARTER_STYLES)[number]["value"];

/**
 * The financial years with yearly figures in any dataset, newest first, labelled as the
 * reports write them ("2021-22"). A year with none (even the Settings report year) is not
 * offered: its report would be empty (core's yearsWithFigures, as the CLI's --year check).
 */
export function reportYears(data: PerformanceData): string[] {
  return yearsWithFigures(data).map((y) => formatPeriod(y));
}

/** The financial year of a label offered by {@link reportYears}. */
export function yearFromLabel(label: string): FinancialYear | undefined {
  const p = parsePeriod(label);
  return p?.kind === "year" ? p : undefined;
}

/** Every chart in a plan, in sheet order. */
export function planCharts(plan: ReportPlan): ChartSpec[] {
  return plan.blocks.flatMap((b) => (b.kind === "table" ? [...b.charts] : []));
}

/** Every headline in a plan, in sheet order. */
export function planHeadlines(plan: ReportPlan): Headline[] {
  return plan.blocks.flatMap((b) => (b.kind === "headlines" ? [...b.items] : []));
}
