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
 */
import { ERROR_MESSAGES as M, CellError, type CellErrorType } from "../core/base";
import { SortedHolidays, type HolidayCalendar, isBlank, isBlankDate, toSerial, type Serial } from "../core/dates";
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

/** A date argument as a serial (a date-time is its day); a blank (null or 0) is #VALUE! naming the argument. */
export function dateArg(value: unknown, what: string): Serial {
  if (isBlankDate(value)) invalid(M.dateBlank(what));
  return unwrap(toSerial(value)) as Serial;
}

/** An optional date argument: omitted or blank (null or 0) gives the fallback. */
export function optionalDateArg(value: unknown, what: string, fallback: () => Serial): Serial {
  return isBlankDate(value) ? fallback() : dateArg(value, what);
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
 * The holiday calendar from an optional `holidays` range: when given, its dates replace the
 * built-in England & Wales list (blank cells, null or 0, skipped; a range of blanks means
 * no holidays).
 * @returns undefined when omitted, so core uses the built-in list.
 */
export function holidaysArg(value: unknown): HolidayCalendar | undefined {
  if (omitted(value)) return undefined;
  const days: Serial[] = [];
  const matrix = asMatrix(value);
  matrix.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (isBlankDate(cell)) return;
      const serial = toSerial(cell);
      const where = row.length === 1 ? `row ${r + 1}` : `row ${r + 1}, column ${c + 1}`;
      if (serial instanceof CellError) invalid(M.holiday(where, serial.message));
      else if (serial !== null) days.push(serial);
    }),
  );
  return new SortedHolidays(days);
}
