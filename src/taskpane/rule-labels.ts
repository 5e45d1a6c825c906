/**
 * Group headings for the issue list: one plain-English name per validation rule code.
 * Typed as a full Record so a new code in src/core/workbook/issues.ts fails the type check
 * until it has a heading here.
 */
import type { IssueCode } from "../core/workbook";

/** The heading an issue code is listed under in the task pane. */
export const RULE_LABELS: Readonly<Record<IssueCode, string>> = {
  "sheet-missing": "Sheet missing",
  "table-missing": "Table missing",
  "table-renamed": "Table renamed",
  "no-table": "Figures not in an Excel table",
  "table-duplicate": "Second table of the same figures",
  "table-name-duplicate": "Two tables with one name",
  "column-missing": "Column missing",
  "name-broken": "Mapped table not found",
  "name-headers": "Mapped table lacks a column",
  "no-data": "No figures",
  "setting-missing": "Setting missing",
  "setting-default": "Setting defaulted",
  "setting-duplicate": "Setting given twice",
  "setting-zero": "Setting of 0",
  "setting-too-long": "Setting too long",
  "nts-rate-high": "NTS rate above 1%",
  "population-old": "Population estimate out of date",
  "population-implausible": "Population unlike any council's",
  blank: "Value missing",
  "formula-not-calculated": "Formula with no saved result",
  "number-as-text": "Number stored as text",
  "not-a-number": "Not a number",
  negative: "Negative count",
  "not-integer": "Count not a whole number",
  "date-in-count": "Date in a count column",
  "share-out-of-range": "Percentage outside 0-100%",
  "date-unreadable": "Unreadable date",
  "date-before-1900": "Date before 1900",
  "end-before-start": "End before start",
  "period-unreadable": "Unreadable period",
  "period-wrong-kind": "Wrong kind of period",
  "period-as-date": "Year turned into a date",
  "period-duplicate": "Period repeated",
  "period-missing": "Period missing from the sequence",
  "period-order": "Periods out of order",
  "part-above-whole": "Part larger than the whole",
  "timeliness-mismatch": "Timeliness does not match its counts",
  "share-without-count": "A share stated beside a count of 0",
  "log-timeliness-mismatch": "Timeliness differs from the assessment log",
  "uasc-above-quota": "UASC above the transfer threshold",
  "report-year-missing": "Report year has no figures",
  "published-differs": "Differs from DfE's published figures",
  "published-close": "Close to DfE's published figures",
  "trend-jump": "Large change from the previous period",
  "more-issues": "More of the same",
  "internal-error": "Fault in the add-in",
};

/** The heading for a code, falling back to the code itself for one this build does not know. */
export function ruleLabel(code: string): string {
  return (RULE_LABELS as Readonly<Record<string, string>>)[code] ?? code;
}
