/**
 * Rules across datasets: the report year must have figures in each dataset the report
 * uses, and looked-after UASC are compared with the National Transfer Scheme threshold
 * (NTS protocol: 0.07% of the under-18 population from 1 July 2016, 0.1% from 24 August 2022).
 */
import { finding, type FindingSink } from "../issues";
import { periodLabel, shareText } from "../cells";
import { type FinancialYear, financialYearOf, formatPeriod, periodEndSerial } from "../../dates";
import { isCellError } from "../../base";
import { ntsRate, uascQuota } from "../../indicators";
import type { PeriodTable } from "./table";

/** Warns when a dataset has no figures for the report year (UASC: no quarter ending in it). */
export function checkReportYear(t: PeriodTable, year: FinancialYear, sink: FindingSink): void {
  const has = t.rows.some((r) =>
    r.period.kind === "year"
      ? r.period.startYear === year.startYear
      : t.table.spec.columns[0]?.kind === "quarter" &&
        financialYearOf(periodEndSerial(r.period)).startYear === year.startYear,
  );
  if (has) return;
  const kind = t.table.spec.columns[0]?.kind === "quarter" ? "quarter" : "year";
  sink.add(
    finding("report-year-missing", t.table.sheet, t.lastPeriodCell, {
      table: t.table.name || t.table.spec.table,
      year: formatPeriod(year),
      noun: kind === "quarter" ? "quarters" : t.table.across ? "column" : "row",
      line: t.table.across ? "column" : "row",
    }),
  );
}

/**
 * Warns where looked-after UASC exceed the NTS threshold at the quarter end.
 * @param rate the workbook's NTS rate setting, which replaces the protocol's rate by date.
 */
export function checkUascQuota(t: PeriodTable<"uasc">, population: number, sink: FindingSink, rate?: number): void {
  for (const r of t.rows) {
    const value = r.values.lookedAfter;
    if (value === undefined) continue;
    const asOf = periodEndSerial(r.period);
    const quota = uascQuota(population, asOf, rate);
    if (isCellError(quota) || value <= quota) continue; // before the scheme (July 2016) there is no threshold
    sink.add(
      finding("uasc-above-quota", t.table.sheet, t.cell(r.row, "lookedAfter"), {
        value,
        what: periodLabel(r.period),
        quota,
        rate: shareText(rate ?? ntsRate(asOf) ?? 0),
        population,
      }),
    );
  }
}
