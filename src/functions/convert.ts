/**
 * Argument conversion for the custom-function wrappers: cell values in, core values out,
 * and a core CellError out as a CustomFunctions.Error (the only place that happens).
 */
import { CellError, type CellErrorType } from "../core/errors";
import { SortedHolidays, type HolidayCalendar } from "../core/dates/holidays";
import { isBlank, toSerial } from "../core/dates/parse";
import type { Serial } from "../core/dates/serial";
import { toNumber } from "../core/indicators/numbers";

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

/** Returns the value, or throws a CustomFunctions.Error for a CellError (Excel shows the error and its message). */
export function unwrap<T>(value: T | CellError): T {
  if (value instanceof CellError) throw new CustomFunctions.Error(errorCode(value.type), value.message);
  return value;
}

/** True for an omitted optional argument (Excel passes null or undefined). */
export function omitted(value: unknown): value is null | undefined {
  return value === null || value === undefined;
}

/** A range argument as a 2-D array: a single value (not a range) becomes a 1x1 range. */
export function asMatrix(value: unknown): unknown[][] {
  if (!Array.isArray(value)) return [[value]];
  return value.map((row: unknown) => (Array.isArray(row) ? (row as unknown[]) : [row]));
}

/** A date argument as a serial; a blank is #VALUE! naming the argument. */
export function dateArg(value: unknown, what: string): Serial {
  const serial = unwrap(toSerial(value));
  if (serial === null) throw new CustomFunctions.Error(errorCode("#VALUE!"), `The ${what} is blank.`);
  return serial;
}

/** A number argument; a blank or text that is not a number is #VALUE! naming the argument. */
export function numberArg(value: unknown, what: string): number {
  return unwrap(toNumber(value, what));
}

/** An optional number argument, with its default when omitted. */
export function optionalNumberArg(value: unknown, what: string, fallback: number): number {
  return omitted(value) ? fallback : numberArg(value, what);
}

/**
 * The holiday calendar from an optional `holidays` range: when given, its dates replace the
 * built-in England & Wales list (blank cells skipped; a range of blanks means no holidays).
 * @returns undefined when omitted, so core uses the built-in list.
 */
export function holidaysArg(value: unknown): HolidayCalendar | undefined {
  if (omitted(value)) return undefined;
  const days: Serial[] = [];
  const matrix = asMatrix(value);
  matrix.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (isBlank(cell)) return;
      const serial = toSerial(cell);
      const where = row.length === 1 ? `row ${r + 1}` : `row ${r + 1}, column ${c + 1}`;
      if (serial instanceof CellError) unwrap(new CellError("#VALUE!", `Holidays, ${where}: ${serial.message}`));
      else if (serial !== null) days.push(serial);
    }),
  );
  return new SortedHolidays(days);
}
