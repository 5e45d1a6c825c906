/**
 * Pure helpers behind the Report panel: which report years the data allows, and what a
 * plan contains (its charts and headlines) for the "what was built" summary.
 */
import { formatPeriod, parsePeriod } from "../core/dates/periods";
import type { ChartSpec, Headline, ReportPlan } from "../core/report/plan";
import type { FinancialYear, PerformanceData } from "../core/workbook/model";

/** Quarter label styles, with the example the pane shows for each. */
export const QUARTER_STYLES = [
  { value: "end-month", label: "Jun-2017 (the quarter's last month)" },
  { value: "range", label: "Apr-Jun 2019 (the months it covers)" },
] as const;

/** A quarter label style the pane offers. */
export type QuarterStyleChoice = (typeof QUARTER_STYLES)[number]["value"];

/**
 * The financial years with yearly figures in any dataset, newest first, labelled as the
 * reports write them ("2021-22"). The Settings report year is always offered.
 */
export function reportYears(data: PerformanceData): string[] {
  const starts = new Set<number>([data.settings.reportYear.startYear]);
  const add = (y: FinancialYear): void => {
    starts.add(y.startYear);
  };
  data.assessments.forEach((a) => add(a.year));
  data.childProtection.forEach((c) => add(c.year));
  data.contacts.forEach((c) => add(c.year));
  data.lookedAfter.forEach((l) => {
    if (l.period.kind === "year") add(l.period);
  });
  return [...starts].sort((a, b) => b - a).map((startYear) => formatPeriod({ kind: "year", startYear }));
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

/** Titles of the plan's tables, in sheet order. */
export function planTables(plan: ReportPlan): string[] {
  return plan.blocks.flatMap((b) => (b.kind === "table" ? [b.title] : []));
}
