/**
 * Validating the performance workbook: structure, cells, periods, rows, datasets against
 * each other and trends, as issues naming real cells; and, when there is no error, the
 * typed PerformanceData the report is built from. Pure: the reader (Office.js or ExcelJS)
 * supplies the RawWorkbook.
 */
import type { RawWorkbook } from "./raw";
import { type DatasetId, LAYOUT } from "./layout";
import type { PerformanceData, Settings } from "./model";
import { locateDataset, type LocatedTable } from "./locate";
import { FindingSink, finding, type Finding, type Issue } from "./issues";
import { isBlankValue } from "./cells";
import { renderFinding } from "./messages";
import { readSettings } from "./rules/settings";
import { readPeriodTable, type PeriodTable } from "./rules/table";
import { checkRows } from "./rules/rows";
import { checkTrends } from "./rules/trends";
import { checkReportYear, checkUascQuota } from "./rules/cross";
import { checkLogTimeliness, readLog, type ReadLog } from "./rules/log";
import { buildPerformanceData } from "./build";
import { runToEnd, type Steps, ASSESSMENT_WORKING_DAYS, DEFAULT_TREND_THRESHOLD, parseCell } from "../base";
import type { BenchmarkDataset } from "../benchmarks";
import { checkPublished } from "./rules/published";

/** The result of {@link validateWorkbook}. */
export interface ValidationResult {
  /** Every issue, sorted by sheet (workbook order), then row, then column. */
  readonly issues: readonly Issue[];
  /** The datasets, present only when no issue is an error. */
  readonly data?: PerformanceData;
}

/** The datasets indexed by period, read by {@link readPeriodTable}. */
const PERIOD_DATASETS = [
  "assessments",
  "childProtection",
  "lookedAfter",
  "contacts",
  "uasc",
] as const satisfies readonly DatasetId[];

/**
 * Validates a performance workbook.
 * @param raw the workbook's tables (and, optionally, sheet cells) as a reader yields them.
 * @returns the issues and, when none is an error, the PerformanceData. Never throws on
 *   odd input: a malformed workbook is reported as issues.
 */
export function validateWorkbook(raw: RawWorkbook, options: ValidateOptions = {}): ValidationResult {
  return runToEnd(validationSteps(raw, options));
}

/** Options of {@link validateWorkbook}. */
export interface ValidateOptions {
  /**
   * DfE's published figures: each yearly figure the workbook shares with them (plans and
   * children looked after at 31 March, referrals) is cross-checked for the Settings' council.
   */
  readonly published?: BenchmarkDataset;
}

/**
 * {@link validateWorkbook} as bounded steps, for a driver that gives the thread back between
 * them (core/base/slices.ts): each step handles one table, or LOG_STEP_ROWS (rules/log.ts) rows of the
 * assessment log. Run to the end, it gives exactly what validateWorkbook gives.
 * @returns the steps; each yields the rows it handled, the last returns the result.
 */
export function* validationSteps(raw: RawWorkbook, options: ValidateOptions = {}): Steps<ValidationResult> {
  const sink = new FindingSink();
  const located = new Map<DatasetId, LocatedTable | undefined>();
  for (const spec of LAYOUT) {
    const t = locateDataset(raw, spec, sink);
    located.set(spec.id, t);
    yield 0;
  }

  const settings = readSettings(located.get("settings"), sink);
  const threshold = settings.values.trendThreshold ?? DEFAULT_TREND_THRESHOLD;
  const tables = new Map<DatasetId, PeriodTable>();
  for (const id of PERIOD_DATASETS) {
    const t = located.get(id);
    if (!t) continue;
    const read = readPeriodTable(t, sink);
    tables.set(id, read);
    if (!t.rows.some((r) => !r.every(isBlankValue))) {
      // Name the first body row (an Excel table always has one), else the header.
      const cell = t.rows.length ? t.at(t.top + 1, t.left + (t.columnIndex[0] ?? 0)) : read.lastPeriodCell;
      sink.add(finding("no-data", t.sheet, cell, { table: t.name || t.spec.table, across: t.across }));
    }
    checkRows(read, sink);
    checkTrends(read, threshold, sink);
    if (settings.values.reportYear) checkReportYear(read, settings.values.reportYear, sink);
    yield t.rows.length;
  }
  const uasc = tables.get("uasc");
  if (uasc && settings.values.under18Population !== undefined)
    checkUascQuota(uasc, settings.values.under18Population, sink, settings.values.ntsRate);

  if (options.published && settings.values.localAuthority)
    checkPublished(tables, settings.values.localAuthority, options.published, sink);

  const logTable = located.get("assessmentLog");
  let log: ReadLog | undefined;
  if (logTable) {
    log = yield* readLog(logTable, sink);
    const assessments = tables.get("assessments");
    if (assessments)
      yield* checkLogTimeliness(log, assessments, settings.values.timelinessLimit ?? ASSESSMENT_WORKING_DAYS, sink);
  }

  const findings = sortFindings(sink.finish(), raw);
  const issues = findings.map((f) => renderFinding(f));
  if (findings.some((f) => f.severity === "error")) return { issues };
  const data = buildPerformanceData(settings.values as Settings, tables, log);
  return data ? { issues, data } : { issues };
}

/** Sheet order as in the workbook (missing sheets first: they block everything), then row, then column. */
function sortFindings(findings: Finding[], raw: RawWorkbook): Finding[] {
  const order = new Map(raw.sheets.map((s, i) => [s.name, i]));
  const keyed = findings.map((f, i) => {
    const at = parseCell(f.cell) ?? { row: 0, col: 0 };
    return { f, i, sheet: order.get(f.sheet) ?? -1, row: at.row, col: at.col };
  });
  keyed.sort((a, b) => a.sheet - b.sheet || a.row - b.row || a.col - b.col || a.i - b.i);
  return keyed.map((k) => k.f);
}
