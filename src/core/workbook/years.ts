/**
 * Which financial years a report can be built for: a year needs yearly figures in at least
 * one dataset (assessments, child protection, contacts, or children looked after at
 * 31 March). A report for a year with none would be a title over empty tables, so the CLI
 * refuses it (exit 1) and the task pane does not offer it; this module gives both the list
 * and the reason in one wording.
 */
import type { PerformanceData } from "./model";
import type { RawWorkbook } from "./raw";
import { type FinancialYear, formatPeriod, parsePeriod } from "../dates";

/** The financial years with yearly figures in any dataset, newest first. */
export function yearsWithFigures(data: PerformanceData): FinancialYear[] {
  const starts = new Set<number>();
  for (const a of data.assessments) starts.add(a.year.startYear);
  for (const c of data.childProtection) starts.add(c.year.startYear);
  for (const c of data.contacts) starts.add(c.year.startYear);
  for (const l of data.lookedAfter) if (l.period.kind === "year") starts.add(l.period.startYear);
  return [...starts].sort((a, b) => b - a).map((startYear) => ({ kind: "year", startYear }));
}

/**
 * Why no report can be built for `year`, or undefined when some dataset has its figures.
 * @returns e.g. "No figures for 2030-31 in any dataset: the workbook's yearly figures run
 *   from 2013-14 to 2021-22. Choose one of those years, or add the 2030-31 rows."
 */
export function reportYearProblem(data: PerformanceData, year: FinancialYear): string | undefined {
  const years = yearsWithFigures(data);
  if (years.some((y) => y.startYear === year.startYear)) return undefined;
  const label = formatPeriod(year);
  const newest = years[0];
  const oldest = years[years.length - 1];
  if (!newest || !oldest) return `No figures for ${label}: the workbook has no yearly figures at all.`;
  const span =
    newest === oldest
      ? `the workbook's yearly figures are for ${formatPeriod(newest)} only`
      : `the workbook's yearly figures run from ${formatPeriod(oldest)} to ${formatPeriod(newest)}`;
  return `No figures for ${label} in any dataset: ${span}. Choose one of those years, or add the ${label} rows.`;
}

/**
 * The financial years named in the workbook's tables (a row's first cell, or a header across),
 * newest first: what the pane can say exists while errors keep the figures from being read.
 */
export function yearsNamedIn(raw: RawWorkbook): FinancialYear[] {
  const starts = new Set<number>();
  const note = (v: unknown): void => {
    const p = typeof v === "string" ? parsePeriod(v) : undefined;
    if (p?.kind === "year") starts.add(p.startYear);
  };
  for (const sheet of raw.sheets) {
    for (const t of sheet.tables) {
      for (const row of t.rows) note(row[0]);
      for (const h of t.headerValues ?? t.headers) note(h);
    }
  }
  return [...starts].sort((a, b) => b - a).map((startYear) => ({ kind: "year", startYear }));
}
