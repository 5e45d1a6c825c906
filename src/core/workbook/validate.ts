/**
 * Validating the performance workbook: structure, cells, periods, rows, datasets against
 * each other and trends, as issues naming real cells; and, when there is no error, the
 * typed PerformanceData the report is built from. Pure: the reader (Office.js or ExcelJS)
 * supplies the RawWorkbook.
 */
import type { RawWorkbook } from "./raw";
import { type DatasetId, type PeriodDatasetId, LAYOUT } from "./layout";
import type { PerformanceData, Settings } from "./model";
import { locateDataset, type LocatedTable } from "./locate";
import { FindingSink, finding, type Finding, type InternalStep, type Issue } from "./issues";
import { isBlankValue } from "./cells";
import { renderFinding } from "./messages";
import { readSettings, type ReadSettings } from "./rules/settings";
import { PeriodTables, readPeriodTable } from "./rules/table";
import { checkRows, checkTimeliness } from "./rules/rows";
import { checkTrends } from "./rules/trends";
import { checkReportYear, checkUascQuota } from "./rules/cross";
import { checkLogTimeliness, readLog, type ReadLog } from "./rules/log";
import { buildPerformanceData } from "./build";
import { runToEnd, type Steps, ASSESSMENT_WORKING_DAYS, DEFAULT_TREND_THRESHOLD, parseCell } from "../base";
import type { BenchmarkDataset } from "../benchmarks";
import { checkPublished } from "./rules/published";
import { locatedIn1900System } from "./date-system";

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
] as const satisfies readonly PeriodDatasetId[];

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
  // A rule that throws is a bug: it becomes an internal-error finding (an error, so no data and
  // no report) at the sheet it was checking, and the other rules still run.
  const guard = <T>(step: InternalStep, sheet: string, run: () => T): T | undefined => {
    try {
      return run();
    } catch {
      sink.add(internalError(step, sheet));
      return undefined;
    }
  };
  const located = new Map<DatasetId, LocatedTable | undefined>();
  for (const spec of LAYOUT) {
    const t = guard("locate", spec.sheet, () => locateDataset(raw, spec, sink));
    // A 1904-system workbook's dates, as 1900 serials before any rule reads them.
    located.set(spec.id, t && raw.date1904 ? locatedIn1900System(t) : t);
    yield 0;
  }

  const settingsTable = located.get("settings");
  const settings: ReadSettings = guard("settings", settingsTable?.sheet ?? "Settings", () =>
    readSettings(settingsTable, sink),
  ) ?? { values: {}, cells: {} };
  const threshold = settings.values.trendThreshold ?? DEFAULT_TREND_THRESHOLD;
  const tables = new PeriodTables();
  for (const id of PERIOD_DATASETS) {
    const t = located.get(id);
    if (!t) continue;
    const read = guard("table", t.sheet, () => readPeriodTable(id, t, sink));
    if (!read) continue;
    tables.set(read);
    if (!t.rows.some((r) => !r.every(isBlankValue))) {
      // Name the first body row (an Excel table always has one), else the header.
      const cell = t.rows.length ? t.at(t.top + 1, t.left + (t.columnIndex[0] ?? 0)) : read.lastPeriodCell;
      sink.add(finding("no-data", t.sheet, cell, { table: t.name || t.spec.table, across: t.across }));
    }
    guard("rows", t.sheet, () => {
      checkRows(read, sink);
      const assessments = id === "assessments" ? tables.get(id) : undefined;
      if (assessments) checkTimeliness(assessments, sink);
    });
    guard("trends", t.sheet, () => checkTrends(read, threshold, sink));
    const reportYear = settings.values.reportYear;
    if (reportYear) guard("report-year", t.sheet, () => checkReportYear(read, reportYear, sink));
    yield t.rows.length;
  }
  const uasc = tables.get("uasc");
  const population = settings.values.under18Population;
  if (uasc && population !== undefined)
    guard("uasc-quota", uasc.table.sheet, () => checkUascQuota(uasc, population, sink, settings.values.ntsRate));

  const { published } = options;
  const la = settings.values.localAuthority;
  if (published && la) guard("published", "", () => checkPublished(tables, la, published, sink));

  const logTable = located.get("assessmentLog");
  let log: ReadLog | undefined;
  if (logTable) {
    log = yield* guardSteps("log", logTable.sheet, readLog(logTable, sink), sink);
    const assessments = tables.get("assessments");
    if (log && assessments)
      yield* guardSteps(
        "log-timeliness",
        logTable.sheet,
        checkLogTimeliness(log, assessments, settings.values.timelinessLimit ?? ASSESSMENT_WORKING_DAYS, sink),
        sink,
      );
  }

  if (!sink.hasError) {
    const data = guard("data", "", () => buildPerformanceData(settings.values as Settings, tables, log));
    // The rules passed every figure, so a figure the model refuses is a gap in the rules, not
    // the officer's: said as a fault, never a silent "no figures".
    if (data) return finish(sink, raw, data);
    if (!sink.hasError) sink.add(internalError("data", ""));
  }
  return finish(sink, raw, undefined);
}

/**
 * A "blank" finding at a cell that holds a formula with no stored result (RawWorkbook.uncalculated)
 * says that instead: the officer typed a figure's formula, and the fix is to save the file from
 * Excel, not to type the figure again.
 */
function uncalculatedFinding(f: Finding, raw: RawWorkbook): Finding {
  if (f.code !== "blank" || !raw.uncalculated?.some((u) => u.sheet === f.sheet && u.cell === f.cell)) return f;
  return finding("formula-not-calculated", f.sheet, f.cell, { column: f.params.column, what: f.params.what });
}

/** The issues in sheet order, with the data when no issue is an error. */
function finish(sink: FindingSink, raw: RawWorkbook, data: PerformanceData | undefined): ValidationResult {
  const findings = sortFindings(sink.finish(), raw).map((f) => uncalculatedFinding(f, raw));
  const issues = findings.map((f) => renderFinding(f));
  if (!data || findings.some((f) => f.severity === "error")) return { issues };
  return { issues, data };
}

/** The finding of a rule that threw at `step` while checking `sheet` ("" when it spans sheets). */
function internalError(step: InternalStep, sheet: string): Finding {
  return finding("internal-error", sheet, "A1", { step });
}

/** Runs `steps` to their end; one that throws is an internal-error finding and gives undefined. */
function* guardSteps<T>(step: InternalStep, sheet: string, steps: Steps<T>, sink: FindingSink): Steps<T | undefined> {
  try {
    return yield* steps;
  } catch {
    sink.add(internalError(step, sheet));
    return undefined;
  }
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
