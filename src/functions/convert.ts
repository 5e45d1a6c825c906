/**
 * Argument conversion for the custom-function wrappers: cell values in, core values out,
 * and a core CellError out as a CustomFunctions.Error (the only place that happens).
 *
 * Blank cells: Excel on the web passes a blank cell to a custom function as null, Excel on
 * Windows desktop as 0, in single-cell and range arguments alike (office-js #4702, office-js #5262,
 * office-js #1951: https://github.com/OfficeDev/office-js/issues/4702). An omitted optional argument
 * is null on both (https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-parameter-options).
 * So each argument below decides what a 0 means where it may be a blank, and gives the
 * same answer for null and 0 wherever the two cannot be told apart:
 * - a date: 0 is a blank (serial 0 is no real date);
 * - a count with a default (working days, limit, rate): 0 or blank means the default;
 * - a plain number (values, counts, thresholds): a blank is 0, as in Excel's arithmetic;
 * - a TRUE/FALSE switch or a style text: 0 or blank means the default.
 *
 * Dates arrive in the workbook's own date system (date-system.ts beside this file): each
 * function reads the system once and passes it to the date readers here, which move a 1904
 * workbook's numbers to the 1900-system serials core counts in. A 0 stays a blank in either
 * system, though in a 1904 workbook it is also 1 January 1904: no children's-services record
 * falls on that day, and Excel on Windows gives a blank cell as 0.
 */
import { ERROR_MESSAGES as M, CellError, type CellErrorType } from "../core/base";
import {
  SortedHolidays,
  type DateSystem,
  type HolidayCalendar,
  in1900System,
  isBlank,
  isBlankDate,
  toSerial,
  type Serial,
} from "../core/dates";
import { toNumber } from "../core/indicators";

/** The CustomFunctions.ErrorCode of a core error type (read at call time: the runtime defines the enum). */
function errorCode(type: CellErrorType): CustomFunctions.ErrorCode {
  const codes = CustomFunctions.ErrorCode;
  switch (type) {
    case "#VALUE!":
      return codes.invalidValue;
    case "#DIV/0!":
      return codes.divisionByZero;
    case "#NUM!":
      return codes.invalidNumber;
    case "#N/A":
      return codes.notAvailable;
  }
}

/**
 * Returns the value, or throws a CustomFunctions.Error for a CellError. Excel shows the
 * message only with #VALUE! and #N/A (https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-errors),
 * so every error whose reason the user needs is one of those; the others go without.
 */
export function unwrap<T>(value: T | CellError): T {
  if (value instanceof CellError) throw new CustomFunctions.Error(errorCode(value.type), value.message);
  return value;
}

/** Throws `#VALUE!` with a message. */
export function invalid(message: string): never {
  throw new CustomFunctions.Error(errorCode("#VALUE!"), message);
}

/** True for an omitted optional argument (Excel passes null; undefined when called from code). */
export function omitted(value: unknown): value is null | undefined {
  return value === null || value === undefined;
}

/** True for a blank cell as either platform passes it (null or 0), an empty text or an omitted argument. */
function blankOrZero(value: unknown): boolean {
  return value === 0 || isBlank(value);
}

/** A range argument as a 2-D array: a single value (not a range) becomes a 1x1 range. */
export function asMatrix(value: unknown): unknown[][] {
  if (!Array.isArray(value)) return [[value]];
  return value.map((row: unknown) => (Array.isArray(row) ? (row as unknown[]) : [row]));
}

/**
 * A cell value in the workbook's date `system` as core reads dates (the 1900 system): a 1904
 * workbook's number moved by 1,462 days, text and other values as they are. A 0 stays 0 (a blank,
 * see the file comment); a number that is no date of a 1904 workbook is #VALUE!, its message
 * worded by `say` (given the reason) so a range can name the row.
 */
function coreDate(value: unknown, system: DateSystem, say: (reason: string) => string = (r) => r): unknown {
  if (value === 0) return value;
  const moved = in1900System(value, system);
  if (moved === undefined) invalid(say(M.not1904Date(value as number)));
  return moved;
}

/**
 * A range of dates in the workbook's date `system`, flattened row by row, as core reads dates
 * (see coreDate); `say` words a bad number's message with its row (1-based).
 */
export function rangeDates(
  matrix: unknown[][],
  system: DateSystem,
  say: (row: number, reason: string) => string,
): unknown[] {
  const flat = matrix.flat();
  return system === "1900" ? flat : flat.map((v, i) => coreDate(v, system, (reason) => say(i + 1, reason)));
}

/**
 * A date argument in the workbook's date `system` as a 1900-system serial (a date-time is its
 * day); a blank (null or 0) is #VALUE! naming the argument.
 */
export function dateArg(value: unknown, what: string, system: DateSystem): Serial {
  if (isBlankDate(value)) invalid(M.dateBlank(what));
  return unwrap(toSerial(coreDate(value, system))) as Serial;
}

/**
 * An optional date argument: omitted or blank (null or 0) gives the fallback (a 1900-system
 * serial). The date system is asked for only when there is a date to read, so a call that
 * reads none does not count as an answer in a system (date-system.ts).
 */
export function optionalDateArg(
  value: unknown,
  what: string,
  system: () => DateSystem,
  fallback: () => Serial,
): Serial {
  return isBlankDate(value) ? fallback() : dateArg(value, what, system());
}

/** A number argument where a blank counts as 0, as in Excel's arithmetic; text that is not a number is #VALUE! naming the argument. */
export function numberArg(value: unknown, what: string): number {
  return isBlank(value) ? 0 : unwrap(toNumber(value, what));
}

/** An optional number argument: omitted, blank or 0 gives the fallback (a 0 may be a blank cell). */
export function defaultedNumberArg<T extends number | undefined>(
  value: unknown,
  what: string,
  fallback: T,
): number | T {
  return blankOrZero(value) ? fallback : unwrap(toNumber(value, what));
}

/** An optional TRUE/FALSE argument (also the text "TRUE"/"FALSE"): omitted, blank or 0 gives the fallback. */
export function switchArg(value: unknown, what: string, fallback: boolean): boolean {
  if (blankOrZero(value)) return fallback;
  if (typeof value === "boolean") return value;
  const text = typeof value === "string" ? value.trim().toUpperCase() : "";
  if (text === "TRUE" || text === "FALSE") return text === "TRUE";
  return invalid(M.notSwitch(what, value));
}

/**
 * The holiday calendar from an optional `holidays` range, its dates in the workbook's date
 * `system`: when given, they replace the built-in England & Wales list (blank cells, null or 0,
 * skipped; a range of blanks means no holidays).
 * @returns undefined when omitted, so core uses the built-in list.
 */
export function holidaysArg(value: unknown, system: DateSystem): HolidayCalendar | undefined {
  if (omitted(value)) return undefined;
  const days: Serial[] = [];
  const matrix = asMatrix(value);
  matrix.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (isBlankDate(cell)) return;
      const where = row.length === 1 ? `row ${r + 1}` : `row ${r + 1}, column ${c + 1}`;
      const serial = toSerial(coreDate(cell, system, (reason) => M.holiday(where, reason)));
      if (serial instanceof CellError) invalid(M.holiday(where, serial.message));
      else if (serial !== null) days.push(serial);
    }),
  );
  return new SortedHolidays(days);
}
