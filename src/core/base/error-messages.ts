/**
 * The message of every {@link CellError} the core and the custom functions produce, in one
 * catalogue (as HyperFormula keeps its `ErrorMessage` list apart from its functions): a
 * function decides which error, this file says it, so the wording is reviewed in one place
 * and each message's figures are typed. Excel shows the message of a #VALUE! or #N/A from a
 * custom function in the cell's error tooltip
 * (https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-errors).
 */

/** What to type instead of a value that is not a date. */
const DATE_HINT = "use an Excel date, ISO text (2020-04-01) or UK text (01/04/2020)";

/** "the old value" -> "The old value". */
function capital(text: string): string {
  return `${text[0]?.toUpperCase() ?? ""}${text.slice(1)}`;
}

/** A cell value as a message quotes it: text in quotes, a blank named. */
export function quoted(value: unknown): string {
  if (typeof value === "string") return `"${value}"`;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (value === null || value === undefined) return "a blank";
  return `a ${typeof value} value`;
}

/** Every CellError message, by what went wrong. */
export const ERROR_MESSAGES = {
  // Reading arguments
  /** `what` names the argument ("the old value"); `value` as the cell held it. */
  notANumber: (what: string, value: unknown) =>
    `${capital(what)} must be a number (got ${typeof value === "string" ? `"${value}"` : value === null || value === undefined ? "blank" : String(value)}).`,
  notADate: (value: unknown) => `${quoted(value)} is not a date: ${DATE_HINT}.`,
  /**
   * A real date before 1 March 1900: `value` as the cell holds it (a serial from 1 to 60, or
   * text), `date` the day it names ("30 January 1900").
   */
  dateBefore1900: (value: unknown, date: string) =>
    `${quoted(value)} is ${date}, before 1 March 1900, the first date these functions take: ${DATE_HINT}.`,
  dateOutOfRange: (value: number) =>
    `${quoted(value)} is not a date from 1 March 1900 to 31 December 9999: ${DATE_HINT}.`,
  /**
   * A number in a workbook of Excel's 1904 date system that is no date there: below 0 (1 January
   * 1904) or after 31 December 9999.
   */
  not1904Date: (value: number) =>
    `${quoted(value)} is not a date in this workbook, which counts its dates from 1 January 1904 (Excel's 1904 date system): ${DATE_HINT}.`,
  /** `what` names the date argument ("start date"). */
  dateBlank: (what: string) => `The ${what} is blank.`,
  notSwitch: (what: string, value: unknown) =>
    `${what} must be TRUE or FALSE (got ${typeof value === "string" ? `"${value}"` : String(value)}).`,
  quarterStyle: (style: unknown) => `style must be "end-month" or "range" (got "${String(style)}").`,
  /** `where`: "row 3", or "row 3, column 2" in a range of several columns. */
  holiday: (where: string, reason: string) => `Holidays, ${where}: ${reason}`,

  // Working days and timeliness
  workingDaysNotNumber: (days: number) => `The number of working days must be a number (got ${days}).`,
  /** `days` and `from` are already worded ("1,000,000", "2020-04-01"). */
  dueAfterLastDate: (days: string, from: string) =>
    `The date ${days} working days after ${from} would fall after 31 December 9999, the last date Excel can show.`,
  dueBeforeFirstDate: (days: string, from: string) =>
    `The date ${days} working days before ${from} would fall before 1 March 1900, the first date these functions take.`,
  /** As dueBeforeFirstDate, in a workbook of the 1904 date system, whose first date is 1 January 1904. */
  dueBefore1904: (days: string, from: string) =>
    `The date ${days} working days before ${from} would fall before 1 January 1904, the first date this workbook can show (it uses Excel's 1904 date system).`,
  /** `shape`: "rows x columns". */
  rangesNotSameShape: (starts: string, ends: string) =>
    `starts and ends must be the same shape (${starts} and ${ends}).`,
  rangesNotSameSize: (starts: number, ends: number) =>
    `The start and end ranges must be the same size (${starts} and ${ends} cells).`,
  limitNotDays: (limit: number) => `The limit must be a number of working days, 0 or more (got ${limit}).`,
  /** `row` is 1-based; `reason` the date's own message. */
  rowStartDate: (row: number, reason: string) => `Row ${row}: start date ${reason}`,
  rowEndDate: (row: number, reason: string) => `Row ${row}: end date ${reason}`,
  rowNoStart: (row: number) => `Row ${row} has an end date but no start date.`,
  rowEndBeforeStart: (row: number) => `Row ${row}: the end date is before the start date.`,
  noCompletedRow: (open: number) =>
    `No completed row (with both a start and an end date) to measure${open > 0 ? `: ${open} still open` : ""}.`,

  // Arithmetic
  changeNotNumbers: () => "Both values must be numbers.",
  changeFromZero: () => "The old value is 0, so a percentage change cannot be computed.",
  rateNotNumbers: () => "The count and the population must be numbers.",
  populationZero: () => "The population is 0.",
  populationNegative: (population: number) => `The population must be more than 0 (got ${population}).`,
  ragNotNumbers: () => "The value and both thresholds must be numbers.",
  ragHigherOrder: (amber: number, green: number) =>
    `When higher is better the amber threshold (${amber}) must not be above the green one (${green}); give FALSE as higher_is_better when lower values are better.`,
  ragLowerOrder: (amber: number, green: number) =>
    `When lower is better the amber threshold (${amber}) must not be below the green one (${green}).`,

  // UASC National Transfer Scheme
  under18Blank: () => "The under-18 population is blank or 0: give the ONS mid-year estimate.",
  under18NotCount: (population: number) => `The under-18 population must be a number, 0 or more (got ${population}).`,
  rateNotShare: (rate: number) =>
    `The rate must be a share from 0 to 1%, e.g. 0.001 for 0.1% (got ${rate}). The NTS protocol's rates are 0.07% and 0.1%; above 1% is almost surely a percentage typed as a whole number.`,
  beforeTransferScheme: () =>
    "The National Transfer Scheme began on 1 July 2016: there is no threshold before then. Give a date from 1 July 2016 or a rate.",
  // DfE's published figures (CSC.BENCHMARK)
  benchmarkYearBlank: () => "The year is blank.",
  benchmarkYear: (year: unknown) =>
    `The year must be a financial year such as "2019-20" or DfE's year such as 2020 (got "${String(year)}").`,
  benchmarkIndicator: (id: string, known: readonly string[]) =>
    `Unknown indicator "${id}": use one of ${known.join(", ")}.`,
  benchmarkSuppressed: (indicator: string, area: string, year: string, meaning: string) =>
    `DfE did not publish ${indicator} for ${area} in ${year}: ${meaning}.`,
  benchmarkAbsent: (indicator: string, area: string, year: string) =>
    `DfE's files have no ${indicator} figure for ${area} in ${year}.`,
} as const satisfies Record<string, (...args: never[]) => string>;

/** The name of a CellError message in {@link ERROR_MESSAGES}. */
export type ErrorMessageId = keyof typeof ERROR_MESSAGES;
