/**
 * The Report tab's words for why it cannot build a report yet. Pure: no Office or DOM.
 */
import { type FinancialYear, formatPeriod } from "../core/dates";
import { plural } from "./issue-groups";

/** "2013-14 to 2021-22", "2021-22", or undefined for none (years newest first). */
export function yearSpan(years: readonly FinancialYear[]): string | undefined {
  const newest = years[0];
  const oldest = years[years.length - 1];
  if (!newest || !oldest) return undefined;
  return newest === oldest ? formatPeriod(newest) : `${formatPeriod(oldest)} to ${formatPeriod(newest)}`;
}

/** Why errors block the report, and which years the workbook has for when they are fixed. */
export function blockedReason(errors: number, yearsNamed: readonly FinancialYear[]): string {
  const span = yearSpan(yearsNamed);
  const years = span
    ? ` The workbook has figures for ${span}; the report year can be chosen once the errors are fixed.`
    : " No financial years were found in the workbook's tables.";
  return `Validation found ${plural(errors, "error")}, and a report is never built from figures with errors. Fix them, then validate again.${years}`;
}
