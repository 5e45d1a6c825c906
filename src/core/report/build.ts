/**
 * buildReportPlan: the Safeguarding Report's tables, charts and headlines for a report
 * year, as plain data (see plan.ts), from validated PerformanceData. Pure: the same data
 * and options always give the same plan.
 */
import { type FinancialYear, formatPeriod, periodEndSerial, type QuarterStyle } from "../dates/periods";
import type { Serial } from "../dates/serial";
import type { PerformanceData } from "../workbook/model";
import type { TableContent } from "./content";
import * as H from "./headlines";
import { layoutReport } from "./placement";
import { planPage } from "./page";
import type { Headline, ReportPlan } from "./plan";
import {
  assessmentsTable,
  childProtectionTable,
  contactsTable,
  lookedAfterTable,
  uascTable,
  uascWindow,
  type TableResult,
} from "./tables";
import { TEMPLATES, fill } from "./wording";
import { headlineLeftOut } from "./left-out";
import { REPORT_STYLES } from "./styles";

/** Options of {@link buildReportPlan}. */
export interface BuildOptions {
  /** The report year; default the Settings table's report year. */
  readonly year?: FinancialYear;
  /**
   * How quarters are labelled. Default "range" ("Apr-Jun 2019", the 2021-22 report's
   * style): it names the months a quarter covers, so it cannot be misread as a single
   * month. Pass "end-month" for the 2019-20 report's "Jun-2017".
   */
  readonly quarterStyle?: QuarterStyle;
  /**
   * The date the UASC National Transfer Scheme rate is taken at (0.07% from 1 July 2016,
   * 0.1% from 24 August 2022). Default: the last day of the UASC table's window, 30 June
   * after the report year, so the quota and the table speak of the same date.
   */
  readonly quotaAsOf?: Serial;
}

/**
 * Builds the report plan.
 * @param data validated performance data (no validation errors).
 * @param options report year, quarter label style, quota date; see {@link BuildOptions}.
 * @returns the plan: tables with charts, headlines, and the topics left out for lack of figures
 *   (a topic with no figure in its window is omitted with a reason, never an error).
 */
export function buildReportPlan(data: PerformanceData, options: BuildOptions = {}): ReportPlan {
  const year = options.year ?? data.settings.reportYear;
  const style = options.quarterStyle ?? "range";
  const window = uascWindow(year);
  const windowEnd = window[window.length - 1] ?? { kind: "quarter", endYear: year.startYear + 1, endMonth: 6 };
  const quotaAsOf = options.quotaAsOf ?? periodEndSerial(windowEnd);
  const yearLabel = formatPeriod(year);
  const la = data.settings.localAuthority;

  const omitted: { id: string; reason: string }[] = [];
  const tables: TableContent[] = [];
  const results: TableResult[] = [
    assessmentsTable(data, year),
    childProtectionTable(data, year),
    lookedAfterTable(data, year),
    contactsTable(data, year),
    uascTable(data, year, style),
  ];
  for (const r of results) {
    if ("table" in r) tables.push(r.table);
    else omitted.push(r.omitted);
  }

  const headlines: Omit<Headline, "address">[] = [];
  for (const h of [
    H.uascChange(data, windowEnd),
    H.contactsChange(data, year),
    H.lookedAfterChange(data, year),
    H.timeliness(data, year),
    H.quota(data, quotaAsOf),
    H.uascLookedAfter(data, year),
  ]) {
    if ("text" in h) headlines.push(h);
    else
      omitted.push({
        id: h.id,
        reason: headlineLeftOut(h.id, h.omitted),
      });
  }

  const title = fill(TEMPLATES.reportTitle, { la, year: yearLabel });
  const sourceNote = fill(TEMPLATES.sourceNote, {
    year: yearLabel,
    styleExample: style === "range" ? 'by their months ("Apr-Jun 2019")' : 'by their last month ("Jun-2017")',
  });
  const layout = layoutReport({ title, sourceNote, headlines, tables });
  return {
    sheetName: "Safeguarding Report",
    reportYear: yearLabel,
    title,
    localAuthority: la,
    blocks: layout.blocks,
    omitted,
    columnWidths: layout.columnWidths,
    styles: REPORT_STYLES,
    page: planPage({
      blocks: layout.blocks,
      columnWidths: layout.columnWidths,
      usedRange: layout.usedRange,
      localAuthority: la,
      reportTitle: title,
      reportYear: yearLabel,
    }),
  };
}
