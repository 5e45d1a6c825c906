/**
 * buildReportPlan: the Safeguarding Report's tables, charts and headlines for a report
 * year, as plain data (see plan.ts), from validated PerformanceData. Pure: the same data
 * and options always give the same plan.
 */
import { type FinancialYear, formatPeriod, periodEndSerial, type QuarterStyle, type Serial } from "../dates";
import { type PerformanceData, finding, type Issue, renderFinding } from "../workbook";
import type { TableContent } from "./content";
import * as H from "./headlines";
import { layoutReport } from "./placement";
import { planPage } from "./page";
import { REPORT_SHEET_NAME, type Headline, type ReportPlan } from "./plan";
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
import { headlineLeftOut, leftOut, type ComparisonId, type LeftOut } from "./left-out";
import { REPORT_STYLES } from "./styles";
import { changeClause, rateHeadlines, withComparatorRows, type ReportBenchmarks } from "./comparators";

/**
 * The comparators' change in the report year, for a change headline (", against a national
 * increase of 2% in 2019-20"); comparators DfE has no figures for are noted as left out.
 */
function changeComparison(
  b: ReportBenchmarks,
  indicator: string,
  year: FinancialYear,
  id: ComparisonId,
  omitted: LeftOut[],
): string {
  const clause = changeClause(b, indicator, year.startYear);
  if (clause.missing.length > 0)
    omitted.push(
      leftOut(id, "comparison-not-published", {
        who: clause.missing,
        year: formatPeriod(year),
        previous: formatPeriod({ kind: "year", startYear: year.startYear - 1 }),
      }),
    );
  return clause.text;
}

/** The looked-after change headline, compared with the comparators' change when the report compares. */
function lookedAfterChange(
  data: PerformanceData,
  year: FinancialYear,
  bench: ReportBenchmarks | undefined,
  omitted: LeftOut[],
): H.HeadlineResult {
  const h = H.lookedAfterChange(data, year);
  // Only a headline that is stated has a comparison to leave out.
  if (!bench || !("text" in h)) return h;
  return H.lookedAfterChange(data, year, changeComparison(bench, "cla", year, `${h.id}Comparison`, omitted));
}

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
  /**
   * DfE's published figures to compare with (England, the region, the statistical neighbours):
   * comparator rows and charts under the tables, comparisons in the headlines. Absent, the
   * report has the workbook's figures only.
   */
  readonly benchmarks?: ReportBenchmarks;
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

  const omitted: LeftOut[] = [];
  const tables: TableContent[] = [];
  const results: TableResult[] = [
    assessmentsTable(data, year),
    childProtectionTable(data, year),
    lookedAfterTable(data, year),
    contactsTable(data, year),
    uascTable(data, year, style),
  ];
  const bench = options.benchmarks;
  for (const r of results) {
    if ("table" in r) tables.push(bench ? withComparatorRows(r.table, bench) : r.table);
    else omitted.push(r.omitted);
  }

  const headlines: Omit<Headline, "address">[] = [];
  for (const h of [
    H.uascChange(data, windowEnd),
    H.contactsChange(data, year),
    lookedAfterChange(data, year, bench, omitted),
    H.timeliness(data, year),
    H.quota(data, quotaAsOf),
    H.uascLookedAfter(data, year),
    ...(bench ? rateHeadlines(bench, year.startYear) : []),
  ]) {
    if ("text" in h) headlines.push(h);
    else omitted.push(headlineLeftOut(h.id, h.omitted));
  }

  const title = fill(TEMPLATES.reportTitle, { la, year: yearLabel });
  const sourceNote = fill(TEMPLATES.sourceNote, {
    year: yearLabel,
    styleExample: style === "range" ? 'by their months ("Apr-Jun 2019")' : 'by their last month ("Jun-2017")',
  });
  const layout = layoutReport({ title, sourceNote, headlines, tables });
  return {
    sheetName: REPORT_SHEET_NAME,
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

/** A plan, or the fault that stopped it. */
export type PlanOutcome = { readonly plan: ReportPlan } | { readonly failure: Issue };

/**
 * {@link buildReportPlan} for the pane and the CLI: a builder that throws is a bug in the
 * add-in, so the outcome is an internal-error issue (an error: nothing is written) rather than
 * a report with a part silently missing. The exception's text is not kept: it may quote a figure.
 */
export function planReport(data: PerformanceData, options: BuildOptions = {}): PlanOutcome {
  try {
    return { plan: buildReportPlan(data, options) };
  } catch {
    return { failure: renderFinding(finding("internal-error", REPORT_SHEET_NAME, "A1", { step: "report" })) };
  }
}
